import type { NormalisedDate } from '../normalise/dates';
import { oneSlipApart } from '../strings';

export const dateLevels = ['exact', 'swapped', 'typo', 'month', 'year', 'different'] as const;
export type DateLevel = (typeof dateLevels)[number];

/**
 * Dates of birth: the same; day and month swapped (05/03 and 03/05); one digit wrong or two
 * neighbouring digits swapped; within 31 days; within a year; different. Null when either is missing.
 */
export function compareDates(a: NormalisedDate | null, b: NormalisedDate | null): DateLevel | null {
  if (!a || !b) return null;
  if (a.digits === b.digits) return 'exact';
  if (a.year === b.year && a.day === b.month && a.month === b.day) return 'swapped';
  if (oneSlipApart(a.digits, b.digits)) return 'typo';
  if (a.dayNumber !== null && b.dayNumber !== null) {
    const days = Math.abs(a.dayNumber - b.dayNumber);
    if (days <= 31) return 'month';
    if (days <= 366) return 'year';
  }
  return 'different';
}
