import { formatDate, formatNhsNumber, isoDateInLondon } from '@ecaf/domain';

/** A timestamp from the server ('2026-03-03T10:15:00.000Z') as the date in England: '3 March 2026'. */
export function formatTimestampAsDate(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : formatDate(isoDateInLondon(date));
}

export const NOT_RECORDED = 'Not recorded';

/** A stored value for display, or 'Not recorded' when it is blank. */
export function orNotRecorded(value: string | null | undefined): string {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? NOT_RECORDED : trimmed;
}

export function displayNhsNumber(value: string | null | undefined): string {
  return value ? formatNhsNumber(value) : NOT_RECORDED;
}

export function displayDate(iso: string | null | undefined): string {
  return iso ? formatDate(iso) : NOT_RECORDED;
}
