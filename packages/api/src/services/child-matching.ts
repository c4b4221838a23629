import {
  type CandidateRule,
  countIndexableChildren,
  type Database,
  type DbOrTx,
  failInterruptedDuplicateReviews,
  findMatchCandidates,
  findMergedRecords,
  getStoredMatchModel,
  listChildrenToIndex,
  type MatchCandidateRow,
  matchRecordOf,
  replaceChildMatchKeys,
} from '@ecaf/db';
import {
  blockingKeys,
  blockingKeysVersion,
  type ComparisonContext,
  keyLookups,
  loadBundledModel,
  loadNameVariants,
  type MatchModel,
  type MatchScore,
  minimumSharedKeys,
  modelForIndexSize,
  type NormalisedRecord,
  normaliseRecord,
  type PersonRecord,
  Scorer,
  soloBucketLimit,
} from '@ecaf/matching';

/**
 * The child index's matching (CH-1, CH-2), shared by the search screen, registration and the
 * duplicate review: candidates from the database's key table, scored in TypeScript by the
 * authority's Fellegi–Sunter model, each with its explanation.
 */

let comparisonContext: ComparisonContext | undefined;
export function matchingContext(): ComparisonContext {
  comparisonContext ??= { variants: loadNameVariants() };
  return comparisonContext;
}

export type ModelInUse = {
  scorer: Scorer;
  source: 'trained' | 'bundled';
  records: number;
  trainedAt: Date | null;
  indexSize: number;
};

type CachedModel = ModelInUse & { loadedAt: number };

/** Models are cached per database and authority; the index size behind the prior is refreshed every few minutes. */
const MODEL_TTL_MS = 5 * 60 * 1000;
const modelCache = new WeakMap<Database, Map<string, CachedModel>>();

export async function modelInUse(db: Database, authorityId: string, now = Date.now()): Promise<ModelInUse> {
  let perDb = modelCache.get(db);
  if (!perDb) {
    perDb = new Map();
    modelCache.set(db, perDb);
  }
  const cached = perDb.get(authorityId);
  if (cached && now - cached.loadedAt < MODEL_TTL_MS) return cached;
  const [stored, indexSize] = await Promise.all([
    getStoredMatchModel(db, authorityId),
    countIndexableChildren(db, authorityId),
  ]);
  const bundled = stored ? null : loadBundledModel();
  const model = (stored?.model as MatchModel | undefined) ?? (bundled as NonNullable<typeof bundled>).model;
  const records = stored?.records ?? (bundled as NonNullable<typeof bundled>).records;
  const entry: CachedModel = {
    scorer: new Scorer(modelForIndexSize(model, records, indexSize), matchingContext()),
    source: stored ? 'trained' : 'bundled',
    records,
    trainedAt: stored?.trainedAt ?? null,
    indexSize,
    loadedAt: now,
  };
  perDb.set(authorityId, entry);
  return entry;
}

/** Candidates scored per lookup at most: those sharing the most keys with it. */
const MAX_CANDIDATES = 500;

/** The blocking rule of @ecaf/matching, for the database's candidate query. */
export function candidateRule(lookupKeys: number): CandidateRule {
  return { soloBucketLimit, minimumSharedKeys: minimumSharedKeys(lookupKeys), max: MAX_CANDIDATES };
}

/** After a model is trained, the next lookup loads it. */
export function forgetModel(db: Database, authorityId: string): void {
  modelCache.get(db)?.delete(authorityId);
}

export type ChildMatch = { child: MatchCandidateRow; score: MatchScore };

const bandRank = { certain: 3, likely: 2, possible: 1, unlikely: 0 } as const;

/**
 * Which scored candidates to keep. Registration keeps 'possible' or better (CH-1), and anyone
 * with the same NHS number or UPN. A search
 * keeps those too, and also any candidate the details typed speak for on balance (evidence
 * above the prior): a surname alone can never make a child 'possible' in a big index, yet the
 * practitioner who typed it expects to see the children with that surname.
 */
export type MatchFilter = { minBand: 'certain' | 'likely' | 'possible'; orEvidence?: boolean };

function kept(score: MatchScore, prior: number, filter: MatchFilter): boolean {
  if (bandRank[score.band] >= bandRank[filter.minBand]) return true;
  // The same NHS number or UPN is always shown, whatever else differs: either it is the child,
  // or one of the two records holds a wrong number, and someone must look.
  if (score.fields.some((f) => (f.field === 'nhsNumber' || f.field === 'upn') && f.level === 'exact')) return true;
  return filter.orEvidence === true && score.weight - prior > 0;
}

/**
 * The children of the authority who may be the child described, best first: those sharing a
 * key with it, scored, and kept when at least `minBand`. Several descriptions (a one-word search
 * read as a first name and as a surname) are looked up together, each candidate scored by the
 * description that fits it best, and against the records merged into it (CH-2). The scorer comes from `modelInUse`, loaded before any
 * transaction: PGlite has one connection, so a query outside the transaction would wait for it.
 */
export async function findMatches(
  db: DbOrTx,
  scorer: Scorer,
  authorityId: string,
  described: readonly PersonRecord[],
  options: MatchFilter & { limit: number },
): Promise<ChildMatch[]> {
  const queries = described.map(normaliseRecord);
  const lookups = new Map<string, { key: string; limit: number }>();
  for (const query of queries) for (const lookup of keyLookups(query)) lookups.set(lookup.key, lookup);
  const candidates = await findMatchCandidates(db, authorityId, [...lookups.values()], candidateRule(lookups.size));
  const merged = await findMergedRecords(
    db,
    candidates.map((c) => c.id),
  );
  return scoreCandidates(scorer, queries, candidates, options, merged);
}

export function scoreCandidates(
  scorer: Scorer,
  queries: readonly NormalisedRecord[],
  candidates: readonly MatchCandidateRow[],
  options: MatchFilter & { limit: number },
  mergedRecords: ReadonlyArray<MatchCandidateRow & { mergedIntoId: string }> = [],
): ChildMatch[] {
  const lambda = scorer.model.parameters.lambda;
  const prior = Math.log2(lambda / (1 - lambda));
  const aliases = new Map<string, NormalisedRecord[]>();
  for (const row of mergedRecords) {
    const list = aliases.get(row.mergedIntoId) ?? [];
    list.push(normaliseRecord(matchRecordOf(row)));
    aliases.set(row.mergedIntoId, list);
  }
  const matches: ChildMatch[] = [];
  for (const candidate of candidates) {
    const records = [normaliseRecord(matchRecordOf(candidate)), ...(aliases.get(candidate.id) ?? [])];
    let best: MatchScore | null = null;
    for (const query of queries) {
      for (const record of records) {
        if (best && scorer.weight(query, record) <= best.weight) continue;
        best = scorer.score(query, record);
      }
    }
    if (best && kept(best, prior, options)) matches.push({ child: candidate, score: best });
  }
  return matches.sort((x, y) => y.score.weight - x.score.weight).slice(0, options.limit);
}

/** Index one child under its keys (registration; a merge undone). */
export async function indexChild(
  tx: DbOrTx,
  authorityId: string,
  row: Parameters<typeof matchRecordOf>[0],
): Promise<void> {
  const keys = blockingKeys(normaliseRecord(matchRecordOf(row)));
  await replaceChildMatchKeys(tx, { authorityId, childId: row.id, keys, version: blockingKeysVersion });
}

/**
 * Index every child whose keys are missing or from an older engine: children loaded before the
 * index existed, or after the keys changed. Run by the server at start; returns how many.
 */
export async function indexPendingChildren(db: Database, batchSize = 1000): Promise<number> {
  let indexed = 0;
  for (;;) {
    const batch = await listChildrenToIndex(db, blockingKeysVersion, batchSize);
    if (batch.length === 0) return indexed;
    await db.transaction(async (tx) => {
      for (const row of batch) await indexChild(tx, row.authorityId, row);
    });
    indexed += batch.length;
  }
}

/**
 * At server start: index children that lack keys, and mark as failed any duplicate review left
 * running by a server that stopped (a run lives in the process that started it).
 */
export async function prepareChildIndex(db: Database, now: Date): Promise<{ indexed: number; interrupted: number }> {
  const interrupted = await failInterruptedDuplicateReviews(db, now);
  const indexed = await indexPendingChildren(db);
  return { indexed, interrupted };
}
