import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  type DbOrTx,
  findUserByEmail,
  getFamilyInvitationByTokenHash,
  getFamilyParty,
  getLeadProfessional,
  getSection,
  getUserForForm,
  hashPassword,
  insertFamilyInvitation,
  insertFamilyMemberAccount,
  linkFamilyAccount,
  listChildSeen,
  listConsentToAssess,
  listConsentToShare,
  listEpisodesForFamilyMember,
  listFamilyInvitations,
  listFamilyInvitees,
  listOrganisations,
  listSections,
  listTeam,
  listVersions,
  lockVersionForSave,
  markConsentToShareConfirmed,
  markFamilyInvitationAccepted,
  revokeFamilyInvitation,
  revokePendingFamilyInvitations,
  saveSectionIfUnchanged,
  setFamilyInvitationAccount,
} from '@ecaf/db';
import {
  type AcceptInvitationInput,
  canEditVersion,
  canSaveSection,
  checkInvitation,
  childAgeForConsent,
  childDisplayName,
  confirmationDueOn,
  consentToShareStatus,
  effectiveConsent,
  type FamilyParty,
  type FamilyWithdrawConsentInput,
  formatDate,
  type InviteFamilyMemberInput,
  invitationExpiresAt,
  isoDateInLondon,
  mayBeInvited,
  type SaveFamilyViewsInput,
  sectionContentSchema,
  standingConsentToShare,
  viewsElementFor,
} from '@ecaf/domain';
import type { Context } from '../context';
import { fail } from '../trpc';
import { presentVersionSections } from './assessment';
import { audit } from './audit';
import { startSession } from './auth';
import { type OpenedEpisode, type SignedIn, withEpisode } from './episode-access';
import { type MailSettings, publicLink } from './mail';
import { whoLooked, withdrawConsentToShareFor } from './sharing';

/**
 * Family accounts and the family view (screen 6). A practitioner who may change sharing invites
 * a parent or carer with parental responsibility, or the young person; the invitation is a
 * single-use link valid for 7 days, of which only the SHA-256 is stored. The family member sets
 * a password and sees, in plain language, the assessment, the team, the consent they gave and
 * who has looked (SH-5); they add their own views to the draft (CF-3, CF-6, CF-7), confirm
 * verbal consent online (CO-4) and withdraw consent (CO-5). Every episode is opened through
 * `withEpisode`, so the one access policy decides (SH-1): a family member sees only the
 * children they are party to.
 */

const today = (ctx: Pick<Context, 'now'>) => isoDateInLondon(ctx.now());

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const invitationPath = (token: string) => `/invitations/${token}`;

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** '30 November 2026 at 9:00am', in England's time. */
function whenInWords(at: Date): string {
  return `${formatDate(isoDateInLondon(at))} at ${londonTime.format(at).replace(/\s/g, '').toLowerCase()}`;
}

// ---- Emails (no child's name, no assessment content) ----

export function invitationEmail(values: {
  to: string;
  inviteeName: string;
  invitedBy: string;
  organisation: string | null;
  link: string;
  expiresAt: Date;
}) {
  const from = values.organisation ? `${values.invitedBy} from ${values.organisation}` : values.invitedBy;
  return {
    to: values.to,
    subject: 'Set up your eCAF account',
    text: [
      `Hello ${values.inviteeName},`,
      '',
      `${from} has invited you to see the Common Assessment Framework (CAF) record they are keeping with your family on eCAF.`,
      '',
      'To set up your account, open this link and choose a password:',
      values.link,
      '',
      `The link works once. It stops working on ${whenInWords(values.expiresAt)}. If it has stopped working, ask ${values.invitedBy} for a new one.`,
      '',
      'If you were not expecting this email, you can ignore it.',
    ].join('\n'),
  };
}

export function consentWithdrawnEmail(values: { to: string; name: string; reference: string; link: string }) {
  return {
    to: values.to,
    subject: `Consent to share withdrawn for ${values.reference}`,
    text: [
      `Hello ${values.name},`,
      '',
      `The family has withdrawn their consent to share information for ${values.reference}, in the family view of eCAF.`,
      '',
      'Sharing has stopped: team members who joined with that consent no longer have access. You and managers keep access so that the CAF can be closed or new consent recorded.',
      '',
      values.link,
    ].join('\n'),
  };
}

/** Sends after the transaction has committed; a failure to send is reported, never fatal. */
async function trySend(mail: MailSettings | null | undefined, email: ReturnType<typeof invitationEmail>) {
  if (!mail) return 'not_configured' as const;
  try {
    await mail.mailer.send(email);
    return 'emailed' as const;
  } catch {
    return 'email_failed' as const;
  }
}

// ---- Invitations (practitioner) ----

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

function invitationStatus(
  row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return now.getTime() >= row.expiresAt.getTime() ? 'expired' : 'pending';
}

/** Who the page may offer: parents and carers, and the young person, each allowed or not and why. */
async function invitees(tx: DbOrTx, ctx: SignedIn, opened: OpenedEpisode) {
  const found = await listFamilyInvitees(tx, opened.episode.childId);
  if (!found.child) fail('INTERNAL');
  const young = found.child;
  const childDecision = mayBeInvited({
    kind: 'child',
    ageYears: childAgeForConsent(young, today(ctx)),
    hasAccount: young.userId !== null,
  });
  return {
    found,
    people: found.people.map((p) => {
      const decision = mayBeInvited({
        kind: 'person',
        parentalResponsibility: p.parentalResponsibility,
        hasAccount: p.userId !== null,
      });
      return { ...p, allowed: decision.allowed, refusal: decision.allowed ? null : decision.message };
    }),
    child: {
      name: childDisplayName(young),
      allowed: childDecision.allowed,
      refusal: childDecision.allowed ? null : childDecision.message,
    },
  };
}

export async function inviteFamilyMember(ctx: SignedIn, input: InviteFamilyMemberInput) {
  const token = randomBytes(32).toString('base64url');
  const created = await withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const { people, child } = await invitees(tx, ctx, opened);
    const { invitee } = input;
    let personId: string | null = null;
    let inviteeName = child.name;
    if (invitee.kind === 'person') {
      const person = people.find((p) => p.personId === invitee.personId);
      if (!person) fail('VALIDATION_FAILED', { fieldErrors: { invitee: 'Select a parent or carer of this child' } });
      if (person.refusal !== null) fail('VALIDATION_FAILED', { fieldErrors: { invitee: person.refusal } });
      personId = person.personId;
      inviteeName = person.name;
    } else if (child.refusal !== null) {
      fail('VALIDATION_FAILED', { fieldErrors: { invitee: child.refusal } });
    }
    if (await findUserByEmail(tx, input.email)) {
      fail('VALIDATION_FAILED', {
        fieldErrors: {
          email: 'This email address is already used by an eCAF account. Enter a different email address for them.',
        },
      });
    }
    const now = ctx.now();
    // A new link replaces any unused one for the same person: only one works at a time.
    const replaced = await revokePendingFamilyInvitations(tx, { childId: opened.episode.childId, personId, now });
    const expiresAt = invitationExpiresAt(now);
    const invitationId = await insertFamilyInvitation(tx, {
      episodeId: opened.episode.id,
      childId: opened.episode.childId,
      personId,
      email: input.email,
      tokenHash: hashInvitationToken(token),
      createdBy: ctx.user.id,
      createdAt: now,
      expiresAt,
    });
    await audit(ctx, tx, {
      action: 'family.invitation_created',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: {
        invitationId,
        invitee: invitee.kind,
        personId,
        replaced,
        email: ctx.mail ? 'sent' : 'not_configured',
      },
    });
    return { invitationId, inviteeName, expiresAt };
  });
  const path = invitationPath(token);
  const delivery = ctx.mail
    ? await trySend(
        ctx.mail,
        invitationEmail({
          to: input.email,
          inviteeName: created.inviteeName,
          invitedBy: ctx.user.name,
          organisation: ctx.user.organisationName,
          link: publicLink(ctx.mail, path),
          expiresAt: created.expiresAt,
        }),
      )
    : ('not_configured' as const);
  return {
    invitationId: created.invitationId,
    inviteeName: created.inviteeName,
    email: input.email,
    // Shown once: only its hash is kept, so it cannot be shown again.
    path,
    expiresAt: created.expiresAt.toISOString(),
    delivery,
  };
}

export async function listInvitations(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const [rows, who] = await Promise.all([listFamilyInvitations(tx, opened.episode.id), invitees(tx, ctx, opened)]);
    await audit(ctx, tx, {
      action: 'family.invitations_viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const now = ctx.now();
    return {
      episode: { id: opened.episode.id, reference: opened.episode.reference },
      child: who.child,
      people: who.people.map((p) => ({
        personId: p.personId,
        name: p.name,
        relationship: p.relationship,
        email: p.email,
        parentalResponsibility: p.parentalResponsibility,
        hasAccount: p.userId !== null,
        allowed: p.allowed,
        refusal: p.refusal,
      })),
      invitations: rows.map((r) => ({
        id: r.id,
        invitee:
          r.personId === null
            ? { kind: 'child' as const, name: who.child.name }
            : { kind: 'person' as const, name: r.personName ?? 'Parent or carer' },
        email: r.email,
        createdAt: r.createdAt.toISOString(),
        createdBy: r.createdByName,
        expiresAt: r.expiresAt.toISOString(),
        acceptedAt: r.acceptedAt?.toISOString() ?? null,
        revokedAt: r.revokedAt?.toISOString() ?? null,
        status: invitationStatus(r, now),
      })),
    };
  });
}

export async function revokeInvitation(ctx: SignedIn, input: { episodeId: string; invitationId: string }) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const revoked = await revokeFamilyInvitation(tx, {
      id: input.invitationId,
      episodeId: opened.episode.id,
      now: ctx.now(),
    });
    if (!revoked) {
      fail('NOT_FOUND', { message: 'That invitation has already been used or withdrawn. Reload the page.' });
    }
    await audit(ctx, tx, {
      action: 'family.invitation_revoked',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { invitationId: input.invitationId },
    });
    return { revoked: true };
  });
}

// ---- Invitations (the family member, signed out) ----

const UNKNOWN_LINK =
  'This invitation link is not right. Check that you copied all of it, or ask the practitioner who invited you for a new one.';

type FoundInvitation = NonNullable<Awaited<ReturnType<typeof getFamilyInvitationByTokenHash>>>;

function inviteeNameOf(found: FoundInvitation): string {
  if (found.personName !== null) return found.personName;
  return childDisplayName({
    givenNames: found.childGivenNames,
    familyName: found.childFamilyName,
    isUnborn: found.childIsUnborn,
    motherName: found.childMotherName,
  });
}

/**
 * What the invitation page shows before the password is set: whether the link can be used and,
 * only when it can, who it is for and who sent it. Nothing about the child.
 */
export async function describeInvitation(ctx: Context, input: { token: string }) {
  const found = await getFamilyInvitationByTokenHash(ctx.db, hashInvitationToken(input.token));
  if (!found) return { usable: false as const, message: UNKNOWN_LINK };
  const decision = checkInvitation(found.invitation, ctx.now());
  if (!decision.allowed) return { usable: false as const, message: decision.message };
  return {
    usable: true as const,
    inviteeName: inviteeNameOf(found),
    email: found.invitation.email,
    invitedBy: { name: found.invitedByName, organisation: found.invitedByOrganisation },
    expiresAt: found.invitation.expiresAt.toISOString(),
  };
}

/**
 * The family member sets a password: a family account is made with the invitation's email,
 * linked to the parent's or carer's record or the young person's, the invitation is used up
 * (single use holds under a race: see `markFamilyInvitationAccepted`) and they are signed in.
 */
export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput) {
  const found = await getFamilyInvitationByTokenHash(ctx.db, hashInvitationToken(input.token));
  if (!found) fail('INVITATION_INVALID', { message: UNKNOWN_LINK });
  const { invitation } = found;
  const refuse = async (reason: string, message: string): Promise<never> => {
    await ctx.db.transaction((tx) =>
      audit(ctx, tx, {
        action: 'family.invitation_refused',
        actor: null,
        childId: invitation.childId,
        episodeId: invitation.episodeId,
        detail: { invitationId: invitation.id, reason },
      }),
    );
    fail('INVITATION_INVALID', { message, details: { reason } });
  };
  const decision = checkInvitation(invitation, ctx.now());
  if (!decision.allowed) await refuse(decision.reason, decision.message);
  if (await findUserByEmail(ctx.db, invitation.email)) {
    await refuse(
      'EMAIL_HAS_ACCOUNT',
      `There is already an eCAF account for ${invitation.email}. Sign in with it, or ask the practitioner who invited you to send the invitation to a different email address.`,
    );
  }

  const passwordHash = await hashPassword(input.password);
  const userId = randomUUID();
  const name = inviteeNameOf(found);
  const token = await ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    if (!(await markFamilyInvitationAccepted(tx, { id: invitation.id, now }))) {
      // Used, withdrawn or expired since the check above: the rule says which.
      const again = await getFamilyInvitationByTokenHash(tx, invitation.tokenHash);
      const recheck = again ? checkInvitation(again.invitation, now) : null;
      fail('INVITATION_INVALID', { message: recheck && !recheck.allowed ? recheck.message : UNKNOWN_LINK });
    }
    await insertFamilyMemberAccount(tx, {
      id: userId,
      authorityId: found.authorityId,
      email: invitation.email,
      name,
      passwordHash,
      now,
    });
    await setFamilyInvitationAccount(tx, { id: invitation.id, userId });
    const linked = await linkFamilyAccount(
      tx,
      invitation.personId === null
        ? { userId, childId: invitation.childId }
        : { userId, personId: invitation.personId },
    );
    if (!linked) {
      fail('INVITATION_INVALID', {
        message: 'You already have an eCAF account. Sign in with the email address and password you chose.',
      });
    }
    const actor = { id: userId, role: 'family_member' };
    await audit(ctx, tx, {
      action: 'family.invitation_accepted',
      actor,
      childId: invitation.childId,
      episodeId: invitation.episodeId,
      detail: { invitationId: invitation.id, invitee: invitation.personId === null ? 'child' : 'person' },
    });
    return startSession(ctx, tx, actor, { via: 'family_invitation' });
  });
  ctx.request.setSessionCookie(token);
  return { id: userId, name, role: 'family_member' as const };
}

// ---- The family view ----

/** The children and CAFs this family member is party to. */
export async function familyHome(ctx: SignedIn) {
  return ctx.db.transaction(async (tx) => {
    const rows = await listEpisodesForFamilyMember(tx, { userId: ctx.user.id, authorityId: ctx.user.authorityId });
    await audit(ctx, tx, {
      action: 'family.home_viewed',
      detail: { episodes: rows.map((r) => r.episodeId) },
    });
    const children = new Map<
      string,
      {
        childId: string;
        name: string;
        dateOfBirth: string | null;
        isYou: boolean;
        episodes: {
          episodeId: string;
          reference: string;
          status: 'draft' | 'active' | 'closed';
          startedAt: string;
          leadProfessional: string | null;
        }[];
      }
    >();
    for (const r of rows) {
      let entry = children.get(r.childId);
      if (!entry) {
        entry = {
          childId: r.childId,
          name: childDisplayName(r),
          dateOfBirth: r.dateOfBirth,
          isYou: r.isYoungPerson,
          episodes: [],
        };
        children.set(r.childId, entry);
      }
      entry.episodes.push({
        episodeId: r.episodeId,
        reference: r.reference,
        status: r.status,
        startedAt: r.startedAt.toISOString(),
        leadProfessional: r.leadProfessionalName,
      });
    }
    return { name: ctx.user.name, children: [...children.values()] };
  });
}

/** How this family member is party to the episode's child; the policy already let them in. */
async function partyOf(tx: DbOrTx, ctx: SignedIn, opened: OpenedEpisode) {
  const party = await getFamilyParty(tx, { childId: opened.episode.childId, userId: ctx.user.id });
  // The access policy let them in by the same rule: a mismatch means no access (fail closed).
  if (!party) fail('NOT_FOUND');
  return party;
}

const partyKind = (party: { kind: 'child' | 'person' }): FamilyParty => (party.kind === 'child' ? 'child' : 'parent');

type ConsentToShareRow = Awaited<ReturnType<typeof listConsentToShare>>[number]['record'];

/** CO-4, CO-5: only the person who gave the consent confirms or withdraws it in the family view. */
function gaveIt(record: ConsentToShareRow, party: Awaited<ReturnType<typeof partyOf>>): boolean {
  return party.kind === 'child' ? record.givenByChild : record.givenByPersonId === party.personId;
}

/** Why a family member cannot add their views now, in plain words, or null when they can. */
function viewsRefusal(version: { status: 'draft' | 'completed' } | undefined, consentGiven: boolean) {
  if (version?.status !== 'draft') {
    return {
      code: 'VERSION_COMPLETED' as const,
      message:
        'The assessment has been finished, so it cannot be changed now. You can add your views when it is next reviewed. Until then, tell the lead professional what you think.',
    };
  }
  if (!consentGiven) {
    return {
      code: 'CONSENT_REQUIRED' as const,
      message:
        'You can add your views once agreement to the assessment (consent to assess and store information) has been recorded.',
    };
  }
  return null;
}

/**
 * One episode in plain language for the family: every version of the assessment with its
 * labels, newest first; who is helping; the consent to share and its scope; the consent to
 * assess; and their own views on the current draft. Audited as the family's read (SH-5).
 */
export async function familyEpisode(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    if (opened.ground.kind !== 'family') fail('FORBIDDEN', { message: 'The family view is for the family.' });
    const party = await partyOf(tx, ctx, opened);
    const family = await listFamilyInvitees(tx, opened.episode.childId);
    const childRecord = family.child;
    if (!childRecord) fail('INTERNAL');
    const [versions, team, lead, shares, assess, organisations, seen] = await Promise.all([
      listVersions(tx, opened.episode.id),
      listTeam(tx, opened.episode.id),
      getLeadProfessional(tx, opened.episode.id),
      listConsentToShare(tx, opened.episode.id),
      listConsentToAssess(tx, opened.episode.id),
      listOrganisations(tx, ctx.user.authorityId),
      listChildSeen(tx, opened.episode.id),
    ]);
    const presented = [];
    for (const version of [...versions].reverse()) {
      const sections = await presentVersionSections(tx, ctx, opened, version);
      presented.push({
        number: version.number,
        status: version.status,
        startedAt: version.startedAt.toISOString(),
        completedAt: version.completedAt?.toISOString() ?? null,
        sections: sections.map((s) => ({
          sectionId: s.sectionId,
          number: s.number,
          title: s.title,
          fields: s.fields.filter((f) => f.value !== null && f.value.trim() !== ''),
        })),
      });
    }

    const latest = versions.at(-1);
    const field = viewsElementFor(partyKind(party));
    const viewsSection = latest ? (await listSections(tx, latest.id)).find((s) => s.sectionId === 'views') : undefined;
    const viewsContent = (viewsSection?.content ?? {}) as Record<string, unknown>;
    const assessDecisions = assess.map((r) => ({ decision: r.decision, capacity: r.capacity, decidedOn: r.decidedOn }));
    const effective = effectiveConsent(assessDecisions);
    const standingAssess =
      effective.standing === null ? undefined : assess[assessDecisions.indexOf(effective.standing)];
    const refusal = viewsRefusal(latest, effective.status === 'given');

    const on = today(ctx);
    const records = shares.map((s) => s.record);
    const standingShare = standingConsentToShare(records);
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const orgNames = (ids: string[]) => ids.map((id) => organisationName.get(id) ?? 'An organisation');
    const giverName = (byChild: boolean | null, personId: string | null) =>
      byChild
        ? childDisplayName(childRecord)
        : (family.people.find((p) => p.personId === personId)?.name ?? 'A parent or carer');

    let consentToShare = null;
    if (standingShare) {
      const status = consentToShareStatus(
        {
          ...standingShare,
          basicScope: { kind: standingShare.basicScope, organisationIds: standingShare.basicOrganisationIds },
          additionalScope: {
            kind: standingShare.additionalScope,
            organisationIds: standingShare.additionalOrganisationIds,
          },
        },
        on,
      );
      const yours = gaveIt(standingShare, party);
      consentToShare = {
        id: standingShare.id,
        status,
        givenBy: { name: giverName(standingShare.givenByChild, standingShare.givenByPersonId), isYou: yours },
        decidedOn: standingShare.decidedOn,
        method: standingShare.method,
        basicScope: { kind: standingShare.basicScope, organisations: orgNames(standingShare.basicOrganisationIds) },
        additionalScope: {
          kind: standingShare.additionalScope,
          organisations: orgNames(standingShare.additionalOrganisationIds),
        },
        whatWasExplained: standingShare.whatWasExplained,
        confirmationDueOn: standingShare.method === 'verbal' ? confirmationDueOn(standingShare) : null,
        confirmedOn: standingShare.confirmedOn,
        withdrawnOn: standingShare.withdrawnOn,
        canConfirm:
          yours &&
          standingShare.method === 'verbal' &&
          standingShare.confirmedOn === null &&
          standingShare.withdrawnOn === null,
        canWithdraw: yours && standingShare.withdrawnOn === null,
      };
    }

    // Who to contact: the lead professional, or before one is chosen the practitioner assessing.
    const assessor = opened.assessors.find((a) => a.role === 'assessor');
    const contact = lead ?? (assessor ? await getUserForForm(tx, assessor.userId) : null);

    await audit(ctx, tx, {
      action: 'family.episode_viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { versions: versions.map((v) => v.number) },
    });

    return {
      episode: {
        id: opened.episode.id,
        reference: opened.episode.reference,
        status: opened.episode.status,
        startedAt: opened.episode.createdAt.toISOString(),
      },
      child: { name: childDisplayName(childRecord), dateOfBirth: childRecord.dateOfBirth },
      you: { party: partyKind(party) },
      versions: presented,
      views: {
        canAdd: refusal === null,
        reason: refusal?.message ?? null,
        versionNumber: latest?.number ?? null,
        revision: viewsSection?.revision ?? 0,
        field,
        text: typeof viewsContent[field] === 'string' ? viewsContent[field] : '',
      },
      contact: contact
        ? {
            isLeadProfessional: lead !== null,
            name: contact.name,
            jobTitle: contact.jobTitle,
            organisation: contact.organisation,
            telephone: contact.telephone,
            email: contact.email,
          }
        : null,
      assessors: opened.assessors.map((a) => ({ name: a.name, organisation: a.organisation, role: a.role })),
      team: team
        .filter((m) => m.leftAt === null)
        .map((m) => ({ name: m.name, jobTitle: m.jobTitle, organisation: m.organisation })),
      consentToShare,
      consentToAssess: standingAssess
        ? {
            status: effective.status,
            givenBy: giverName(standingAssess.givenByChild, standingAssess.givenByPersonId),
            decidedOn: standingAssess.decidedOn,
            method: standingAssess.method,
          }
        : null,
      childSeen: seen.map((s) => ({ seenOn: s.seenOn, seenBy: s.seenBy })),
    };
  });
}

const readWords: Record<string, string> = {
  'assessment.viewed': 'Read the assessment',
  'assessment.downloaded': 'Downloaded or printed the assessment',
  'child.viewed': "Looked at the child's details",
  'child.exported': "Took a copy of the child's whole record",
  'sharing.viewed': 'Looked at consent and who the record is shared with',
  'family.episode_viewed': 'Looked at the record in the family view',
};

function whyInWords(ground: string | null): string {
  if (ground === null) return 'Not recorded';
  if (ground.startsWith('team:consent:')) return 'Part of the team, with your consent';
  if (ground.startsWith('team:without_consent:')) return 'Shared without consent, to keep someone safe';
  const words: Record<string, string> = {
    assessor: 'Doing the assessment',
    co_assessor: 'Helping with the assessment',
    lead_professional: 'Lead professional',
    manager: 'Manager of early help',
    family: 'Family',
  };
  return words[ground] ?? 'Not recorded';
}

/** SH-5: everyone who has looked at the record and when, in plain words. */
export async function familyWhoLooked(ctx: SignedIn, input: { episodeId: string; before?: number | undefined }) {
  const found = await whoLooked(ctx, input);
  return {
    reads: found.reads.map((r) => ({
      id: r.id,
      at: r.at,
      who: r.who,
      jobTitle: r.jobTitle,
      organisation: r.organisation,
      what: readWords[r.action] ?? 'Looked at the record',
      why: whyInWords(r.ground),
    })),
    nextBefore: found.nextBefore,
  };
}

/**
 * The family member's own views, written into section 9 of the draft (their own field, never
 * another's) by the same compare-and-set as an autosave: CF-3 consent first, CF-6 only a draft,
 * CF-7 only onto the revision their text was based on.
 */
export async function saveFamilyViews(ctx: SignedIn, input: SaveFamilyViewsInput) {
  return withEpisode(ctx, input.episodeId, 'family_contribute', async (tx, opened) => {
    const party = await partyOf(tx, ctx, opened);
    const field = viewsElementFor(partyKind(party));
    const version = await lockVersionForSave(tx, opened.episode.id, input.versionNumber);
    if (!version) fail('NOT_FOUND', { message: 'We could not find that version of the assessment. Reload the page.' });
    const editable = canEditVersion({
      status: version.status,
      completedOn: version.completedAt ? isoDateInLondon(version.completedAt) : null,
    });
    const consentGiven = effectiveConsent(version.consent).status === 'given';
    const rule = canSaveSection({ sectionId: 'views', consentToAssessRecorded: consentGiven });
    const refusal = viewsRefusal(version, consentGiven);
    if (!editable.allowed && refusal) fail(editable.reason, { message: refusal.message });
    if (!rule.allowed && refusal) fail(rule.reason, { message: refusal.message });

    const current = await getSection(tx, version.id, 'views');
    const stale = () =>
      fail('STALE_REVISION', {
        message:
          'Someone else changed this part of the assessment after you opened the page. Your text has not been lost.',
        details: {
          revision: current?.revision ?? 0,
          text: ((current?.content ?? {}) as Record<string, unknown>)[field] ?? '',
          updatedAt: current?.updatedAt.toISOString() ?? null,
        },
      });
    if ((current?.revision ?? 0) !== input.baseRevision) stale();
    // Their own field only: the rest of the section stays as it was at the revision they saw.
    const content = sectionContentSchema('views').parse({
      ...((current?.content ?? {}) as Record<string, unknown>),
      [field]: input.views,
    });
    const now = ctx.now();
    const revision = await saveSectionIfUnchanged(tx, {
      versionId: version.id,
      sectionId: 'views',
      baseRevision: input.baseRevision,
      content,
      userId: ctx.user.id,
      now,
    });
    if (revision === null) stale();
    await audit(ctx, tx, {
      action: 'assessment.section_saved',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { version: input.versionNumber, section: 'views', field, revision, from: 'family_view' },
    });
    return { revision: revision ?? 0, savedAt: now.toISOString() };
  });
}

async function consentRecordFor(tx: DbOrTx, opened: OpenedEpisode, consentId: string) {
  const records = (await listConsentToShare(tx, opened.episode.id)).map((c) => c.record);
  const record = records.find((r) => r.id === consentId);
  if (!record) fail('NOT_FOUND', { message: 'We could not find that consent. Reload the page.' });
  if (standingConsentToShare(records)?.id !== record.id) {
    fail('CONSENT_CHANGED', { message: 'This consent has been changed. Reload the page to see it as it is now.' });
  }
  return record;
}

/** CO-4: "or online by the family": the person who gave verbal consent confirms it here. */
export async function confirmConsentOnline(ctx: SignedIn, input: { episodeId: string; consentId: string }) {
  return withEpisode(ctx, input.episodeId, 'family_contribute', async (tx, opened) => {
    const party = await partyOf(tx, ctx, opened);
    const record = await consentRecordFor(tx, opened, input.consentId);
    if (!gaveIt(record, party)) {
      fail('FORBIDDEN', { message: 'Only the person who gave this consent can confirm it.' });
    }
    if (record.method !== 'verbal') fail('CONSENT_CHANGED', { message: 'This consent does not need confirming.' });
    const on = today(ctx);
    const confirmed = await markConsentToShareConfirmed(tx, {
      id: record.id,
      confirmedOn: on,
      userId: ctx.user.id,
      now: ctx.now(),
    });
    if (!confirmed) fail('CONSENT_CHANGED', { message: 'This consent was already confirmed or has been withdrawn.' });
    await audit(ctx, tx, {
      action: 'consent.to_share_confirmed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { consentId: record.id, confirmedOn: on, method: 'online' },
    });
    return { consentId: record.id, confirmedOn: on };
  });
}

/**
 * CO-5 in the family view, by the person who gave it: sharing stops at once (team members who
 * joined under it leave the team, and lose access at their next request), only the lead
 * professional and managers keep access, and the lead professional is told (by email when it is
 * configured; the withdrawal shows on the CAF's consent page in any case).
 */
export async function withdrawConsentAsFamily(ctx: SignedIn, input: FamilyWithdrawConsentInput) {
  const outcome = await withEpisode(
    ctx,
    input.episodeId,
    'family_contribute',
    async (tx, opened) => {
      const party = await partyOf(tx, ctx, opened);
      const record = await consentRecordFor(tx, opened, input.consentId);
      if (!gaveIt(record, party)) {
        fail('FORBIDDEN', {
          message:
            'Only the person who gave this consent can withdraw it here. If you want it withdrawn, tell the lead professional.',
        });
      }
      const result = await withdrawConsentToShareFor(ctx, tx, opened, {
        consentId: record.id,
        byPersonId: party.kind === 'person' ? party.personId : null,
        byChild: party.kind === 'child',
        reason: input.reason,
        recordedBy: 'family',
      });
      const lead = await getLeadProfessional(tx, opened.episode.id);
      const assessor = opened.assessors.find((a) => a.role === 'assessor');
      const told = lead ?? (assessor ? await getUserForForm(tx, assessor.userId) : null);
      return { ...result, reference: opened.episode.reference, episodeId: opened.episode.id, told };
    },
    { evenWhenClosed: true },
  );
  const told = outcome.told;
  const notified =
    told && ctx.mail
      ? await trySend(
          ctx.mail,
          consentWithdrawnEmail({
            to: told.email,
            name: told.name,
            reference: outcome.reference,
            link: publicLink(ctx.mail, `/episodes/${outcome.episodeId}`),
          }),
        )
      : ('not_configured' as const);
  return { consentId: outcome.consentId, teamMembersEnded: outcome.teamMembersEnded, leadProfessionalEmail: notified };
}
