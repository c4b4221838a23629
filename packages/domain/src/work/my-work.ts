import { addDaysToIsoDate } from '../dates/iso-date';

/**
 * My work (screen 2) and the manager's dashboard (screen 7): what is due, what is overdue, and the
 * one list of things to do that the page sorts and filters. Pure: dates are ISO strings and
 * "today" is passed in (Europe/London, from the injected clock).
 */

/** PL-1, PL-2: actions and reviews show on work lists this many days before they fall due. */
export const DUE_SOON_DAYS = 14;

export type Due = 'overdue' | 'due_today' | 'due_soon';

/** The last date that counts as "due soon" today. */
export function dueSoonUntil(today: string, days = DUE_SOON_DAYS): string {
  return addDaysToIsoDate(today, days);
}

/**
 * PL-1: overdue is a date before today (an action due today is due, not overdue); due soon is
 * within `days` from today; anything later is not on the list (null).
 */
export function classifyDue(dueOn: string, today: string, days = DUE_SOON_DAYS): Due | null {
  if (dueOn < today) return 'overdue';
  if (dueOn === today) return 'due_today';
  return dueOn <= dueSoonUntil(today, days) ? 'due_soon' : null;
}

export const workItemKinds = ['action', 'team_action', 'review', 'concern', 'verbal_consent'] as const;
export type WorkItemKind = (typeof workItemKinds)[number];

export const workItemKindLabels: Record<WorkItemKind, string> = {
  action: 'My action',
  team_action: 'Team action overdue',
  review: 'Review',
  concern: 'New concern',
  verbal_consent: 'Verbal consent to confirm',
};

/** The filter's broader groups: actions (mine and my team's), reviews, concerns, consent. */
export const workItemGroups = ['actions', 'reviews', 'concerns', 'consents'] as const;
export type WorkItemGroup = (typeof workItemGroups)[number];

export const workItemGroupLabels: Record<WorkItemGroup, string> = {
  actions: 'Actions',
  reviews: 'Reviews',
  concerns: 'Concerns',
  consents: 'Consents to confirm',
};

export function groupOf(kind: WorkItemKind): WorkItemGroup {
  switch (kind) {
    case 'action':
    case 'team_action':
      return 'actions';
    case 'review':
      return 'reviews';
    case 'concern':
      return 'concerns';
    case 'verbal_consent':
      return 'consents';
  }
}

/** One thing to do, as the page lists it. A concern has no due date: it is new since `date`. */
export type WorkItem = {
  id: string;
  kind: WorkItemKind;
  episodeId: string | null;
  childId: string;
  reference: string | null;
  childName: string;
  /** The action, "Review 2", the concern, in a few words. */
  summary: string;
  /** Due date (actions, reviews, consents) or the date it was raised (concerns). */
  date: string;
  /** Null for a concern: it is new, not due. */
  due: Due | null;
  /** Whose it is, for an action owned by someone else. */
  owner: string | null;
};

export const workSortKeys = ['date', 'kind', 'child', 'reference'] as const;
export type WorkSortKey = (typeof workSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';
export type WorkSort = { key: WorkSortKey; direction: SortDirection };

/** Most urgent first: overdue, due today, due soon, then new concerns. */
const dueRank: Record<Due | 'new', number> = { overdue: 0, due_today: 1, due_soon: 2, new: 3 };

function compareBy(key: WorkSortKey, a: WorkItem, b: WorkItem): number {
  switch (key) {
    case 'date':
      return a.date.localeCompare(b.date);
    case 'kind':
      return workItemKindLabels[a.kind].localeCompare(workItemKindLabels[b.kind]);
    case 'child':
      return a.childName.localeCompare(b.childName, 'en-GB', { sensitivity: 'base' });
    case 'reference':
      return (a.reference ?? '').localeCompare(b.reference ?? '');
  }
}

/** The default order: most urgent first, then the earliest date, then by child. */
export function byUrgency(a: WorkItem, b: WorkItem): number {
  return (
    dueRank[a.due ?? 'new'] - dueRank[b.due ?? 'new'] ||
    a.date.localeCompare(b.date) ||
    compareBy('child', a, b) ||
    a.id.localeCompare(b.id)
  );
}

/** A stable sort on one column; ties keep the urgency order. Returns a new array. */
export function sortWorkItems(items: readonly WorkItem[], sort: WorkSort | null): WorkItem[] {
  const sorted = [...items].sort(byUrgency);
  if (sort === null) return sorted;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return sorted.sort((a, b) => sign * compareBy(sort.key, a, b));
}

export type WorkFilter = { group: WorkItemGroup | 'all'; overdueOnly: boolean };

export function filterWorkItems(items: readonly WorkItem[], filter: WorkFilter): WorkItem[] {
  return items.filter(
    (item) =>
      (filter.group === 'all' || groupOf(item.kind) === filter.group) &&
      (!filter.overdueOnly || item.due === 'overdue'),
  );
}

export type WorkCounts = {
  overdue: number;
  dueToday: number;
  dueSoon: number;
  newConcerns: number;
  byGroup: Record<WorkItemGroup, number>;
};

/** "What do I need to do today", at a glance. */
export function countWorkItems(items: readonly WorkItem[]): WorkCounts {
  const counts: WorkCounts = {
    overdue: 0,
    dueToday: 0,
    dueSoon: 0,
    newConcerns: 0,
    byGroup: { actions: 0, reviews: 0, concerns: 0, consents: 0 },
  };
  for (const item of items) {
    if (item.due === 'overdue') counts.overdue++;
    else if (item.due === 'due_today') counts.dueToday++;
    else if (item.due === 'due_soon') counts.dueSoon++;
    if (item.kind === 'concern') counts.newConcerns++;
    counts.byGroup[groupOf(item.kind)]++;
  }
  return counts;
}
