import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../blocking/candidate-index';
import { loadNameVariants } from '../names/variants';
import { normaliseRecord } from '../normalise/record';
import { matchThreshold, Scorer } from '../score/score';
import { syntheticChildren } from '../testing/synthetic-children';
import { defaultTraining, trainModel } from './train';

const context = { variants: loadNameVariants() };
const children = syntheticChildren({ people: 400, duplicateRate: 0.5, seed: 7 });
const records = children.map((c) => normaliseRecord(c.record));
const { model, report } = trainModel(records, context);
const parameters = (field: string) => model.parameters.fields.find((f) => f.field === field);

// Training is the slow part of the package: allow for a busy machine.
describe('trainModel on synthetic children, without labels', { timeout: 30_000 }, () => {
  it('runs one EM session per default field and the default number of rounds', () => {
    expect(report.sessions.map((s) => s.field)).toEqual([...defaultTraining.sessions]);
    expect(report.rounds).toBe(defaultTraining.rounds);
    expect(report.randomPairs).toBe((records.length * (records.length - 1)) / 2);
    expect(report.sessions.every((s) => s.converged)).toBe(true);
  });

  it('estimates the prior close to the true share of matching pairs', () => {
    const duplicates = records.length - 400;
    const truth = duplicates / report.randomPairs;
    expect(model.parameters.lambda / truth).toBeGreaterThan(0.5);
    expect(model.parameters.lambda / truth).toBeLessThan(2);
  });

  it('learns that agreement is common among matches and rare among random pairs', () => {
    for (const field of ['givenName', 'familyName', 'dateOfBirth', 'nhsNumber']) {
      const p = parameters(field);
      expect(p?.m[0], field).toBeGreaterThan(0.5);
      expect(p?.u[0], field).toBeLessThan(0.1);
      expect((p?.m.at(-1) ?? 1) < (p?.u.at(-1) ?? 0), field).toBe(true);
    }
  });

  it('leaves fields that are never filled in neutral (m = u)', () => {
    const school = parameters('school');
    expect(school?.m).toEqual(school?.u);
  });

  it('finds the duplicates and nothing else at the match threshold', () => {
    const scorer = new Scorer(model, context);
    const index = new CandidateIndex();
    for (const record of records) index.add(record);
    let found = 0;
    let wrong = 0;
    records.forEach((record, i) => {
      for (const j of index.candidates(record, i)) {
        if (j < i || scorer.score(record, records[j] as (typeof records)[number]).probability < matchThreshold)
          continue;
        if (children[i]?.person === children[j]?.person) found++;
        else wrong++;
      }
    });
    expect(found / (records.length - 400)).toBeGreaterThan(0.9);
    expect(wrong).toBeLessThanOrEqual(2);
  });

  it('is reproducible: the same records give the same model', () => {
    const some = records.slice(0, 150);
    expect(trainModel(some, context).model).toEqual(trainModel(some, context).model);
  });
});
