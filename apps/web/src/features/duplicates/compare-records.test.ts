import { describe, expect, it } from 'vitest';
import { comparisonRows } from './compare-records';
import type { SideBySideChild } from './duplicates-data';

const child = (over: Partial<SideBySideChild>): SideBySideChild => ({
  id: 'a',
  name: 'William Smith',
  givenNames: 'William',
  familyName: 'Smith',
  sex: 'male',
  dateOfBirth: '2015-04-03',
  address: '1 Test Street\nLeeds',
  postcode: 'LS6 2AB',
  telephone: null,
  nhsNumber: '9434765919',
  upn: null,
  schoolName: null,
  episodes: 1,
  hasOpenEpisode: true,
  parentsAndCarers: 2,
  mergedIntoId: null,
  ...over,
});

const field = (name: string, description: string, weight = 1) => ({
  field: name,
  label: name,
  level: 'x',
  weight,
  description,
});

describe('the side-by-side comparison', () => {
  it('shows each detail of both records, with what the engine found beside it', () => {
    const rows = comparisonRows(
      child({}),
      child({ id: 'b', name: 'Bill Smyth', givenNames: 'Bill', familyName: 'Smyth', nhsNumber: null, episodes: 0 }),
      [
        field('givenName', 'Bill is a nickname of William', 4),
        field('familyName', 'surname sounds the same', 3),
        field('street', 'same street'),
        field('town', 'same town'),
        field('email', 'same email address'),
      ],
    );
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.givenNames).toEqual({
      key: 'givenNames',
      label: 'Given names',
      a: 'William',
      b: 'Bill',
      found: ['Bill is a nickname of William'],
    });
    expect(byKey.familyName?.found).toEqual(['Surname sounds the same']);
    expect(byKey.dateOfBirth).toMatchObject({ a: '3 April 2015', b: '3 April 2015', found: [] });
    expect(byKey.address?.found).toEqual(['Same street', 'Same town']);
    expect(byKey.nhsNumber).toMatchObject({ a: '943 476 5919', b: 'Not recorded' });
    expect(byKey.cafs).toMatchObject({ a: '1 CAF, open', b: 'No CAF' });
    expect(byKey.sex?.a).toBe('Male');
    // A compared detail the side-by-side view does not hold still gets its row.
    expect(byKey['field-email']).toEqual({
      key: 'field-email',
      label: 'Email',
      a: 'Not shown',
      b: 'Not shown',
      found: ['Same email address'],
    });
  });
});
