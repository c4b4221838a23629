import { jaroWinkler, oneSlipApart } from '../strings';
import { nameSimilarity } from './names';

export const identifierLevels = ['exact', 'typo', 'different'] as const;
export type IdentifierLevel = (typeof identifierLevels)[number];

/** NHS number, UPN, phone: the same; one character wrong or two neighbours swapped; different. */
export function compareIdentifiers(a: string | null, b: string | null): IdentifierLevel | null {
  if (a === null || b === null) return null;
  if (a === b) return 'exact';
  return oneSlipApart(a, b) ? 'typo' : 'different';
}

export const exactLevels = ['exact', 'different'] as const;
export type ExactLevel = (typeof exactLevels)[number];

/** Sex, house number: the same or not. */
export function compareExact(a: string | null, b: string | null): ExactLevel | null {
  if (a === null || b === null) return null;
  return a === b ? 'exact' : 'different';
}

export const placeLevels = ['exact', 'typo', 'similar', 'different'] as const;
export type PlaceLevel = (typeof placeLevels)[number];

/** Street, locality, town, school: the same; spelt almost the same; alike; different (Jaro–Winkler bands). */
export function comparePlaces(a: string | null, b: string | null): PlaceLevel | null {
  if (a === null || b === null) return null;
  if (a === b) return 'exact';
  const similarity = jaroWinkler(a, b);
  if (similarity >= nameSimilarity.typo) return 'typo';
  if (similarity >= nameSimilarity.similar) return 'similar';
  return 'different';
}

export const emailLevels = ['exact', 'user', 'typo', 'different'] as const;
export type EmailLevel = (typeof emailLevels)[number];

/** Email addresses: the same; the same user name at another domain; spelt almost the same; different. */
export function compareEmails(a: string | null, b: string | null): EmailLevel | null {
  if (a === null || b === null) return null;
  if (a === b) return 'exact';
  if (a.slice(0, a.indexOf('@')) === b.slice(0, b.indexOf('@'))) return 'user';
  return jaroWinkler(a, b) >= 0.88 ? 'typo' : 'different';
}
