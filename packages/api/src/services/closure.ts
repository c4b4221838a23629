import { childHasOtherOpenEpisode, closeEpisodeRow, listVersions, reopenEpisodeRow } from '@ecaf/db';
import {
  type CloseEpisodeData,
  canClose,
  canReopen,
  checkClosureReason,
  type ReopenEpisodeInput,
  statusAfterReopening,
} from '@ecaf/domain';
import { fail } from '../trpc';
import { audit } from './audit';
import { type SignedIn, withEpisode } from './episode-access';

/** PL-3: the lead professional (or the assessor before one is assigned) or a manager closes, with a reason. */
export async function closeEpisode(ctx: SignedIn, input: CloseEpisodeData) {
  return withEpisode(ctx, input.episodeId, 'close', async (tx, opened) => {
    const decision = canClose(opened.episode.status);
    if (!decision.allowed) fail(decision.reason, { message: decision.message });
    const errors = checkClosureReason(input);
    if (Object.keys(errors).length > 0) fail('VALIDATION_FAILED', { fieldErrors: errors });
    await closeEpisodeRow(tx, {
      episodeId: opened.episode.id,
      reason: input.reason,
      reasonText: input.reasonText,
      reviewId: null,
      userId: ctx.user.id,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'episode.closed',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { reason: input.reason },
    });
    return { status: 'closed' as const };
  });
}

/** PL-3: reopened by the same people, with a reason, unless the child has another open CAF (CF-1). */
export async function reopenEpisode(ctx: SignedIn, input: ReopenEpisodeInput) {
  return withEpisode(ctx, input.episodeId, 'close', async (tx, opened) => {
    const other = await childHasOtherOpenEpisode(tx, opened.episode.childId, opened.episode.id);
    const decision = canReopen({ status: opened.episode.status, childHasOtherOpenEpisode: other });
    if (!decision.allowed) fail(decision.reason, { message: decision.message });
    const versions = await listVersions(tx, opened.episode.id);
    const status = statusAfterReopening(versions.some((v) => v.status === 'completed'));
    await reopenEpisodeRow(tx, {
      episodeId: opened.episode.id,
      status,
      reason: input.reason,
      userId: ctx.user.id,
      now: ctx.now(),
    });
    await audit(ctx, tx, {
      action: 'episode.reopened',
      childId: opened.episode.childId,
      episodeId: opened.episode.id,
      ground: opened.groundLabel,
      detail: { status },
    });
    return { status };
  });
}
