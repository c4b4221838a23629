import type { NormalisedRecord } from '../normalise/record';
import { type BlockingKey, blockingKeys, bucketLimit, minimumSharedKeys, soloBucketLimit } from './keys';

/**
 * An in-memory version of the key table the database will hold: key → records. Keys shared by
 * more records than their `bucketLimit` are skipped at lookup (as the database query will skip
 * them), so one very common key cannot flood a search with candidates.
 */
export class CandidateIndex {
  private readonly buckets = new Map<BlockingKey, number[]>();
  readonly records: NormalisedRecord[] = [];

  add(record: NormalisedRecord): number {
    const position = this.records.length;
    this.records.push(record);
    for (const key of blockingKeys(record)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(position);
      else this.buckets.set(key, [position]);
    }
    return position;
  }

  /**
   * Positions of the records that share with `record` a key held by few (`soloBucketLimit`), or
   * at least `minimumSharedKeys` keys (itself excluded when it is in the index): the rule the
   * database's candidate query applies.
   */
  candidates(record: NormalisedRecord, self?: number): Set<number> {
    const keys = blockingKeys(record);
    const minimum = minimumSharedKeys(keys.length);
    const shared = new Map<number, number>();
    const found = new Set<number>();
    for (const key of keys) {
      const bucket = this.buckets.get(key);
      if (!bucket || bucket.length > bucketLimit(key)) continue;
      const strong = bucket.length <= soloBucketLimit;
      for (const position of bucket) {
        if (position === self) continue;
        const count = (shared.get(position) ?? 0) + 1;
        shared.set(position, count);
        if (strong || count >= minimum) found.add(position);
      }
    }
    return found;
  }

  /** Bucket sizes by key kind: how many keys, the largest bucket and the mean, for sizing the table. */
  stats(): Array<{ kind: string; keys: number; largest: number; mean: number }> {
    const byKind = new Map<string, { keys: number; largest: number; total: number }>();
    for (const [key, bucket] of this.buckets) {
      const kind = key.slice(0, key.indexOf(':'));
      const entry = byKind.get(kind) ?? { keys: 0, largest: 0, total: 0 };
      entry.keys++;
      entry.total += bucket.length;
      entry.largest = Math.max(entry.largest, bucket.length);
      byKind.set(kind, entry);
    }
    return [...byKind].map(([kind, e]) => ({ kind, keys: e.keys, largest: e.largest, mean: e.total / e.keys }));
  }
}
