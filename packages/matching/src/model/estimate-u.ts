import type { ComparisonVectors } from './vectors';
import { MISSING } from './vectors';

/** Pairs of record positions drawn at random without repeats within a pair; every pair when there are at most `maxPairs`. */
export function randomPairs(n: number, maxPairs: number, random: () => number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if ((n * (n - 1)) / 2 <= maxPairs) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  while (pairs.length < maxPairs) {
    const i = Math.floor(random() * n);
    let j = Math.floor(random() * (n - 1));
    if (j >= i) j++;
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * The u probabilities: how often two records that are NOT the same person reach each level,
 * counted over random pairs. A random pair is rarely the same person, but in a file with many
 * duplicates the few that are would inflate u for agreement; so each pair may be weighted by
 * the probability that it is not a match (`nonMatch`, from the model so far). Each level starts
 * from a count of one, so a level never seen among random pairs still has a small, finite u.
 */
export function estimateU(vectors: ComparisonVectors, nonMatch?: Float64Array): number[][] {
  const { fields, rows, levels } = vectors;
  const counts = fields.map((field) => field.levels.map(() => 0));
  for (let row = 0; row < rows; row++) {
    const weight = nonMatch ? (nonMatch[row] as number) : 1;
    const offset = row * fields.length;
    for (let f = 0; f < fields.length; f++) {
      const level = levels[offset + f] as number;
      if (level === MISSING) continue;
      const counted = counts[f] as number[];
      counted[level] = (counted[level] ?? 0) + weight;
    }
  }
  return counts.map((row) =>
    smooth(
      row,
      row.map(() => 1),
    ),
  );
}

/** Counts plus pseudo-counts, as probabilities. */
export function smooth(counts: readonly number[], prior: readonly number[]): number[] {
  const total = counts.reduce((sum, c, k) => sum + c + (prior[k] ?? 0), 0);
  return counts.map((c, k) => (c + (prior[k] ?? 0)) / total);
}

/** Probability that each pair is a match under the model (m, u, lambda), without term-frequency adjustment. */
export function matchProbabilities(
  vectors: ComparisonVectors,
  m: readonly (readonly number[])[],
  u: readonly (readonly number[])[],
  lambda: number,
): Float64Array {
  const { fields, rows, levels } = vectors;
  const logRatio = m.map((row, f) =>
    row.map((value, k) => Math.log(value / ((u[f] as readonly number[])[k] as number))),
  );
  const prior = Math.log(lambda / (1 - lambda));
  const result = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    let logit = prior;
    const offset = row * fields.length;
    for (let f = 0; f < fields.length; f++) {
      const level = levels[offset + f] as number;
      if (level !== MISSING) logit += (logRatio[f] as number[])[level] as number;
    }
    result[row] = 1 / (1 + Math.exp(-logit));
  }
  return result;
}
