import {
  type DbOrTx,
  findOpenEpisodeContact,
  getAuthority,
  getChild,
  insertChecklistDecision,
  insertEpisode,
  markNotificationRead,
  nextEpisodeNumber,
} from '@ecaf/db';
import { type Checklist, canStartEpisode, decideChecklist, formatEpisodeReference } from '@ecaf/domain';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';
import { violatesUnique } from './unique-violation';

type SignedIn = Context & { user: CurrentUser };

const londonYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' });

async function refuseIfEpisodeOpen(tx: DbOrTx, childId: string) {
  const open = await findOpenEpisodeContact(tx, childId);
  const decision = canStartEpisode({
    openEpisode: open
      ? {
          reference: open.reference,
          contact: {
            name: open.name,
            organisation: open.organisation ?? '',
            telephone: open.telephone,
            email: open.email,
            role: open.isLeadProfessional ? 'lead_professional' : 'assessor',
          },
        }
      : null,
  });
  if (!decision.allowed) {
    fail('EPISODE_ALREADY_OPEN', {
      message: decision.message,
      details: { contact: decision.extra, reference: open?.reference },
    });
  }
}

function isOpenEpisodeRace(error: unknown): boolean {
  return violatesUnique(error, 'episode_one_open_per_child_idx');
}

/**
 * Start a CAF from the pre-assessment checklist. Every checklist decision is recorded (CF-2);
 * only "start a CAF" without an immediate concern creates an episode, and only when the child
 * has no open one (CF-1, also guarded by a unique index for two practitioners racing).
 */
export async function startEpisode(ctx: SignedIn, input: { childId: string; checklist: Checklist }) {
  const outcome = decideChecklist(input.checklist);
  try {
    return await ctx.db.transaction(async (tx) => {
      const child = await getChild(tx, ctx.user.authorityId, input.childId);
      if (!child || child.mergedIntoId) fail('NOT_FOUND');
      const now = ctx.now();
      if (outcome.outcome !== 'start_caf') {
        await insertChecklistDecision(tx, {
          childId: child.id,
          decidedBy: ctx.user.id,
          answers: input.checklist,
          outcome: outcome.outcome,
          decidedAt: now,
        });
        await audit(ctx, tx, { action: 'checklist.decided', childId: child.id, detail: { outcome: outcome.outcome } });
        if (outcome.outcome === 'safeguarding_referral') {
          const authority = await getAuthority(tx, ctx.user.authorityId);
          if (!authority) fail('INTERNAL');
          return {
            outcome: 'safeguarding_referral' as const,
            route: {
              title: authority.safeguardingRouteTitle,
              telephone: authority.safeguardingRouteTelephone,
              email: authority.safeguardingRouteEmail,
              text: authority.safeguardingRouteText,
            },
          };
        }
        return { outcome: outcome.outcome };
      }
      await refuseIfEpisodeOpen(tx, child.id);
      const reference = formatEpisodeReference(Number(londonYear.format(now)), await nextEpisodeNumber(tx));
      const episodeId = await insertEpisode(tx, {
        authorityId: ctx.user.authorityId,
        childId: child.id,
        reference,
        createdBy: ctx.user.id,
        now,
      });
      await insertChecklistDecision(tx, {
        childId: child.id,
        decidedBy: ctx.user.id,
        answers: input.checklist,
        outcome: 'start_caf',
        episodeId,
        decidedAt: now,
      });
      await audit(ctx, tx, { action: 'episode.started', childId: child.id, episodeId, ground: 'assessor' });
      return { outcome: 'episode_started' as const, episodeId, reference };
    });
  } catch (error) {
    if (isOpenEpisodeRace(error)) await ctx.db.transaction((tx) => refuseIfEpisodeOpen(tx, input.childId));
    throw error;
  }
}

/** A user marks one of their own notifications as read; anyone else's answers "not found". */
export async function markNotificationAsRead(ctx: SignedIn, notificationId: string) {
  const marked = await markNotificationRead(ctx.db, { id: notificationId, userId: ctx.user.id, now: ctx.now() });
  if (!marked) fail('NOT_FOUND', { message: 'That notification was not found, or it is already marked as read.' });
  return { read: true };
}
