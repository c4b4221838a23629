/**
 * The one place in the domain that reads the clock. Rules take `today`/`now` as arguments so
 * they can be tested with fixed dates; callers get today's date from here (or from their own
 * injected clock through `isoDateInLondon`).
 */

// Parts rather than a formatted string: locale patterns differ between ICU versions.
const londonDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at `now`, as 'YYYY-MM-DD' (a child born at 00:30 BST is born that day). */
export function isoDateInLondon(now: Date): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of londonDate.formatToParts(now)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

export function todayInLondon(): string {
  return isoDateInLondon(new Date());
}
