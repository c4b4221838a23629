export type NormalisedDate = {
  /** Eight digits, year month day ('20100305'), kept even when they do not make a real date. */
  digits: string;
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01 when the digits are a real date, otherwise null. */
  dayNumber: number | null;
};

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/;
const compact = /^(\d{4})(\d{2})(\d{2})$/;
const british = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date of birth from ISO ('2010-03-05'), compact ('20100305') or British ('05/03/2010') form.
 * Digits that are not a real date ('19162429', from a keying slip) are kept, because digit-level
 * comparisons still work on them; anything else is missing.
 */
export function normaliseDate(raw: string | null | undefined): NormalisedDate | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  let parts: [string, string, string] | null = null;
  const isoMatch = iso.exec(value) ?? compact.exec(value);
  if (isoMatch) parts = [isoMatch[1] ?? '', isoMatch[2] ?? '', isoMatch[3] ?? ''];
  const britishMatch = parts ? null : british.exec(value);
  if (britishMatch) parts = [britishMatch[3] ?? '', britishMatch[2] ?? '', britishMatch[1] ?? ''];
  if (!parts) return null;
  const year = Number(parts[0]);
  const month = Number(parts[1]);
  const day = Number(parts[2]);
  const digits = `${parts[0]}${parts[1].padStart(2, '0')}${parts[2].padStart(2, '0')}`;
  return { digits, year, month, day, dayNumber: dayNumberOf(year, month, day) };
}

function dayNumberOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(time / 86_400_000);
}
