import {
  type DbOrTx,
  getChild,
  getEpisodeForAccess,
  listChecklistDecisionsOfChild,
  listChildSeen,
  listConsentToAssess,
  listConsentToShare,
  listEpisodesOfChild,
  listFamilyInvitations,
  listLeadProfessionals,
  listOrganisations,
  listParentsAndCarers,
  listReadsOfChild,
  listSharesWithoutConsent,
  listTeam,
  listVersions,
} from '@ecaf/db';
import {
  canExportChildRecord,
  checklistDecisionLabels,
  checklistQuestions,
  childDisplayName,
  consentToShareStatus,
  decideEpisodeAccess,
  groundLabel,
  isoDateInLondon,
  standingConsentToShare,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { presentVersionSections } from './assessment';
import { audit } from './audit';
import {
  CHILD_RECORD_EXPORT_FORMAT,
  type ChildRecordExport,
  childRecordExportSchema,
  type ExportedEpisode,
} from './child-record-export.types';
import { childView } from './children';
import { type OpenedEpisode, relationshipsOf, type SignedIn, viewerOf } from './episode-access';

export type ExportFormat = 'json' | 'pdf';

type ChildRow = NonNullable<Awaited<ReturnType<typeof getChild>>>;
type Parents = Awaited<ReturnType<typeof listParentsAndCarers>>;

/** Why an export was refused, as the audit event records it; the user is told "not found" whatever it is. */
type Refusal =
  | { reason: 'unknown_child' }
  | { reason: 'not_permitted'; childId: string }
  | { reason: 'merged'; childId: string; mergedIntoId: string }
  | { reason: 'episode_refused'; childId: string; episodeId: string };

// ---- Words for the access log (SH-5) ----

function versionOf(detail: unknown): number | null {
  const version = (detail as { version?: unknown } | null)?.version;
  return typeof version === 'number' ? version : null;
}

/** What a read was, in words: 'Downloaded version 2 as a PDF'. */
export function describeRead(action: string, detail: unknown): string {
  const version = versionOf(detail);
  const versions = (detail as { versions?: unknown } | null)?.versions;
  const format = (detail as { format?: unknown } | null)?.format;
  switch (action) {
    case 'assessment.viewed':
      if (Array.isArray(versions)) return `Compared versions ${versions.join(' and ')} of the assessment`;
      if (format === 'print') return `Viewed version ${version ?? '?'} of the assessment to print`;
      return version === null ? 'Viewed the assessment' : `Viewed version ${version} of the assessment`;
    case 'assessment.downloaded':
      return `Downloaded version ${version ?? '?'} of the assessment as a PDF`;
    case 'child.viewed':
      return "Viewed the child's record";
    case 'child.exported':
      return `Exported the whole record${format === 'pdf' ? ' as a PDF' : format === 'json' ? ' as a JSON file' : ''}`;
    case 'sharing.viewed':
      return 'Viewed consent and sharing';
    case 'family.episode_viewed':
      return 'Viewed the CAF in the family view';
    default:
      return action;
  }
}

/** The ground of a read, in words (the recorded ground is kept beside it). */
export function describeGround(ground: string | null): string {
  if (ground === null) return 'Not recorded';
  if (ground.startsWith('team:consent:')) return 'Team Around the Child member, under the consent to share';
  if (ground.startsWith('team:without_consent:')) return 'Team Around the Child member, on a share without consent';
  if (ground.startsWith('role:')) return `Their role (${ground.slice('role:'.length).replace('_', ' ')})`;
  const words: Record<string, string> = {
    assessor: 'Assessor',
    co_assessor: 'Co-assessor',
    lead_professional: 'Lead professional',
    manager: 'Manager in the local authority',
    family: 'Family member',
  };
  return words[ground] ?? ground;
}

const answerWords: Record<string, string> = { yes: 'Yes', no: 'No', not_sure: 'Not sure' };

/** A checklist as stored (the validated input of the day) turned into questions and answers. */
function checklistAnswers(stored: unknown): { question: string; answer: string }[] {
  type Row = { question: string; answer: string };
  const answers = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? (answerWords[value] ?? value) : 'Not answered');
  const rows: Row[] = checklistQuestions.map((q) => ({ question: q.label, answer: text(answers[q.id]) }));
  rows.push({
    question: 'Are there immediate concerns that the child is suffering or at risk of significant harm?',
    answer: text(answers.immediateConcern),
  });
  const decision = answers.decision;
  if (typeof decision === 'string') {
    rows.push({
      question: 'What was decided',
      answer: checklistDecisionLabels[decision as keyof typeof checklistDecisionLabels] ?? decision,
    });
  }
  if (typeof answers.notes === 'string' && answers.notes.trim() !== '') {
    rows.push({ question: 'Notes', answer: answers.notes });
  }
  return rows;
}

// ---- Gathering ----

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => date?.toISOString() ?? null;

async function exportEpisode(
  tx: DbOrTx,
  ctx: SignedIn,
  opened: OpenedEpisode,
  loaded: { child: ChildRow; parents: Parents; organisationName: Map<string, string>; today: string },
): Promise<ExportedEpisode> {
  const episodeId = opened.episode.id;
  const { child, parents, organisationName, today } = loaded;
  const [versions, consentsToAssess, consentsToShare, shares, seen, team, leads, invitations] = await Promise.all([
    listVersions(tx, episodeId),
    listConsentToAssess(tx, episodeId),
    listConsentToShare(tx, episodeId),
    listSharesWithoutConsent(tx, episodeId),
    listChildSeen(tx, episodeId),
    listTeam(tx, episodeId),
    listLeadProfessionals(tx, episodeId),
    listFamilyInvitations(tx, episodeId),
  ]);
  const presented = await Promise.all(
    versions.map(async (version) => ({
      number: version.number,
      status: version.status,
      startedAt: iso(version.startedAt),
      completedAt: isoOrNull(version.completedAt),
      sections: await presentVersionSections(tx, ctx, opened, version, { child, parents }),
    })),
  );
  const personName = (personId: string | null, byChild: boolean | null) =>
    byChild ? childDisplayName(child) : (parents.find((p) => p.id === personId)?.name ?? 'Parent or carer');
  const giver = (personId: string | null, byChild: boolean) => ({
    kind: byChild ? ('child' as const) : ('person' as const),
    name: personName(personId, byChild),
  });
  const scope = (kind: 'all' | 'all_except' | 'only' | 'none', ids: string[]) => ({
    kind,
    organisations: ids.map((id) => organisationName.get(id) ?? 'An organisation'),
  });
  const standing = standingConsentToShare(consentsToShare.map((c) => c.record));

  return {
    id: episodeId,
    reference: opened.episode.reference,
    status: opened.episode.status,
    startedAt: iso(opened.episode.createdAt),
    closedAt: isoOrNull(opened.episode.closedAt),
    assessors: opened.assessors.map((a) => ({ name: a.name, organisation: a.organisation, role: a.role })),
    versions: presented,
    consentToAssess: consentsToAssess.map((r) => ({
      id: r.id,
      decision: r.decision,
      givenBy: giver(r.givenByPersonId, r.givenByChild),
      capacity: r.capacity,
      competenceReasons: r.competenceReasons,
      decidedOn: r.decidedOn,
      method: r.method,
      whatWasExplained: r.whatWasExplained,
      recordedBy: r.recordedByName,
      recordedAt: iso(r.recordedAt),
    })),
    consentToShare: consentsToShare.map(({ record: r, recordedByName, confirmedByName, withdrawalRecordedByName }) => ({
      id: r.id,
      status: consentToShareStatus(
        {
          id: r.id,
          method: r.method,
          decidedOn: r.decidedOn,
          basicScope: { kind: r.basicScope, organisationIds: r.basicOrganisationIds },
          additionalScope: { kind: r.additionalScope, organisationIds: r.additionalOrganisationIds },
          confirmedOn: r.confirmedOn,
          withdrawnOn: r.withdrawnOn,
          correctsId: r.correctsId,
        },
        today,
      ),
      standing: r.id === standing?.id,
      givenBy: giver(r.givenByPersonId, r.givenByChild),
      method: r.method,
      decidedOn: r.decidedOn,
      basicScope: scope(r.basicScope, r.basicOrganisationIds),
      additionalScope: scope(r.additionalScope, r.additionalOrganisationIds),
      whatWasExplained: r.whatWasExplained,
      recordedBy: recordedByName,
      recordedAt: iso(r.recordedAt),
      confirmation: r.confirmedOn
        ? { on: r.confirmedOn, by: confirmedByName, recordedAt: isoOrNull(r.confirmedAt) }
        : null,
      withdrawal: r.withdrawnOn
        ? {
            on: r.withdrawnOn,
            by:
              r.withdrawnByPersonId !== null || r.withdrawnByChild
                ? personName(r.withdrawnByPersonId, r.withdrawnByChild)
                : null,
            recordedBy: withdrawalRecordedByName,
            reason: r.withdrawalReason,
          }
        : null,
      correction: r.correctsId ? { correctsId: r.correctsId, reason: r.correctionReason ?? '' } : null,
    })),
    sharesWithoutConsent: shares.map(({ share, sharedByName, recipientUserName, recipientUserOrganisation }) => ({
      id: share.id,
      ground: share.ground,
      reason: share.reason,
      shared: share.shared,
      recipient: share.recipientUserId
        ? { name: recipientUserName ?? '', organisation: recipientUserOrganisation ?? '' }
        : { name: share.recipientName ?? '', organisation: share.recipientOrganisation ?? '' },
      sharedBy: sharedByName,
      sharedAt: iso(share.sharedAt),
    })),
    // Listed newest first for the assessment page; the export reads oldest first.
    childSeen: [...seen].reverse().map((r) => ({
      seenOn: r.seenOn,
      seenBy: r.seenBy,
      seenAlone: r.seenAlone,
      location: r.location,
      expectantMother: r.expectantMother,
      recordedAt: iso(r.recordedAt),
    })),
    team: team.map((m) => ({
      name: m.name,
      jobTitle: m.jobTitle,
      organisation: m.organisation,
      basis: m.basis,
      joinedAt: iso(m.joinedAt),
      leftAt: isoOrNull(m.leftAt),
    })),
    leadProfessionals: leads.map((l) => ({
      name: l.name,
      jobTitle: l.jobTitle,
      organisation: l.organisation,
      assignedAt: iso(l.assignedAt),
      assignedBy: l.assignedByName,
      endedAt: isoOrNull(l.endedAt),
      familyView: l.familyView,
    })),
    // Listed newest first for the sharing page; the export reads oldest first.
    familyInvitations: [...invitations].reverse().map((i) => ({
      invited: i.personId ? (i.personName ?? 'Parent or carer') : childDisplayName(child),
      email: i.email,
      sentAt: iso(i.createdAt),
      sentBy: i.createdByName,
      expiresAt: iso(i.expiresAt),
      acceptedAt: isoOrNull(i.acceptedAt),
      revokedAt: isoOrNull(i.revokedAt),
    })),
  };
}

/**
 * Each episode is put to the one access policy (SH-1) as any read is: a manager of the
 * authority is always allowed, so a refusal here means something is wrong, and the whole export
 * is refused rather than handed over with a CAF silently missing (fail closed).
 */
async function openForExport(tx: DbOrTx, ctx: SignedIn, episodeId: string, today: string) {
  const loaded = await getEpisodeForAccess(tx, ctx.user.authorityId, episodeId);
  if (!loaded) return null;
  const relationships = relationshipsOf(loaded, today);
  const access = decideEpisodeAccess(viewerOf(ctx.user), relationships, 'read');
  if (!access.allowed) return null;
  const opened: OpenedEpisode = {
    ...loaded,
    ground: access.ground,
    groundLabel: groundLabel(access.ground),
    sensitive: access.sensitive,
    consent: relationships.consent,
    relationships,
    // The export writes nothing to the episode.
    canEdit: false,
    canShare: false,
    canSeeWhoLooked: false,
  };
  return opened;
}

function childDetails(row: ChildRow): ChildRecordExport['child'] {
  return { ...childView(row), registeredAt: iso(row.createdAt) };
}

/**
 * Right of access (issue 4 item 7, UK GDPR Art. 15): everything eCAF holds about one child, in
 * one transaction so the file is one consistent picture: identifying details, parents and
 * carers, checklist decisions, and for every CAF its versions (every section, with labels),
 * consents, shares without consent, child-seen records, team, lead professionals and family
 * invitations; and every read of the record before now (SH-5).
 *
 * Only a manager of the child's authority may export (canExportChildRecord); administrators
 * never. The export is audited once, as 'child.exported' with its format, in the same
 * transaction (AU-2). A refusal of any kind is audited and answers "not found"; a merged
 * record answers "not found" with the id of the record it was merged into, as the child page does.
 */
export async function exportChildRecord(
  ctx: SignedIn,
  input: { childId: string; format: ExportFormat },
): Promise<ChildRecordExport> {
  const outcome = await ctx.db.transaction(async (tx): Promise<{ refused: Refusal } | { value: ChildRecordExport }> => {
    const refuse = async (refusal: Refusal) => {
      await audit(ctx, tx, {
        action: 'child.access_denied',
        childId: 'childId' in refusal ? refusal.childId : null,
        detail: {
          wanted: 'export',
          format: input.format,
          reason: refusal.reason,
          // An id that names no child of the authority is kept in the detail, not as a child.
          ...(refusal.reason === 'unknown_child' ? { requestedChildId: input.childId } : {}),
          ...(refusal.reason === 'episode_refused' ? { episodeId: refusal.episodeId } : {}),
        },
      });
      return { refused: refusal };
    };

    const row = await getChild(tx, ctx.user.authorityId, input.childId);
    if (!row) return refuse({ reason: 'unknown_child' });
    if (!canExportChildRecord(viewerOf(ctx.user), row)) return refuse({ reason: 'not_permitted', childId: row.id });
    if (row.mergedIntoId) return refuse({ reason: 'merged', childId: row.id, mergedIntoId: row.mergedIntoId });

    const today = isoDateInLondon(ctx.now());
    const [parents, episodes, checklists, organisations, reads] = await Promise.all([
      listParentsAndCarers(tx, row.id),
      listEpisodesOfChild(tx, ctx.user.authorityId, row.id),
      listChecklistDecisionsOfChild(tx, row.id),
      listOrganisations(tx, ctx.user.authorityId),
      listReadsOfChild(tx, row.id),
    ]);
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const exported: ExportedEpisode[] = [];
    for (const episode of episodes) {
      const opened = await openForExport(tx, ctx, episode.id, today);
      if (!opened) return refuse({ reason: 'episode_refused', childId: row.id, episodeId: episode.id });
      exported.push(await exportEpisode(tx, ctx, opened, { child: row, parents, organisationName, today }));
    }
    const referenceOf = new Map(episodes.map((e) => [e.id, e.reference]));

    const value: ChildRecordExport = {
      format: CHILD_RECORD_EXPORT_FORMAT,
      generatedAt: iso(ctx.now()),
      generatedBy: {
        name: ctx.user.name,
        jobTitle: ctx.user.jobTitle,
        organisation: ctx.user.organisationName,
        role: ctx.user.role,
        authority: ctx.user.authorityName,
      },
      child: childDetails(row),
      parentsAndCarers: parents.map((p) => ({
        name: p.name,
        relationship: p.relationship,
        parentalResponsibility: p.parentalResponsibility,
        address: p.address,
        telephone: p.telephone,
        email: p.email,
      })),
      checklistDecisions: checklists.map((c) => ({
        decidedAt: iso(c.decidedAt),
        decidedBy: { name: c.decidedByName, organisation: c.decidedByOrganisation },
        outcome: c.outcome,
        episodeReference: c.episodeId ? (referenceOf.get(c.episodeId) ?? null) : null,
        answers: checklistAnswers(c.answers),
      })),
      episodes: exported,
      accessLog: reads.map((r) => ({
        at: iso(r.at),
        who: r.actorName ?? 'Unknown user',
        jobTitle: r.actorJobTitle,
        organisation: r.actorOrganisation,
        role: r.actorRole,
        action: r.action,
        what: describeRead(r.action, r.detail),
        ground: r.ground,
        groundDescription: describeGround(r.ground),
        episodeReference: r.episodeReference,
      })),
    };

    await audit(ctx, tx, {
      action: 'child.exported',
      childId: row.id,
      ground: `role:${ctx.user.role}`,
      detail: { format: input.format },
    });
    // Nothing beyond the documented shape leaves the service.
    return { value: childRecordExportSchema.parse(value) };
  });

  if ('refused' in outcome) {
    const { refused } = outcome;
    if (refused.reason === 'merged') {
      fail('NOT_FOUND', {
        message: 'This record was merged into another.',
        details: { mergedIntoId: refused.mergedIntoId },
      });
    }
    fail('NOT_FOUND');
  }
  return outcome.value;
}
