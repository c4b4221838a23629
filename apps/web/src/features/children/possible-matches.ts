import { isMatchBand, type MatchBand } from './child-labels';

/**
 * A likely match the server found while registering (POSSIBLE_DUPLICATE's `details.matches`,
 * shaped by the API's `childSearchResult`).
 */
export type PossibleMatch = {
  id: string;
  name: string;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  postcode: string | null;
  nhsNumber: string | null;
  hasOpenEpisode: boolean;
  band: MatchBand;
  probability: number;
  /** One line: "same date of birth; Bill is a nickname of William — but different postcodes". */
  explanation: string;
  reasons: string[];
  against: string[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [];
}

/**
 * Reads the matches out of the error's details (error details are not typed by the router's
 * outputs); anything malformed is left out, and a band it does not know reads as 'possible'.
 */
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
        hasOpenEpisode: raw.hasOpenEpisode === true,
        band: isMatchBand(raw.band) ? raw.band : 'possible',
        probability: typeof raw.probability === 'number' && Number.isFinite(raw.probability) ? raw.probability : 0,
        explanation: typeof raw.explanation === 'string' ? raw.explanation : '',
        reasons: strings(raw.reasons),
        against: strings(raw.against),
      },
    ];
  });
}
