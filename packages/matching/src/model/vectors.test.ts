import { describe, expect, it } from 'vitest';
import { fieldComparisons } from '../compare/fields';
import { person } from '../compare/test-records';
import { loadNameVariants } from '../names/variants';
import { seededRandom } from './random';
import { compareVector, compareVectors, levelIndex, MISSING } from './vectors';

const context = { variants: loadNameVariants() };

describe('comparison vectors', () => {
  it('packs one level index per field per pair, MISSING where a value is missing', () => {
    const a = person({ givenNames: 'Isla', familyName: 'Hall', dateOfBirth: '2015-03-05' });
    const b = person({ givenNames: 'Isla', familyName: 'Hale', dateOfBirth: '2015-05-03' });
    const vector = compareVector(fieldComparisons, a, b, context);
    const at = (field: string) => vector[fieldComparisons.findIndex((f) => f.field === field)];
    expect(at('givenName')).toBe(0);
    expect(at('dateOfBirth')).toBe(1);
    expect(at('postcode')).toBe(MISSING);
    const vectors = compareVectors(
      fieldComparisons,
      [a, b],
      [
        [0, 1],
        [1, 0],
      ],
      context,
    );
    expect(vectors.rows).toBe(2);
    expect(vectors.levels.slice(0, fieldComparisons.length)).toEqual(vector);
  });

  it('refuses a level that the field does not have', () => {
    const field = fieldComparisons[0];
    if (!field) throw new Error('no fields');
    expect(levelIndex(field, 'exact')).toBe(0);
    expect(levelIndex(field, null)).toBe(MISSING);
    expect(() => levelIndex(field, 'nearly')).toThrow(RangeError);
  });
});

describe('seededRandom', () => {
  it('repeats for the same seed and stays in [0, 1)', () => {
    const first = Array.from({ length: 5 }, seededRandom(42));
    const again = Array.from({ length: 5 }, seededRandom(42));
    expect(first).toEqual(again);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(first);
  });
});
