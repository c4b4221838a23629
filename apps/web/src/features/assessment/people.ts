import type { PersonReference } from '@ecaf/domain';

/** Someone a 'person' field can name: a practitioner on the assessment, or a parent or carer. */
export type PersonOption = { person: PersonReference; label: string; group: 'Practitioners' | 'Family' };

type Assessor = { userId: string; name: string; organisation: string | null; role: 'assessor' | 'co_assessor' };
type ConsentGiver = { personId: string; name: string; relationship: string };

export function personOptions(assessors: readonly Assessor[], family: readonly ConsentGiver[]): PersonOption[] {
  return [
    ...assessors.map((a) => ({
      person: { kind: 'user' as const, id: a.userId, name: a.name },
      label: [a.name, a.role === 'assessor' ? 'assessor' : 'co-assessor', a.organisation].filter(Boolean).join(', '),
      group: 'Practitioners' as const,
    })),
    ...family.map((p) => ({
      person: { kind: 'person' as const, id: p.personId, name: p.name },
      label: p.relationship ? `${p.name}, ${p.relationship.toLowerCase()}` : p.name,
      group: 'Family' as const,
    })),
  ];
}

/** A person as a `<select>` option's value. */
export function personOptionValue(person: PersonReference): string {
  return `${person.kind}:${person.id}`;
}
