/** A pair of record positions as one number (smaller position first), for sets of pairs. */
export function pairKey(i: number, j: number, n: number): number {
  return i < j ? i * n + j : j * n + i;
}

/** Every pair of records that belong to the same person. */
export function truthPairs(entities: readonly string[]): Set<number> {
  const n = entities.length;
  const byEntity = new Map<string, number[]>();
  entities.forEach((entity, i) => {
    const group = byEntity.get(entity);
    if (group) group.push(i);
    else byEntity.set(entity, [i]);
  });
  const pairs = new Set<number>();
  for (const group of byEntity.values()) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) pairs.add(pairKey(group[x] as number, group[y] as number, n));
    }
  }
  return pairs;
}

export type PairMetrics = {
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
};

export function pairMetrics(predicted: Iterable<number>, truth: ReadonlySet<number>): PairMetrics {
  let count = 0;
  let truePositives = 0;
  for (const pair of predicted) {
    count++;
    if (truth.has(pair)) truePositives++;
  }
  const precision = count === 0 ? 1 : truePositives / count;
  const recall = truth.size === 0 ? 1 : truePositives / truth.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predicted: count, truePositives, precision, recall, f1 };
}

/** The value at quantile q (0–1) of already sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] as number;
}
