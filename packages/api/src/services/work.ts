import {
  listDraftsForAssessor,
  listEpisodesForAccess,
  listEpisodesWithVerbalConsentFor,
  listMyEpisodes,
  listNotifications,
  listOpenConcernsForWork,
  listReviewsDueForLead,
  listWorkActions,
} from '@ecaf/db';
import {
  byUrgency,
  childDisplayName,
  classifyDue,
  confirmationDueOn,
  countWorkItems,
  decideEpisodeAccess,
  dueSoonUntil,
  isoDateInLondon,
  type WorkItem,
} from '@ecaf/domain';
import { relationshipsOf, type SignedIn, viewerOf } from './episode-access';

/** How long a concern's summary may be on a work list: the full text is on the child's page. */
const CONCERN_SUMMARY_LENGTH = 120;

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/**
 * "My work" (screen 2): drafts, the episodes the user leads or is on the team of, actions due
 * or overdue (their own, and the overdue ones of every episode they lead: PL-1), reviews due on
 * episodes they lead (PL-2), new concerns about children whose CAF they lead (IN-2; every open
 * concern in the authority for a manager), notifications and verbal consents to confirm (CO-4).
 *
 * A handful of set-based queries, run together. Everything that rests on an episode the user
 * does not lead is put to the access policy (SH-1) in one more query, so a team member or
 * co-assessor whose access ended with a withdrawal of consent (CO-5) no longer sees it listed;
 * a lead professional keeps access (CO-5) and a manager reads every CAF of the authority.
 */
export async function myWork(ctx: SignedIn) {
  const user = ctx.user;
  const today = isoDateInLondon(ctx.now());
  const until = dueSoonUntil(today);
  const isManager = user.role === 'manager';
  const [drafts, episodes, actions, reviews, concerns, notifications, verbalIds] = await Promise.all([
    listDraftsForAssessor(ctx.db, user.id),
    listMyEpisodes(ctx.db, user.authorityId, user.id),
    listWorkActions(ctx.db, { authorityId: user.authorityId, userId: user.id, today, until }),
    listReviewsDueForLead(ctx.db, { authorityId: user.authorityId, userId: user.id, until }),
    listOpenConcernsForWork(ctx.db, { authorityId: user.authorityId, userId: user.id, wholeAuthority: isManager }),
    listNotifications(ctx.db, user.id),
    listEpisodesWithVerbalConsentFor(ctx.db, user.id),
  ]);

  // SH-1: one load of the access facts for every episode the user does not lead.
  const led = new Set(episodes.filter((e) => e.role === 'lead_professional').map((e) => e.episodeId));
  const toCheck = new Set<string>([
    ...drafts.map((d) => d.episodeId),
    ...episodes.filter((e) => e.role !== 'lead_professional').map((e) => e.episodeId),
    ...actions.filter((a) => !a.userLeads).map((a) => a.episodeId),
  ]);
  for (const id of led) toCheck.delete(id);
  // CO-4 needs every consent record of these, led or not.
  for (const id of verbalIds) toCheck.add(id);
  const facts = await listEpisodesForAccess(ctx.db, user.authorityId, [...toCheck]);
  const viewer = viewerOf(user);
  const relationships = new Map(
    facts.map((f) => [f.episodeId, relationshipsOf({ ...f, episode: { authorityId: f.authorityId } }, today)]),
  );
  const readable = (episodeId: string) => {
    if (led.has(episodeId)) return true;
    const r = relationships.get(episodeId);
    return r !== undefined && decideEpisodeAccess(viewer, r, 'read').allowed;
  };

  const items: WorkItem[] = [];
  for (const a of actions) {
    if (!a.userLeads && !readable(a.episodeId)) continue;
    const mine = a.ownerUserId === user.id;
    items.push({
      id: `action:${a.actionId}`,
      kind: mine ? 'action' : 'team_action',
      episodeId: a.episodeId,
      childId: a.childId,
      reference: a.reference,
      childName: a.childName,
      summary: shorten(a.action, CONCERN_SUMMARY_LENGTH),
      date: a.dueOn,
      due: classifyDue(a.dueOn, today),
      owner: mine ? null : a.ownerName,
    });
  }
  for (const r of reviews) {
    items.push({
      id: `review:${r.episodeId}`,
      kind: 'review',
      episodeId: r.episodeId,
      childId: r.childId,
      reference: r.reference,
      childName: r.childName,
      summary: r.reviewsHeld === 0 ? 'First review' : `Review ${r.reviewsHeld + 1}`,
      date: r.nextReviewOn,
      due: classifyDue(r.nextReviewOn, today),
      owner: null,
    });
  }
  for (const k of concerns) {
    items.push({
      id: `concern:${k.concernId}`,
      kind: 'concern',
      episodeId: k.episodeId,
      childId: k.childId,
      reference: k.reference,
      childName: k.childName,
      summary: `${shorten(k.description, CONCERN_SUMMARY_LENGTH)} (raised by ${k.raisedByName})`,
      date: isoDateInLondon(new Date(k.raisedAt)),
      due: null,
      owner: null,
    });
  }

  // CO-4: the consent that stands decides (a correction or a newer record may have replaced it).
  const verbalConsentsToConfirm = facts
    .filter((f) => verbalIds.includes(f.episodeId))
    .flatMap((f) => {
      const consent = relationships.get(f.episodeId)?.consent;
      const standing = f.consentToShare.find((c) => c.id === consent?.consentId);
      if (!consent || !standing || (consent.status !== 'awaiting_confirmation' && consent.status !== 'lapsed')) {
        return [];
      }
      return [{ episodeId: f.episodeId, facts: f, standing, overdue: consent.status === 'lapsed' }];
    });
  const verbalDetails = verbalConsentsToConfirm.map((v) => ({
    episodeId: v.episodeId,
    reference: v.facts.reference,
    childId: v.facts.childId,
    childName: v.facts.childName,
    decidedOn: v.standing.decidedOn,
    dueOn: confirmationDueOn(v.standing),
    overdue: v.overdue,
  }));
  for (const v of verbalDetails) {
    items.push({
      id: `consent:${v.episodeId}`,
      kind: 'verbal_consent',
      episodeId: v.episodeId,
      childId: v.childId,
      reference: v.reference,
      childName: v.childName,
      summary: 'Get verbal consent to share confirmed in writing',
      date: v.dueOn,
      due: v.overdue ? 'overdue' : classifyDue(v.dueOn, today),
      owner: null,
    });
  }
  items.sort(byUrgency);

  const readableDrafts = drafts.filter((d) => readable(d.episodeId));
  const readableEpisodes = episodes.filter((e) => readable(e.episodeId));
  const counts = countWorkItems(items);

  return {
    today,
    counts: { ...counts, drafts: readableDrafts.length, episodes: readableEpisodes.length },
    items,
    episodes: readableEpisodes.map((e) => ({
      episodeId: e.episodeId,
      reference: e.reference,
      status: e.status,
      childId: e.childId,
      childName: e.childName,
      role: e.role,
      since: e.since,
      nextReviewOn: e.nextReviewOn,
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      episodeId: n.episodeId,
      kind: n.kind,
      message: n.message,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
    verbalConsentsToConfirm: verbalDetails
      .map(({ childId: _c, childName: _n, ...v }) => v)
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    drafts: readableDrafts.map((d) => ({
      episodeId: d.episodeId,
      reference: d.reference,
      childId: d.childId,
      childName: childDisplayName(d),
      startedAt: d.startedAt.toISOString(),
    })),
  };
}

export type MyWork = Awaited<ReturnType<typeof myWork>>;
