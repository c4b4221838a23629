export { practitionerSearchSchema } from '@ecaf/domain';

export type AssessorRole = 'assessor' | 'co_assessor';

export const assessorRoleLabels: Record<AssessorRole, string> = {
  assessor: 'Assessor (started the CAF)',
  co_assessor: 'Co-assessor',
};

/** The assessor who started the CAF first, then co-assessors in name order. */
export function assessorsInOrder<T extends { role: AssessorRole; name: string }>(assessors: readonly T[]): T[] {
  return [...assessors].sort((a, b) =>
    a.role === b.role ? a.name.localeCompare(b.name, 'en-GB') : a.role === 'assessor' ? -1 : 1,
  );
}

/** '1 practitioner found', '3 practitioners found', 'No practitioners found': read out after a search. */
export function describeResults(count: number, query: string): string {
  if (count === 0) return `No practitioners found for ‘${query}’ who are not already assessors`;
  return `${count} ${count === 1 ? 'practitioner' : 'practitioners'} found for ‘${query}’`;
}
