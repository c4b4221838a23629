import { describe, expect, it } from 'vitest';
import { loadNameVariants } from '../names/variants';
import { compareFamilyNames, compareGivenNames, nameAlignment } from './names';
import { person } from './test-records';

const variants = loadNameVariants();
const given = (a: string | null, b: string | null) =>
  compareGivenNames(person({ givenNames: a }), person({ givenNames: b }), variants);
const family = (a: string | null, b: string | null) =>
  compareFamilyNames(person({ familyName: a }), person({ familyName: b }));

describe('first names (CH-1: graded so near misses are still found)', () => {
  it('exact, ignoring case, accents and punctuation', () => {
    expect(given('Zoë', 'ZOE')).toBe('exact');
    expect(given('Mary-Jane', 'Mary Jane')).toBe('exact');
  });

  it('variant: a listed nickname or form of the name', () => {
    expect(given('Bill', 'William')).toBe('variant');
    expect(given('Beth', 'Elizabeth')).toBe('variant');
    expect(given('Bill Henry', 'William')).toBe('variant');
  });

  it('partial: one part of a multi-part name is shared', () => {
    expect(given('Mary Jane', 'Jane')).toBe('partial');
  });

  it('typo: Jaro–Winkler at or above 0.92', () => {
    expect(given('Catherine', 'Cathrine')).toBe('typo');
  });

  it('sounds: the same double metaphone code, spelt less alike', () => {
    expect(given('Aoife', 'Eva')).toBe('sounds');
  });

  it('similar: Jaro–Winkler at or above 0.8 without sounding the same', () => {
    expect(given('Isla', 'Isabelle')).toBe('similar');
  });

  it('initial: one name is the initial of the other', () => {
    expect(given('J', 'John')).toBe('initial');
  });

  it('different otherwise; missing is neutral (null)', () => {
    expect(given('Oliver', 'Amelia')).toBe('different');
    expect(given(null, 'Amelia')).toBeNull();
    expect(given('', 'Amelia')).toBeNull();
  });
});

describe('surnames', () => {
  it('exact, partial, typo, sounds, similar, different and missing', () => {
    expect(family("O'Brien", 'OBRIEN')).toBe('exact');
    expect(family('Smith-Jones', 'Smith')).toBe('partial');
    expect(family('Griffiths', 'Griffihs')).toBe('typo');
    expect(family('Smith', 'Schmidt')).toBe('sounds');
    expect(family('Harrison', 'Harrington')).toBe('similar');
    expect(family('Smith', 'Patel')).toBe('different');
    expect(family('Smith', null)).toBeNull();
  });
});

describe('first name and surname the other way round', () => {
  const isla = person({ givenNames: 'Isla', familyName: 'Hall' });

  it('swapped when each name matches the other record’s opposite name', () => {
    const hall = person({ givenNames: 'Hall', familyName: 'Isla' });
    expect(nameAlignment(isla, hall)).toBe('swapped');
    expect(compareGivenNames(isla, hall, variants)).toBe('swapped');
    // The first-name level carries both names, so the surname says nothing more.
    expect(compareFamilyNames(isla, hall)).toBeNull();
  });

  it('swapped with a slip in one of the names', () => {
    const scarlett = person({ givenNames: 'Scarlett', familyName: 'Payne' });
    const payne = person({ givenNames: 'Payne', familyName: 'Scatlett' });
    expect(nameAlignment(scarlett, payne)).toBe('swapped');
  });

  it('crossed when one record has only the name that the other has in the opposite place', () => {
    const holly = person({ givenNames: 'Holly' });
    const thomson = person({ givenNames: 'Thomson', familyName: 'Holly' });
    expect(nameAlignment(holly, thomson)).toBe('crossed');
    expect(compareGivenNames(holly, thomson, variants)).toBe('crossed');
    expect(compareFamilyNames(holly, thomson)).toBeNull();
  });

  it('straight when the names as entered agree, even if a name could be either', () => {
    const thomas = person({ givenNames: 'Thomas', familyName: 'Thomas' });
    expect(nameAlignment(thomas, person({ givenNames: 'Thomas', familyName: 'Thomas' }))).toBe('straight');
    expect(nameAlignment(isla, person({ givenNames: 'Isla', familyName: 'Hall' }))).toBe('straight');
    expect(nameAlignment(isla, person({ givenNames: 'Hall', familyName: 'Jones' }))).toBe('straight');
  });
});
