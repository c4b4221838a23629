import { describe, expect, it } from 'vitest';
import { blockingKeys, bucketLimit, keyLookups } from '../blocking/keys';
import { normaliseRecord } from '../normalise/record';
import { loadBundledModel, modelForIndexSize } from './bundled';

describe('the bundled model and its prior', () => {
  it('loads the model shipped with the package, with what it was trained on', () => {
    const bundled = loadBundledModel();
    expect(bundled.records).toBeGreaterThan(1000);
    expect(bundled.model.parameters.lambda).toBeGreaterThan(0);
    expect(bundled.model.parameters.fields.map((f) => f.field)).toContain('dateOfBirth');
  });

  it('scales the prior as 1/N from the index it was trained on, never above it', () => {
    const { model } = loadBundledModel();
    const lambda = model.parameters.lambda;
    expect(modelForIndexSize(model, 20_000, 200_000).parameters.lambda).toBeCloseTo(lambda / 10, 12);
    expect(modelForIndexSize(model, 20_000, 1_000_000).parameters.lambda).toBeCloseTo(lambda / 50, 12);
    // A small index (a new authority) keeps the trained prior rather than inflating it.
    expect(modelForIndexSize(model, 20_000, 50).parameters.lambda).toBe(lambda);
    expect(modelForIndexSize(model, 500, 50).parameters.lambda).toBeCloseTo(lambda / 2, 12);
    // m and u are untouched.
    expect(modelForIndexSize(model, 20_000, 1_000_000).parameters.fields).toBe(model.parameters.fields);
  });
});

describe('key lookups', () => {
  it('pairs every key with its bucket limit', () => {
    const record = normaliseRecord({
      id: '1',
      givenNames: 'Amelia',
      familyName: 'Whitaker',
      dateOfBirth: '2012-03-14',
    });
    const lookups = keyLookups(record);
    expect(lookups.map((l) => l.key)).toEqual(blockingKeys(record));
    for (const lookup of lookups) expect(lookup.limit).toBe(bucketLimit(lookup.key));
    expect(lookups.find((l) => l.key.startsWith('g:'))?.limit).toBe(50);
    expect(lookups.find((l) => l.key.startsWith('dob:'))?.limit).toBe(1000);
  });
});
