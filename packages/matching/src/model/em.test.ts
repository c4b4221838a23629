import { describe, expect, it } from 'vitest';
import type { FieldComparison } from '../compare/fields';
import { expectationMaximisation, initialM } from './em';
import { estimateU, matchProbabilities, randomPairs, smooth } from './estimate-u';
import { seededRandom } from './random';
import { floorAtDifferent } from './train';
import type { ComparisonVectors } from './vectors';
import { MISSING } from './vectors';

/** Fields that only carry levels: EM and u estimation never call compare. */
function fakeField(name: FieldComparison['field'], levels: string[]): FieldComparison {
  return {
    field: name,
    levels,
    compare: () => null,
    exactValue: () => null,
    termFrequency: false,
    describe: (level) => level,
  };
}

const fields = [
  fakeField('givenName', ['exact', 'similar', 'different']),
  fakeField('familyName', ['exact', 'similar', 'different']),
  fakeField('dateOfBirth', ['exact', 'near', 'different']),
];
const trueM = [
  [0.85, 0.1, 0.05],
  [0.8, 0.15, 0.05],
  [0.9, 0.06, 0.04],
];
const trueU = [
  [0.02, 0.08, 0.9],
  [0.01, 0.04, 0.95],
  [0.005, 0.05, 0.945],
];

function draw(probabilities: readonly number[], random: () => number): number {
  let r = random();
  for (let k = 0; k < probabilities.length; k++) {
    r -= probabilities[k] as number;
    if (r < 0) return k;
  }
  return probabilities.length - 1;
}

/** Pairs drawn from a known Fellegi–Sunter model: a share lambda of matches, levels from m or u. */
function synthetic(rows: number, lambda: number, seed: number, missingRate = 0): ComparisonVectors {
  const random = seededRandom(seed);
  const levels = new Int8Array(rows * fields.length);
  for (let row = 0; row < rows; row++) {
    const match = random() < lambda;
    for (let f = 0; f < fields.length; f++) {
      const probabilities = (match ? trueM : trueU)[f] as number[];
      levels[row * fields.length + f] = random() < missingRate ? MISSING : draw(probabilities, random);
    }
  }
  return { fields, rows, levels };
}

describe('expectation–maximisation of m with u fixed', () => {
  it('recovers m and lambda of a synthetic population', () => {
    const vectors = synthetic(20_000, 0.2, 1);
    const result = expectationMaximisation(vectors, { active: [true, true, true], u: trueU });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(0.2, 1);
    result.m.forEach((row, f) => {
      row.forEach((value, k) => {
        expect(Math.abs(value - ((trueM[f] as number[])[k] as number))).toBeLessThan(0.03);
      });
    });
    expect(result.expectedMatches).toBeCloseTo(result.lambda * 20_000, 0);
  });

  it('ignores missing values, and leaves inactive fields at their starting m', () => {
    const vectors = synthetic(20_000, 0.2, 2, 0.3);
    const result = expectationMaximisation(vectors, { active: [true, true, false], u: trueU });
    expect(result.m[2]).toEqual(initialM(3));
    expect(Math.abs((result.m[0]?.[0] ?? 0) - 0.85)).toBeLessThan(0.04);
    expect(result.presentMatches[2]).toBe(0);
    expect(result.presentMatches[0]).toBeGreaterThan(2000);
  });

  it('starts from most weight on the best level', () => {
    expect(initialM(3)).toEqual([0.8, 0.1, 0.1]);
    expect(initialM(1)).toEqual([1]);
  });
});

describe('u from random pairs', () => {
  it('counts each level with one pseudo-count per level', () => {
    const vectors: ComparisonVectors = {
      fields: [fields[0] as FieldComparison],
      rows: 7,
      levels: Int8Array.from([0, 2, 2, 2, 2, 1, MISSING]),
    };
    expect(estimateU(vectors)[0]).toEqual([2 / 9, 2 / 9, 5 / 9]);
  });

  it('leaves out likely matches when weights are given', () => {
    const vectors: ComparisonVectors = {
      fields: [fields[0] as FieldComparison],
      rows: 3,
      levels: Int8Array.from([0, 2, 2]),
    };
    const [u] = estimateU(vectors, Float64Array.from([0, 1, 1]));
    expect(u).toEqual([1 / 5, 1 / 5, 3 / 5]);
    expect(smooth([0, 0], [1, 1])).toEqual([0.5, 0.5]);
  });

  it('uses every pair of a small file and samples a large one', () => {
    expect(randomPairs(4, 100, seededRandom(1))).toEqual([
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
    const sampled = randomPairs(1000, 500, seededRandom(1));
    expect(sampled).toHaveLength(500);
    expect(sampled.every(([i, j]) => i !== j && i < 1000 && j < 1000)).toBe(true);
    expect(randomPairs(1000, 500, seededRandom(1))).toEqual(sampled);
  });

  it('gives each pair its match probability under the model', () => {
    const vectors: ComparisonVectors = { fields, rows: 2, levels: Int8Array.from([0, 0, 0, 2, 2, 2]) };
    const [agree, disagree] = matchProbabilities(vectors, trueM, trueU, 0.01);
    expect(agree).toBeGreaterThan(0.99);
    expect(disagree).toBeLessThan(0.001);
  });
});

describe('floorAtDifferent', () => {
  it('raises a level that would count against a match more than "different" does', () => {
    const u = [0.01, 0.01, 0.98];
    const m = floorAtDifferent([0.9, 0.0001, 0.0999], u);
    const weight = (k: number) => Math.log2((m[k] as number) / (u[k] as number));
    expect(weight(1)).toBeCloseTo(weight(2), 10);
    expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(weight(0)).toBeGreaterThan(6);
  });

  it('leaves a model without such levels as it is', () => {
    expect(floorAtDifferent([0.8, 0.15, 0.05], [0.01, 0.04, 0.95])).toEqual([0.8, 0.15, 0.05]);
  });
});
