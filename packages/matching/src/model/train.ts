import type { ComparisonContext, FieldComparison, FieldName } from '../compare/fields';
import { fieldComparisons } from '../compare/fields';
import type { NormalisedRecord } from '../normalise/record';
import { expectationMaximisation } from './em';
import { estimateU, matchProbabilities, randomPairs, smooth } from './estimate-u';
import { seededRandom } from './random';
import { countTermFrequencies, type TermFrequencies } from './term-frequencies';
import { type ComparisonVectors, compareVectors } from './vectors';

export type FieldParameters = { field: FieldName; levels: string[]; m: number[]; u: number[] };

export type ModelParameters = {
  version: 1;
  fields: FieldParameters[];
  /** Prior probability that two records drawn at random are the same person. */
  lambda: number;
};

/** Everything scoring needs; plain data, so it can be stored as JSON. */
export type MatchModel = { parameters: ModelParameters; frequencies: TermFrequencies };

export type TrainingOptions = {
  seed?: number;
  /** Random pairs for u (all pairs when there are fewer). */
  maxRandomPairs?: number;
  /** The fields whose exact agreement defines the EM training sessions. */
  sessions?: readonly FieldName[];
  /** Records sharing a session value beyond this many are sampled down, so one huge group cannot dominate. */
  maxGroup?: number;
  /** Pairs per session beyond this many are sampled down (large indexes). */
  maxSessionPairs?: number;
  /** Rounds of (m by EM, then u again with the likely matches among the random pairs left out). */
  rounds?: number;
  fields?: readonly FieldComparison[];
};

export type SessionReport = {
  field: FieldName;
  pairs: number;
  lambda: number;
  expectedMatches: number;
  iterations: number;
  converged: boolean;
};

export type TrainingReport = {
  records: number;
  randomPairs: number;
  rounds: number;
  sessions: SessionReport[];
  lambda: number;
};

/** The training used for every data set: no option here depends on the file being matched. */
export const defaultTraining = {
  seed: 20240601,
  maxRandomPairs: 1_000_000,
  sessions: ['dateOfBirth', 'familyName', 'givenName'],
  maxGroup: 400,
  maxSessionPairs: 500_000,
  rounds: 3,
} as const satisfies TrainingOptions;

/**
 * Fit the model to the records themselves, without labels:
 * 1. u from random pairs (`estimateU`);
 * 2. m by EM in several sessions, each over the pairs that agree exactly on one field (date of
 *    birth, surname, first name). A session learns nothing about its own field, whose agreement
 *    it forced, so it estimates the m of every other field; each field's m is the average over
 *    the sessions that estimated it, weighted by how many matches they saw it in;
 * 3. lambda, the prior that a random pair matches: a session's expected matches divided by the
 *    chance that a match agrees exactly on the session's field (its m, from the other sessions)
 *    and has it filled in on both records, over all pairs;
 * 4. u again, over the same random pairs, each weighted by the probability that it is not a match
 *    under the model so far, then m and lambda again (`rounds` times in all). In a file with
 *    many duplicates the random pairs include a few matches, which would otherwise make
 *    agreement look commoner among non-matches than it is.
 */
export function trainModel(
  records: readonly NormalisedRecord[],
  context: ComparisonContext,
  options: TrainingOptions = {},
): { model: MatchModel; report: TrainingReport } {
  const fields = options.fields ?? fieldComparisons;
  const random = seededRandom(options.seed ?? defaultTraining.seed);
  const maxGroup = options.maxGroup ?? defaultTraining.maxGroup;
  const maxSessionPairs = options.maxSessionPairs ?? defaultTraining.maxSessionPairs;
  const rounds = options.rounds ?? defaultTraining.rounds;

  const randomVectors = compareVectors(
    fields,
    records,
    randomPairs(records.length, options.maxRandomPairs ?? defaultTraining.maxRandomPairs, random),
    context,
  );
  const sessions = (options.sessions ?? defaultTraining.sessions).flatMap((sessionField) => {
    const f = fields.findIndex((field) => field.field === sessionField);
    const field = fields[f];
    if (!field) return [];
    const { pairs, scale } = sessionPairs(records, field, { maxGroup, maxPairs: maxSessionPairs }, random);
    if (pairs.length === 0) return [];
    return [{ field: sessionField, f, scale, vectors: compareVectors(fields, records, pairs, context) }];
  });

  let u = estimateU(randomVectors);
  let fitted = fitM(fields, sessions, u);
  let lambda = estimateLambda(records, fields, fitted.parameters, fitted.sessions);
  for (let round = 1; round < rounds; round++) {
    const nonMatch = matchProbabilities(
      randomVectors,
      fitted.parameters.map((p) => p.m),
      u,
      lambda,
    ).map((p) => 1 - p);
    u = estimateU(randomVectors, nonMatch);
    fitted = fitM(fields, sessions, u);
    lambda = estimateLambda(records, fields, fitted.parameters, fitted.sessions);
  }

  return {
    model: {
      parameters: { version: 1, fields: fitted.parameters, lambda },
      frequencies: countTermFrequencies(fields, records),
    },
    report: {
      records: records.length,
      randomPairs: randomVectors.rows,
      rounds,
      sessions: fitted.sessions.map(({ scale: _scale, ...session }) => session),
      lambda,
    },
  };
}

type Session = { field: FieldName; f: number; scale: number; vectors: ComparisonVectors };

/** EM in every session with u fixed, then each field's m averaged over the sessions that estimated it. */
function fitM(
  fields: readonly FieldComparison[],
  sessions: readonly Session[],
  u: number[][],
): { parameters: FieldParameters[]; sessions: Array<SessionReport & { scale: number }> } {
  const mSums = fields.map((field) => field.levels.map(() => 0));
  const mWeights = fields.map(() => 0);
  const reports: Array<SessionReport & { scale: number }> = [];
  for (const session of sessions) {
    const active = fields.map((_, g) => g !== session.f);
    const result = expectationMaximisation(session.vectors, { active, u });
    result.m.forEach((row, g) => {
      if (!active[g]) return;
      const weight = result.presentMatches[g] ?? 0;
      mWeights[g] = (mWeights[g] ?? 0) + weight;
      const sums = mSums[g] as number[];
      row.forEach((value, k) => {
        sums[k] = (sums[k] ?? 0) + value * weight;
      });
    });
    reports.push({
      field: session.field,
      pairs: session.vectors.rows,
      lambda: result.lambda,
      expectedMatches: result.expectedMatches,
      iterations: result.iterations,
      converged: result.converged,
      scale: session.scale,
    });
  }
  const parameters = fields.map((field, f) => {
    const weight = mWeights[f] ?? 0;
    const uRow = u[f] as number[];
    // A field no session could estimate (always missing) gets m = u: weight zero, neutral.
    const m = weight > 0 ? (mSums[f] as number[]).map((s) => s / weight) : [...uRow];
    return { field: field.field, levels: [...field.levels], m: floorAtDifferent(m, uRow), u: uRow };
  });
  return { parameters, sessions: reports };
}

/**
 * No level of agreement may count against a match more than outright difference does (the last
 * level): a level that the training data hardly ever shows among matches (say, nicknames in a
 * file without any) would otherwise get a large negative weight from a near-zero m. Such levels
 * are raised to the weight of 'different', and m is renormalised.
 */
export function floorAtDifferent(m: readonly number[], u: readonly number[]): number[] {
  const last = m.length - 1;
  const ratio = (m[last] as number) / (u[last] as number);
  const raised = m.map((value, k) => (k === last ? value : Math.max(value, (u[k] as number) * ratio)));
  const total = raised.reduce((sum, value) => sum + value, 0);
  return raised.map((value) => value / total);
}

/** Pairs of records with the same value of `field`; large groups are sampled down to `maxGroup` records. */
function sessionPairs(
  records: readonly NormalisedRecord[],
  field: FieldComparison,
  limits: { maxGroup: number; maxPairs: number },
  random: () => number,
): { pairs: Array<[number, number]>; scale: number } {
  const groups = new Map<string, number[]>();
  records.forEach((record, i) => {
    const value = field.exactValue(record);
    if (value === null) return;
    const group = groups.get(value);
    if (group) group.push(i);
    else groups.set(value, [i]);
  });
  let allPairs = 0;
  let kept = 0;
  const sampled: number[][] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    allPairs += (group.length * (group.length - 1)) / 2;
    const members = group.length > limits.maxGroup ? sample(group, limits.maxGroup, random) : group;
    kept += (members.length * (members.length - 1)) / 2;
    sampled.push(members);
  }
  // A large index (a million children share ~6,500 birthdays) is thinned to about maxPairs pairs.
  const keep = Math.min(1, limits.maxPairs / Math.max(kept, 1));
  const pairs: Array<[number, number]> = [];
  for (const members of sampled) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        if (keep === 1 || random() < keep) pairs.push([members[x] as number, members[y] as number]);
      }
    }
  }
  return { pairs, scale: pairs.length > 0 ? allPairs / pairs.length : 1 };
}

function sample(items: readonly number[], size: number, random: () => number): number[] {
  const copy = [...items];
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as number, copy[i] as number];
  }
  return copy.slice(0, size);
}

function estimateLambda(
  records: readonly NormalisedRecord[],
  fields: readonly FieldComparison[],
  parameters: readonly FieldParameters[],
  sessions: ReadonlyArray<SessionReport & { scale: number }>,
): number {
  const n = records.length;
  const allPairs = (n * (n - 1)) / 2;
  if (allPairs === 0) return 0.5;
  const logs: number[] = [];
  for (const session of sessions) {
    const f = fields.findIndex((field) => field.field === session.field);
    const field = fields[f];
    const mExact = parameters[f]?.m[0];
    if (!field || mExact === undefined) continue;
    const filled = records.filter((record) => field.exactValue(record) !== null).length / n;
    const matches = (session.expectedMatches * session.scale) / (mExact * filled * filled);
    if (matches > 0 && Number.isFinite(matches)) logs.push(Math.log(matches));
  }
  // Without any session, assume about one duplicate pair per record.
  const matches = logs.length > 0 ? Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length) : n;
  return Math.min(Math.max(matches / allPairs, 1 / allPairs), 0.5);
}

/**
 * Fit the model from pairs known to be the same person (planted duplicates in a synthetic city,
 * or merges a manager has reviewed) instead of by EM:
 * - m from the known matches, each level counted where both records have the field, pulled
 *   gently towards u (pseudo-count 1) and floored at 'different' as `trainModel` does;
 * - u from random pairs, leaving the known matches out;
 * - lambda as the known matches over all pairs.
 * EM on records with brothers and sisters finds households, not people: siblings share a
 * surname, an address, a phone and a school, so EM learns that different first names and dates
 * of birth are usual among "matches". Known matches do not make that mistake.
 */
export function trainModelFromMatches(
  records: readonly NormalisedRecord[],
  matches: ReadonlyArray<readonly [number, number]>,
  context: ComparisonContext,
  options: Pick<TrainingOptions, 'seed' | 'maxRandomPairs' | 'fields'> = {},
): { model: MatchModel; report: TrainingReport } {
  const fields = options.fields ?? fieldComparisons;
  const random = seededRandom(options.seed ?? defaultTraining.seed);
  const known = new Set(matches.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  const randomOnly = randomPairs(
    records.length,
    options.maxRandomPairs ?? defaultTraining.maxRandomPairs,
    random,
  ).filter(([a, b]) => !known.has(a < b ? `${a}|${b}` : `${b}|${a}`));
  const u = estimateU(compareVectors(fields, records, randomOnly, context));
  const matched = compareVectors(
    fields,
    records,
    matches.map(([a, b]) => [a, b] as [number, number]),
    context,
  );
  const counts = fields.map((field) => field.levels.map(() => 0));
  for (let row = 0; row < matched.rows; row++) {
    for (let f = 0; f < fields.length; f++) {
      const level = matched.levels[row * fields.length + f] as number;
      if (level < 0) continue;
      const fieldCounts = counts[f] as number[];
      fieldCounts[level] = (fieldCounts[level] ?? 0) + 1;
    }
  }
  const parameters = fields.map((field, f) => {
    const uRow = u[f] as number[];
    const m = smooth(counts[f] as number[], uRow);
    return { field: field.field, levels: [...field.levels], m: floorAtDifferent(m, uRow), u: uRow };
  });
  const n = records.length;
  const allPairs = (n * (n - 1)) / 2;
  const lambda = allPairs > 0 ? Math.min(Math.max(matches.length / allPairs, 1 / allPairs), 0.5) : 0.5;
  return {
    model: {
      parameters: { version: 1, fields: parameters, lambda },
      frequencies: countTermFrequencies(fields, records),
    },
    report: { records: n, randomPairs: randomOnly.length, rounds: 0, sessions: [], lambda },
  };
}

/**
 * A model moved to another population: u and the term frequencies from its own records (random
 * pairs of them are almost all different children, so u needs no labels), m and lambda kept.
 * How an authority's model is trained from its own children (decision 0007).
 */
export function refitToRecords(
  model: MatchModel,
  records: readonly NormalisedRecord[],
  context: ComparisonContext,
  options: Pick<TrainingOptions, 'seed' | 'maxRandomPairs' | 'fields'> = {},
): { model: MatchModel; report: TrainingReport } {
  const fields = options.fields ?? fieldComparisons;
  const random = seededRandom(options.seed ?? defaultTraining.seed);
  const vectors = compareVectors(
    fields,
    records,
    randomPairs(records.length, options.maxRandomPairs ?? defaultTraining.maxRandomPairs, random),
    context,
  );
  const u = estimateU(vectors);
  const parameters = fields.map((field, f) => {
    const uRow = u[f] as number[];
    const base = model.parameters.fields.find((p) => p.field === field.field);
    const m = base ? [...base.m] : [...uRow];
    return { field: field.field, levels: [...field.levels], m: floorAtDifferent(m, uRow), u: uRow };
  });
  return {
    model: {
      parameters: { version: 1, fields: parameters, lambda: model.parameters.lambda },
      frequencies: countTermFrequencies(fields, records),
    },
    report: {
      records: records.length,
      randomPairs: vectors.rows,
      rounds: 0,
      sessions: [],
      lambda: model.parameters.lambda,
    },
  };
}
