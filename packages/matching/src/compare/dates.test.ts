import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../normalise/dates';
import { compareDates } from './dates';

const compare = (a: string | null, b: string | null) => compareDates(normaliseDate(a), normaliseDate(b));

describe('dates of birth', () => {
  it('exact, whatever the format', () => {
    expect(compare('2015-03-05', '05/03/2015')).toBe('exact');
  });

  it('swapped: day and month the other way round', () => {
    expect(compare('2015-03-05', '2015-05-03')).toBe('swapped');
    expect(compare('2015-03-25', '2015-25-03')).toBe('swapped');
  });

  it('typo: one digit wrong or two neighbouring digits swapped', () => {
    expect(compare('2015-03-05', '2015-03-06')).toBe('typo');
    expect(compare('2015-03-05', '2051-03-05')).toBe('typo');
    expect(compare('2015-03-05', '2016-03-05')).toBe('typo');
  });

  it('month: within 31 days', () => {
    expect(compare('2015-03-28', '2015-04-05')).toBe('month');
  });

  it('year: within a year', () => {
    expect(compare('2015-03-28', '2015-11-05')).toBe('year');
  });

  it('different otherwise, and for impossible dates that are not one slip apart', () => {
    expect(compare('2015-03-05', '2012-07-19')).toBe('different');
    expect(compare('19162429', '19160101')).toBe('different');
  });

  it('missing is neutral', () => {
    expect(compare(null, '2015-03-05')).toBeNull();
  });
});
