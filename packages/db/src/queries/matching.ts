import type { PersonRecord } from '@ecaf/matching';
import { and, asc, count, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { child } from '../schema/child';
import { appUser } from '../schema/identity';
import { childMatchKey, childMerge, duplicatePair, duplicateReviewRun, matchModel } from '../schema/matching';

/**
 * CH-1, CH-2: the child index's candidate search and its upkeep. Keys and bucket limits come from
 * @ecaf/matching; this file only stores and looks them up, with SQL that PostgreSQL and PGlite
 * both run (no extension, equality lookups on the primary key).
 */

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** What matching needs of a child, and what a list of matches shows (SH-3: identifying details only). */
export type MatchCandidateRow = {
  id: string;
  givenNames: string;
  familyName: string;
  isUnborn: boolean;
  motherName: string | null;
  sex: string;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  address: string | null;
  postcode: string | null;
  telephone: string | null;
  nhsNumber: string | null;
  upn: string | null;
  schoolName: string | null;
  hasOpenEpisode: boolean;
};

type CandidateSqlRow = {
  id: string;
  given_names: string;
  family_name: string;
  is_unborn: boolean;
  mother_name: string | null;
  sex: string;
  date_of_birth: string | null;
  expected_date_of_delivery: string | null;
  address: string | null;
  postcode: string | null;
  telephone: string | null;
  nhs_number: string | null;
  upn: string | null;
  school_name: string | null;
  has_open_episode: boolean;
};

// Dates as text: postgres.js and PGlite parse a `date` column differently.
const candidateColumns = sql.raw(`c.id, c.given_names, c.family_name, c.is_unborn, c.mother_name, c.sex::text as sex,
  to_char(c.date_of_birth, 'YYYY-MM-DD') as date_of_birth,
  to_char(c.expected_date_of_delivery, 'YYYY-MM-DD') as expected_date_of_delivery,
  c.address, c.postcode, c.telephone, c.nhs_number, c.upn, c.school_name,
  exists (select 1 from episode e where e.child_id = c.id and e.status <> 'closed') as has_open_episode`);

function candidateFromSql(r: CandidateSqlRow): MatchCandidateRow {
  return {
    id: r.id,
    givenNames: r.given_names,
    familyName: r.family_name,
    isUnborn: r.is_unborn,
    motherName: r.mother_name,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    expectedDateOfDelivery: r.expected_date_of_delivery,
    address: r.address,
    postcode: r.postcode,
    telephone: r.telephone,
    nhsNumber: r.nhs_number,
    upn: r.upn,
    schoolName: r.school_name,
    hasOpenEpisode: r.has_open_episode,
  };
}

export type KeyLookup = { key: string; limit: number };

export type CandidateRule = {
  /** A key held by at most this many children counts on its own. */
  soloBucketLimit: number;
  /** Otherwise a child must share at least this many keys with the lookup. */
  minimumSharedKeys: number;
  /** At most this many candidates, those sharing the most keys first. */
  max: number;
};

/**
 * The unmerged children of the authority worth scoring against the searched-for record: those
 * sharing with it a key held by few children, or enough keys (`CandidateRule`, from
 * @ecaf/matching). A key held by more children than its limit is skipped, as the in-memory
 * index skips it: so common a key says little and would flood the search. The children are
 * read by primary key from an array of ids: a join would have the planner, which cannot
 * estimate the ids, scan the whole child table.
 */
export async function findMatchCandidates(
  db: DbOrTx,
  authorityId: string,
  keys: readonly KeyLookup[],
  rule: CandidateRule,
): Promise<MatchCandidateRow[]> {
  if (keys.length === 0) return [];
  const result = await db.execute(sql`
    with q as (select key, lim from jsonb_to_recordset(${JSON.stringify(keys.map((k) => ({ key: k.key, lim: k.limit })))}::jsonb) as q(key text, lim int)),
    sized as materialized (
      select q.key, q.lim, (select count(*) from (
        select 1 from child_match_key k where k.authority_id = ${authorityId}::uuid and k.key = q.key limit q.lim + 1
      ) s) as n
      from q
    ),
    usable as (select key, n <= ${rule.soloBucketLimit}::int as solo from sized where n <= lim),
    hits as (
      select k.child_id, count(*) as shared, bool_or(u.solo) as solo
      from usable u
      join child_match_key k on k.authority_id = ${authorityId}::uuid and k.key = u.key
      group by k.child_id
    ),
    ids as (
      select child_id from hits
      where solo or shared >= ${rule.minimumSharedKeys}::int
      order by shared desc
      limit ${rule.max}::int
    )
    select ${candidateColumns}
    from child c
    where c.id = any (array(select child_id from ids)) and c.merged_into_id is null`);
  return rowsOf<CandidateSqlRow>(result).map(candidateFromSql);
}

export async function getMatchCandidates(db: DbOrTx, ids: readonly string[]): Promise<MatchCandidateRow[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select ${candidateColumns} from child c
    where c.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`);
  return rowsOf<CandidateSqlRow>(result).map(candidateFromSql);
}

/**
 * The records merged into these children (CH-2): a survivor is found under its merged records'
 * keys, and scored by their details too, so the old spelling or a number only the merged record
 * held still finds the child.
 */
export async function findMergedRecords(
  db: DbOrTx,
  survivorIds: readonly string[],
): Promise<Array<MatchCandidateRow & { mergedIntoId: string }>> {
  if (survivorIds.length === 0) return [];
  const result = await db.execute(sql`
    select ${candidateColumns}, c.merged_into_id from child c
    where c.merged_into_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(survivorIds)}::jsonb))`);
  return rowsOf<CandidateSqlRow & { merged_into_id: string }>(result).map((r) => ({
    ...candidateFromSql(r),
    mergedIntoId: r.merged_into_id,
  }));
}

/** Replace one child's keys (registration, a change of details, an undone merge). */
export async function replaceChildMatchKeys(
  db: DbOrTx,
  values: { authorityId: string; childId: string; keys: readonly string[]; version: number },
): Promise<void> {
  await db.delete(childMatchKey).where(eq(childMatchKey.childId, values.childId));
  if (values.keys.length > 0) {
    await db
      .insert(childMatchKey)
      .values(values.keys.map((key) => ({ authorityId: values.authorityId, key, childId: values.childId })))
      .onConflictDoNothing();
  }
  await db.update(child).set({ matchKeysVersion: values.version }).where(eq(child.id, values.childId));
}

/** A merged child is not found by any search: its keys go (CH-2). */
export async function removeChildMatchKeys(db: DbOrTx, childId: string): Promise<void> {
  await db.delete(childMatchKey).where(eq(childMatchKey.childId, childId));
  await db.update(child).set({ matchKeysVersion: null }).where(eq(child.id, childId));
}

/** Unmerged children whose keys are missing or from an older version of the engine, a batch at a time. */
export async function listChildrenToIndex(db: DbOrTx, version: number, limit: number) {
  const result = await db.execute(sql`
    select c.authority_id, ${candidateColumns} from child c
    where c.merged_into_id is null and (c.match_keys_version is null or c.match_keys_version <> ${version})
    limit ${limit}`);
  return rowsOf<CandidateSqlRow & { authority_id: string }>(result).map((r) => ({
    authorityId: r.authority_id,
    ...candidateFromSql(r),
  }));
}

/** A fixed sample of the authority's children for training its model (the same children each time). */
export async function sampleChildrenForTraining(db: DbOrTx, authorityId: string, limit: number) {
  const result = await db.execute(sql`
    select ${candidateColumns} from child c
    where c.authority_id = ${authorityId}::uuid and c.merged_into_id is null
    order by md5(c.id::text) limit ${limit}`);
  return rowsOf<CandidateSqlRow>(result).map(candidateFromSql);
}

/** Running runs left behind by a server that stopped: they will never finish. */
export async function failInterruptedDuplicateReviews(db: DbOrTx, now: Date): Promise<number> {
  const rows = await db
    .update(duplicateReviewRun)
    .set({ status: 'failed', finishedAt: now, error: 'The server stopped during the run. Run the review again.' })
    .where(eq(duplicateReviewRun.status, 'running'))
    .returning({ id: duplicateReviewRun.id });
  return rows.length;
}

export async function countIndexableChildren(db: DbOrTx, authorityId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(child)
    .where(and(eq(child.authorityId, authorityId), isNull(child.mergedIntoId)));
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------
// The stored model

export type StoredMatchModel = { model: unknown; records: number; trainedAt: Date };

export async function getStoredMatchModel(db: DbOrTx, authorityId: string): Promise<StoredMatchModel | null> {
  const [row] = await db
    .select({ model: matchModel.model, records: matchModel.records, trainedAt: matchModel.trainedAt })
    .from(matchModel)
    .where(eq(matchModel.authorityId, authorityId));
  return row ?? null;
}

export async function saveMatchModel(
  db: DbOrTx,
  values: { authorityId: string; model: unknown; records: number; report: unknown; trainedAt: Date; trainedBy: string },
): Promise<void> {
  await db
    .insert(matchModel)
    .values(values)
    .onConflictDoUpdate({
      target: matchModel.authorityId,
      set: {
        model: values.model,
        records: values.records,
        report: values.report,
        trainedAt: values.trainedAt,
        trainedBy: values.trainedBy,
      },
    });
}

// ---------------------------------------------------------------------------------------------
// Duplicate review runs

export type DuplicateReviewRunRow = typeof duplicateReviewRun.$inferSelect;

export async function insertDuplicateReviewRun(
  db: DbOrTx,
  values: { authorityId: string; startedBy: string; startedAt: Date; total: number },
): Promise<DuplicateReviewRunRow> {
  const [row] = await db.insert(duplicateReviewRun).values(values).returning();
  if (!row) throw new Error('insert into duplicate_review_run returned no row');
  return row;
}

/** One run of the authority, with the name of whoever started it. */
export async function getDuplicateReviewRun(db: DbOrTx, authorityId: string, runId: string) {
  const [row] = await db
    .select({ run: duplicateReviewRun, startedByName: appUser.name })
    .from(duplicateReviewRun)
    .innerJoin(appUser, eq(appUser.id, duplicateReviewRun.startedBy))
    .where(and(eq(duplicateReviewRun.id, runId), eq(duplicateReviewRun.authorityId, authorityId)));
  return row ?? null;
}

export async function latestDuplicateReviewRun(db: DbOrTx, authorityId: string) {
  const [row] = await db
    .select({ run: duplicateReviewRun, startedByName: appUser.name })
    .from(duplicateReviewRun)
    .innerJoin(appUser, eq(appUser.id, duplicateReviewRun.startedBy))
    .where(eq(duplicateReviewRun.authorityId, authorityId))
    .orderBy(desc(duplicateReviewRun.startedAt))
    .limit(1);
  return row ?? null;
}

export async function findRunningDuplicateReview(db: DbOrTx, authorityId: string) {
  const [row] = await db
    .select()
    .from(duplicateReviewRun)
    .where(and(eq(duplicateReviewRun.authorityId, authorityId), eq(duplicateReviewRun.status, 'running')))
    .limit(1);
  return row ?? null;
}

export async function recordDuplicateReviewProgress(
  db: DbOrTx,
  runId: string,
  values: { processed: number; pairsFound: number },
): Promise<void> {
  await db.update(duplicateReviewRun).set(values).where(eq(duplicateReviewRun.id, runId));
}

export async function endDuplicateReviewRun(
  db: DbOrTx,
  runId: string,
  values: { status: 'finished' | 'failed'; finishedAt: Date; error?: string },
): Promise<void> {
  await db
    .update(duplicateReviewRun)
    .set({ status: values.status, finishedAt: values.finishedAt, error: values.error ?? null })
    .where(eq(duplicateReviewRun.id, runId));
}

/** The next children of a run, in id order: a run resumes from the last id it finished. */
export async function listRunChildIds(db: DbOrTx, authorityId: string, after: string | null, limit: number) {
  const rows = await db
    .select({ id: child.id })
    .from(child)
    .where(and(eq(child.authorityId, authorityId), isNull(child.mergedIntoId), after ? gt(child.id, after) : undefined))
    .orderBy(asc(child.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Candidate pairs for a batch of children, set-based: each child with every other child that
 * has a greater id (so each pair is found once in a whole run) and shares with it a key held by
 * few, or enough keys: the rule of `findMatchCandidates`. `limits` maps a key's kind to its
 * bucket limit; `defaultLimit` covers the rest.
 */
export async function findCandidatePairs(
  db: DbOrTx,
  authorityId: string,
  childIds: readonly string[],
  limits: { byKind: Record<string, number>; defaultLimit: number; soloBucketLimit: number; minimumSharedKeys: number },
): Promise<Array<{ a: string; b: string }>> {
  if (childIds.length === 0) return [];
  const result = await db.execute(sql`
    with batch as (select value::uuid as id from jsonb_array_elements_text(${JSON.stringify(childIds)}::jsonb)),
    batch_keys as (
      select k.child_id, k.key from child_match_key k where k.child_id = any (array(select id from batch))
    ),
    distinct_keys as (
      select distinct key,
        coalesce((${JSON.stringify(limits.byKind)}::jsonb ->> split_part(key, ':', 1))::int, ${limits.defaultLimit}::int) as lim
      from batch_keys
    ),
    sized as materialized (
      select d.key, d.lim, (select count(*) from (
        select 1 from child_match_key k where k.authority_id = ${authorityId}::uuid and k.key = d.key limit d.lim + 1
      ) s) as n
      from distinct_keys d
    ),
    usable as (select key, n <= ${limits.soloBucketLimit}::int as solo from sized where n <= lim)
    select bk.child_id as a, k.child_id as b
    from batch_keys bk
    join usable u on u.key = bk.key
    join child_match_key k on k.authority_id = ${authorityId}::uuid and k.key = bk.key and k.child_id > bk.child_id
    group by bk.child_id, k.child_id
    having bool_or(u.solo) or count(*) >= ${limits.minimumSharedKeys}::int`);
  return rowsOf<{ a: string; b: string }>(result);
}

/** Pairs a manager has already decided are two different children: later runs leave them out. */
export async function listDecidedNotDuplicatePairs(db: DbOrTx, authorityId: string, childIds: readonly string[]) {
  if (childIds.length === 0) return [];
  return db
    .select({ a: duplicatePair.childAId, b: duplicatePair.childBId })
    .from(duplicatePair)
    .where(
      and(
        eq(duplicatePair.authorityId, authorityId),
        eq(duplicatePair.status, 'not_duplicate'),
        or(inArray(duplicatePair.childAId, [...childIds]), inArray(duplicatePair.childBId, [...childIds])),
      ),
    );
}

export type NewDuplicatePair = {
  runId: string;
  authorityId: string;
  childAId: string;
  childBId: string;
  probability: number;
  band: string;
  explanation: string;
};

export async function insertDuplicatePairs(db: DbOrTx, pairs: readonly NewDuplicatePair[]): Promise<void> {
  if (pairs.length === 0) return;
  await db
    .insert(duplicatePair)
    .values([...pairs])
    .onConflictDoNothing();
}

export type DuplicatePairRow = typeof duplicatePair.$inferSelect;

export async function listDuplicatePairs(
  db: DbOrTx,
  runId: string,
  options: { status?: 'open' | 'merged' | 'not_duplicate'; limit: number; offset: number },
) {
  const where = and(
    eq(duplicatePair.runId, runId),
    options.status ? eq(duplicatePair.status, options.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(duplicatePair)
      .where(where)
      .orderBy(desc(duplicatePair.probability), asc(duplicatePair.id))
      .limit(options.limit)
      .offset(options.offset),
    db.select({ n: count() }).from(duplicatePair).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function countOpenDuplicatePairs(db: DbOrTx, runId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(duplicatePair)
    .where(and(eq(duplicatePair.runId, runId), eq(duplicatePair.status, 'open')));
  return row?.n ?? 0;
}

export async function getDuplicatePair(db: DbOrTx, authorityId: string, pairId: string) {
  const [row] = await db
    .select()
    .from(duplicatePair)
    .where(and(eq(duplicatePair.id, pairId), eq(duplicatePair.authorityId, authorityId)));
  return row ?? null;
}

/**
 * Record a decision on a pair, only if it is still in the state the caller saw: false when
 * someone else decided first. The row lock it takes also serialises two managers' merges.
 */
export async function decideDuplicatePair(
  db: DbOrTx,
  pairId: string,
  from: 'open' | 'merged' | 'not_duplicate',
  values: { status: 'open' | 'merged' | 'not_duplicate'; decidedBy: string | null; decidedAt: Date | null },
): Promise<boolean> {
  const rows = await db
    .update(duplicatePair)
    .set(values)
    .where(and(eq(duplicatePair.id, pairId), eq(duplicatePair.status, from)))
    .returning({ id: duplicatePair.id });
  return rows.length === 1;
}

export async function findMergeOfPair(db: DbOrTx, pairId: string) {
  const [row] = await db
    .select()
    .from(childMerge)
    .where(eq(childMerge.pairId, pairId))
    .orderBy(desc(childMerge.mergedAt))
    .limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Merges

/** Every row that names the merged child, by table: what a merge moves and an undo moves back. */
export type MovedRows = {
  episode: string[];
  involvement: string[];
  concern: string[];
  checklistDecision: string[];
  familyInvitation: string[];
  notification: string[];
  /** Parent and carer links (person ids). */
  childPerson: string[];
  /** The young person's own account, when it moved to the survivor. */
  userId: string | null;
};

const movableTables = {
  episode: 'episode',
  involvement: 'involvement',
  concern: 'concern',
  checklistDecision: 'checklist_decision',
  familyInvitation: 'family_invitation',
  notification: 'notification',
} as const;

/** Move every row naming `fromId` to `toId`, or (for an undo) only the rows listed in `only`. */
export async function moveChildRows(
  db: DbOrTx,
  fromId: string,
  toId: string,
  only?: MovedRows,
): Promise<Omit<MovedRows, 'userId'>> {
  const moved: Omit<MovedRows, 'userId'> = {
    episode: [],
    involvement: [],
    concern: [],
    checklistDecision: [],
    familyInvitation: [],
    notification: [],
    childPerson: [],
  };
  for (const [field, table] of Object.entries(movableTables) as Array<[keyof typeof movableTables, string]>) {
    const ids = only ? only[field] : null;
    if (ids && ids.length === 0) continue;
    const filter = ids
      ? sql`and id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`
      : sql``;
    const result = await db.execute(
      sql`update ${sql.raw(table)} set child_id = ${toId}::uuid where child_id = ${fromId}::uuid ${filter} returning id`,
    );
    moved[field] = rowsOf<{ id: string }>(result).map((r) => r.id);
  }
  const people = only ? only.childPerson : null;
  if (!people || people.length > 0) {
    const filter = people
      ? sql`and person_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(people)}::jsonb))`
      : sql``;
    // A parent already linked to both children keeps the survivor's link; the other is left in place.
    const result = await db.execute(sql`
      update child_person set child_id = ${toId}::uuid
      where child_id = ${fromId}::uuid ${filter}
        and person_id not in (select person_id from child_person where child_id = ${toId}::uuid)
      returning person_id`);
    moved.childPerson = rowsOf<{ person_id: string }>(result).map((r) => r.person_id);
  }
  return moved;
}

export async function countOpenEpisodes(db: DbOrTx, childIds: readonly string[]): Promise<number> {
  const result = await db.execute(sql`
    select count(*)::int as n from episode
    where status <> 'closed' and child_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(childIds)}::jsonb))`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

export type ChildMergeRow = typeof childMerge.$inferSelect;

export async function insertChildMerge(db: DbOrTx, values: typeof childMerge.$inferInsert): Promise<ChildMergeRow> {
  const [row] = await db.insert(childMerge).values(values).returning();
  if (!row) throw new Error('insert into child_merge returned no row');
  return row;
}

export async function getChildMerge(db: DbOrTx, authorityId: string, mergeId: string) {
  const [row] = await db
    .select()
    .from(childMerge)
    .where(and(eq(childMerge.id, mergeId), eq(childMerge.authorityId, authorityId)));
  return row ?? null;
}

/** Merges into a child that have not been undone, newest first. */
export async function listMergesInto(db: DbOrTx, survivorId: string) {
  return db
    .select()
    .from(childMerge)
    .where(and(eq(childMerge.survivorId, survivorId), isNull(childMerge.undoneAt)))
    .orderBy(desc(childMerge.mergedAt));
}

export async function listRecentMerges(db: DbOrTx, authorityId: string, limit: number) {
  return db
    .select({ merge: childMerge, mergedByName: appUser.name })
    .from(childMerge)
    .innerJoin(appUser, eq(appUser.id, childMerge.mergedBy))
    .where(eq(childMerge.authorityId, authorityId))
    .orderBy(desc(childMerge.mergedAt))
    .limit(limit);
}

export async function markChildMerged(db: DbOrTx, childId: string, survivorId: string | null, now: Date) {
  await db.update(child).set({ mergedIntoId: survivorId, updatedAt: now }).where(eq(child.id, childId));
}

export async function recordMergeUndone(
  db: DbOrTx,
  mergeId: string,
  values: { undoneBy: string; undoneAt: Date; undoReason: string },
): Promise<boolean> {
  const rows = await db
    .update(childMerge)
    .set(values)
    .where(and(eq(childMerge.id, mergeId), isNull(childMerge.undoneAt)))
    .returning({ id: childMerge.id });
  return rows.length === 1;
}

export async function moveChildUser(db: DbOrTx, fromId: string, toId: string): Promise<string | null> {
  const [from] = await db.select({ userId: child.userId }).from(child).where(eq(child.id, fromId));
  const [to] = await db.select({ userId: child.userId }).from(child).where(eq(child.id, toId));
  if (!from?.userId || to?.userId) return null;
  await db.update(child).set({ userId: null }).where(eq(child.id, fromId));
  await db.update(child).set({ userId: from.userId }).where(eq(child.id, toId));
  return from.userId;
}

/**
 * A child as the matching engine reads it. The address is one free-text field: its first line is
 * the street (with the house number, which the engine splits off), after a flat's line if there
 * is one, and, when there is more than one line, its last line is the town. An unborn baby's
 * due date stands in for its date of birth.
 */
export function matchRecordOf(
  row: Omit<MatchCandidateRow, 'hasOpenEpisode' | 'isUnborn' | 'motherName' | 'expectedDateOfDelivery'> & {
    expectedDateOfDelivery?: string | null;
  },
): PersonRecord {
  const lines = (row.address ?? '')
    .split(/[,\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // "Flat 18, 12 Oak Road, Leeds": the flat is not the street (every flat 18 in the city would share it).
  const flat =
    lines.length > 2 && /^(flat|apartment|apt|unit|room|floor)\b/i.test(lines[0] ?? '') ? lines.shift() : null;
  return {
    id: row.id,
    givenNames: row.givenNames,
    familyName: row.familyName,
    // An unborn baby is compared by when it is due: its own record once born is a date close by,
    // an older brother or sister a date years before. Without it the two only agree on the home.
    dateOfBirth: row.dateOfBirth ?? row.expectedDateOfDelivery ?? null,
    sex: row.sex,
    postcode: row.postcode,
    street: lines[0] ?? null,
    locality: flat ?? null,
    town: lines.length > 1 ? (lines[lines.length - 1] ?? null) : null,
    nhsNumber: row.nhsNumber,
    upn: row.upn,
    school: row.schoolName,
    phone: row.telephone,
  };
}
