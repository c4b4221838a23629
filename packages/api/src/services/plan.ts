import {
  type DbOrTx,
  getChild,
  getReviewLimitWeeks,
  insertActionNotes,
  insertPlanActions,
  knownActionOwners,
  listActionNotes,
  listEpisodeClosures,
  listParentsAndCarers,
  listPlanActions,
  listReviews,
  listTeam,
  lockPlanAction,
  type PlanActionInsert,
  type PlanActionRow,
  setEpisodeNextReview,
  updatePlanActionIfUnchanged,
  type VersionRow,
} from '@ecaf/db';
import {
  type ActionOwner,
  type AddPlanActionData,
  agreedActionKey,
  canUpdateAction,
  canWriteToEpisode,
  checkActionDueDate,
  childDisplayName,
  decideEpisodeAccess,
  distanceChart,
  firstReviewDateOf,
  formatDate,
  isOpenAction,
  isOverdue,
  isoDateInLondon,
  needsOfPlan,
  planActionsFromConclusions,
  reviewDue,
  type UpdatePlanActionData,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type OpenedEpisode, type SignedIn, viewerOf, withEpisode } from './episode-access';

const today = (ctx: SignedIn) => isoDateInLondon(ctx.now());

/** PL-3: a closed episode is read-only. */
export function refuseIfClosed(opened: OpenedEpisode): void {
  const writable = canWriteToEpisode(opened.episode.status);
  if (!writable.allowed) fail(writable.reason, { message: writable.message });
}

function ownerColumns(owner: ActionOwner) {
  return {
    ownerKind: owner.kind,
    ownerUserId: owner.kind === 'user' ? owner.id : null,
    ownerPersonId: owner.kind === 'person' ? owner.id : null,
    ownerName: owner.name,
  };
}

function ownerOf(row: PlanActionRow): ActionOwner {
  if (row.ownerKind === 'user' && row.ownerUserId) return { kind: 'user', id: row.ownerUserId, name: row.ownerName };
  if (row.ownerKind === 'person' && row.ownerPersonId) {
    return { kind: 'person', id: row.ownerPersonId, name: row.ownerName };
  }
  return { kind: 'child', name: row.ownerName };
}

/**
 * PL-1: a completed version's agreed actions (section 10) join the delivery plan. The first
 * completed version starts the plan and sets the first review date. A later version (after a
 * review) adds only the agreed actions the plan does not already have (same need and action,
 * ignoring case); actions already in the plan are managed on the plan, not through the form.
 */
export async function addAgreedActionsToPlan(
  tx: DbOrTx,
  ctx: SignedIn,
  opened: OpenedEpisode,
  version: Pick<VersionRow, 'id' | 'number'>,
  conclusions: unknown,
): Promise<number> {
  const existing = await listPlanActions(tx, opened.episode.id);
  const known = new Set(existing.map(agreedActionKey));
  const now = ctx.now();
  const drafts = planActionsFromConclusions(conclusions);
  // The form's person picker offers only real people; an owner that names nobody is left out.
  const owners = await knownActionOwners(tx, {
    authorityId: opened.episode.authorityId,
    childId: opened.episode.childId,
    userIds: drafts.flatMap((d) => (d.owner.kind === 'user' ? [d.owner.id] : [])),
    personIds: drafts.flatMap((d) => (d.owner.kind === 'person' ? [d.owner.id] : [])),
  });
  const rows: PlanActionInsert[] = [];
  for (const draft of drafts) {
    const key = agreedActionKey(draft);
    if (known.has(key)) continue;
    if (draft.owner.kind === 'user' && !owners.userIds.has(draft.owner.id)) continue;
    if (draft.owner.kind === 'person' && !owners.personIds.has(draft.owner.id)) continue;
    known.add(key);
    rows.push({
      episodeId: opened.episode.id,
      fromVersionId: version.id,
      need: draft.need,
      action: draft.action,
      desiredOutcome: draft.desiredOutcome,
      ...ownerColumns(draft.owner),
      dueOn: draft.dueOn,
      createdBy: ctx.user.id,
      createdAt: now,
    });
  }
  await insertPlanActions(tx, rows);
  if (version.number === 1 || opened.episode.nextReviewOn === null) {
    const first = firstReviewDateOf(conclusions);
    if (first !== null && opened.episode.status !== 'closed') await setEpisodeNextReview(tx, opened.episode.id, first);
  }
  return rows.length;
}

/** An owner chosen on the plan must be a user of the authority or a person on the child record. */
async function refuseUnknownOwner(tx: DbOrTx, opened: OpenedEpisode, owner: ActionOwner | undefined) {
  if (owner === undefined || owner.kind === 'child') return;
  const known = await knownActionOwners(tx, {
    authorityId: opened.episode.authorityId,
    childId: opened.episode.childId,
    userIds: owner.kind === 'user' ? [owner.id] : [],
    personIds: owner.kind === 'person' ? [owner.id] : [],
  });
  if (!known.userIds.has(owner.id) && !known.personIds.has(owner.id)) {
    fail('VALIDATION_FAILED', { fieldErrors: { owner: 'Choose a person from the team or the family' } });
  }
}

/** What the viewer may do with the plan (the pages show or hide controls; the server decides again). */
function mayOf(ctx: SignedIn, opened: OpenedEpisode) {
  const viewer = viewerOf(ctx.user);
  const may = (ask: 'coordinate' | 'close') => decideEpisodeAccess(viewer, opened.relationships, ask).allowed;
  const canWriteRole = ctx.user.role === 'practitioner';
  const closed = opened.episode.status === 'closed';
  const coordinate = canWriteRole && may('coordinate');
  return {
    coordinate: coordinate && !closed,
    recordReview: coordinate && !closed && opened.episode.status === 'active',
    close: may('close') && !closed,
    reopen: may('close') && closed,
  };
}

/** Everything the plan and review pages need. One audit event per read (SH-5). */
export async function getPlan(ctx: SignedIn, input: { episodeId: string }) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const [actions, reviews, closures, child, parents, team, limitWeeks] = await Promise.all([
      listPlanActions(tx, opened.episode.id),
      listReviews(tx, opened.episode.id),
      listEpisodeClosures(tx, opened.episode.id),
      getChild(tx, ctx.user.authorityId, opened.episode.childId),
      listParentsAndCarers(tx, opened.episode.childId),
      listTeam(tx, opened.episode.id),
      getReviewLimitWeeks(tx, ctx.user.authorityId),
    ]);
    if (!child) fail('INTERNAL');
    const notes = await listActionNotes(
      tx,
      actions.map((a) => a.id),
    );
    await audit(ctx, tx, {
      action: 'plan.viewed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
    });
    const on = today(ctx);
    const may = mayOf(ctx, opened);
    const closed = opened.episode.status === 'closed';
    const childName = childDisplayName(child);

    // Who can attend a review: the assessors, the lead professional and team, the family, the child.
    const attendeeOptions: { kind: 'user' | 'person' | 'child'; id: string | null; name: string; detail: string }[] =
      [];
    const seenUsers = new Set<string>();
    for (const a of opened.assessors) {
      if (seenUsers.has(a.userId)) continue;
      seenUsers.add(a.userId);
      attendeeOptions.push({ kind: 'user', id: a.userId, name: a.name, detail: a.organisation ?? 'Assessor' });
    }
    for (const m of team) {
      if (m.leftAt !== null || seenUsers.has(m.userId)) continue;
      seenUsers.add(m.userId);
      attendeeOptions.push({ kind: 'user', id: m.userId, name: m.name, detail: m.organisation ?? m.jobTitle ?? '' });
    }
    for (const p of parents) attendeeOptions.push({ kind: 'person', id: p.id, name: p.name, detail: p.relationship });
    if (!child.isUnborn) attendeeOptions.push({ kind: 'child', id: null, name: childName, detail: 'The child' });

    const presentedActions = actions.map((a) => {
      const decision = canUpdateAction({
        viewerId: ctx.user.id,
        coordinates: may.coordinate,
        action: a,
        changesTheAction: false,
      });
      return {
        id: a.id,
        need: a.need,
        action: a.action,
        desiredOutcome: a.desiredOutcome,
        owner: ownerOf(a),
        dueOn: a.dueOn,
        status: a.status,
        revision: a.revision,
        open: isOpenAction(a.status),
        overdue: isOverdue(a, on),
        fromVersion: a.fromVersionId !== null,
        mayUpdate: !closed && ctx.user.role === 'practitioner' && decision.allowed,
        notes: notes
          .filter((n) => n.actionId === a.id)
          .map((n) => ({
            status: n.status,
            note: n.note,
            writtenBy: n.writtenBy,
            writtenAt: n.writtenAt.toISOString(),
            reviewId: n.reviewId,
          })),
      };
    });

    const presentedReviews = reviews.map((r) => ({
      id: r.id,
      number: r.number,
      heldOn: r.heldOn,
      attendees: r.attendees,
      progress: notes
        .filter((n) => n.reviewId === r.id)
        .map((n) => ({
          actionId: n.actionId,
          action: actions.find((a) => a.id === n.actionId)?.action ?? 'An action',
          status: n.status,
          note: n.note,
        })),
      distances: r.distances,
      childComments: r.childComments,
      parentComments: r.parentComments,
      nextReviewOn: r.nextReviewOn,
      closureReason: r.closureReason,
      closureReasonText: r.closureReasonText,
      startedVersionNumber: r.startedVersionNumber,
      recordedBy: r.recordedBy,
      recordedAt: r.recordedAt.toISOString(),
    }));

    const due = reviewDue({ status: opened.episode.status, nextReviewOn: opened.episode.nextReviewOn }, on);
    return {
      episode: {
        id: opened.episode.id,
        reference: opened.episode.reference,
        status: opened.episode.status,
        childId: opened.episode.childId,
        closedAt: opened.episode.closedAt?.toISOString() ?? null,
      },
      child: {
        id: child.id,
        name: childName,
        isUnborn: child.isUnborn,
        dateOfBirth: child.dateOfBirth,
        expectedDateOfDelivery: child.expectedDateOfDelivery,
        nhsNumber: child.nhsNumber,
      },
      today: on,
      reviewLimitWeeks: limitWeeks,
      nextReviewOn: opened.episode.nextReviewOn,
      reviewOverdue: due.overdue,
      actions: presentedActions,
      needs: needsOfPlan(actions),
      counts: {
        total: actions.length,
        open: presentedActions.filter((a) => a.open).length,
        overdue: presentedActions.filter((a) => a.overdue).length,
        done: presentedActions.filter((a) => a.status === 'done').length,
      },
      reviews: presentedReviews,
      chart: distanceChart(reviews, { formatDate }),
      closures: closures.map((c) => ({
        event: c.event,
        reason: c.reason,
        reasonText: c.reasonText,
        by: c.by,
        at: c.at.toISOString(),
      })),
      attendeeOptions,
      may,
    };
  });
}

/** PL-1, LP-4: the lead professional adds an action to the plan. */
export async function addPlanAction(ctx: SignedIn, input: AddPlanActionData) {
  return withEpisode(ctx, input.episodeId, 'coordinate', async (tx, opened) => {
    refuseIfClosed(opened);
    const errors = checkActionDueDate(input.dueOn, today(ctx));
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    await refuseUnknownOwner(tx, opened, input.owner);
    const [id] = await insertPlanActions(tx, [
      {
        episodeId: opened.episode.id,
        fromVersionId: null,
        need: input.need,
        action: input.action,
        desiredOutcome: input.desiredOutcome,
        ...ownerColumns(input.owner),
        dueOn: input.dueOn,
        createdBy: ctx.user.id,
        createdAt: ctx.now(),
      },
    ]);
    if (!id) fail('INTERNAL');
    await audit(ctx, tx, {
      action: 'plan.action_added',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { actionId: id },
    });
    return { actionId: id };
  });
}

/**
 * LP-4: the owner of an action updates its status with a progress note; the lead professional
 * may also change the action itself. A stale revision is refused (PLAN_ACTION_CHANGED).
 */
export async function updatePlanAction(ctx: SignedIn, input: UpdatePlanActionData) {
  return withEpisode(ctx, input.episodeId, 'read', async (tx, opened) => {
    const action = await lockPlanAction(tx, opened.episode.id, input.actionId);
    if (!action) fail('NOT_FOUND', { message: 'We could not find that action in this plan.' });
    const changes = input.changes ?? {};
    const changesTheAction = Object.values(changes).some((v) => v !== undefined);
    const coordinates = decideEpisodeAccess(viewerOf(ctx.user), opened.relationships, 'coordinate').allowed;
    const decision = canUpdateAction({ viewerId: ctx.user.id, coordinates, action, changesTheAction });
    if (!decision.allowed) fail('FORBIDDEN', { message: decision.message });
    refuseIfClosed(opened);
    if (changes.dueOn !== undefined && changes.dueOn !== action.dueOn) {
      const errors = checkActionDueDate(changes.dueOn, today(ctx));
      if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    }
    await refuseUnknownOwner(tx, opened, changes.owner);
    const now = ctx.now();
    const revision = await updatePlanActionIfUnchanged(tx, {
      id: action.id,
      baseRevision: input.baseRevision,
      set: {
        status: input.status,
        ...(changes.need !== undefined ? { need: changes.need } : {}),
        ...(changes.action !== undefined ? { action: changes.action } : {}),
        ...(changes.desiredOutcome !== undefined ? { desiredOutcome: changes.desiredOutcome } : {}),
        ...(changes.dueOn !== undefined ? { dueOn: changes.dueOn } : {}),
        ...(changes.owner !== undefined ? ownerColumns(changes.owner) : {}),
      },
      userId: ctx.user.id,
      now,
    });
    if (revision === null) {
      fail('PLAN_ACTION_CHANGED', {
        details: { actionId: action.id, revision: action.revision, status: action.status },
      });
    }
    await insertActionNotes(tx, [
      { actionId: action.id, status: input.status, note: input.note, writtenBy: ctx.user.id, writtenAt: now },
    ]);
    await audit(ctx, tx, {
      action: 'plan.action_updated',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { actionId: action.id, status: input.status, as: decision.as, revision },
    });
    return { actionId: action.id, revision, status: input.status };
  });
}
