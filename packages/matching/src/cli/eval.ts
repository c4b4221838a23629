/**
 * `pnpm match:eval FILE.csv`: deduplicate a labelled file (Febrl, Febrl generator or Splink
 * format) with the matching engine and print pairwise precision, recall and F1 at the 'likely'
 * threshold, blocking recall and lookup latency. The last line is one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { evaluateDataSet } from '../eval/evaluate';
import { DataFormatError, parseDataSet, parseLabels } from '../eval/formats';
import { pairKey } from '../eval/metrics';
import { loadNameVariants } from '../names/variants';
import { bandThresholds } from '../score/score';

function main(argv: readonly string[]): number {
  const [file] = argv;
  if (!file) {
    process.stderr.write('Usage: pnpm match:eval FILE.csv\n');
    return 2;
  }
  // pnpm --filter runs this in the package folder; the file is named relative to where pnpm was called.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const started = performance.now();
  const dataSet = parseDataSet(readFileSync(path, 'utf8'));
  const context = { variants: loadNameVariants() };
  const result = evaluateDataSet(dataSet, context);
  const { metrics, lookup, timings, training } = result;
  const totalMs = performance.now() - started;

  const out: string[] = [];
  const fixed = (x: number, digits = 4) => x.toFixed(digits);
  out.push(`${basename(path)} (${dataSet.format})`);
  out.push(`  records            ${result.records}`);
  out.push(`  true pairs         ${result.truePairs}`);
  out.push(`  candidate pairs    ${result.candidatePairs} (${fixed(lookup.meanCandidates, 1)} candidates per record)`);
  out.push(`  blocking recall    ${fixed(result.blockingRecall)} (share of true pairs that share a blocking key)`);
  out.push(`  threshold          match probability >= ${result.threshold} ('likely' or 'certain')`);
  out.push(`  predicted pairs    ${metrics.predicted} (${metrics.truePositives} true)`);
  out.push(`  precision          ${fixed(metrics.precision)}`);
  out.push(`  recall             ${fixed(metrics.recall)}`);
  out.push(`  F1                 ${fixed(metrics.f1)}`);

  // The same scores at the other band edges, for reading the trade-off (the headline stays at 'likely').
  for (const [band, p] of Object.entries(bandThresholds)) {
    const at = result.metricsAt(p);
    out.push(
      `    at ${band.padEnd(8)} (p >= ${p}): precision ${fixed(at.precision)} recall ${fixed(at.recall)} F1 ${fixed(at.f1)}`,
    );
  }

  out.push(
    `  lookup latency     p50 ${fixed(lookup.p50, 3)} ms, p95 ${fixed(lookup.p95, 3)} ms, max ${fixed(lookup.max, 2)} ms (find and score one record's candidates, in memory)`,
  );
  out.push(
    `  training           ${training.randomPairs} random pairs for u; EM sessions ${training.sessions
      .map((s) => `${s.field} (${s.pairs} pairs, ${s.iterations} iterations)`)
      .join(', ')}; prior ${training.lambda.toExponential(2)}`,
  );
  out.push(
    `  time               ${fixed(totalMs / 1000, 2)} s (train ${fixed(timings.trainMs / 1000, 2)} s, index ${fixed(timings.indexMs / 1000, 2)} s, lookups ${fixed(timings.lookupMs / 1000, 2)} s)`,
  );

  const extra: Record<string, number> = {};
  const labelsPath = path.replace(/\.csv$/i, '_labels.csv');
  if (labelsPath !== path && existsSync(labelsPath)) {
    // Splink's published figure is measured on its reviewed pairs only: report that too.
    const positions = new Map(result.normalised.map((record, i) => [record.id, i]));
    const labels = parseLabels(readFileSync(labelsPath, 'utf8'));
    const cutoff = Math.log2(result.threshold / (1 - result.threshold));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const label of labels) {
      const i = positions.get(label.left);
      const j = positions.get(label.right);
      if (i === undefined || j === undefined) continue;
      const weight = result.scored.get(pairKey(i, j, result.records));
      const predicted = weight !== undefined && weight >= cutoff;
      if (predicted && label.match) tp++;
      else if (predicted) fp++;
      else if (label.match) fn++;
    }
    const precision = tp / Math.max(tp + fp, 1);
    const recall = tp / Math.max(tp + fn, 1);
    extra.labelled_pairs = labels.length;
    extra.labelled_f1 = (2 * precision * recall) / Math.max(precision + recall, 1e-12);
    out.push(
      `  reviewed labels    ${labels.length} pairs in ${basename(labelsPath)}: precision ${fixed(precision)} recall ${fixed(recall)} F1 ${fixed(extra.labelled_f1)}`,
    );
  }

  const summary = {
    file: basename(path),
    format: dataSet.format,
    records: result.records,
    true_pairs: result.truePairs,
    precision: round(metrics.precision),
    recall: round(metrics.recall),
    f1: round(metrics.f1),
    blocking_recall: round(result.blockingRecall),
    threshold: result.threshold,
    candidate_pairs: result.candidatePairs,
    lookup_p50_ms: round(lookup.p50),
    lookup_p95_ms: round(lookup.p95),
    total_s: round(totalMs / 1000, 2),
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, round(v)])),
  };
  out.push(JSON.stringify(summary));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof DataFormatError || (error instanceof Error && 'code' in error && error.code === 'ENOENT')) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
