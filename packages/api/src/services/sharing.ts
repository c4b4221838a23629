import {
  type DbOrTx,
  endTeamMembership,
  getActivePractitioner,
  getChild,
  getLeadProfessional,
  insertConsentToShare,
  insertNotification,
  insertShareWithoutConsent,
  insertTeamMember,
  listConsentToShare,
  listOrganisations,
  listParentsAndCarers,
  listReadsOfEpisode,
  listSharesWithoutConsent,
  listTeam,
  markConsentToShareConfirmed,
  markConsentToShareWithdrawn,
  searchPractitioners,
} from '@ecaf/db';
import {
  type ConfirmConsentToShareInput,
  type ConsentGivenBy,
  type CorrectConsentToShareInput,
  canAddTeamMember,
  canLeaveTeam,
  checkConsentToShareDates,
  childAgeForConsent,
  childDisplayName,
  confirmationDueOn,
  consentToShareStatus,
  expectedConsentCapacity,
  type FieldErrors,
  isoDateInLondon,
  type RecordConsentToShareInput,
  type ShareWithoutConsentInput,
  standingConsentToShare,
  type WithdrawConsentToShareInput,
  whoMayConsent,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type OpenedEpisode, type SignedIn, withEpisode } from './episode-access';
import { deliver, notify } from './notifications';

const today = (ctx: SignedIn) => isoDateInLondon(ctx.now());

type ConsentRow = Awaited<ReturnType<typeof listConsentToShare>>[number]['record'];

function asDomainRecord(r: ConsentRow) {
  return {
    id: r.id,
    method: r.method,
    decidedOn: r.decidedOn,
    basicScope: { kind: r.basicScope, organisationIds: r.basicOrganisationIds },
    additionalScope: { kind: r.additionalScope, organisationIds: r.additionalOrganisationIds },
    confirmedOn: r.confirmedOn,
    withdrawnOn: r.withdrawnOn,
    correctsId: r.correctsId,
  };
}

/**
 * CO-2 applies to sharing as to assessing: the giver is a parent or carer of this child with
 * parental responsibility, or the young person when competent. Field errors when not.
 */
async function checkGiver(tx: DbOrTx, ctx: SignedIn, opened: OpenedEpisode, givenBy: ConsentGivenBy, date: string) {
  const [child, parents] = await Promise.all([
    getChild(tx, ctx.user.authorityId, opened.episode.childId),
    listParentsAndCarers(tx, opened.episode.childId),
  ]);
  if (!child) fail('INTERNAL');
  const errors: FieldErrors = {};
  const giver = givenBy.kind === 'person' ? parents.find((p) => p.id === givenBy.personId) : undefined;
  if (givenBy.kind === 'person' && !giver) {
    errors.givenBy = 'Select a parent or carer of this child';
    return { errors, capacity: null };
  }
  const childAgeYears = childAgeForConsent(child, date);
  const decision = whoMayConsent({
    childAgeYears,
    giver:
      givenBy.kind === 'person'
        ? { kind: 'person', parentalResponsibility: giver?.parentalResponsibility ?? false }
        : { kind: 'child' },
    // Sharing follows the consent to assess: a 12 to 15 year old judged competent to consent to
    // the assessment is competent to say who may see it.
    competenceReasons: givenBy.kind === 'child' ? 'judged competent for the consent to assess' : '',
  });
  if (!decision.allowed) errors.givenBy = decision.message;
  return { errors, capacity: expectedConsentCapacity(childAgeYears, givenBy.kind) };
}

// ---- Reading ----

/**
 * The consent and sharing page: consent to share as it stands and its history (CO-3 to CO-6),
 * shares without consent (CO-7), the team, the lead professional and the organisations a scope
 * can name. A read of the record like any other, so it is audited with its ground (SH-5).
 */
export async function getSharing(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const [consents, shares, team, lead, organisations, child, parents] = await Promise.all([
      listConsentToShare(tx, opened.episode.id),
      listSharesWithoutConsent(tx, opened.episode.id),
      listTeam(tx, opened.episode.id),
      getLeadProfessional(tx, opened.episode.id),
      listOrganisations(tx, ctx.user.authorityId),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
      listParentsAndCarers(tx, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    await audit(ctx, tx, {
      action: 'sharing.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const on = today(ctx);
    const standing = standingConsentToShare(consents.map((c) => c.record));
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const nameOf = (personId: string | null, byChild: boolean | null) =>
      byChild
        ? childDisplayName(child)
        : (parents.find((p) => p.id === personId)?.name ?? (personId ? 'Parent or carer' : null));
    const scope = (kind: ConsentRow['basicScope'], ids: string[]) => ({
      kind,
      organisations: ids.map((id) => ({ id, name: organisationName.get(id) ?? 'An organisation' })),
    });
    // Shares without consent are shown to those who may change sharing and to managers (CO-7).
    const seesShares = opened.canShare || opened.ground.kind === 'manager';
    return {
      episode: { id: opened.episode.id, reference: opened.episode.reference, status: opened.episode.status },
      // The identity bar's details (SH-3: basic identifying details, as the child index shows them).
      child: {
        id: child.id,
        name: childDisplayName(child),
        isUnborn: child.isUnborn,
        dateOfBirth: child.dateOfBirth,
        expectedDateOfDelivery: child.expectedDateOfDelivery,
        nhsNumber: child.nhsNumber,
      },
      access: {
        ground: opened.ground.kind,
        canShare: opened.canShare,
        canSeeWhoLooked: opened.canSeeWhoLooked,
      },
      consent: {
        status: opened.consent.status,
        standingId: standing?.id ?? null,
        history: consents.map(({ record: r, recordedByName, confirmedByName, withdrawalRecordedByName }) => ({
          id: r.id,
          status: consentToShareStatus(asDomainRecord(r), on),
          standing: r.id === standing?.id,
          givenBy: {
            kind: r.givenByChild ? ('child' as const) : ('person' as const),
            name: nameOf(r.givenByPersonId, r.givenByChild) ?? '',
          },
          givenByPersonId: r.givenByPersonId,
          method: r.method,
          decidedOn: r.decidedOn,
          confirmationDueOn: r.method === 'verbal' ? confirmationDueOn(r) : null,
          basicScope: scope(r.basicScope, r.basicOrganisationIds),
          additionalScope: scope(r.additionalScope, r.additionalOrganisationIds),
          whatWasExplained: r.whatWasExplained,
          recordedBy: recordedByName,
          recordedAt: r.recordedAt.toISOString(),
          confirmedOn: r.confirmedOn,
          confirmedBy: confirmedByName,
          withdrawnOn: r.withdrawnOn,
          withdrawnBy: r.withdrawnOn ? nameOf(r.withdrawnByPersonId, r.withdrawnByChild) : null,
          withdrawalRecordedBy: withdrawalRecordedByName,
          withdrawalReason: r.withdrawalReason,
          correctsId: r.correctsId,
          correctionReason: r.correctionReason,
        })),
      },
      sharesWithoutConsent: seesShares
        ? shares.map(({ share, sharedByName, recipientUserName, recipientUserOrganisation }) => ({
            id: share.id,
            ground: share.ground,
            reason: share.reason,
            shared: share.shared,
            recipient: share.recipientUserId
              ? { name: recipientUserName ?? '', organisation: recipientUserOrganisation ?? '' }
              : { name: share.recipientName ?? '', organisation: share.recipientOrganisation ?? '' },
            sharedBy: sharedByName,
            sharedAt: share.sharedAt.toISOString(),
          }))
        : [],
      leadProfessional: lead
        ? {
            userId: lead.userId,
            name: lead.name,
            jobTitle: lead.jobTitle,
            organisation: lead.organisation,
            telephone: lead.telephone,
            email: lead.email,
          }
        : null,
      team: team.map((m) => ({
        userId: m.userId,
        name: m.name,
        jobTitle: m.jobTitle,
        organisation: m.organisation,
        organisationId: m.organisationId,
        basis: m.basis,
        joinedAt: m.joinedAt.toISOString(),
        leftAt: m.leftAt?.toISOString() ?? null,
      })),
      organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
      consentGivers: parents
        .filter((p) => p.parentalResponsibility)
        .map((p) => ({ personId: p.id, name: p.name, relationship: p.relationship })),
      childMayConsent: !child.isUnborn,
    };
  });
}

// ---- Consent to share (CO-3 to CO-6) ----

export async function recordConsentToShare(ctx: SignedIn, input: RecordConsentToShareInput) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const { errors } = await checkGiver(tx, ctx, opened, input.givenBy, input.date);
    Object.assign(errors, checkConsentToShareDates({ date: input.date }, { today: today(ctx) }));
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    const id = await insertConsentToShare(tx, {
      episodeId: opened.episode.id,
      givenByPersonId: input.givenBy.kind === 'person' ? input.givenBy.personId : null,
      givenByChild: input.givenBy.kind === 'child',
      method: input.method,
      decidedOn: input.date,
      basicScope: input.basicScope.kind,
      basicOrganisationIds: [...input.basicScope.organisationIds],
      additionalScope: input.additionalScope.kind,
      additionalOrganisationIds: [...input.additionalScope.organisationIds],
      whatWasExplained: input.whatWasExplained,
      recordedBy: ctx.user.id,
      recordedAt: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'consent.to_share_recorded',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: {
        consentId: id,
        method: input.method,
        basicScope: input.basicScope.kind,
        additionalScope: input.additionalScope.kind,
      },
    });
    return { consentId: id };
  });
}

async function standingRecord(tx: DbOrTx, opened: OpenedEpisode, consentId: string) {
  const records = (await listConsentToShare(tx, opened.episode.id)).map((c) => c.record);
  const record = records.find((r) => r.id === consentId);
  if (!record) fail('NOT_FOUND', { message: 'We could not find that consent record. Reload the page.' });
  if (standingConsentToShare(records)?.id !== record.id) {
    fail('CONSENT_CHANGED', {
      message: 'This consent record has been corrected. Reload the page to see the correction.',
    });
  }
  return record;
}

/** CO-4: verbal consent confirmed in writing. */
export async function confirmConsentToShare(ctx: SignedIn, input: ConfirmConsentToShareInput) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const record = await standingRecord(tx, opened, input.consentId);
    if (record.method !== 'verbal') {
      fail('CONSENT_CHANGED', { message: 'Only verbal consent needs to be confirmed.' });
    }
    const errors = checkConsentToShareDates(
      { confirmedOn: input.confirmedOn },
      { today: today(ctx), decidedOn: record.decidedOn },
    );
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    const confirmed = await markConsentToShareConfirmed(tx, {
      id: record.id,
      confirmedOn: input.confirmedOn,
      userId: ctx.user.id,
      now: ctx.now(),
    });
    if (!confirmed) fail('CONSENT_CHANGED', { message: 'This consent was already confirmed or has been withdrawn.' });
    await audit(ctx, tx, {
      action: 'consent.to_share_confirmed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { consentId: record.id, confirmedOn: input.confirmedOn },
    });
    return { consentId: record.id };
  });
}

/**
 * CO-5: withdrawal takes effect at once. Every share made under the consent ends: team members
 * who joined under it leave the team now, and the access policy refuses them at their next
 * request. Shares without consent (CO-7) stand, as they never rested on consent.
 */
export async function withdrawConsentToShareFor(
  ctx: SignedIn,
  tx: DbOrTx,
  opened: OpenedEpisode,
  input: {
    consentId: string;
    byPersonId: string | null;
    byChild: boolean;
    reason: string;
    recordedBy: 'practitioner' | 'family';
  },
) {
  const record = await standingRecord(tx, opened, input.consentId);
  const now = ctx.now();
  const withdrawn = await markConsentToShareWithdrawn(tx, {
    id: record.id,
    withdrawnOn: today(ctx),
    now,
    recordedBy: ctx.user.id,
    byPersonId: input.byPersonId,
    byChild: input.byChild,
    reason: input.reason,
  });
  if (!withdrawn) fail('CONSENT_CHANGED', { message: 'This consent has already been withdrawn.' });
  const ended: string[] = [];
  for (const member of opened.team) {
    if (member.basis !== 'consent') continue;
    if (
      await endTeamMembership(tx, { episodeId: opened.episode.id, userId: member.userId, now, removedBy: ctx.user.id })
    ) {
      ended.push(member.userId);
    }
  }
  // CO-5 "the lead professional is told" (the assessor, until a lead professional is assigned).
  const lead = opened.leadProfessionalUserId ?? opened.assessors.find((a) => a.role === 'assessor')?.userId;
  if (lead && lead !== ctx.user.id) {
    await insertNotification(tx, {
      userId: lead,
      episodeId: opened.episode.id,
      kind: 'consent_withdrawn',
      message: `Consent to share was withdrawn for ${opened.episode.reference}${
        input.recordedBy === 'family' ? ' by the family in the family view' : ''
      }. Sharing has stopped and ${ended.length === 1 ? '1 team member has' : `${ended.length} team members have`} left the team.`,
      createdAt: now,
    });
  }
  await audit(ctx, tx, {
    action: 'consent.to_share_withdrawn',
    childId: opened.episode.childId,
    episodeId: opened.episode.id,
    ground: opened.groundLabel,
    detail: { consentId: record.id, recordedBy: input.recordedBy, teamMembersEnded: ended },
  });
  return { consentId: record.id, teamMembersEnded: ended.length };
}

export async function withdrawConsentToShare(ctx: SignedIn, input: WithdrawConsentToShareInput) {
  return withEpisode(
    ctx,
    input.episodeId,
    'share',
    async (tx, opened) => {
      const parents = await listParentsAndCarers(tx, opened.episode.childId);
      const { withdrawnBy } = input;
      if (withdrawnBy.kind === 'person' && !parents.some((p) => p.id === withdrawnBy.personId)) {
        fail('VALIDATION_FAILED', { fieldErrors: { withdrawnBy: 'Select a parent or carer of this child' } });
      }
      return withdrawConsentToShareFor(ctx, tx, opened, {
        consentId: input.consentId,
        byPersonId: withdrawnBy.kind === 'person' ? withdrawnBy.personId : null,
        byChild: withdrawnBy.kind === 'child',
        reason: input.reason,
        recordedBy: 'practitioner',
      });
    },
    { evenWhenClosed: true },
  );
}

/**
 * CO-6: a wrong date, person or method is corrected by a new record that names the original
 * and gives the reason; the scopes, confirmation and withdrawal carry over. The original stays.
 */
export async function correctConsentToShare(ctx: SignedIn, input: CorrectConsentToShareInput) {
  return withEpisode(
    ctx,
    input.episodeId,
    'share',
    async (tx, opened) => {
      const original = await standingRecord(tx, opened, input.consentId);
      const { errors } = await checkGiver(tx, ctx, opened, input.givenBy, input.date);
      Object.assign(errors, checkConsentToShareDates({ date: input.date }, { today: today(ctx) }));
      if (original.confirmedOn && input.date > original.confirmedOn) {
        errors.date = 'The date consent was given must be on or before the date it was confirmed';
      }
      if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
      const id = await insertConsentToShare(tx, {
        episodeId: opened.episode.id,
        givenByPersonId: input.givenBy.kind === 'person' ? input.givenBy.personId : null,
        givenByChild: input.givenBy.kind === 'child',
        method: input.method,
        decidedOn: input.date,
        basicScope: original.basicScope,
        basicOrganisationIds: original.basicOrganisationIds,
        additionalScope: original.additionalScope,
        additionalOrganisationIds: original.additionalOrganisationIds,
        whatWasExplained: original.whatWasExplained,
        recordedBy: ctx.user.id,
        recordedAt: ctx.now(),
        confirmedOn: input.method === 'verbal' ? original.confirmedOn : null,
        confirmedBy: input.method === 'verbal' ? original.confirmedBy : null,
        confirmedAt: input.method === 'verbal' ? original.confirmedAt : null,
        withdrawnOn: original.withdrawnOn,
        withdrawnAt: original.withdrawnAt,
        withdrawalRecordedBy: original.withdrawalRecordedBy,
        withdrawnByPersonId: original.withdrawnByPersonId,
        withdrawnByChild: original.withdrawnByChild,
        withdrawalReason: original.withdrawalReason,
        correctsId: original.id,
        correctionReason: input.reason,
      });
      await audit(ctx, tx, {
        action: 'consent.to_share_corrected',
        childId: opened.episode.childId,
        episodeId: opened.episode.id,
        ground: opened.groundLabel,
        detail: { consentId: id, corrects: original.id },
      });
      return { consentId: id };
    },
    { evenWhenClosed: true },
  );
}

// ---- Sharing without consent (CO-7) ----

/**
 * CO-7: recorded with its ground, reason, what and with whom, and flagged to managers (their
 * dashboard lists these). A practitioner in eCAF who receives it joins the team on this ground.
 */
export async function shareWithoutConsent(ctx: SignedIn, input: ShareWithoutConsentInput) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const now = ctx.now();
    const { recipient } = input;
    const practitioner =
      recipient.kind === 'practitioner'
        ? await getActivePractitioner(tx, ctx.user.authorityId, recipient.userId)
        : null;
    if (recipient.kind === 'practitioner' && !practitioner) {
      fail('VALIDATION_FAILED', {
        fieldErrors: { 'recipient.userId': 'Choose a practitioner in your local authority' },
      });
    }
    const shareId = await insertShareWithoutConsent(tx, {
      episodeId: opened.episode.id,
      ground: input.ground,
      reason: input.reason,
      shared: input.shared,
      recipientUserId: practitioner?.id ?? null,
      recipientName: recipient.kind === 'outside' ? recipient.name : null,
      recipientOrganisation: recipient.kind === 'outside' ? recipient.organisation : null,
      sharedBy: ctx.user.id,
      sharedAt: now,
    });
    if (practitioner) {
      // Already on the team under consent: the membership now rests on this share instead.
      await endTeamMembership(tx, {
        episodeId: opened.episode.id,
        userId: practitioner.id,
        now,
        removedBy: ctx.user.id,
      });
      await insertTeamMember(tx, {
        episodeId: opened.episode.id,
        userId: practitioner.id,
        organisationId: practitioner.organisationId,
        basis: 'without_consent',
        shareWithoutConsentId: shareId,
        joinedAt: now,
        addedBy: ctx.user.id,
      });
    }
    await audit(ctx, tx, {
      action: 'sharing.without_consent',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: {
        shareId,
        ground: input.ground,
        shared: input.shared,
        recipientUserId: practitioner?.id ?? null,
        flaggedToManagers: true,
      },
    });
    return { shareId };
  });
}

// ---- Team membership (SH-4) ----

/** Practitioners to add, each with whether the consent lets them join (shown before choosing). */
export async function findTeamCandidates(ctx: SignedIn, input: { episodeId: string; query: string }) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const found = await searchPractitioners(tx, ctx.user.authorityId, input.query);
    const onTeam = new Set([...opened.team.map((m) => m.userId), ...opened.assessors.map((a) => a.userId)]);
    return found
      .filter((p) => !onTeam.has(p.id))
      .map((p) => {
        const decision = canAddTeamMember({
          organisationId: p.organisationId,
          organisationName: p.organisation ?? 'their organisation',
          consent: opened.consent,
          sharedWithoutConsent: false,
        });
        return {
          userId: p.id,
          name: p.name,
          email: p.email,
          organisation: p.organisation,
          allowed: decision.allowed,
          refusal: decision.allowed ? null : decision.message,
        };
      });
  });
}

export async function addTeamMember(ctx: SignedIn, input: { episodeId: string; userId: string }) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    const practitioner = await getActivePractitioner(tx, ctx.user.authorityId, input.userId);
    if (!practitioner)
      fail('VALIDATION_FAILED', { fieldErrors: { userId: 'Choose a practitioner in your local authority' } });
    if (opened.team.some((m) => m.userId === practitioner.id)) {
      fail('VALIDATION_FAILED', { fieldErrors: { userId: `${practitioner.name} is already in the team` } });
    }
    const decision = canAddTeamMember({
      organisationId: practitioner.organisationId,
      organisationName: practitioner.organisation ?? 'their organisation',
      consent: opened.consent,
      sharedWithoutConsent: false,
    });
    if (!decision.allowed) {
      await audit(ctx, tx, {
        action: 'team.member_refused',
        childId: opened.episode.childId,
        episodeId: opened.episode.id,
        ground: opened.groundLabel,
        detail: { userId: practitioner.id, reason: decision.reason },
      });
      return { refused: decision.message };
    }
    await insertTeamMember(tx, {
      episodeId: opened.episode.id,
      userId: practitioner.id,
      organisationId: practitioner.organisationId,
      basis: 'consent',
      joinedAt: ctx.now(),
      addedBy: ctx.user.id,
    });
    await audit(ctx, tx, {
      action: 'team.member_added',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { userId: practitioner.id, basis: 'consent', consentId: opened.consent.consentId },
    });
    const emails = await notify(ctx, tx, [
      {
        userIds: [practitioner.id],
        kind: 'added_to_team',
        episodeId: opened.episode.id,
        childId: opened.episode.childId,
        message: `You were added to the Team Around the Child for ${opened.episode.reference}.`,
        subject: 'You have been added to a Team Around the Child',
        path: `/episodes/${opened.episode.id}`,
      },
    ]);
    return { refused: null, userId: practitioner.id, name: practitioner.name, emails };
  }).then(async (outcome) => {
    // The refusal's audit event is committed; then the typed error is raised.
    if (outcome.refused !== null) fail('OUTSIDE_CONSENT_SCOPE', { message: outcome.refused });
    await deliver(ctx, outcome.emails);
    return { userId: outcome.userId, name: outcome.name };
  });
}

export async function removeTeamMember(ctx: SignedIn, input: { episodeId: string; userId: string }) {
  return withEpisode(ctx, input.episodeId, 'share', async (tx, opened) => {
    // LP-3: the lead professional stays in the team until the role is handed over.
    const leaving = canLeaveTeam({ userId: input.userId, currentLeadUserId: opened.leadProfessionalUserId });
    if (!leaving.allowed) fail('HANDOVER_REQUIRED', { message: leaving.message });
    const ended = await endTeamMembership(tx, {
      episodeId: opened.episode.id,
      userId: input.userId,
      now: ctx.now(),
      removedBy: ctx.user.id,
    });
    if (!ended) fail('NOT_FOUND', { message: 'That practitioner is not in the team.' });
    await audit(ctx, tx, {
      action: 'team.member_removed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { userId: input.userId },
    });
    return { removed: true };
  });
}

// ---- Who has looked at this record (SH-5) ----

const PAGE = 50;

/** Every read of the record, newest first, for the lead professional, managers and the family. */
export async function whoLooked(ctx: SignedIn, input: { episodeId: string; before?: number | undefined }) {
  return withEpisode(ctx, input.episodeId, 'see_who_looked', async (tx, opened) => {
    const [rows, child] = await Promise.all([
      listReadsOfEpisode(tx, {
        episodeId: opened.episode.id,
        childId: opened.episode.childId,
        limit: PAGE + 1,
        before: input.before,
      }),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
    ]);
    if (!child) fail('INTERNAL');
    await audit(ctx, tx, {
      action: 'access_log.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const page = rows.slice(0, PAGE);
    return {
      // Whose record this is, for the page's identity bar, without a read of the record itself.
      episode: { id: opened.episode.id, reference: opened.episode.reference },
      child: {
        id: child.id,
        name: childDisplayName(child),
        isUnborn: child.isUnborn,
        dateOfBirth: child.dateOfBirth,
        expectedDateOfDelivery: child.expectedDateOfDelivery,
        nhsNumber: child.nhsNumber,
      },
      reads: page.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        action: r.action,
        ground: r.ground,
        who: r.actorName ?? 'Unknown user',
        role: r.actorRole,
        jobTitle: r.actorJobTitle,
        organisation: r.actorOrganisation,
      })),
      nextBefore: rows.length > PAGE ? (page.at(-1)?.id ?? null) : null,
    };
  });
}
