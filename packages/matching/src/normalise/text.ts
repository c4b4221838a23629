/** Letters that Unicode decomposition does not turn into plain Latin letters. */
const specialLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * Case and accents folded away: 'Zoë' and 'ZOE' become 'zoe', 'Łucja' becomes 'lucja'.
 * Everything else is left as it is for the caller to clean.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (letter) => specialLetters[letter] ?? letter);
}

/** Folded, with anything that is not a letter or digit turned into single spaces and the ends trimmed. */
export function cleanWords(value: string): string {
  return foldText(value)
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The value is missing when it is null, undefined or only spaces and punctuation. */
export function isBlank(value: string | null | undefined): value is null | undefined | '' {
  return value === null || value === undefined || cleanWords(value) === '';
}
