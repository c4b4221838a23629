import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isIsoDate } from '../dates/iso-date';

export type Age = { years: number; months: number };

/**
 * Whole years and remaining whole months; a date of birth after `today` counts as 0.
 * A month (or year) is reached on the same day number, so a child born on 29 February turns a
 * year older on 1 March in other years, as in English law. date-fns treats 28 February as the
 * anniversary, hence the arithmetic here.
 */
export function ageOn(dobIso: string, todayIso: string): Age {
  if (!isIsoDate(dobIso) || !isIsoDate(todayIso) || dobIso > todayIso) return { years: 0, months: 0 };
  const [by, bm, bd] = dobIso.split('-').map(Number);
  const [ty, tm, td] = todayIso.split('-').map(Number);
  const totalMonths = ((ty ?? 0) - (by ?? 0)) * 12 + ((tm ?? 0) - (bm ?? 0)) - ((td ?? 0) < (bd ?? 0) ? 1 : 0);
  return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

/** GOV.UK date style: '3 March 2027'. Anything that is not an ISO date is returned unchanged. */
export function formatDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  return format(parseISO(iso), 'd MMMM yyyy');
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** Accepts database rows too, where absent dates are null rather than ''. */
export type AgeFields = {
  isUnborn: boolean;
  dateOfBirth?: string | null;
  expectedDateOfDelivery?: string | null;
};

/**
 * The age shown in the identity bar: '14 years', '8 months', '3 weeks', or
 * 'Unborn (due 3 March 2027)'. Babies are counted in months and weeks because that is how
 * health visitors talk about them.
 */
export function describeAge(child: AgeFields, todayIso: string): string {
  if (child.isUnborn) {
    const edd = child.expectedDateOfDelivery ?? '';
    return isIsoDate(edd) ? `Unborn (due ${formatDate(edd)})` : 'Unborn';
  }
  const dob = child.dateOfBirth ?? '';
  if (!isIsoDate(dob) || !isIsoDate(todayIso)) return 'Age not known';
  if (dob > todayIso) return 'Not born yet';
  const { years, months } = ageOn(dob, todayIso);
  if (years > 0) return plural(years, 'year');
  if (months > 0) return plural(months, 'month');
  const days = differenceInCalendarDays(parseISO(todayIso), parseISO(dob));
  if (days >= 7) return plural(Math.floor(days / 7), 'week');
  return days === 0 ? 'Born today' : plural(days, 'day');
}
