import { formatTimestampAsDate } from '../../lib/format';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'Europe/London',
});

/** The time in England of a server timestamp: '14:03'. */
export function formatTime(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : timeFormat.format(date);
}

/** '14:03 on 3 March 2026'. */
export function formatSavedAt(timestamp: string): string {
  return `${formatTime(timestamp)} on ${formatTimestampAsDate(timestamp)}`;
}
