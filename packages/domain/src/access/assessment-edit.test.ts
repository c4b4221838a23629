import { describe, expect, it } from 'vitest';
import { canManageCoAssessors } from './assessment-edit';

const authorityId = 'a';
const episode = {
  authorityId,
  assessors: [
    { userId: 'pat', role: 'assessor' },
    { userId: 'colin', role: 'co_assessor' },
  ],
} as const;
const practitioner = (id: string) => ({ id, role: 'practitioner' as const, authorityId });

describe('co-assessors', () => {
  it('only the assessor who started the CAF manages co-assessors', () => {
    expect(canManageCoAssessors({ user: practitioner('pat'), assessors: episode.assessors })).toBe(true);
    expect(canManageCoAssessors({ user: practitioner('colin'), assessors: episode.assessors })).toBe(false);
  });
});
