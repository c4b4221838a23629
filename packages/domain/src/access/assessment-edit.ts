import { z } from 'zod';
import type { Role } from '../auth/roles';

export type AssessorRole = 'assessor' | 'co_assessor';

/** Only the assessor who started the CAF adds or removes co-assessors. */
export function canManageCoAssessors(input: {
  user: { id: string; role: Role };
  assessors: readonly { userId: string; role: AssessorRole }[];
}): boolean {
  return (
    input.user.role === 'practitioner' &&
    input.assessors.some((a) => a.userId === input.user.id && a.role === 'assessor')
  );
}

/** The search for a practitioner to add as co-assessor: the page and the procedure share it. */
export const practitionerSearchSchema = z.object({
  query: z
    .string()
    .trim()
    .min(2, 'Enter at least 2 characters of the practitioner’s name or email address')
    .max(100, 'The search must be 100 characters or fewer'),
});
