import { describe, expect, it } from 'vitest';
import { asListItem, birthDateText, isMatchBand, matchBandLabels, probabilityText } from './child-labels';

describe('child labels', () => {
  it('shows a date of birth, else a due date, else says it is not recorded', () => {
    expect(birthDateText({ dateOfBirth: '2015-04-03', expectedDateOfDelivery: null })).toBe('3 April 2015');
    expect(birthDateText({ dateOfBirth: null, expectedDateOfDelivery: '2027-01-09' })).toBe('Due 9 January 2027');
    expect(birthDateText({ dateOfBirth: null, expectedDateOfDelivery: null })).toBe('Not recorded');
  });

  it('names every band in plain words, and knows the bands', () => {
    expect(matchBandLabels).toEqual({
      certain: 'Very likely the same child',
      likely: 'Likely the same child',
      possible: 'Possibly the same child',
      unlikely: 'Some details match',
    });
    expect(['certain', 'likely', 'possible', 'unlikely'].every(isMatchBand)).toBe(true);
    expect(isMatchBand('strong')).toBe(false);
    expect(isMatchBand(undefined)).toBe(false);
  });

  it('starts each reason of a list with a capital, leaving the rest as written', () => {
    expect(asListItem('same date of birth')).toBe('Same date of birth');
    expect(asListItem(' Bill is a nickname of William ')).toBe('Bill is a nickname of William');
    expect(asListItem('')).toBe('');
  });

  it('writes a probability as a percentage that never claims certainty', () => {
    expect(probabilityText(0.999)).toBe('More than 99%');
    expect(probabilityText(1)).toBe('More than 99%');
    expect(probabilityText(0.7349)).toBe('73%');
    expect(probabilityText(0.004)).toBe('Less than 1%');
    expect(probabilityText(Number.NaN)).toBe('Not known');
  });
});
