import { describe, expect, it } from 'vitest';
import { assessorsInOrder, describeResults, practitionerSearchSchema } from './co-assessors';

describe('co-assessors', () => {
  it('needs at least 2 characters to search, as the server does', () => {
    expect(practitionerSearchSchema.parse({ query: '  Al ' })).toEqual({ query: 'Al' });
    expect(practitionerSearchSchema.safeParse({ query: ' a ' }).error?.issues[0]?.message).toMatch(/at least 2/);
  });

  it('lists the assessor who started the CAF first', () => {
    expect(
      assessorsInOrder([
        { name: 'Zoe', role: 'co_assessor' as const },
        { name: 'Yusuf', role: 'assessor' as const },
        { name: 'Amir', role: 'co_assessor' as const },
      ]).map((a) => a.name),
    ).toEqual(['Yusuf', 'Amir', 'Zoe']);
  });

  it('says how many were found', () => {
    expect(describeResults(1, 'smi')).toBe('1 practitioner found for ‘smi’');
    expect(describeResults(0, 'smi')).toMatch(/^No practitioners found/);
  });
});
