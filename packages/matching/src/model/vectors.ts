import type { ComparisonContext, FieldComparison } from '../compare/fields';
import type { NormalisedRecord } from '../normalise/record';

/** Missing on either side: the field says nothing about the pair. */
export const MISSING = -1;

/**
 * Comparison vectors for many pairs, one row of level indices per pair (MISSING where a value is
 * missing), packed in one typed array so that EM over hundreds of thousands of pairs stays fast.
 */
export type ComparisonVectors = { fields: readonly FieldComparison[]; rows: number; levels: Int8Array };

export function levelIndex(field: FieldComparison, level: string | null): number {
  if (level === null) return MISSING;
  const index = field.levels.indexOf(level);
  if (index === -1) throw new RangeError(`Unknown level ${level} for ${field.field}`);
  return index;
}

export function compareVector(
  fields: readonly FieldComparison[],
  a: NormalisedRecord,
  b: NormalisedRecord,
  context: ComparisonContext,
  into: Int8Array = new Int8Array(fields.length),
  offset = 0,
): Int8Array {
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f] as FieldComparison;
    into[offset + f] = levelIndex(field, field.compare(a, b, context));
  }
  return into;
}

export function compareVectors(
  fields: readonly FieldComparison[],
  records: readonly NormalisedRecord[],
  pairs: ReadonlyArray<readonly [number, number]>,
  context: ComparisonContext,
): ComparisonVectors {
  const levels = new Int8Array(pairs.length * fields.length);
  pairs.forEach(([i, j], row) => {
    compareVector(
      fields,
      records[i] as NormalisedRecord,
      records[j] as NormalisedRecord,
      context,
      levels,
      row * fields.length,
    );
  });
  return { fields, rows: pairs.length, levels };
}
