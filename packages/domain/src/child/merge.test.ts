import { describe, expect, it } from 'vitest';
import { decideMerge, decideUndoMerge } from './merge';

const side = (id: string, extra: Partial<{ mergedIntoId: string | null; hasOpenEpisode: boolean }> = {}) => ({
  id,
  mergedIntoId: null,
  hasOpenEpisode: false,
  ...extra,
});

describe('CH-2 one record per child', () => {
  it('CH-2 merges an open pair of two live records', () => {
    expect(decideMerge({ pairStatus: 'open', survivor: side('a'), merged: side('b') })).toEqual({ allowed: true });
  });

  it('CH-2 keeps the one open CAF when only one of the two children has one', () => {
    expect(
      decideMerge({ pairStatus: 'open', survivor: side('a'), merged: side('b', { hasOpenEpisode: true }) }).allowed,
    ).toBe(true);
  });

  it('CH-2 refuses when both children have an open CAF (a child has one at a time)', () => {
    const d = decideMerge({
      pairStatus: 'open',
      survivor: side('a', { hasOpenEpisode: true }),
      merged: side('b', { hasOpenEpisode: true }),
    });
    expect(d).toMatchObject({ allowed: false, reason: 'MERGE_NOT_ALLOWED' });
    if (!d.allowed) expect(d.message).toMatch(/Close one of the CAFs/);
  });

  it('CH-2 refuses a pair already decided either way', () => {
    for (const pairStatus of ['merged', 'not_duplicate'] as const) {
      expect(decideMerge({ pairStatus, survivor: side('a'), merged: side('b') })).toMatchObject({
        allowed: false,
        reason: 'DUPLICATE_PAIR_DECIDED',
      });
    }
  });

  it('CH-2 refuses a record that is already a tombstone, and a record merged into itself', () => {
    expect(
      decideMerge({ pairStatus: 'open', survivor: side('a'), merged: side('b', { mergedIntoId: 'c' }) }),
    ).toMatchObject({ allowed: false, reason: 'MERGE_NOT_ALLOWED' });
    expect(decideMerge({ pairStatus: 'open', survivor: side('a'), merged: side('a') })).toMatchObject({
      allowed: false,
      reason: 'MERGE_NOT_ALLOWED',
    });
  });

  it('CH-2 undoes a merge once, and only when its survivor has not been merged on since', () => {
    expect(decideUndoMerge({ undoneAt: null, survivorMergedIntoId: null })).toEqual({ allowed: true });
    expect(decideUndoMerge({ undoneAt: new Date(), survivorMergedIntoId: null })).toMatchObject({
      allowed: false,
      reason: 'MERGE_ALREADY_UNDONE',
    });
    expect(decideUndoMerge({ undoneAt: null, survivorMergedIntoId: 'c' })).toMatchObject({
      allowed: false,
      reason: 'MERGE_NOT_ALLOWED',
    });
  });
});
