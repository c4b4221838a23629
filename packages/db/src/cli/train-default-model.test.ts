import {
  loadBundledModel,
  loadNameVariants,
  type MatchBand,
  modelForIndexSize,
  normaliseRecord,
  Scorer,
} from '@ecaf/matching';
import { describe, expect, it } from 'vitest';
import { matchRecordOf } from '../queries/matching';
import { plantDuplicates } from '../seed/planted-duplicates';
import { generateFamilies, mulberry32, type SyntheticChild } from '../seed/synthetic-children';

/**
 * The model `pnpm match:train-default` writes (packages/matching/model/default-model.json), as
 * an authority without a trained model of its own scores with it: loaded by @ecaf/matching and
 * moved to the size of the index.
 */
const today = '2026-11-23';
const families = [...generateFamilies(6000, 314, { today })];
const children = families.flatMap((f) => f.children).filter((c) => !c.isUnborn);
const record = (c: SyntheticChild) => normaliseRecord(matchRecordOf(c));
const rank: Record<MatchBand, number> = { unlikely: 0, possible: 1, likely: 2, certain: 3 };

describe('the bundled default model', () => {
  const bundled = loadBundledModel();
  const context = { variants: loadNameVariants() };

  it('loads, and says what it was trained on', () => {
    expect(bundled.records).toBeGreaterThan(20_000);
    expect(bundled.trainedOn).toMatch(/synthetic/);
    expect(bundled.model.parameters.lambda).toBeGreaterThan(0);
    expect(bundled.model.parameters.fields.map((f) => f.field)).toContain('givenName');
  });

  for (const indexSize of [1_000, 200_000, 1_000_000]) {
    const scorer = new Scorer(modelForIndexSize(bundled.model, bundled.records, indexSize), context);

    it(`at ${indexSize.toLocaleString('en-GB')} children, scores a planted nickname duplicate as at least likely`, () => {
      const nicknamed = plantDuplicates(children, { seed: 9, rate: 1, today }).filter(
        (p) => p.errors.length === 1 && p.errors[0] === 'nickname',
      );
      expect(nicknamed.length).toBeGreaterThan(20);
      for (const { original, duplicate } of nicknamed) {
        const score = scorer.score(record(duplicate), record(original));
        expect(
          rank[score.band],
          `${duplicate.givenNames} / ${original.givenNames}: ${score.explanation}`,
        ).toBeGreaterThanOrEqual(rank.likely);
        expect(score.explanation).toMatch(/nickname|form of|variant/i);
      }
    });

    it(`at ${indexSize.toLocaleString('en-GB')} children, scores two unrelated children as unlikely`, () => {
      const rng = mulberry32(indexSize);
      for (let i = 0; i < 200; i++) {
        const f = families[Math.floor(rng() * families.length)];
        const g = families[Math.floor(rng() * families.length)];
        const a = f?.children.find((c) => !c.isUnborn);
        const b = g?.children.find((c) => !c.isUnborn);
        if (!f || !g || !a || !b || f === g || f.address === g.address) continue;
        const score = scorer.score(record(a), record(b));
        expect(
          score.band,
          `${a.givenNames} ${a.familyName} / ${b.givenNames} ${b.familyName}: ${score.explanation}`,
        ).toBe('unlikely');
      }
    });
  }
});
