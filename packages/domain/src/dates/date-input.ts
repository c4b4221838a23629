import { z } from 'zod';
import { isIsoDate, isoDateFrom } from './iso-date';

/**
 * Forms ask for dates with the GOV.UK date input: three boxes for day, month and year. The
 * server works with ISO dates, so the form converts with `partsToIsoDate` before submitting and
 * `isoDateToParts` when it loads saved values.
 */
export const dateParts = z.object({
  day: z.string().trim().default(''),
  month: z.string().trim().default(''),
  year: z.string().trim().default(''),
});

export type DateParts = z.infer<typeof dateParts>;

const emptyParts: DateParts = { day: '', month: '', year: '' };

function isWholeNumber(value: string): boolean {
  return /^\d+$/.test(value);
}

/** The ISO date the three boxes describe, or null if they are blank or not a real date. */
export function partsToIsoDate(parts: DateParts): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!isWholeNumber(day) || !isWholeNumber(month) || !/^\d{4}$/.test(year)) return null;
  return isoDateFrom(Number(year), Number(month), Number(day));
}

/** Splits an ISO date into the boxes, without leading zeros as people type them. */
export function isoDateToParts(iso: string | null | undefined): DateParts {
  if (!iso || !isIsoDate(iso)) return { ...emptyParts };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * The GOV.UK date input error for these parts ('Date of birth must include a month'), or null
 * when they make a real date or are all blank. Whether a blank date is allowed is the caller's
 * decision, so blank is not an error here.
 */
export function datePartsError(parts: DateParts, fieldName: string): string | null {
  const missing = (['day', 'month', 'year'] as const).filter((key) => parts[key].trim() === '');
  if (missing.length === 3) return null;
  if (missing.length > 0) return `${fieldName} must include a ${missing.join(' and ')}`;
  if (!/^\d{4}$/.test(parts.year.trim())) return 'Year must include 4 numbers';
  return partsToIsoDate(parts) === null ? `${fieldName} must be a real date` : null;
}
