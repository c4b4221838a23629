import { doubleMetaphone } from 'double-metaphone';
import jaroWinklerSimilarity from 'jaro-winkler';

/**
 * String metrics used by the comparisons. The algorithms come from libraries (`jaro-winkler`,
 * `double-metaphone`); the small digit-level checks are written here because they are a few
 * lines each and need exact semantics ("one digit wrong").
 */

/** Jaro–Winkler similarity, 0 (nothing in common) to 1 (equal); Winkler's prefix scale 0.1, up to 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  return jaroWinklerSimilarity(a, b);
}

/** Double metaphone codes of a word (primary, then the alternate when it differs); none for a word without letters. */
export function phoneticCodes(word: string): string[] {
  if (word === '') return [];
  const [primary, alternate] = doubleMetaphone(word);
  const codes: string[] = [];
  if (primary !== '') codes.push(primary);
  if (alternate !== '' && alternate !== primary) codes.push(alternate);
  return codes;
}

/** True when two lists of phonetic codes share a code, i.e. the words sound the same. */
export function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  for (const code of a) if (b.includes(code)) return true;
  return false;
}

/**
 * One keying slip apart: the same length with exactly one character different, or two
 * neighbouring characters swapped ("20100305" and "20100350"). Equal strings are not.
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (first === -1) first = i;
    else if (second === -1) second = i;
    else return false;
  }
  if (second === -1) return true;
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
