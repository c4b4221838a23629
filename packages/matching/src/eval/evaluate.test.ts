import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNameVariants } from '../names/variants';
import { syntheticChildren } from '../testing/synthetic-children';
import { evaluateDataSet } from './evaluate';
import { parseDataSet } from './formats';

const context = { variants: loadNameVariants() };

describe('evaluateDataSet', { timeout: 60_000 }, () => {
  it('deduplicates synthetic UK children with high precision and recall', () => {
    const children = syntheticChildren({ people: 300, duplicateRate: 0.6, seed: 11 });
    const result = evaluateDataSet(
      { format: 'splink', records: children.map((c) => ({ record: c.record, entity: String(c.person) })) },
      context,
    );
    expect(result.blockingRecall).toBe(1);
    expect(result.metrics.f1).toBeGreaterThan(0.95);
    expect(result.lookup.p95).toBeGreaterThan(0);
  });

  // The shared data sets sit beside the repository (../shared/data); skipped where they are absent.
  const dataset1 = new URL('../../../../../shared/data/matching/febrl/dataset1.csv', import.meta.url);
  it.skipIf(!existsSync(dataset1))(
    'keeps pairwise F1 on Febrl dataset 1 above 0.99, with every true pair reached by blocking',
    () => {
      const result = evaluateDataSet(parseDataSet(readFileSync(dataset1, 'utf8')), context);
      expect(result.records).toBe(1000);
      expect(result.truePairs).toBe(500);
      expect(result.blockingRecall).toBeGreaterThan(0.995);
      expect(result.metrics.f1).toBeGreaterThan(0.99);
    },
  );
});
