import { cleanWords, foldText } from './text';

/** Digits only ('943 476 5919' → '9434765919'); the check digit is not checked here, so a mistyped number still compares. */
export function normaliseDigits(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const digits = raw.replace(/\D/g, '');
  return digits === '' ? null : digits;
}

/** Unique pupil number: capitals and digits, spaces removed. */
export function normaliseUpn(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.toUpperCase().replace(/[^A-Z\d]/g, '');
  return value === '' ? null : value;
}

/** UK phone numbers compare as national numbers: '+44 7700 900123' and '07700 900123' are the same. */
export function normalisePhone(raw: string | null | undefined): string | null {
  const digits = normaliseDigits(raw);
  if (digits === null) return null;
  if (digits.startsWith('44') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits;
}

export function normaliseEmail(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim().toLowerCase();
  return value.includes('@') ? value : null;
}

export type Sex = 'female' | 'male';

/** 'F', 'female', 'girl' and the like; anything else ('unknown', 'not stated') is missing. */
export function normaliseSex(raw: string | null | undefined): Sex | null {
  if (raw === null || raw === undefined) return null;
  const value = foldText(raw).trim();
  if (['f', 'female', 'girl', 'woman'].includes(value)) return 'female';
  if (['m', 'male', 'boy', 'man'].includes(value)) return 'male';
  return null;
}

/** A place or school name: folded and run together, so 'Glenmore Park' and 'glenmorepark' are equal. */
export function normalisePlace(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = cleanWords(raw).replace(/ /g, '');
  return value === '' ? null : value;
}

/** A house number as written ('12A', '12 a' → '12a'). */
export function normaliseHouseNumber(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = cleanWords(raw).replace(/ /g, '');
  return value === '' ? null : value;
}
