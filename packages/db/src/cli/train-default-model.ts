import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type BundledModel,
  loadNameVariants,
  type MatchModel,
  modelForIndexSize,
  normaliseRecord,
  Scorer,
  trainModelFromMatches,
} from '@ecaf/matching';
import { matchRecordOf } from '../queries/matching';
import { plantDuplicates } from '../seed/planted-duplicates';
import { generateChildren, mulberry32 } from '../seed/synthetic-children';

/**
 * `pnpm match:train-default`: trains the model shipped with @ecaf/matching
 * (packages/matching/model/default-model.json), which an authority's index is scored with until
 * a duplicate review trains one on its own children (CH-1, CH-2).
 *
 * It trains on a synthetic English city: 20,000 children in families (siblings, twins) from the
 * seeded generator, plus planted duplicates of 5% of them carrying the slips practitioners make.
 * m comes from the planted pairs, which are known to be the same child (`trainModelFromMatches`),
 * u from random pairs. EM without labels is not used here: in a city of families it learns
 * households, not children, and scores brothers and sisters as the same child (decision 0007).
 * Everything is fixed (the seeds and the date ages are counted from), so a run gives the same
 * file. Then it checks the model on the planted pairs, on random pairs, and on siblings and twins.
 */

const CHILDREN = 20_000;
const SEED = 20_261;
const DUPLICATE_RATE = 0.05;
/** Ages are counted from this date, not today, so the file does not change from one day to the next. */
const TODAY = '2026-01-01';
/** The index size the check scores at: a large authority. */
const CHECK_INDEX_SIZE = 200_000;

/** Six significant figures are plenty for probabilities, and keep the file small. */
function compact(model: MatchModel): MatchModel {
  const six = (x: number) => Number(x.toPrecision(6));
  return {
    ...model,
    parameters: {
      ...model.parameters,
      lambda: six(model.parameters.lambda),
      fields: model.parameters.fields.map((f) => ({ ...f, m: f.m.map(six), u: f.u.map(six) })),
    },
  };
}

function modelPath(): string {
  const entry = createRequire(import.meta.url).resolve('@ecaf/matching');
  return join(dirname(entry), '..', 'model', 'default-model.json');
}

function main(): number {
  const started = performance.now();
  const children = [...generateChildren(CHILDREN, SEED, { today: TODAY })];
  const planted = plantDuplicates(children, { seed: SEED, rate: DUPLICATE_RATE, today: TODAY });
  const people = [...children, ...planted.map((p) => p.duplicate)];
  const records = people.map((c) => normaliseRecord(matchRecordOf(c)));
  const generatedMs = performance.now() - started;

  const context = { variants: loadNameVariants() };
  const trainingStarted = performance.now();
  const position = new Map(people.map((c, i) => [c.id, i]));
  const matches = planted.map((p) => [position.get(p.original.id) ?? -1, position.get(p.duplicate.id) ?? -1] as const);
  const { model, report } = trainModelFromMatches(records, matches, context);
  const trainingMs = performance.now() - trainingStarted;

  const twins = countTwins(children);
  const bundled: BundledModel = {
    model: compact(model),
    records: records.length,
    trainedOn:
      `a synthetic English city (seed ${SEED}, ages on ${TODAY}): ${CHILDREN.toLocaleString('en-GB')} children in families ` +
      `(siblings, ${twins} pairs of twins) and ${planted.length} planted duplicates with typical slips, ` +
      `${records.length.toLocaleString('en-GB')} records; m from the planted pairs, u from random pairs, with the bundled name variants`,
  };
  const text = `${JSON.stringify(bundled)}\n`;
  const path = modelPath();
  writeFileSync(path, text);

  // The check: planted pairs against random pairs, at the size of a large authority.
  const scorer = new Scorer(modelForIndexSize(bundled.model, bundled.records, CHECK_INDEX_SIZE), context);
  const byId = new Map(records.map((r) => [r.id, r]));
  const bands = { certain: 0, likely: 0, possible: 0, unlikely: 0 };
  for (const p of planted) {
    const a = byId.get(p.duplicate.id);
    const b = byId.get(p.original.id);
    if (a && b) bands[scorer.score(a, b).band]++;
  }
  const rng = mulberry32(SEED);
  let randomLikely = 0;
  const randomPairs = 20_000;
  for (let i = 0; i < randomPairs; i++) {
    const a = records[Math.floor(rng() * records.length)];
    const b = records[Math.floor(rng() * records.length)];
    if (a && b && a !== b && scorer.weight(a, b) >= 0) randomLikely++;
  }
  // Siblings and twins are different children who share a surname, a home and parents: the pairs
  // most easily taken for duplicates.
  const siblings = { pairs: 0, likely: 0 };
  const twinPairs = { pairs: 0, likely: 0 };
  for (let i = 1; i < children.length; i++) {
    const a = children[i - 1];
    const b = children[i];
    if (!a || !b || a.isUnborn || b.isUnborn || a.address !== b.address || a.familyName !== b.familyName) continue;
    const ra = byId.get(a.id);
    const rb = byId.get(b.id);
    if (!ra || !rb) continue;
    const tally = a.dateOfBirth === b.dateOfBirth ? twinPairs : siblings;
    tally.pairs++;
    if (scorer.weight(ra, rb) >= 0) tally.likely++;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`Trained on ${bundled.trainedOn}.`);
  out(
    `  generated and normalised in ${(generatedMs / 1000).toFixed(1)} s; trained in ${(trainingMs / 1000).toFixed(1)} s ` +
      `(${report.randomPairs.toLocaleString('en-GB')} random pairs, ${report.rounds} rounds, lambda ${report.lambda.toExponential(3)})`,
  );
  for (const s of report.sessions)
    out(
      `  session ${s.field}: ${s.pairs.toLocaleString('en-GB')} pairs, ${Math.round(s.expectedMatches)} expected matches, ${s.iterations} iterations${s.converged ? '' : ' (not converged)'}`,
    );
  out(`  wrote ${relative(process.cwd(), path)}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`);
  const likelyOrBetter = bands.certain + bands.likely;
  out(
    `  check at ${CHECK_INDEX_SIZE.toLocaleString('en-GB')} children: planted pairs ${likelyOrBetter} of ${planted.length} likely or certain ` +
      `(${bands.certain} certain, ${bands.likely} likely, ${bands.possible} possible, ${bands.unlikely} unlikely); ` +
      `random pairs likely or better: ${randomLikely} of ${randomPairs.toLocaleString('en-GB')}; ` +
      `siblings ${siblings.likely} of ${siblings.pairs}; twins ${twinPairs.likely} of ${twinPairs.pairs}`,
  );
  out(
    JSON.stringify({
      records: records.length,
      children: CHILDREN,
      planted: planted.length,
      training_s: Number((trainingMs / 1000).toFixed(1)),
      file_kb: Math.round(Buffer.byteLength(text) / 1024),
      lambda: report.lambda,
      planted_bands: bands,
      random_pairs_likely: randomLikely,
      sibling_pairs: siblings,
      twin_pairs: twinPairs,
    }),
  );
  return 0;
}

function countTwins(children: ReturnType<typeof generateChildren> extends Iterable<infer C> ? C[] : never): number {
  // Children of one family are consecutive: twins are neighbours with a surname, home and date of birth in common.
  let twins = 0;
  for (let i = 1; i < children.length; i++) {
    const a = children[i - 1];
    const b = children[i];
    if (a && b && a.dateOfBirth && a.dateOfBirth === b.dateOfBirth && a.address === b.address) twins++;
  }
  return twins;
}

process.exitCode = main();
