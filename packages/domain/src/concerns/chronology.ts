import { maySeeInvolvement } from './involvement';

/**
 * Screen 4: the child's chronology, newest first. The events come from many tables; this module
 * only decides which the viewer may see, orders them and words them.
 *
 * What counts as episode-level (needs read access to that episode, SH-1): everything from inside
 * a CAF (a completed assessment, consent, the lead professional, the team, reviews). That a CAF
 * was started, closed or reopened is child-level: the child page already lists every CAF with its
 * status and dates to any practitioner (SH-3), and these titles carry no reason or content.
 */

export const chronologyKinds = [
  'child_registered',
  'involvement_started',
  'involvement_ended',
  'concern_raised',
  'concern_resolved',
  'caf_started',
  'assessment_completed',
  'consent_recorded',
  'consent_withdrawn',
  'lead_professional_assigned',
  'lead_professional_handed_over',
  'team_member_joined',
  'team_member_left',
  'review_held',
  'episode_closed',
  'episode_reopened',
] as const;
export type ChronologyKind = (typeof chronologyKinds)[number];

/** The filter on the page groups kinds a person thinks of together. */
export const chronologyGroups = ['child', 'involvement', 'concern', 'caf', 'consent', 'team', 'review'] as const;
export type ChronologyGroup = (typeof chronologyGroups)[number];

export const chronologyGroupLabels: Record<ChronologyGroup, string> = {
  child: 'Child record',
  involvement: 'Involvement',
  concern: 'Concerns',
  caf: 'CAF and assessment',
  consent: 'Consent to share',
  team: 'Lead professional and team',
  review: 'Reviews',
};

export const chronologyGroupOf: Record<ChronologyKind, ChronologyGroup> = {
  child_registered: 'child',
  involvement_started: 'involvement',
  involvement_ended: 'involvement',
  concern_raised: 'concern',
  concern_resolved: 'concern',
  caf_started: 'caf',
  assessment_completed: 'caf',
  consent_recorded: 'consent',
  consent_withdrawn: 'consent',
  lead_professional_assigned: 'team',
  lead_professional_handed_over: 'team',
  team_member_joined: 'team',
  team_member_left: 'team',
  review_held: 'review',
  episode_closed: 'caf',
  episode_reopened: 'caf',
};

/** Child-level kinds: shown to anyone who may see the child page. The rest need the episode. */
const childLevelKinds: ReadonlySet<ChronologyKind> = new Set([
  'child_registered',
  'involvement_started',
  'involvement_ended',
  'concern_raised',
  'concern_resolved',
  'caf_started',
  'episode_closed',
  'episode_reopened',
]);

export function isEpisodeLevel(kind: ChronologyKind): boolean {
  return !childLevelKinds.has(kind);
}

type Base = {
  /** The source row's id: with the kind, unique, and the last tie-break. */
  id: string;
  /** An ISO timestamp, or an ISO date (YYYY-MM-DD) for events recorded by day. */
  at: string;
  actorName: string | null;
};
type InvolvementFacts = {
  organisationId: string;
  organisationName: string;
  service: string;
  sensitiveService: boolean;
  explicitConsent: boolean;
};
type EpisodeFacts = { episodeId: string; reference: string };

export type ChronologyEvent =
  | (Base & { kind: 'child_registered' })
  | (Base & InvolvementFacts & { kind: 'involvement_started' | 'involvement_ended' })
  | (Base & { kind: 'concern_raised'; description: string })
  | (Base & { kind: 'concern_resolved'; resolution: string })
  | (Base & EpisodeFacts & { kind: 'caf_started' | 'episode_closed' | 'episode_reopened' })
  | (Base & EpisodeFacts & { kind: 'assessment_completed'; versionNumber: number })
  | (Base & EpisodeFacts & { kind: 'consent_recorded' | 'consent_withdrawn' })
  | (Base & EpisodeFacts & { kind: 'lead_professional_assigned'; name: string })
  | (Base & EpisodeFacts & { kind: 'lead_professional_handed_over'; fromName: string; toName: string })
  | (Base & EpisodeFacts & { kind: 'team_member_joined' | 'team_member_left'; name: string })
  | (Base & EpisodeFacts & { kind: 'review_held' });

export type ChronologyEntry = {
  key: string;
  kind: ChronologyKind;
  group: ChronologyGroup;
  at: string;
  /** True when only the day is known, so the page shows no time. */
  dateOnly: boolean;
  title: string;
  detail: string | null;
  episodeId: string | null;
  actorName: string | null;
};

/** What the caller established the viewer may see (the rules that decide it live elsewhere). */
export type ChronologyViewer = {
  organisationId: string | null;
  /** Episodes this viewer may read (decideEpisodeAccess allowed 'read'). */
  readableEpisodeIds: ReadonlySet<string>;
};

function episodeOf(event: ChronologyEvent): string | null {
  return 'episodeId' in event ? event.episodeId : null;
}

/** Whether this viewer may see this event: episode events need the episode; IN-1 for involvement. */
export function maySeeChronologyEvent(viewer: ChronologyViewer, event: ChronologyEvent): boolean {
  if (event.kind === 'involvement_started' || event.kind === 'involvement_ended') {
    return maySeeInvolvement(viewer, event);
  }
  if (!isEpisodeLevel(event.kind)) return true;
  const episodeId = episodeOf(event);
  return episodeId !== null && viewer.readableEpisodeIds.has(episodeId);
}

function describe(event: ChronologyEvent): { title: string; detail: string | null } {
  switch (event.kind) {
    case 'child_registered':
      return { title: 'Child registered in eCAF', detail: null };
    case 'involvement_started':
      return { title: `${event.organisationName} started working with the child`, detail: event.service };
    case 'involvement_ended':
      return { title: `${event.organisationName} stopped working with the child`, detail: event.service };
    case 'concern_raised':
      return { title: 'Concern raised', detail: event.description };
    case 'concern_resolved':
      return { title: 'Concern resolved', detail: event.resolution };
    case 'caf_started':
      return { title: `CAF ${event.reference} started`, detail: null };
    case 'assessment_completed':
      return { title: `Assessment version ${event.versionNumber} completed`, detail: `CAF ${event.reference}` };
    case 'consent_recorded':
      return { title: 'Consent to share recorded', detail: `CAF ${event.reference}` };
    case 'consent_withdrawn':
      return { title: 'Consent to share withdrawn', detail: `CAF ${event.reference}` };
    case 'lead_professional_assigned':
      return { title: `${event.name} became lead professional`, detail: `CAF ${event.reference}` };
    case 'lead_professional_handed_over':
      return {
        title: `Lead professional handed over from ${event.fromName} to ${event.toName}`,
        detail: `CAF ${event.reference}`,
      };
    case 'team_member_joined':
      return { title: `${event.name} joined the team around the child`, detail: `CAF ${event.reference}` };
    case 'team_member_left':
      return { title: `${event.name} left the team around the child`, detail: `CAF ${event.reference}` };
    case 'review_held':
      return { title: 'Review held', detail: `CAF ${event.reference}` };
    case 'episode_closed':
      return { title: `CAF ${event.reference} closed`, detail: null };
    case 'episode_reopened':
      return { title: `CAF ${event.reference} reopened`, detail: null };
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date-only event sorts as the start of its day, before anything timed on that day. */
function sortKey(at: string): string {
  return DATE_ONLY.test(at) ? `${at}T00:00:00.000Z` : new Date(at).toISOString();
}

const rank = new Map(chronologyKinds.map((kind, index) => [kind, index]));

/**
 * Newest first. Ties (same instant) put the later step of a life cycle first (a CAF started
 * before its lead professional was assigned), then order by the source id, so the order never
 * depends on the order the queries returned rows.
 */
export function compareChronology(a: ChronologyEntry, b: ChronologyEntry): number {
  const byTime = sortKey(b.at).localeCompare(sortKey(a.at));
  if (byTime !== 0) return byTime;
  const byKind = (rank.get(b.kind) ?? 0) - (rank.get(a.kind) ?? 0);
  if (byKind !== 0) return byKind;
  return a.key.localeCompare(b.key);
}

/** The chronology this viewer sees: filtered, worded and ordered newest first. */
export function buildChronology(events: readonly ChronologyEvent[], viewer: ChronologyViewer): ChronologyEntry[] {
  return events
    .filter((event) => maySeeChronologyEvent(viewer, event))
    .map((event): ChronologyEntry => {
      const { title, detail } = describe(event);
      return {
        key: `${event.kind}:${event.id}`,
        kind: event.kind,
        group: chronologyGroupOf[event.kind],
        at: event.at,
        dateOnly: DATE_ONLY.test(event.at),
        title,
        detail,
        episodeId: episodeOf(event),
        actorName: event.actorName,
      };
    })
    .sort(compareChronology);
}
