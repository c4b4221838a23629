import { describe, expect, it } from 'vitest';
import { canEditAssessment, canManageCoAssessors } from './assessment-edit';

const authorityId = 'a';
const episode = {
  authorityId,
  assessors: [
    { userId: 'pat', role: 'assessor' },
    { userId: 'colin', role: 'co_assessor' },
  ],
} as const;
const practitioner = (id: string) => ({ id, role: 'practitioner' as const, authorityId });

describe('CF-7 who may edit a draft', () => {
  it('CF-7 allows the assessor and a co-assessor', () => {
    expect(canEditAssessment({ user: practitioner('pat'), episode })).toBe(true);
    expect(canEditAssessment({ user: practitioner('colin'), episode })).toBe(true);
  });

  it('CF-7 refuses everybody else: another practitioner, a manager, an assessor of another authority', () => {
    expect(canEditAssessment({ user: practitioner('yara'), episode })).toBe(false);
    expect(canEditAssessment({ user: { id: 'maya', role: 'manager', authorityId }, episode })).toBe(false);
    expect(canEditAssessment({ user: { ...practitioner('pat'), authorityId: 'b' }, episode })).toBe(false);
  });

  it('only the assessor who started the CAF manages co-assessors', () => {
    expect(canManageCoAssessors({ user: practitioner('pat'), assessors: episode.assessors })).toBe(true);
    expect(canManageCoAssessors({ user: practitioner('colin'), assessors: episode.assessors })).toBe(false);
  });
});
