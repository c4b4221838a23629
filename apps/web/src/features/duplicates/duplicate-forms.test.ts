import { describe, expect, it } from 'vitest';
import { makeMergeFormSchema, makeNotDuplicateFormSchema, makeUndoMergeFormSchema } from './duplicate-forms';

const PAIR = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';
const A = '1c6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d11';
const B = '2d6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d12';

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('CH-2 decision forms', () => {
  it('merge: asks which record to keep (one of the two) and why, and sends what the procedure takes', () => {
    const schema = makeMergeFormSchema(PAIR, [A, B]);
    expect(messages(schema.safeParse({ survivorId: undefined, reason: '  ' }))).toEqual({
      survivorId: 'Choose which record to keep',
      reason: 'Enter why these are the same child',
    });
    expect(messages(schema.safeParse({ survivorId: 'someone-else', reason: 'x' }))).toEqual({
      survivorId: 'Choose which record to keep',
    });
    expect(schema.parse({ survivorId: B, reason: '  Same NHS number, checked with the school. ' })).toEqual({
      pairId: PAIR,
      survivorId: B,
      reason: 'Same NHS number, checked with the school.',
    });
  });

  it('different children and undo: a reason, not too long', () => {
    expect(messages(makeNotDuplicateFormSchema(PAIR).safeParse({ reason: '' }))).toEqual({
      reason: 'Enter why these are different children',
    });
    expect(makeNotDuplicateFormSchema(PAIR).parse({ reason: 'Twins' })).toEqual({ pairId: PAIR, reason: 'Twins' });
    expect(messages(makeUndoMergeFormSchema('m1').safeParse({ reason: 'x'.repeat(1001) }))).toEqual({
      reason: 'The reason must be 1,000 characters or fewer',
    });
    expect(makeUndoMergeFormSchema('m1').parse({ reason: 'Wrong child' })).toEqual({
      mergeId: 'm1',
      reason: 'Wrong child',
    });
  });
});
