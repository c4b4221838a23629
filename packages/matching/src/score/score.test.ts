import { describe, expect, it } from 'vitest';
import { fieldComparisons } from '../compare/fields';
import { person } from '../compare/test-records';
import type { FieldParameters, MatchModel } from '../model/train';
import { loadNameVariants } from '../names/variants';
import { bandFor, explain, mayBeTwins, probabilityFromWeight, rankCandidates, Scorer } from './score';

const context = { variants: loadNameVariants() };

/**
 * A hand-made model: every field neutral (m = u) except those given, so each test can work out
 * the expected weight by hand.
 */
function model(overrides: Partial<Record<string, { m: number[]; u: number[] }>>, lambda = 0.001): MatchModel {
  const fields: FieldParameters[] = fieldComparisons.map((f) => {
    const uniform = f.levels.map(() => 1 / f.levels.length);
    const given = overrides[f.field];
    return { field: f.field, levels: [...f.levels], m: given?.m ?? uniform, u: given?.u ?? uniform };
  });
  return { parameters: { version: 1, fields, lambda }, frequencies: { counts: {}, totals: {} } };
}

// givenName levels: exact, variant, partial, typo, sounds, similar, initial, swapped, crossed, different
const givenName = {
  m: [0.8, 0.05, 0.01, 0.05, 0.02, 0.02, 0.01, 0.01, 0.01, 0.02],
  u: [0.01, 0.002, 0.001, 0.002, 0.005, 0.01, 0.001, 0.0001, 0.001, 0.9679],
};
// familyName levels: exact, partial, typo, sounds, similar, different
const familyName = { m: [0.8, 0.02, 0.08, 0.04, 0.02, 0.04], u: [0.01, 0.001, 0.002, 0.004, 0.01, 0.973] };
// dateOfBirth levels: exact, swapped, typo, month, year, different
const dateOfBirth = { m: [0.9, 0.02, 0.03, 0.01, 0.01, 0.03], u: [0.0005, 0.0001, 0.002, 0.004, 0.06, 0.9334] };
// postcode levels: exact, typo, sector, district, area, different
const postcode = { m: [0.7, 0.05, 0.05, 0.05, 0.05, 0.1], u: [0.001, 0.001, 0.01, 0.02, 0.1, 0.868] };

const scorer = new Scorer(model({ givenName, familyName, dateOfBirth, postcode }), context);
const log2 = Math.log2;
const prior = log2(0.001 / 0.999);

describe('Scorer: Fellegi–Sunter weights', () => {
  it('adds log2(m/u) of each field’s level to the prior', () => {
    const a = person({ givenNames: 'Bill', familyName: 'Smith', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB' });
    const b = person({ givenNames: 'William', familyName: 'Smyth', dateOfBirth: '2015-03-05', postcode: 'M1 1AE' });
    const expected = prior + log2(0.05 / 0.002) + log2(0.04 / 0.004) + log2(0.9 / 0.0005) + log2(0.1 / 0.868);
    expect(scorer.weight(a, b)).toBeCloseTo(expected, 10);
    const score = scorer.score(a, b);
    expect(score.weight).toBeCloseTo(expected, 10);
    expect(score.probability).toBeCloseTo(1 / (1 + 2 ** -expected), 10);
  });

  it('treats missing values as neutral: they add nothing', () => {
    const a = person({ givenNames: 'Isla', dateOfBirth: '2015-03-05' });
    const b = person({ givenNames: 'Isla', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB', familyName: 'Hall' });
    expect(scorer.weight(a, b)).toBeCloseTo(prior + log2(0.8 / 0.01) + log2(0.9 / 0.0005), 10);
    expect(scorer.score(a, b).fields.map((f) => f.field)).toEqual(['dateOfBirth', 'givenName']);
  });

  it('adjusts exact name agreement for how common the name is', () => {
    const frequencies = { counts: { familyName: { smith: 50, wojciechowski: 1 } }, totals: { familyName: 100 } };
    const tf = new Scorer({ ...model({ familyName }), frequencies }, context);
    const smith = tf.weight(person({ familyName: 'Smith' }), person({ familyName: 'Smith' }));
    const rare = tf.weight(person({ familyName: 'Wojciechowski' }), person({ familyName: 'Wojciechowski' }));
    expect(smith).toBeCloseTo(prior + log2(0.8 / 0.5), 10);
    expect(rare).toBeCloseTo(prior + log2(0.8 / 0.01), 10);
    // Only exact agreement is adjusted.
    expect(tf.weight(person({ familyName: 'Smith' }), person({ familyName: 'Smyth' }))).toBeCloseTo(
      prior + log2(0.04 / 0.004),
      10,
    );
  });

  it('refuses a model without parameters for a field', () => {
    const broken = model({});
    broken.parameters.fields = broken.parameters.fields.filter((f) => f.field !== 'town');
    expect(() => new Scorer(broken, context)).toThrow(/town/);
  });
});

describe('explanations (CH-1: likely matches are shown with the reasons they matched)', () => {
  it('lists what speaks for a match, strongest first, in plain English', () => {
    const a = person({ givenNames: 'Bill', familyName: 'Smith', dateOfBirth: '2015-03-05' });
    const b = person({ givenNames: 'William', familyName: 'Smyth', dateOfBirth: '2015-03-05' });
    const score = scorer.score(a, b);
    expect(score.explanation).toBe('same date of birth; Bill is a nickname of William; surname sounds the same');
    expect(score.reasons).toHaveLength(3);
    expect(score.against).toEqual([]);
  });

  it('adds what speaks against it after "but"', () => {
    const a = person({ givenNames: 'Isla', familyName: 'Hall', postcode: 'LS6 2AB' });
    const b = person({ givenNames: 'Isla', familyName: 'Hall', postcode: 'M1 1AE' });
    expect(scorer.score(a, b).explanation).toBe('same first name; same surname — but different postcodes');
  });

  it('says when nothing is in common', () => {
    expect(explain([], ['different first names'])).toBe('nothing in common — but different first names');
  });
});

describe('bands', () => {
  it('certain from 0.99, likely from 0.5, possible from 0.01, else unlikely', () => {
    expect(bandFor(0.995)).toBe('certain');
    expect(bandFor(0.99)).toBe('certain');
    expect(bandFor(0.7)).toBe('likely');
    expect(bandFor(0.5)).toBe('likely');
    expect(bandFor(0.02)).toBe('possible');
    expect(bandFor(0.001)).toBe('unlikely');
    expect(probabilityFromWeight(0)).toBe(0.5);
  });

  it('CH-2: twins (different first names, same surname and date of birth) are never certain', () => {
    const amelia = person({ givenNames: 'Amelia', familyName: 'Hall', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB' });
    const oliver = person({ givenNames: 'Oliver', familyName: 'Hall', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB' });
    const generous = new Scorer(model({ givenName, familyName, dateOfBirth, postcode }, 0.4), context);
    const score = generous.score(amelia, oliver);
    expect(score.probability).toBeGreaterThan(0.99);
    expect(score.band).toBe('likely');
    expect(score.against).toContain('could be twins');
    expect(mayBeTwins(score.fields)).toBe(true);
  });

  it('CH-2: the same child entered twice can be certain', () => {
    const a = person({ givenNames: 'Amelia', familyName: 'Hall', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB' });
    const b = person({ givenNames: 'Amelia', familyName: 'Hall', dateOfBirth: '2015-03-05', postcode: 'LS6 2AB' });
    expect(scorer.score(a, b).band).toBe('certain');
  });
});

describe('rankCandidates (CH-1: search before register)', () => {
  it('keeps candidates worth showing, best first', () => {
    const query = person({ givenNames: 'Bill', familyName: 'Smith', dateOfBirth: '2015-03-05' });
    const exact = person({ givenNames: 'William', familyName: 'Smith', dateOfBirth: '2015-03-05' });
    const near = person({ givenNames: 'Will', familyName: 'Smith', dateOfBirth: '2015-05-03' });
    const stranger = person({ givenNames: 'Noah', familyName: 'Patel', dateOfBirth: '2011-07-19' });
    const ranked = rankCandidates(scorer, query, [stranger, near, exact]);
    expect(ranked.map((r) => r.candidate)).toEqual([exact, near]);
    expect(ranked[0]?.score.band).toBe('certain');
  });
});

describe('explanations leave out evidence too slight to mention', () => {
  it('does not give "same town" as a reason against when nearly every child lives there', () => {
    // town levels: exact, typo, similar, different. Everyone is in the same town: agreeing is
    // a hair less usual among matches than among all pairs (m 0.98, u 0.99).
    const town = { m: [0.98, 0.005, 0.005, 0.01], u: [0.99, 0.003, 0.003, 0.004] };
    const withTown = new Scorer(model({ givenName, familyName, town }), context);
    const a = person({ givenNames: 'Amelia', familyName: 'Whitaker', town: 'Leeds' });
    const b = person({ givenNames: 'Amelia', familyName: 'Whitaker', town: 'Leeds' });
    const score = withTown.score(a, b);
    expect(score.fields.find((f) => f.field === 'town')?.weight).toBeLessThan(0);
    expect(score.against).toEqual([]);
    expect(score.explanation).not.toMatch(/town/);
  });
});
