import {
  closeEpisodeRow,
  getReviewLimitWeeks,
  insertActionNotes,
  insertReview,
  insertReviewVersion,
  listPlanActions,
  listReviews,
  lockLatestVersion,
  setEpisodeNextReview,
  updatePlanActionIfUnchanged,
} from '@ecaf/db';
import { checkReview, isOpenAction, isoDateInLondon, needsOfPlan, type RecordReviewData } from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import type { SignedIn } from './episode-access';
import { withEpisode } from './episode-access';
import { refuseIfClosed } from './plan';

/**
 * PL-2: one review, all in one transaction: who attended, progress on every open action (each a
 * note on the action, and its new status), distance travelled for every need, the comments, and
 * then either the next review date, which starts the next assessment version (CF-6), or the
 * closure of the episode (PL-3). If a review version was already started from the assessment
 * page (a draft exists), the review is linked to that draft instead of starting another.
 */
export async function recordReview(ctx: SignedIn, input: RecordReviewData) {
  return withEpisode(ctx, input.episodeId, 'coordinate', async (tx, opened) => {
    refuseIfClosed(opened);
    if (opened.episode.status !== 'active') fail('PLAN_NOT_STARTED');
    const [actions, reviews, limitWeeks] = await Promise.all([
      listPlanActions(tx, opened.episode.id),
      listReviews(tx, opened.episode.id),
      getReviewLimitWeeks(tx, ctx.user.authorityId),
    ]);
    const openActions = actions.filter((a) => isOpenAction(a.status));
    const errors = checkReview(input, {
      today: isoDateInLondon(ctx.now()),
      reviewLimitWeeks: limitWeeks,
      openActions,
      needs: needsOfPlan(actions),
    });
    if (input.progress.some((p) => !openActions.some((a) => a.id === p.actionId))) {
      errors.progress = 'Record progress only on the open actions of this plan';
    }
    if (input.attendees.some((a) => (a.kind === 'user' || a.kind === 'person') && a.id === null)) {
      errors.attendees = 'Choose attendees from the team or the family';
    }
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });

    const now = ctx.now();
    const closing = input.next === 'close';
    let startedVersionNumber: number | null = null;
    if (!closing) {
      const latest = await lockLatestVersion(tx, opened.episode.id);
      if (!latest) fail('INTERNAL');
      if (latest.status === 'completed') {
        startedVersionNumber = latest.number + 1;
        await insertReviewVersion(tx, {
          episodeId: opened.episode.id,
          number: startedVersionNumber,
          fromVersionId: latest.id,
          userId: ctx.user.id,
          now,
        });
        await audit(ctx, tx, {
          action: 'assessment.review_started',
          childId: opened.episode.childId,
          episodeId: opened.episode.id,
          ground: opened.groundLabel,
          detail: { version: startedVersionNumber, from: latest.number },
        });
      } else {
        startedVersionNumber = latest.number;
      }
    }

    const number = (reviews.at(-1)?.number ?? 0) + 1;
    const reviewId = await insertReview(
      tx,
      {
        episodeId: opened.episode.id,
        number,
        heldOn: input.heldOn,
        childComments: input.childComments,
        parentComments: input.parentComments,
        nextReviewOn: closing ? null : input.nextReviewOn,
        closureReason: closing ? input.closureReason : null,
        closureReasonText: closing ? input.closureReasonText : null,
        startedVersionNumber,
        recordedBy: ctx.user.id,
        recordedAt: now,
      },
      input.attendees.map((a) => ({ kind: a.kind, id: a.id, name: a.name })),
      input.distances,
    );

    for (const progress of input.progress) {
      const action = openActions.find((a) => a.id === progress.actionId);
      if (!action || action.status === progress.status) continue;
      const revision = await updatePlanActionIfUnchanged(tx, {
        id: action.id,
        baseRevision: action.revision,
        set: { status: progress.status },
        userId: ctx.user.id,
        now,
      });
      if (revision === null) fail('PLAN_ACTION_CHANGED');
    }
    await insertActionNotes(
      tx,
      input.progress.map((p) => ({
        actionId: p.actionId,
        status: p.status,
        note: p.note,
        writtenBy: ctx.user.id,
        writtenAt: now,
        reviewId,
      })),
    );

    if (closing && input.closureReason !== null) {
      await closeEpisodeRow(tx, {
        episodeId: opened.episode.id,
        reason: input.closureReason,
        reasonText: input.closureReasonText,
        reviewId,
        userId: ctx.user.id,
        now,
      });
    } else {
      await setEpisodeNextReview(tx, opened.episode.id, input.nextReviewOn);
    }

    await audit(ctx, tx, {
      action: 'review.recorded',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { reviewId, number, startedVersionNumber, closed: closing },
    });
    if (closing) {
      await audit(ctx, tx, {
        action: 'episode.closed',
        childId: opened.episode.childId,
        episodeId: opened.episode.id,
        ground: opened.groundLabel,
        detail: { reason: input.closureReason, reviewId },
      });
    }
    return { reviewId, number, startedVersionNumber, closed: closing };
  });
}
