import { phoneticCodes } from '../strings';
import { cleanWords } from './text';

export type NormalisedName = {
  /** The name's parts in order, lowercase letters only: 'Mary-Jane O'Brien' gives ['mary', 'jane', 'obrien']. */
  tokens: string[];
  /** The parts run together, so 'Smith-Jones', 'Smith Jones' and 'SmithJones' compare equal. */
  joined: string;
  /** Double metaphone codes of the whole name (joined). */
  codes: string[];
  /** Double metaphone codes of each part, for a double-barrelled or multi-part name; empty for a one-part name. */
  partCodes: string[];
};

/**
 * Names as people type them: any case, accents ('Zoë'), apostrophes ('O'Brien'), hyphens and
 * several words. Digits and punctuation are dropped; a name with no letters left is missing.
 */
export function normaliseName(raw: string | null | undefined): NormalisedName | null {
  if (raw === null || raw === undefined) return null;
  const tokens = cleanWords(raw)
    .replace(/\p{N}+/gu, ' ')
    .split(' ')
    .filter((token) => token !== '');
  if (tokens.length === 0) return null;
  const joined = tokens.join('');
  const partCodes = tokens.length > 1 ? [...new Set(tokens.slice(0, 3).flatMap(phoneticCodes))] : [];
  return { tokens, joined, codes: phoneticCodes(joined), partCodes };
}
