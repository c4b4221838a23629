import type { NameVariants } from '../names/variants';
import type { NormalisedName } from '../normalise/names';
import type { NormalisedRecord } from '../normalise/record';
import { jaroWinkler, soundAlike } from '../strings';

/** Jaro–Winkler bands: at or above `typo` the names are spelt almost the same; at or above `similar`, alike. */
export const nameSimilarity = { typo: 0.92, similar: 0.8 } as const;

export const givenNameLevels = [
  'exact',
  'variant',
  'partial',
  'typo',
  'sounds',
  'similar',
  'initial',
  'swapped',
  'crossed',
  'different',
] as const;
export type GivenNameLevel = (typeof givenNameLevels)[number];

export const familyNameLevels = ['exact', 'partial', 'typo', 'sounds', 'similar', 'different'] as const;
export type FamilyNameLevel = (typeof familyNameLevels)[number];

type Names = Pick<NormalisedRecord, 'given' | 'family'>;

/**
 * How two records' names line up:
 * - 'straight': first name with first name, surname with surname (the usual case);
 * - 'swapped': entered the other way round ('Hall, Isla' and 'Isla Hall'): each name is like the
 *   other record's opposite name, one of them spelt almost the same, and that fits better than
 *   the names as entered;
 * - 'crossed': one record's first name is the other's surname (or the reverse) and the names
 *   that would say otherwise are missing ('Holly' with no surname, and 'Thomson, Holly').
 */
export type NameAlignment = 'straight' | 'swapped' | 'crossed';

export function nameAlignment(a: Names, b: Names): NameAlignment {
  // The first-name and surname comparisons of one pair both ask; answer the second from the first.
  if (a === lastAlignment.a && b === lastAlignment.b) return lastAlignment.alignment;
  const alignment = computeAlignment(a, b);
  lastAlignment = { a, b, alignment };
  return alignment;
}

let lastAlignment: { a: Names | null; b: Names | null; alignment: NameAlignment } = {
  a: null,
  b: null,
  alignment: 'straight',
};

function similarity(x: NormalisedName | null, y: NormalisedName | null): number | null {
  return x && y ? jaroWinkler(x.joined, y.joined) : null;
}

function computeAlignment(a: Names, b: Names): NameAlignment {
  // Most pairs share nothing across: a cross comparison below 'similar' settles it at once.
  const crossGiven = similarity(a.given, b.family);
  if (crossGiven !== null && crossGiven < nameSimilarity.similar) return 'straight';
  const crossFamily = similarity(a.family, b.given);
  if (crossFamily !== null && crossFamily < nameSimilarity.similar) return 'straight';
  if (crossGiven === null && crossFamily === null) return 'straight';
  const agrees = (value: number | null) => value !== null && value >= nameSimilarity.typo;
  if (crossGiven !== null && crossFamily !== null) {
    // One of the swapped names may carry a slip ('Payne, Scatletr' and 'Scarlett Payne').
    const alike = Math.min(crossGiven, crossFamily) >= nameSimilarity.similar;
    if (!alike || !(agrees(crossGiven) || agrees(crossFamily))) return 'straight';
    const straight = (similarity(a.given, b.given) ?? 0) + (similarity(a.family, b.family) ?? 0);
    return crossGiven + crossFamily > straight ? 'swapped' : 'straight';
  }
  if (!agrees(crossGiven) && !agrees(crossFamily)) return 'straight';
  const straightGiven = similarity(a.given, b.given);
  const straightFamily = similarity(a.family, b.family);
  return agrees(straightGiven) || agrees(straightFamily) ? 'straight' : 'crossed';
}

/** A part shared by two multi-part names ('Mary Jane' and 'Jane'; 'Smith-Jones' and 'Smith'), if any. */
export function sharedPart(a: NormalisedName, b: NormalisedName): string | null {
  if (a.tokens.length === 1 && b.tokens.length === 1) return null;
  for (const token of a.tokens) if (token.length > 1 && b.tokens.includes(token)) return token;
  return null;
}

function isInitialOf(initial: NormalisedName, name: NormalisedName): boolean {
  return initial.joined.length === 1 && name.joined.length > 1 && name.joined.startsWith(initial.joined);
}

/** The part of two names that the spelling bands and sound-alike levels share. */
function spellingLevel(a: NormalisedName, b: NormalisedName): 'typo' | 'sounds' | 'similar' | null {
  const similarity = jaroWinkler(a.joined, b.joined);
  if (similarity >= nameSimilarity.typo) return 'typo';
  if (soundAlike(a.codes, b.codes)) return 'sounds';
  if (similarity >= nameSimilarity.similar) return 'similar';
  return null;
}

/**
 * First names, best level first: the same; a listed nickname or variant (Bill, William); a
 * shared part of a multi-part name; spelt almost the same; sounding the same; alike; one is
 * the other's initial; first and last names swapped, or one crossed over (see `nameAlignment`);
 * different. Null when either is missing.
 */
export function compareGivenNames(a: Names, b: Names, variants: NameVariants): GivenNameLevel | null {
  const alignment = nameAlignment(a, b);
  if (alignment !== 'straight') return alignment;
  const x = a.given;
  const y = b.given;
  if (!x || !y) return null;
  if (x.joined === y.joined) return 'exact';
  if (givenNameRelation(x, y, variants)) return 'variant';
  if (sharedPart(x, y)) return 'partial';
  const spelling = spellingLevel(x, y);
  if (spelling) return spelling;
  if (isInitialOf(x, y) || isInitialOf(y, x)) return 'initial';
  return 'different';
}

/** The nickname or variant link between two first names, trying the whole names and then their first parts. */
export function givenNameRelation(x: NormalisedName, y: NormalisedName, variants: NameVariants) {
  return (
    variants.relation(x.joined, y.joined) ??
    (x.tokens.length > 1 || y.tokens.length > 1 ? variants.relation(x.tokens[0] ?? '', y.tokens[0] ?? '') : null)
  );
}

/**
 * Last names: the same; a shared part of a double-barrelled name; spelt almost the same;
 * sounding the same; alike; different. Null when either is missing, and when the names are
 * swapped or crossed (the first-name comparison then carries the evidence of both names).
 */
export function compareFamilyNames(a: Names, b: Names): FamilyNameLevel | null {
  const x = a.family;
  const y = b.family;
  if (!x || !y || nameAlignment(a, b) !== 'straight') return null;
  if (x.joined === y.joined) return 'exact';
  if (sharedPart(x, y)) return 'partial';
  return spellingLevel(x, y) ?? 'different';
}
