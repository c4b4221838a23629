import { describe, expect, it } from 'vitest';
import { loadNameVariants } from '../names/variants';
import { normaliseRecord } from '../normalise/record';
import { householdWeight, Scorer } from '../score/score';
import { syntheticChildren } from '../testing/synthetic-children';
import { refitToRecords, trainModelFromMatches } from './train';

const context = { variants: loadNameVariants() };
const children = syntheticChildren({ people: 300, duplicateRate: 0.5, seed: 11 });
const records = children.map((c) => normaliseRecord(c.record));
const firstOf = new Map<number, number>();
const matches: Array<[number, number]> = [];
children.forEach((c, i) => {
  const first = firstOf.get(c.person);
  if (first === undefined) firstOf.set(c.person, i);
  else matches.push([first, i]);
});
const { model, report } = trainModelFromMatches(records, matches, context);
const field = (name: string) => model.parameters.fields.find((f) => f.field === name);

describe('trainModelFromMatches: m from known matches, u from random pairs', { timeout: 30_000 }, () => {
  it('takes the prior as the known matches over all pairs', () => {
    const n = records.length;
    expect(model.parameters.lambda).toBeCloseTo(matches.length / ((n * (n - 1)) / 2), 12);
    expect(report.rounds).toBe(0);
  });

  it('counts m from the known matches: most agree exactly on date of birth, few on nothing', () => {
    const dob = field('dateOfBirth');
    // One slip in six swaps day and month; the rest keep the date of birth.
    expect(dob?.m[0]).toBeGreaterThan(0.7);
    expect(dob?.levels[1]).toBe('swapped');
    expect(dob?.m[1]).toBeGreaterThan(0.05);
    expect(dob?.m.at(-1)).toBeLessThan(0.05);
    expect(dob?.u[0]).toBeLessThan(0.01);
  });

  it('scores a known match far above a random pair', () => {
    const scorer = new Scorer(model, context);
    const [a, b] = matches[0] as [number, number];
    const match = scorer.weight(records[a] as never, records[b] as never);
    const random = scorer.weight(records[0] as never, records[records.length - 1] as never);
    expect(match).toBeGreaterThan(random + 10);
  });

  it('refits u and the frequencies to other records, keeping m and the prior', () => {
    const others = syntheticChildren({ people: 200, duplicateRate: 0, seed: 99 }).map((c) => normaliseRecord(c.record));
    const refitted = refitToRecords(model, others, context).model;
    expect(refitted.parameters.lambda).toBe(model.parameters.lambda);
    expect(refitted.parameters.fields.find((f) => f.field === 'dateOfBirth')?.m[0]).toBeCloseTo(
      field('dateOfBirth')?.m[0] ?? 0,
      2,
    );
    expect(refitted.frequencies.totals.familyName).toBe(others.length);
  });
});

describe('the home counts once', () => {
  it('keeps the strongest agreement of the household fields, less their disagreements', () => {
    expect(householdWeight([])).toBe(0);
    expect(householdWeight([9, 7, 10])).toBe(10);
    expect(householdWeight([9, -4, -1])).toBe(4);
  });

  it('counts a move, where nothing about the home agrees, once', () => {
    expect(householdWeight([-4, -2, -9])).toBe(-9);
  });
});
