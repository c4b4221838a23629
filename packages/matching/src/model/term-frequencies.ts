import type { FieldComparison, FieldName } from '../compare/fields';
import type { NormalisedRecord } from '../normalise/record';

/**
 * How often each value occurs, per field, for the fields with term-frequency adjustment: two
 * records that are both 'Smith' say less than two that are both 'Wojciechowski'.
 */
export type TermFrequencies = {
  /** field → value → number of records with it. */
  counts: Partial<Record<FieldName, Record<string, number>>>;
  /** field → number of records with any value. */
  totals: Partial<Record<FieldName, number>>;
};

export function countTermFrequencies(
  fields: readonly FieldComparison[],
  records: readonly NormalisedRecord[],
): TermFrequencies {
  const counts: TermFrequencies['counts'] = {};
  const totals: TermFrequencies['totals'] = {};
  for (const field of fields) {
    if (!field.termFrequency) continue;
    const table: Record<string, number> = Object.create(null);
    let total = 0;
    for (const record of records) {
      const value = field.exactValue(record);
      if (value === null) continue;
      table[value] = (table[value] ?? 0) + 1;
      total++;
    }
    counts[field.field] = table;
    totals[field.field] = total;
  }
  return { counts, totals };
}

/**
 * The share of records holding `value` in `field`, or null when the field has no table. A value
 * not yet counted (a new record being looked up) counts once.
 */
export function termFrequency(frequencies: TermFrequencies, field: FieldName, value: string): number | null {
  const table = frequencies.counts[field];
  const total = frequencies.totals[field];
  if (!table || !total) return null;
  return Math.max(table[value] ?? 0, 1) / total;
}
