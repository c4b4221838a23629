import type { ComparisonVectors } from './vectors';
import { MISSING } from './vectors';

export type EmOptions = {
  /** Which fields EM estimates m for; the others (e.g. the field the pairs were blocked on) are left out entirely. */
  active: readonly boolean[];
  /** u per field and level, held fixed. */
  u: readonly (readonly number[])[];
  maxIterations?: number;
  /** Stop when no m probability or lambda moves by more than this. */
  tolerance?: number;
  /** Pseudo-count pulling each m towards u, so a level never seen among matches gets a weight near (just below) zero, not a wild one. */
  priorStrength?: number;
};

export type EmResult = {
  m: number[][];
  /** Share of the pairs that are matches. */
  lambda: number;
  /** Expected number of matching pairs. */
  expectedMatches: number;
  /** Per field, the expected number of matching pairs in which the field was present (what its m rests on). */
  presentMatches: number[];
  iterations: number;
  converged: boolean;
};

/** Starting m: most of the weight on the best level, a little on the others, none favoured. */
export function initialM(levelCount: number): number[] {
  if (levelCount === 1) return [1];
  return Array.from({ length: levelCount }, (_, k) => (k === 0 ? 0.8 : 0.2 / (levelCount - 1)));
}

/**
 * Expectation–maximisation for the m probabilities of a Fellegi–Sunter model with u fixed
 * (Splink's method): E-step gives each pair the probability it is a match under the current m
 * and lambda; M-step sets m to the levels' share among those expected matches.
 */
export function expectationMaximisation(vectors: ComparisonVectors, options: EmOptions): EmResult {
  const { fields, rows, levels } = vectors;
  const fieldCount = fields.length;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-5;
  const prior = options.priorStrength ?? 1;
  let m = fields.map((field) => initialM(field.levels.length));
  let lambda = 0.1;
  let iterations = 0;
  let converged = false;
  let expectedMatches = 0;
  let presentMatches = fields.map(() => 0);
  const logU = options.u.map((row) => row.map(Math.log));

  while (iterations < maxIterations && !converged) {
    iterations++;
    const logM = m.map((row) => row.map(Math.log));
    const sums = fields.map((field) => field.levels.map(() => 0));
    const present = fields.map(() => 0);
    const logPrior = Math.log(lambda / (1 - lambda));
    expectedMatches = 0;
    for (let row = 0; row < rows; row++) {
      let logit = logPrior;
      const offset = row * fieldCount;
      for (let f = 0; f < fieldCount; f++) {
        const level = levels[offset + f] as number;
        if (level === MISSING || !options.active[f]) continue;
        logit += (logM[f] as number[])[level] as number;
        logit -= (logU[f] as number[])[level] as number;
      }
      const p = 1 / (1 + Math.exp(-logit));
      expectedMatches += p;
      for (let f = 0; f < fieldCount; f++) {
        const level = levels[offset + f] as number;
        if (level === MISSING || !options.active[f]) continue;
        const row = sums[f] as number[];
        row[level] = (row[level] ?? 0) + p;
        present[f] = (present[f] ?? 0) + p;
      }
    }
    const next = sums.map((row, f) => {
      if (!options.active[f]) return m[f] as number[];
      const u = options.u[f] as readonly number[];
      const total = (present[f] as number) + prior;
      return row.map((s, k) => (s + prior * (u[k] as number)) / total);
    });
    const nextLambda = Math.min(Math.max(expectedMatches / Math.max(rows, 1), 1e-9), 1 - 1e-9);
    let change = Math.abs(nextLambda - lambda);
    for (let f = 0; f < fieldCount; f++) {
      for (let k = 0; k < (next[f] as number[]).length; k++) {
        change = Math.max(change, Math.abs(((next[f] as number[])[k] as number) - ((m[f] as number[])[k] as number)));
      }
    }
    m = next;
    lambda = nextLambda;
    presentMatches = present;
    converged = change < tolerance;
  }
  return { m, lambda, expectedMatches, presentMatches, iterations, converged };
}
