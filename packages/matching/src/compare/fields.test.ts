import { describe, expect, it } from 'vitest';
import { loadNameVariants } from '../names/variants';
import { describeRelation, fieldComparisons, fieldNames } from './fields';
import { person } from './test-records';

const context = { variants: loadNameVariants() };
const field = (name: string) => {
  const found = fieldComparisons.find((f) => f.field === name);
  if (!found) throw new Error(name);
  return found;
};

describe('field comparisons (CH-1: every level has words a practitioner can check)', () => {
  it('covers every field once, each with "exact" first and "different" last', () => {
    expect(fieldComparisons.map((f) => f.field)).toEqual([...fieldNames]);
    for (const f of fieldComparisons) {
      expect(f.levels[0]).toBe('exact');
      expect(f.levels.at(-1)).toBe('different');
    }
  });

  it('describes every level of every field in words, never by its code', () => {
    const a = person({ givenNames: 'Bill', familyName: 'Smith', postcode: 'LS6 2AB' });
    const b = person({ givenNames: 'William', familyName: 'Smyth', postcode: 'LS6 2XY' });
    for (const f of fieldComparisons) {
      for (const level of f.levels) {
        const words = f.describe(level, a, b, context);
        expect(words, `${f.field} ${level}`).not.toBe(level);
        expect(words.length).toBeGreaterThan(5);
      }
    }
  });

  it('names the nickname, the shared part and the postcode sector in the words', () => {
    const bill = person({ givenNames: 'Bill', postcode: 'LS6 2AB' });
    const william = person({ givenNames: 'William', postcode: 'LS6 2XY' });
    expect(field('givenName').describe('variant', bill, william, context)).toBe('Bill is a nickname of William');
    expect(field('postcode').describe('sector', bill, william, context)).toBe('same postcode sector (LS6 2)');
    const maryJane = person({ givenNames: 'Mary Jane' });
    expect(field('givenName').describe('partial', maryJane, person({ givenNames: 'Jane' }), context)).toBe(
      'both have the first name Jane',
    );
    expect(field('familyName').describe('sounds', bill, william, context)).toBe('surname sounds the same');
  });

  it('words each kind of name relation', () => {
    expect(describeRelation({ kind: 'variant', variant: 'abbey', name: 'abigail' })).toBe(
      'Abbey is another form of Abigail',
    );
    expect(describeRelation({ kind: 'shared', canonical: 'william', a: 'bill', b: 'billy', source: 'nickname' })).toBe(
      'Bill and Billy are both short for William',
    );
    expect(
      describeRelation({ kind: 'shared', canonical: 'aleesha', a: 'alyssa', b: 'alessia', source: 'variant' }),
    ).toBe('Alyssa and Alessia are both forms of Aleesha');
  });

  it('compares through the record and gives the value counted for term frequencies', () => {
    const a = person({ givenNames: 'Isla', familyName: 'Hall', dateOfBirth: '2015-03-05', town: 'Leeds' });
    const b = person({ givenNames: 'Isla', familyName: 'Hall', dateOfBirth: '2015-05-03', town: 'Leeds' });
    expect(field('dateOfBirth').compare(a, b, context)).toBe('swapped');
    expect(field('familyName').exactValue(a)).toBe('hall');
    expect(fieldComparisons.filter((f) => f.termFrequency).map((f) => f.field)).toEqual([
      'givenName',
      'familyName',
      'town',
    ]);
  });
});
