import { CandidateIndex } from '../blocking/candidate-index';
import type { ComparisonContext } from '../compare/fields';
import { defaultTraining, type TrainingReport, trainModel } from '../model/train';
import { type NormalisedRecord, normaliseRecord } from '../normalise/record';
import { matchThreshold, Scorer } from '../score/score';
import type { LabelledDataSet } from './formats';
import { type PairMetrics, pairKey, pairMetrics, quantile, truthPairs } from './metrics';

export type Evaluation = {
  records: number;
  truePairs: number;
  candidatePairs: number;
  blockingRecall: number;
  threshold: number;
  metrics: PairMetrics;
  /** Per record: milliseconds to find its candidates in the index and score them all. */
  lookup: { p50: number; p95: number; max: number; meanCandidates: number };
  timings: { normaliseMs: number; trainMs: number; indexMs: number; lookupMs: number };
  training: TrainingReport;
  /** Scored candidate pairs (see `pairKey`) with their weights, for further analysis. */
  scored: Map<number, number>;
  truth: Set<number>;
  /** Precision, recall and F1 if pairs at or above probability `p` were called matches. */
  metricsAt(p: number): PairMetrics;
  normalised: NormalisedRecord[];
  scorer: Scorer;
};

/**
 * Deduplicate a labelled data set with the engine exactly as the child index will use it: train
 * on the records (no labels), index every record under its blocking keys, look each record up
 * (find candidates, score them), and call a pair a match at the 'likely' threshold.
 */
export function evaluateDataSet(dataSet: LabelledDataSet, context: ComparisonContext): Evaluation {
  const n = dataSet.records.length;
  let start = performance.now();
  const normalised = dataSet.records.map(({ record }) => normaliseRecord(record));
  const normaliseMs = performance.now() - start;

  start = performance.now();
  const { model, report } = trainModel(normalised, context, defaultTraining);
  const scorer = new Scorer(model, context);
  const trainMs = performance.now() - start;

  start = performance.now();
  const index = new CandidateIndex();
  for (const record of normalised) index.add(record);
  const indexMs = performance.now() - start;

  const scored = new Map<number, number>();
  const latencies: number[] = [];
  let candidateCount = 0;
  start = performance.now();
  for (let i = 0; i < n; i++) {
    const record = normalised[i] as NormalisedRecord;
    const began = performance.now();
    const candidates = index.candidates(record, i);
    const weights: Array<[number, number]> = [];
    for (const j of candidates) weights.push([j, scorer.weight(record, normalised[j] as NormalisedRecord)]);
    latencies.push(performance.now() - began);
    candidateCount += candidates.size;
    for (const [j, weight] of weights) if (i < j) scored.set(pairKey(i, j, n), weight);
  }
  const lookupMs = performance.now() - start;

  const truth = truthPairs(dataSet.records.map((r) => r.entity));
  let reached = 0;
  for (const pair of truth) if (scored.has(pair)) reached++;
  const metricsAt = (p: number) => {
    const cutoff = Math.log2(p / (1 - p));
    return pairMetrics(
      [...scored].filter(([, weight]) => weight >= cutoff).map(([pair]) => pair),
      truth,
    );
  };
  latencies.sort((a, b) => a - b);

  return {
    records: n,
    truePairs: truth.size,
    candidatePairs: scored.size,
    blockingRecall: truth.size === 0 ? 1 : reached / truth.size,
    threshold: matchThreshold,
    metrics: metricsAt(matchThreshold),
    lookup: {
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      max: latencies.at(-1) ?? 0,
      meanCandidates: candidateCount / Math.max(n, 1),
    },
    timings: { normaliseMs, trainMs, indexMs, lookupMs },
    training: report,
    scored,
    truth,
    metricsAt,
    normalised,
    scorer,
  };
}
