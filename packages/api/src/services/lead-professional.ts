import {
  type DbOrTx,
  endLeadProfessional,
  getActivePractitioner,
  getPractitionerContact,
  hasCompletedVersion,
  insertLeadProfessional,
  insertTeamMember,
  listLeadProfessionalHistory,
  listTeam,
} from '@ecaf/db';
import {
  type AssignLeadProfessionalInput,
  canAssignLeadProfessional,
  canHandOverLeadProfessional,
  decideEpisodeAccess,
  type HandOverLeadProfessionalInput,
  type LeadCandidate,
  type LeadProfessionalRefusal,
  type LeadProfessionalSnapshot,
  leadEligibility,
  leadProfessionalReady,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type OpenedEpisode, type SignedIn, viewerOf, withEpisode } from './episode-access';
import { deliver, notify } from './notifications';

/**
 * LP-1 to LP-3: the lead professional of an episode, its history, assignment and handover.
 * Who may assign is the access policy's 'assign_lead' (the assessor or a co-assessor before one
 * is assigned, the lead professional, managers); what may be assigned is the domain's rule.
 */

type TeamRow = Awaited<ReturnType<typeof listTeam>>[number];

/** Everyone related to the episode who could be chosen, with how they are related (LP-1). */
function candidatesOf(opened: OpenedEpisode, team: readonly TeamRow[]): LeadCandidate[] {
  const out = new Map<string, LeadCandidate>();
  for (const a of opened.assessors) out.set(a.userId, { userId: a.userId, relation: a.role });
  for (const m of team) {
    if (m.leftAt !== null) continue;
    // A team member under consent is the plainest "practitioner member of the team".
    if (m.basis === 'consent' || !out.has(m.userId)) {
      out.set(m.userId, {
        userId: m.userId,
        relation: m.basis === 'consent' ? 'team_consent' : 'team_without_consent',
      });
    }
  }
  return [...out.values()];
}

async function snapshotOf(tx: DbOrTx, opened: OpenedEpisode) {
  const [completed, team] = await Promise.all([
    hasCompletedVersion(tx, opened.episode.id),
    listTeam(tx, opened.episode.id),
  ]);
  const snapshot: LeadProfessionalSnapshot = {
    episodeStatus: opened.episode.status,
    hasCompletedVersion: completed,
    currentLeadUserId: opened.leadProfessionalUserId,
    candidates: candidatesOf(opened, team),
  };
  return { snapshot, team };
}

const fieldOf: Partial<Record<LeadProfessionalRefusal, string>> = {
  NOT_ON_TEAM: 'userId',
  SAME_PERSON: 'userId',
  FAMILY_VIEW_REQUIRED: 'familyView',
  HANDOVER_NOTE_REQUIRED: 'note',
};

function refuse(reason: LeadProfessionalRefusal, message: string, userField: 'userId' | 'toUserId'): never {
  if (reason === 'ALREADY_ASSIGNED') fail('HANDOVER_REQUIRED', { message });
  const field = fieldOf[reason];
  if (field) fail('VALIDATION_FAILED', { fieldErrors: { [field === 'userId' ? userField : field]: message } });
  fail('LEAD_PROFESSIONAL_NOT_ALLOWED', { message });
}

/**
 * LP-1: the lead professional is a practitioner member of the team. The assessor or a co-assessor
 * chosen without being on the team joins it now, on the same basis as any other member.
 */
async function joinTeamIfNeeded(ctx: SignedIn, tx: DbOrTx, opened: OpenedEpisode, userId: string) {
  if (opened.team.some((m) => m.userId === userId)) return;
  const practitioner = await getActivePractitioner(tx, ctx.user.authorityId, userId);
  if (!practitioner) fail('VALIDATION_FAILED', { fieldErrors: { userId: 'Choose an active practitioner' } });
  await insertTeamMember(tx, {
    episodeId: opened.episode.id,
    userId,
    organisationId: practitioner.organisationId,
    basis: 'consent',
    joinedAt: ctx.now(),
    addedBy: ctx.user.id,
  });
}

function assignedNotice(opened: OpenedEpisode, userId: string) {
  return {
    userIds: [userId],
    kind: 'lead_professional_assigned' as const,
    episodeId: opened.episode.id,
    childId: opened.episode.childId,
    message: `You are now the lead professional for ${opened.episode.reference}.`,
    subject: 'You have been made the lead professional for a CAF',
    path: `/episodes/${opened.episode.id}/lead-professional`,
  };
}

// ---- Reading ----

export async function getLeadProfessionalPage(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const [{ snapshot, team }, history, current] = await Promise.all([
      snapshotOf(tx, opened),
      listLeadProfessionalHistory(tx, opened.episode.id),
      opened.leadProfessionalUserId ? getPractitionerContact(tx, opened.leadProfessionalUserId) : null,
    ]);
    await audit(ctx, tx, {
      action: 'lead_professional.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const mayAssign = decideEpisodeAccess(viewerOf(ctx.user), opened.relationships, 'assign_lead').allowed;
    const ready = leadProfessionalReady(snapshot);
    const names = new Map<string, { name: string; organisation: string | null }>();
    for (const a of opened.assessors) names.set(a.userId, { name: a.name, organisation: a.organisation ?? null });
    for (const m of team) names.set(m.userId, { name: m.name, organisation: m.organisation });
    const relationLabel: Record<LeadCandidate['relation'], string> = {
      assessor: 'Assessor',
      co_assessor: 'Co-assessor',
      team_consent: 'Team member',
      team_without_consent: 'Team member (share without consent)',
    };
    return {
      episode: { id: opened.episode.id, reference: opened.episode.reference, status: opened.episode.status },
      current: current
        ? {
            userId: current.id,
            name: current.name,
            jobTitle: current.jobTitle,
            organisation: current.organisation,
            email: current.email,
            telephone: current.telephone,
          }
        : null,
      history: history.map((h) => ({
        id: h.id,
        userId: h.userId,
        name: h.name,
        jobTitle: h.jobTitle,
        organisation: h.organisation,
        familyView: h.familyView,
        assignedAt: h.assignedAt.toISOString(),
        assignedBy: h.assignedByName,
        endedAt: h.endedAt?.toISOString() ?? null,
        endedBy: h.endedByName,
        handoverNote: h.handoverNote,
      })),
      // Only those who may assign see who could be chosen.
      candidates: mayAssign
        ? snapshot.candidates
            .filter((c) => c.userId !== opened.leadProfessionalUserId)
            .map((c) => {
              const eligible = leadEligibility(c);
              return {
                userId: c.userId,
                name: names.get(c.userId)?.name ?? 'Unknown practitioner',
                organisation: names.get(c.userId)?.organisation ?? null,
                relation: relationLabel[c.relation],
                eligible: eligible.allowed,
                refusal: eligible.allowed ? null : eligible.message,
              };
            })
        : [],
      mayAssign,
      /** LP-1 before the user tries: why no lead professional can be assigned yet, if so. */
      notReady: ready.allowed ? null : ready.message,
    };
  });
}

// ---- Assignment and handover ----

export async function assignLeadProfessional(ctx: SignedIn, input: AssignLeadProfessionalInput) {
  const outcome = await withEpisode(ctx, input.episodeId, 'assign_lead', async (tx, opened) => {
    const { snapshot } = await snapshotOf(tx, opened);
    const decision = canAssignLeadProfessional(snapshot, input);
    if (!decision.allowed) refuse(decision.reason, decision.message, 'userId');
    await joinTeamIfNeeded(ctx, tx, opened, input.userId);
    await insertLeadProfessional(tx, {
      episodeId: opened.episode.id,
      userId: input.userId,
      assignedBy: ctx.user.id,
      familyView: input.familyView,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'lead_professional.assigned',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { userId: input.userId },
    });
    const emails = await notify(ctx, tx, [assignedNotice(opened, input.userId)]);
    return { emails };
  });
  await deliver(ctx, outcome.emails);
  return { userId: input.userId };
}

export async function handOverLeadProfessional(ctx: SignedIn, input: HandOverLeadProfessionalInput) {
  const outcome = await withEpisode(ctx, input.episodeId, 'assign_lead', async (tx, opened) => {
    const { snapshot } = await snapshotOf(tx, opened);
    const decision = canHandOverLeadProfessional(snapshot, input);
    if (!decision.allowed) refuse(decision.reason, decision.message, 'toUserId');
    const from = opened.leadProfessionalUserId;
    if (from === null) fail('LEAD_PROFESSIONAL_NOT_ALLOWED');
    const now = ctx.now();
    const ended = await endLeadProfessional(tx, {
      episodeId: opened.episode.id,
      userId: from,
      endedBy: ctx.user.id,
      handoverNote: input.note,
      now,
    });
    if (!ended) fail('HANDOVER_REQUIRED', { message: 'The lead professional has changed. Reload the page.' });
    await joinTeamIfNeeded(ctx, tx, opened, input.toUserId);
    await insertLeadProfessional(tx, {
      episodeId: opened.episode.id,
      userId: input.toUserId,
      assignedBy: ctx.user.id,
      familyView: input.familyView,
      now,
    });
    await audit(ctx, tx, {
      action: 'lead_professional.handed_over',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { from, to: input.toUserId },
    });
    const emails = await notify(ctx, tx, [assignedNotice(opened, input.toUserId)]);
    return { emails };
  });
  await deliver(ctx, outcome.emails);
  return { userId: input.toUserId };
}
