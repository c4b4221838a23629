import { describe, expect, it } from 'vitest';
import { mergedIntoIdOf } from './merged-record';

function trpcError(data: unknown) {
  return Object.assign(new Error('This record was merged into another.'), { data });
}

describe('mergedIntoIdOf', () => {
  it('reads where a merged record went', () => {
    expect(mergedIntoIdOf(trpcError({ appCode: 'NOT_FOUND', details: { mergedIntoId: 'survivor' } }))).toBe('survivor');
  });

  it('is null for any other refusal', () => {
    expect(mergedIntoIdOf(trpcError({ appCode: 'NOT_FOUND' }))).toBeNull();
    expect(mergedIntoIdOf(trpcError({ appCode: 'FORBIDDEN', details: { mergedIntoId: 'x' } }))).toBeNull();
    expect(mergedIntoIdOf(trpcError({ appCode: 'NOT_FOUND', details: { mergedIntoId: 7 } }))).toBeNull();
    expect(mergedIntoIdOf(new TypeError('Failed to fetch'))).toBeNull();
  });
});
