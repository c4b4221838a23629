import { describe, expect, it } from 'vitest';
import { ageOn, describeAge, formatDate } from './age';

describe('ageOn', () => {
  it('counts whole years and remaining months', () => {
    expect(ageOn('2012-05-04', '2026-03-15')).toEqual({ years: 13, months: 10 });
    expect(ageOn('2012-03-15', '2026-03-15')).toEqual({ years: 14, months: 0 });
    expect(ageOn('2012-03-16', '2026-03-15')).toEqual({ years: 13, months: 11 });
  });
  it('treats a 29 February birthday as passed on 1 March', () => {
    expect(ageOn('2016-02-29', '2025-02-28').years).toBe(8);
    expect(ageOn('2016-02-29', '2025-03-01').years).toBe(9);
  });
  it('never goes negative', () => {
    expect(ageOn('2027-01-01', '2026-03-15')).toEqual({ years: 0, months: 0 });
  });
});

describe('describeAge', () => {
  const today = '2026-03-15';
  it('describes children in years, babies in months, weeks or days', () => {
    expect(describeAge({ isUnborn: false, dateOfBirth: '2012-03-15' }, today)).toBe('14 years');
    expect(describeAge({ isUnborn: false, dateOfBirth: '2025-03-01' }, today)).toBe('1 year');
    expect(describeAge({ isUnborn: false, dateOfBirth: '2025-07-10' }, today)).toBe('8 months');
    expect(describeAge({ isUnborn: false, dateOfBirth: '2026-02-20' }, today)).toBe('3 weeks');
    expect(describeAge({ isUnborn: false, dateOfBirth: '2026-03-14' }, today)).toBe('1 day');
    expect(describeAge({ isUnborn: false, dateOfBirth: today }, today)).toBe('Born today');
  });
  it('gives the due date of an unborn baby', () => {
    expect(describeAge({ isUnborn: true, expectedDateOfDelivery: '2027-03-03' }, today)).toBe(
      'Unborn (due 3 March 2027)',
    );
    expect(describeAge({ isUnborn: true, expectedDateOfDelivery: null }, today)).toBe('Unborn');
  });
  it('says when the age is not known', () => {
    expect(describeAge({ isUnborn: false, dateOfBirth: null }, today)).toBe('Age not known');
  });
});

describe('formatDate', () => {
  it('uses the GOV.UK style', () => {
    expect(formatDate('2027-03-03')).toBe('3 March 2027');
    expect(formatDate('2015-12-25')).toBe('25 December 2015');
  });
  it('returns anything else unchanged', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('not a date');
  });
});
