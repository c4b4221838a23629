/**
 * The duplicate review's pure logic (CH-2): addresses, pages, the progress line, what the live
 * region says, which record to suggest keeping, and the evidence in words.
 */

export const pairStatuses = ['open', 'merged', 'not_duplicate'] as const;
export type PairStatus = (typeof pairStatuses)[number];

/** The list's tabs, in words; `open` is the default and has the shortest address. */
export const pairStatusLabels: Record<PairStatus, string> = {
  open: 'To check',
  merged: 'Merged',
  not_duplicate: 'Different children',
};

export function pairStatusFrom(value: string | null): PairStatus {
  return pairStatuses.find((status) => status === value) ?? 'open';
}

export function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** `/duplicates`, `/duplicates?status=merged`, `/duplicates?page=2` (the list's state lives in the address). */
export function pairsHref(status: PairStatus, page = 1): string {
  const params = new URLSearchParams();
  if (status !== 'open') params.set('status', status);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/duplicates?${query}` : '/duplicates';
}

export const duplicatePaths = {
  list: '/duplicates',
  pair: (pairId: string) => `/duplicates/pairs/${pairId}`,
  undoMerge: (mergeId: string) => `/duplicates/merges/${mergeId}/undo`,
};

export function pageCount(total: number, pageSize: number): number {
  return pageSize > 0 ? Math.max(1, Math.ceil(total / pageSize)) : 1;
}

/**
 * GOV.UK pagination's numbers: the first and last pages, the current page and its neighbours,
 * and an ellipsis (null) for each gap of more than one page.
 */
export function paginationItems(current: number, last: number): Array<number | null> {
  const shown = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
  const sorted = [...shown].sort((x, y) => x - y);
  const items: Array<number | null> = [];
  for (const n of sorted) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && n - previous === 2) items.push(n - 1);
    else if (typeof previous === 'number' && n - previous > 2) items.push(null);
    items.push(n);
  }
  return items;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** The progress bar's visible label: '1,234 of 5,000 children checked'. */
export function progressText(run: { processed: number; total: number }): string {
  if (run.total <= 0) return 'Counting the children to check…';
  return `${count(Math.min(run.processed, run.total))} of ${count(run.total)} children checked`;
}

export function pairsText(n: number): string {
  return n === 1 ? '1 possible duplicate' : `${count(n)} possible duplicates`;
}

type RunStatus = 'running' | 'finished' | 'failed';

export const REVIEW_STARTED = 'The duplicate review has started.';

/**
 * What the live region says when a review ends: once, on the change from running to finished or
 * failed, never on each tick of the progress bar. (The start is announced by the button's own
 * success.)
 */
export function announcementFor(
  previous: RunStatus | undefined,
  current: { status: RunStatus; pairsFound: number; openPairs: number },
): string | null {
  if (previous !== 'running' || current.status === 'running') return null;
  if (current.status === 'failed') return 'The duplicate review stopped because of a problem. Run it again.';
  return `The duplicate review has finished. It found ${pairsText(current.pairsFound)}; ${count(current.openPairs)} to check.`;
}

type Side = { id: string; hasOpenEpisode: boolean; episodes: number; parentsAndCarers: number };

/**
 * Which record to suggest keeping: the one with an open CAF (a child has one at a time, CF-1),
 * else the one with more CAFs, else more parents and carers, else the first. Only a suggestion:
 * the manager chooses.
 */
export function suggestedSurvivor(a: Side, b: Side): string {
  if (a.hasOpenEpisode !== b.hasOpenEpisode) return a.hasOpenEpisode ? a.id : b.id;
  if (a.episodes !== b.episodes) return a.episodes > b.episodes ? a.id : b.id;
  if (a.parentsAndCarers !== b.parentsAndCarers) return a.parentsAndCarers > b.parentsAndCarers ? a.id : b.id;
  return a.id;
}

/** '2 CAFs, one of them open', 'No CAF', '1 CAF, open'. */
export function cafsText(side: { episodes: number; hasOpenEpisode: boolean }): string {
  if (side.episodes === 0) return 'No CAF';
  if (side.episodes === 1) return side.hasOpenEpisode ? '1 CAF, open' : '1 CAF, closed';
  return side.hasOpenEpisode
    ? `${count(side.episodes)} CAFs, one of them open`
    : `${count(side.episodes)} CAFs, all closed`;
}

/**
 * A field's weight of evidence (in bits: each bit doubles or halves the odds) in words first;
 * the number follows for those who want it.
 */
export function evidenceWords(weight: number): string {
  const size = Math.abs(weight);
  if (size < 0.5) return 'Makes little difference';
  if (weight > 0) return size >= 6 ? 'Strong evidence for' : size >= 2 ? 'Evidence for' : 'Weak evidence for';
  return size >= 6 ? 'Strong evidence against' : size >= 2 ? 'Evidence against' : 'Weak evidence against';
}

/** '+6.6', '−2.0', '0.0' (a real minus sign). */
export function weightText(weight: number): string {
  const rounded = Math.round(weight * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded).toFixed(1)}`;
}
