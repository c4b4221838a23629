import { describe, expect, it } from 'vitest';
import { fieldComparisons } from '../compare/fields';
import { person } from '../compare/test-records';
import { countTermFrequencies, termFrequency } from './term-frequencies';

describe('term frequencies', () => {
  const records = [
    person({ familyName: 'Smith', town: 'Leeds' }),
    person({ familyName: 'Smith' }),
    person({ familyName: 'SMITH' }),
    person({ familyName: 'Wojciechowski' }),
    person({}),
  ];
  const frequencies = countTermFrequencies(fieldComparisons, records);

  it('counts the normalised values of the fields with term-frequency adjustment only', () => {
    expect(frequencies.counts.familyName).toEqual({ smith: 3, wojciechowski: 1 });
    expect(frequencies.totals.familyName).toBe(4);
    expect(frequencies.counts.dateOfBirth).toBeUndefined();
  });

  it('gives the share of records with a value, counting an unseen value once', () => {
    expect(termFrequency(frequencies, 'familyName', 'smith')).toBe(0.75);
    expect(termFrequency(frequencies, 'familyName', 'okafor')).toBe(0.25);
    expect(termFrequency(frequencies, 'dateOfBirth', '20150305')).toBeNull();
  });
});
