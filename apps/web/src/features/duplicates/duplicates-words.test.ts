import { describe, expect, it } from 'vitest';
import {
  announcementFor,
  cafsText,
  evidenceWords,
  pageCount,
  pageFrom,
  paginationItems,
  pairStatusFrom,
  pairsHref,
  progressText,
  suggestedSurvivor,
  weightText,
} from './duplicates-words';

describe('the list of pairs', () => {
  it('reads its tab and page from the address, falling back to the open pairs, page 1', () => {
    expect(pairStatusFrom('merged')).toBe('merged');
    expect(pairStatusFrom('not_duplicate')).toBe('not_duplicate');
    expect(pairStatusFrom(null)).toBe('open');
    expect(pairStatusFrom('nonsense')).toBe('open');
    expect(pageFrom('3')).toBe(3);
    expect([null, '0', '-1', '2.5', 'x'].map(pageFrom)).toEqual([1, 1, 1, 1, 1]);
  });

  it('writes the shortest address for each tab and page', () => {
    expect(pairsHref('open')).toBe('/duplicates');
    expect(pairsHref('open', 2)).toBe('/duplicates?page=2');
    expect(pairsHref('merged')).toBe('/duplicates?status=merged');
    expect(pairsHref('not_duplicate', 3)).toBe('/duplicates?status=not_duplicate&page=3');
  });

  it('counts pages, and numbers them as GOV.UK pagination does', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(paginationItems(1, 1)).toEqual([1]);
    expect(paginationItems(1, 3)).toEqual([1, 2, 3]);
    expect(paginationItems(1, 10)).toEqual([1, 2, null, 10]);
    expect(paginationItems(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    // A gap of one page shows the page rather than an ellipsis.
    expect(paginationItems(4, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(paginationItems(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe('the review while it runs', () => {
  it('labels the progress bar with the children checked', () => {
    expect(progressText({ processed: 1234, total: 5000 })).toBe('1,234 of 5,000 children checked');
    expect(progressText({ processed: 5001, total: 5000 })).toBe('5,000 of 5,000 children checked');
    expect(progressText({ processed: 0, total: 0 })).toBe('Counting the children to check…');
  });

  it('announces the end once, on the change from running, and never a tick', () => {
    const finished = { status: 'finished', pairsFound: 12, openPairs: 9 } as const;
    expect(announcementFor('running', { ...finished, status: 'running' })).toBeNull();
    expect(announcementFor('running', finished)).toBe(
      'The duplicate review has finished. It found 12 possible duplicates; 9 to check.',
    );
    expect(announcementFor('running', { status: 'finished', pairsFound: 1, openPairs: 1 })).toContain(
      'It found 1 possible duplicate;',
    );
    expect(announcementFor('running', { ...finished, status: 'failed' })).toMatch(/stopped because of a problem/);
    // A page opened on a finished review says nothing, and neither does the next poll.
    expect(announcementFor(undefined, finished)).toBeNull();
    expect(announcementFor('finished', finished)).toBeNull();
  });
});

describe('a pair', () => {
  const side = (
    id: string,
    over: Partial<{ hasOpenEpisode: boolean; episodes: number; parentsAndCarers: number }>,
  ) => ({
    id,
    hasOpenEpisode: false,
    episodes: 0,
    parentsAndCarers: 0,
    ...over,
  });

  it('suggests keeping the record with an open CAF, else more CAFs, else more parents and carers, else the first', () => {
    expect(suggestedSurvivor(side('a', { episodes: 3 }), side('b', { episodes: 1, hasOpenEpisode: true }))).toBe('b');
    expect(suggestedSurvivor(side('a', { episodes: 1 }), side('b', { episodes: 2 }))).toBe('b');
    expect(suggestedSurvivor(side('a', { parentsAndCarers: 2 }), side('b', { parentsAndCarers: 1 }))).toBe('a');
    expect(suggestedSurvivor(side('a', {}), side('b', {}))).toBe('a');
  });

  it('says how many CAFs a record has', () => {
    expect(cafsText({ episodes: 0, hasOpenEpisode: false })).toBe('No CAF');
    expect(cafsText({ episodes: 1, hasOpenEpisode: true })).toBe('1 CAF, open');
    expect(cafsText({ episodes: 1, hasOpenEpisode: false })).toBe('1 CAF, closed');
    expect(cafsText({ episodes: 3, hasOpenEpisode: true })).toBe('3 CAFs, one of them open');
    expect(cafsText({ episodes: 2, hasOpenEpisode: false })).toBe('2 CAFs, all closed');
  });

  it('puts the evidence in words first, then its weight', () => {
    expect(evidenceWords(9.1)).toBe('Strong evidence for');
    expect(evidenceWords(3)).toBe('Evidence for');
    expect(evidenceWords(1)).toBe('Weak evidence for');
    expect(evidenceWords(0.2)).toBe('Makes little difference');
    expect(evidenceWords(-1.5)).toBe('Weak evidence against');
    expect(evidenceWords(-4)).toBe('Evidence against');
    expect(evidenceWords(-7)).toBe('Strong evidence against');
    expect(weightText(6.64)).toBe('+6.6');
    expect(weightText(-2)).toBe('\u22122.0');
    expect(weightText(0.04)).toBe('0.0');
  });
});
