import {
  type DbOrTx,
  findOpenEpisodeContact,
  getAuthority,
  getChild,
  getEpisodeForAccess,
  insertChecklistDecision,
  insertEpisode,
  listDraftsForAssessor,
  listEpisodesWithVerbalConsentFor,
  listNotifications,
  markNotificationRead,
  nextEpisodeNumber,
} from '@ecaf/db';
import {
  type Checklist,
  canStartEpisode,
  childDisplayName,
  confirmationDueOn,
  decideChecklist,
  decideEpisodeAccess,
  formatEpisodeReference,
  isoDateInLondon,
} from '@ecaf/domain';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';
import { relationshipsOf, viewerOf } from './episode-access';

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
  const cause = (error as { cause?: { code?: string; constraint_name?: string; constraint?: string } }).cause;
  return cause?.code === '23505' && (cause.constraint_name ?? cause.constraint) === 'episode_one_open_per_child_idx';
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

/**
 * CO-4: the verbal consents the user must get confirmed, as the domain reads the consent that
 * stands (a correction or a newer record may have replaced the verbal one), soonest due first.
 */
async function verbalConsentsToConfirm(ctx: SignedIn, today: string) {
  const episodeIds = await listEpisodesWithVerbalConsentFor(ctx.db, ctx.user.id);
  const found = await Promise.all(
    episodeIds.map(async (id) => {
      const loaded = await getEpisodeForAccess(ctx.db, ctx.user.authorityId, id);
      if (!loaded) return null;
      const { consent } = relationshipsOf(loaded, today);
      const standing = loaded.consentToShare.find((c) => c.id === consent.consentId);
      if (!standing || (consent.status !== 'awaiting_confirmation' && consent.status !== 'lapsed')) return null;
      return {
        episodeId: id,
        reference: loaded.episode.reference,
        decidedOn: standing.decidedOn,
        dueOn: confirmationDueOn(standing),
        overdue: consent.status === 'lapsed',
      };
    }),
  );
  return found.filter((f) => f !== null).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/**
 * "My work". The query returns only the CAFs the user assesses; each is then put to the access
 * policy (SH-1), so a co-assessor whose access ended with a withdrawal of consent (CO-5) no
 * longer sees it listed.
 */
export async function myWork(ctx: SignedIn) {
  const candidates = await listDraftsForAssessor(ctx.db, ctx.user.id);
  const today = isoDateInLondon(ctx.now());
  const viewer = viewerOf(ctx.user);
  const readable = await Promise.all(
    candidates.map(async (d) => {
      const loaded = await getEpisodeForAccess(ctx.db, ctx.user.authorityId, d.episodeId);
      return loaded !== null && decideEpisodeAccess(viewer, relationshipsOf(loaded, today), 'read').allowed;
    }),
  );
  const drafts = candidates.filter((_, i) => readable[i]);
  const [notifications, verbalConsents] = await Promise.all([
    listNotifications(ctx.db, ctx.user.id),
    verbalConsentsToConfirm(ctx, today),
  ]);
  return {
    notifications: notifications.map((n) => ({
      id: n.id,
      episodeId: n.episodeId,
      kind: n.kind,
      message: n.message,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
    verbalConsentsToConfirm: verbalConsents,
    drafts: drafts.map((d) => ({
      episodeId: d.episodeId,
      reference: d.reference,
      childId: d.childId,
      childName: childDisplayName(d),
      startedAt: d.startedAt.toISOString(),
    })),
  };
}

/** A user marks one of their own notifications as read; anyone else's answers "not found". */
export async function markNotificationAsRead(ctx: SignedIn, notificationId: string) {
  const marked = await markNotificationRead(ctx.db, { id: notificationId, userId: ctx.user.id, now: ctx.now() });
  if (!marked) fail('NOT_FOUND', { message: 'That notification was not found, or it is already marked as read.' });
  return { read: true };
}
