/** A likely match the server found while registering (POSSIBLE_DUPLICATE's `details.matches`). */
export type PossibleMatch = {
  id: string;
  name: string;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  postcode: string | null;
  nhsNumber: string | null;
  reasons: string[];
  band: 'strong' | 'possible';
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Reads the matches out of the error's details; anything malformed is left out. */
export function possibleMatchesFrom(details: unknown): PossibleMatch[] {
  if (!isRecord(details) || !Array.isArray(details.matches)) return [];
  return details.matches.flatMap((raw): PossibleMatch[] => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.name !== 'string') return [];
    return [
      {
        id: raw.id,
        name: raw.name,
        dateOfBirth: stringOrNull(raw.dateOfBirth),
        expectedDateOfDelivery: stringOrNull(raw.expectedDateOfDelivery),
        postcode: stringOrNull(raw.postcode),
        nhsNumber: stringOrNull(raw.nhsNumber),
        reasons: Array.isArray(raw.reasons) ? raw.reasons.filter((r): r is string => typeof r === 'string') : [],
        band: raw.band === 'strong' ? 'strong' : 'possible',
      },
    ];
  });
}
