import { describe, expect, it } from 'vitest';
import { isoDateInLondon } from '../time';
import { datePartsError, isoDateToParts, partsToIsoDate } from './date-input';
import { addDaysToIsoDate, isIsoDate } from './iso-date';

describe('GOV.UK date input', () => {
  it('turns three boxes into an ISO date and back', () => {
    expect(partsToIsoDate({ day: '3', month: '3', year: '2015' })).toBe('2015-03-03');
    expect(partsToIsoDate({ day: ' 03 ', month: '12', year: '2015' })).toBe('2015-12-03');
    expect(isoDateToParts('2015-03-03')).toEqual({ day: '3', month: '3', year: '2015' });
    expect(isoDateToParts(null)).toEqual({ day: '', month: '', year: '' });
  });

  it('gives null for blank, partial or impossible dates', () => {
    expect(partsToIsoDate({ day: '', month: '', year: '' })).toBeNull();
    expect(partsToIsoDate({ day: '31', month: '2', year: '2015' })).toBeNull();
    expect(partsToIsoDate({ day: '1', month: '13', year: '2015' })).toBeNull();
    expect(partsToIsoDate({ day: '1', month: '1', year: '15' })).toBeNull();
    expect(partsToIsoDate({ day: 'a', month: '1', year: '2015' })).toBeNull();
  });

  it('explains what is wrong in the GOV.UK words', () => {
    expect(datePartsError({ day: '', month: '', year: '' }, 'Date of birth')).toBeNull();
    expect(datePartsError({ day: '3', month: '', year: '2015' }, 'Date of birth')).toBe(
      'Date of birth must include a month',
    );
    expect(datePartsError({ day: '', month: '', year: '2015' }, 'Date of birth')).toBe(
      'Date of birth must include a day and month',
    );
    expect(datePartsError({ day: '3', month: '3', year: '15' }, 'Date of birth')).toBe('Year must include 4 numbers');
    expect(datePartsError({ day: '30', month: '2', year: '2015' }, 'Date of birth')).toBe(
      'Date of birth must be a real date',
    );
    expect(datePartsError({ day: '28', month: '2', year: '2015' }, 'Date of birth')).toBeNull();
  });
});

describe('ISO dates', () => {
  it('knows real dates, including leap days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-2-1')).toBe(false);
  });
  it('adds days across month ends and clock changes', () => {
    expect(addDaysToIsoDate('2026-03-15', -30)).toBe('2026-02-13');
    expect(addDaysToIsoDate('2026-03-28', 2)).toBe('2026-03-30');
  });
});

describe('isoDateInLondon', () => {
  it('uses the date in England, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(isoDateInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    // In winter London is on UTC.
    expect(isoDateInLondon(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31');
  });
});
