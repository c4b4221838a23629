import { readFileSync } from 'node:fs';
import type { MatchModel } from './train';

/**
 * The model shipped with eCAF (`model/default-model.json`), used by an authority until a
 * duplicate review trains one on its own children. It was trained, with the same procedure as
 * every other model, on a synthetic English city (see `trainedOn`); regenerate it with
 * `pnpm match:train-default`.
 */
export type BundledModel = {
  model: MatchModel;
  /** Records it was trained on: the prior is scaled from this to the size of the index. */
  records: number;
  trainedOn: string;
};

let bundled: BundledModel | undefined;

export function loadBundledModel(): BundledModel {
  bundled ??= JSON.parse(
    readFileSync(new URL('../../model/default-model.json', import.meta.url), 'utf8'),
  ) as BundledModel;
  return bundled;
}

/**
 * The model with its prior (lambda, the chance that two records picked at random are the same
 * child) moved from the index it was trained on to an index of `indexSize` children: each child
 * has about as many duplicates whatever the size, so lambda falls as 1/N. Small indexes (a new
 * authority, the demo) are treated as 1,000 children, so a prior never grows beyond what the
 * training saw.
 */
export function modelForIndexSize(model: MatchModel, trainedOn: number, indexSize: number): MatchModel {
  const scale = trainedOn / Math.max(indexSize, 1000, 1);
  const lambda = Math.min(model.parameters.lambda * Math.min(scale, 1), 0.5);
  return { ...model, parameters: { ...model.parameters, lambda } };
}
