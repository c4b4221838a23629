import {
  type ChildRow,
  countIndexableChildren,
  countOpenDuplicatePairs,
  countOpenEpisodes,
  type Database,
  decideDuplicatePair,
  endDuplicateReviewRun,
  findCandidatePairs,
  findMergeOfPair,
  findRunningDuplicateReview,
  getChild,
  getChildMerge,
  getDuplicatePair,
  getDuplicateReviewRun,
  getMatchCandidates,
  insertChildMerge,
  insertDuplicatePairs,
  insertDuplicateReviewRun,
  latestDuplicateReviewRun,
  listDecidedNotDuplicatePairs,
  listDuplicatePairs,
  listEpisodesForChild,
  listParentsAndCarers,
  listRecentMerges,
  listRunChildIds,
  type MatchCandidateRow,
  type MovedRows,
  markChildMerged,
  matchRecordOf,
  moveChildRows,
  moveChildUser,
  type NewDuplicatePair,
  recordDuplicateReviewProgress,
  recordMergeUndone,
  replaceChildMatchKeys,
  sampleChildrenForTraining,
  saveMatchModel,
} from '@ecaf/db';
import { childDisplayName, decideMerge, decideUndoMerge } from '@ecaf/domain';
import {
  blockingKeys,
  blockingKeysVersion,
  bucketLimits,
  type FieldName,
  loadBundledModel,
  normaliseRecord,
  refitToRecords,
} from '@ecaf/matching';
import type { Context, CurrentUser } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';
import { forgetModel, indexChild, matchingContext, modelInUse } from './child-matching';
import { violatesUnique } from './unique-violation';

/**
 * CH-2 one record per child: a manager's duplicate review over the whole index, the side-by-side
 * comparison, merge and undo merge. Every read of children's details and every decision is
 * audited (AU-2, SH-5).
 */

type SignedIn = Context & { user: CurrentUser };

/** Children looked through per step of a run: one candidate query and one write of progress each. */
const RUN_BATCH = 500;
/**
 * An authority with at least this many children has the model refitted to its own children at
 * the start of each run: u and the name frequencies from them, m from the bundled model's known
 * matches (EM on a city of families learns households, not children: decision 0007).
 */
export const TRAIN_FROM_CHILDREN = 2000;
/** Children the model is trained on: enough for EM to settle, few enough to train in seconds. */
const TRAINING_SAMPLE = 20_000;
const PAGE_SIZE = 25;
/**
 * In the batch run a key counts alone only while held by at most this many children (searches
 * allow `soloBucketLimit`, 200). A pair of records sharing one key of a few hundred and nothing
 * else never came out likely (500 children at 200,000: 114,500 candidate pairs at 200, 30,612 at
 * 20, the same 17 likely pairs); scoring the rest was three quarters of a run's time.
 */
const REVIEW_SOLO_BUCKET_LIMIT = 20;

const fieldLabels: Record<FieldName, string> = {
  givenName: 'First names',
  familyName: 'Surname',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  postcode: 'Postcode',
  houseNumber: 'House number',
  street: 'Street',
  locality: 'Locality',
  town: 'Town',
  nhsNumber: 'NHS number',
  upn: 'Unique pupil number',
  school: 'School',
  email: 'Email',
  phone: 'Telephone',
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

function summary(
  row: Pick<
    MatchCandidateRow,
    'id' | 'givenNames' | 'familyName' | 'isUnborn' | 'motherName' | 'dateOfBirth' | 'postcode' | 'nhsNumber'
  >,
) {
  return {
    id: row.id,
    name: childDisplayName(row),
    dateOfBirth: row.dateOfBirth,
    postcode: row.postcode,
    nhsNumber: row.nhsNumber,
  };
}

function band(value: string): 'certain' | 'likely' | 'possible' {
  return value === 'certain' || value === 'likely' ? value : 'possible';
}

// ---------------------------------------------------------------------------------------------
// Runs

/** Runs in progress in this process, so tests (and a graceful shutdown) can wait for them. */
const activeRuns = new Map<string, Promise<void>>();

export function waitForDuplicateReview(runId: string): Promise<void> {
  return activeRuns.get(runId) ?? Promise.resolve();
}

export async function startDuplicateReview(ctx: SignedIn) {
  const { authorityId } = ctx.user;
  const run = await ctx.db
    .transaction(async (tx) => {
      if (await findRunningDuplicateReview(tx, authorityId)) fail('DUPLICATE_REVIEW_RUNNING');
      const total = await countIndexableChildren(tx, authorityId);
      const created = await insertDuplicateReviewRun(tx, {
        authorityId,
        startedBy: ctx.user.id,
        startedAt: ctx.now(),
        total,
      });
      await audit(ctx, tx, {
        action: 'duplicate_review.started',
        ground: `role:${ctx.user.role}`,
        detail: { runId: created.id, children: total },
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two managers pressed "run" at once: the one-running-review index lets one through.
      if (violatesUnique(error, 'duplicate_review_run_one_running_idx')) fail('DUPLICATE_REVIEW_RUNNING');
      throw error;
    });
  const work = runDuplicateReview(ctx.db, { runId: run.id, authorityId, userId: ctx.user.id, now: ctx.now }).finally(
    () => activeRuns.delete(run.id),
  );
  activeRuns.set(run.id, work);
  return { runId: run.id };
}

/**
 * The batch run: train the authority's model when the index is big enough, then look through
 * every child in id order, each against the children sharing a key with it that come later, so
 * each pair is scored once. Likely and certain pairs are kept for review; pairs a manager has
 * decided are different children are left out.
 */
export async function runDuplicateReview(
  db: Database,
  run: { runId: string; authorityId: string; userId: string; now: () => Date },
): Promise<void> {
  const { runId, authorityId } = run;
  try {
    const indexSize = await countIndexableChildren(db, authorityId);
    if (indexSize >= TRAIN_FROM_CHILDREN) {
      const sample = await sampleChildrenForTraining(db, authorityId, TRAINING_SAMPLE);
      const bundled = loadBundledModel();
      const trained = refitToRecords(
        bundled.model,
        sample.map((row) => normaliseRecord(matchRecordOf(row))),
        matchingContext(),
      );
      await saveMatchModel(db, {
        authorityId,
        model: trained.model,
        // m and the prior are the bundled model's, so its prior is scaled from the index it came from.
        records: bundled.records,
        report: trained.report,
        trainedAt: run.now(),
        trainedBy: run.userId,
      });
      forgetModel(db, authorityId);
    }
    const { scorer } = await modelInUse(db, authorityId);
    const { default: defaultLimit, ...byKind } = bucketLimits;
    // The database work for a batch: its children, their candidate pairs, decisions, records.
    const loadBatch = async (after: string | null) => {
      const ids = await listRunChildIds(db, authorityId, after, RUN_BATCH);
      if (ids.length === 0) return { ids, pairs: [], decided: new Set<string>(), rows: new Map() };
      const pairs = await findCandidatePairs(db, authorityId, ids, {
        byKind,
        defaultLimit,
        soloBucketLimit: REVIEW_SOLO_BUCKET_LIMIT,
        minimumSharedKeys: 2,
      });
      const decided = new Set((await listDecidedNotDuplicatePairs(db, authorityId, ids)).map((p) => `${p.a}|${p.b}`));
      const involved = new Set<string>();
      for (const p of pairs) involved.add(p.a).add(p.b);
      const rows = new Map(
        (await getMatchCandidates(db, [...involved])).map((row) => [row.id, normaliseRecord(matchRecordOf(row))]),
      );
      return { ids, pairs, decided, rows };
    };
    const prefetch = (after: string | null) => {
      const batch = loadBatch(after);
      batch.catch(() => {}); // awaited below; this only stops an early exit leaving it unhandled
      return batch;
    };
    let next = prefetch(null);
    let processed = 0;
    let pairsFound = 0;
    for (;;) {
      const { ids, pairs, decided, rows } = await next;
      if (ids.length === 0) break;
      // The next batch is read while this one is scored: the database and Node work side by side.
      next = prefetch(ids[ids.length - 1] ?? null);
      const found: NewDuplicatePair[] = [];
      for (const { a, b } of pairs) {
        if (decided.has(`${a}|${b}`)) continue;
        const left = rows.get(a);
        const right = rows.get(b);
        if (!left || !right) continue;
        if (scorer.weight(left, right) < 0) continue;
        const score = scorer.score(left, right);
        if (score.band !== 'likely' && score.band !== 'certain') continue;
        found.push({
          runId,
          authorityId,
          childAId: a,
          childBId: b,
          probability: score.probability,
          band: score.band,
          explanation: score.explanation,
        });
      }
      await insertDuplicatePairs(db, found);
      processed += ids.length;
      pairsFound += found.length;
      await recordDuplicateReviewProgress(db, runId, { processed, pairsFound });
    }
    await endDuplicateReviewRun(db, runId, { status: 'finished', finishedAt: run.now() });
  } catch (error) {
    console.error('duplicate review failed', runId, error);
    await endDuplicateReviewRun(db, runId, {
      status: 'failed',
      finishedAt: run.now(),
      error: 'The review stopped because of an error. Run it again; if it fails again, contact support.',
    });
  }
}

function runView(
  run: NonNullable<Awaited<ReturnType<typeof getDuplicateReviewRun>>>['run'],
  startedByName: string,
  openPairs: number,
) {
  return {
    id: run.id,
    status: run.status,
    startedAt: run.startedAt.toISOString(),
    finishedAt: iso(run.finishedAt),
    startedByName,
    total: run.total,
    processed: run.processed,
    pairsFound: run.pairsFound,
    openPairs,
    error: run.error,
  };
}

/** The progress bar's poll: counts only, so it is not audited. */
export async function getDuplicateReviewProgress(ctx: SignedIn, runId: string) {
  const found = await getDuplicateReviewRun(ctx.db, ctx.user.authorityId, runId);
  if (!found) fail('NOT_FOUND');
  return runView(found.run, found.startedByName, await countOpenDuplicatePairs(ctx.db, found.run.id));
}

export async function duplicatesOverview(ctx: SignedIn) {
  const { authorityId } = ctx.user;
  const [latest, model, children, merges] = await Promise.all([
    latestDuplicateReviewRun(ctx.db, authorityId),
    modelInUse(ctx.db, authorityId),
    countIndexableChildren(ctx.db, authorityId),
    listRecentMerges(ctx.db, authorityId, 10),
  ]);
  const people = new Map(
    (
      await getMatchCandidates(
        ctx.db,
        merges.flatMap((m) => [m.merge.survivorId, m.merge.mergedId]),
      )
    ).map((row) => [row.id, summary(row)]),
  );
  const recentMerges = merges.flatMap(({ merge, mergedByName }) => {
    const survivor = people.get(merge.survivorId);
    const merged = people.get(merge.mergedId);
    if (!survivor || !merged) return [];
    return [
      {
        id: merge.id,
        survivor,
        merged,
        mergedAt: merge.mergedAt.toISOString(),
        mergedByName,
        reason: merge.reason,
        undoneAt: iso(merge.undoneAt),
      },
    ];
  });
  await ctx.db.transaction((tx) =>
    audit(ctx, tx, {
      action: 'duplicate_review.viewed',
      ground: `role:${ctx.user.role}`,
      detail: { mergesShown: recentMerges.map((m) => m.id) },
    }),
  );
  return {
    latestRun: latest
      ? runView(latest.run, latest.startedByName, await countOpenDuplicatePairs(ctx.db, latest.run.id))
      : null,
    model: { source: model.source, records: model.records, trainedAt: iso(model.trainedAt) },
    children,
    recentMerges,
  };
}

export async function listPairs(
  ctx: SignedIn,
  input: { runId: string; status: 'open' | 'merged' | 'not_duplicate'; page: number },
) {
  const run = (await getDuplicateReviewRun(ctx.db, ctx.user.authorityId, input.runId))?.run;
  if (!run) fail('NOT_FOUND');
  const { rows, total } = await listDuplicatePairs(ctx.db, run.id, {
    status: input.status,
    limit: PAGE_SIZE,
    offset: (input.page - 1) * PAGE_SIZE,
  });
  const people = new Map(
    (
      await getMatchCandidates(
        ctx.db,
        rows.flatMap((p) => [p.childAId, p.childBId]),
      )
    ).map((row) => [row.id, summary(row)]),
  );
  const pairs = rows.flatMap((p) => {
    const a = people.get(p.childAId);
    const b = people.get(p.childBId);
    if (!a || !b) return [];
    return [
      {
        id: p.id,
        probability: p.probability,
        band: band(p.band),
        explanation: p.explanation,
        status: p.status,
        a,
        b,
      },
    ];
  });
  await ctx.db.transaction((tx) =>
    audit(ctx, tx, {
      action: 'duplicate_review.pairs_viewed',
      ground: `role:${ctx.user.role}`,
      detail: { runId: run.id, status: input.status, page: input.page, pairs: pairs.map((p) => p.id) },
    }),
  );
  return { total, page: input.page, pageSize: PAGE_SIZE, pairs };
}

async function sideBySide(tx: Parameters<typeof getChild>[0], child: ChildRow) {
  const [episodes, parents] = await Promise.all([
    listEpisodesForChild(tx, child.id),
    listParentsAndCarers(tx, child.id),
  ]);
  return {
    id: child.id,
    name: childDisplayName(child),
    givenNames: child.givenNames,
    familyName: child.familyName,
    sex: child.sex,
    dateOfBirth: child.dateOfBirth,
    address: child.address,
    postcode: child.postcode,
    telephone: child.telephone,
    nhsNumber: child.nhsNumber,
    upn: child.upn,
    schoolName: child.schoolName,
    episodes: episodes.length,
    hasOpenEpisode: episodes.some((e) => e.status !== 'closed'),
    parentsAndCarers: parents.length,
    mergedIntoId: child.mergedIntoId,
  };
}

/** The side-by-side comparison: both records in full (identifying details), scored again now. */
export async function duplicatePairDetail(ctx: SignedIn, pairId: string) {
  const { authorityId } = ctx.user;
  const { scorer } = await modelInUse(ctx.db, authorityId);
  return ctx.db.transaction(async (tx) => {
    const pair = await getDuplicatePair(tx, authorityId, pairId);
    if (!pair) fail('NOT_FOUND');
    const [a, b, merge] = await Promise.all([
      getChild(tx, authorityId, pair.childAId),
      getChild(tx, authorityId, pair.childBId),
      findMergeOfPair(tx, pair.id),
    ]);
    if (!a || !b) fail('NOT_FOUND');
    const score = scorer.score(normaliseRecord(matchRecordOf(a)), normaliseRecord(matchRecordOf(b)));
    for (const child of [a, b]) {
      await audit(ctx, tx, {
        action: 'child.compared',
        childId: child.id,
        ground: `role:${ctx.user.role}`,
        detail: { pairId: pair.id },
      });
    }
    return {
      pair: {
        id: pair.id,
        runId: pair.runId,
        probability: pair.probability,
        band: band(pair.band),
        explanation: pair.explanation,
        status: pair.status,
        decidedAt: iso(pair.decidedAt),
        fields: score.fields.map((f) => ({
          field: f.field,
          label: fieldLabels[f.field],
          level: f.level,
          weight: f.weight,
          description: f.description,
        })),
      },
      a: await sideBySide(tx, a),
      b: await sideBySide(tx, b),
      merge: merge ? { id: merge.id, survivorId: merge.survivorId, undoneAt: iso(merge.undoneAt) } : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Decisions

export async function mergeChildren(ctx: SignedIn, input: { pairId: string; survivorId: string; reason: string }) {
  const { authorityId } = ctx.user;
  return ctx.db.transaction(async (tx) => {
    const pair = await getDuplicatePair(tx, authorityId, input.pairId);
    if (!pair) fail('NOT_FOUND');
    if (input.survivorId !== pair.childAId && input.survivorId !== pair.childBId) {
      fail('VALIDATION_FAILED', { fieldErrors: { survivorId: 'Choose which of the two records to keep' } });
    }
    const mergedId = input.survivorId === pair.childAId ? pair.childBId : pair.childAId;
    const [survivor, merged] = await Promise.all([
      getChild(tx, authorityId, input.survivorId),
      getChild(tx, authorityId, mergedId),
    ]);
    if (!survivor || !merged) fail('NOT_FOUND');
    const [survivorOpen, mergedOpen] = await Promise.all([
      countOpenEpisodes(tx, [survivor.id]),
      countOpenEpisodes(tx, [merged.id]),
    ]);
    const decision = decideMerge({
      pairStatus: pair.status,
      survivor: { id: survivor.id, mergedIntoId: survivor.mergedIntoId, hasOpenEpisode: survivorOpen > 0 },
      merged: { id: merged.id, mergedIntoId: merged.mergedIntoId, hasOpenEpisode: mergedOpen > 0 },
    });
    if (!decision.allowed) fail(decision.reason, { message: decision.message });
    const now = ctx.now();
    if (
      !(await decideDuplicatePair(tx, pair.id, 'open', { status: 'merged', decidedBy: ctx.user.id, decidedAt: now }))
    ) {
      fail('DUPLICATE_PAIR_DECIDED');
    }
    const rows = await moveChildRows(tx, merged.id, survivor.id);
    const userId = await moveChildUser(tx, merged.id, survivor.id);
    const moved: MovedRows = { ...rows, userId };
    await markChildMerged(tx, merged.id, survivor.id, now);
    // The survivor is found under both records' details: a search with the old spelling still finds the child.
    await replaceChildMatchKeys(tx, {
      authorityId,
      childId: merged.id,
      keys: [],
      version: blockingKeysVersion,
    });
    await replaceChildMatchKeys(tx, {
      authorityId,
      childId: survivor.id,
      keys: [
        ...new Set([
          ...blockingKeys(normaliseRecord(matchRecordOf(survivor))),
          ...blockingKeys(normaliseRecord(matchRecordOf(merged))),
        ]),
      ],
      version: blockingKeysVersion,
    });
    const merge = await insertChildMerge(tx, {
      authorityId,
      survivorId: survivor.id,
      mergedId: merged.id,
      pairId: pair.id,
      moved,
      reason: input.reason,
      mergedBy: ctx.user.id,
      mergedAt: now,
    });
    const counts = Object.fromEntries(Object.entries(rows).map(([table, ids]) => [table, (ids as string[]).length]));
    for (const [childId, action] of [
      [survivor.id, 'child.merged'],
      [merged.id, 'child.merged_away'],
    ] as const) {
      await audit(ctx, tx, {
        action,
        childId,
        ground: `role:${ctx.user.role}`,
        detail: { mergeId: merge.id, pairId: pair.id, survivorId: survivor.id, mergedId: merged.id, moved: counts },
      });
    }
    return { mergeId: merge.id, survivorId: survivor.id };
  });
}

export async function decideNotDuplicate(ctx: SignedIn, input: { pairId: string; reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const pair = await getDuplicatePair(tx, ctx.user.authorityId, input.pairId);
    if (!pair) fail('NOT_FOUND');
    const decided = await decideDuplicatePair(tx, pair.id, 'open', {
      status: 'not_duplicate',
      decidedBy: ctx.user.id,
      decidedAt: ctx.now(),
    });
    if (!decided) fail('DUPLICATE_PAIR_DECIDED');
    await audit(ctx, tx, {
      action: 'duplicate_pair.not_duplicate',
      childId: pair.childAId,
      ground: `role:${ctx.user.role}`,
      detail: { pairId: pair.id, otherChildId: pair.childBId, reason: input.reason },
    });
  });
  return { ok: true as const };
}

/**
 * CH-2: an undo moves back exactly what the merge moved, brings the merged record back to life
 * with its own keys, and reopens the pair so it can be decided again.
 */
export async function undoMerge(ctx: SignedIn, input: { mergeId: string; reason: string }) {
  const { authorityId } = ctx.user;
  return ctx.db.transaction(async (tx) => {
    const merge = await getChildMerge(tx, authorityId, input.mergeId);
    if (!merge) fail('NOT_FOUND');
    const [survivor, merged] = await Promise.all([
      getChild(tx, authorityId, merge.survivorId),
      getChild(tx, authorityId, merge.mergedId),
    ]);
    if (!survivor || !merged) fail('NOT_FOUND');
    const decision = decideUndoMerge({ undoneAt: merge.undoneAt, survivorMergedIntoId: survivor.mergedIntoId });
    if (!decision.allowed) fail(decision.reason, { message: decision.message });
    const now = ctx.now();
    if (!(await recordMergeUndone(tx, merge.id, { undoneBy: ctx.user.id, undoneAt: now, undoReason: input.reason }))) {
      fail('MERGE_ALREADY_UNDONE');
    }
    const moved = merge.moved as MovedRows;
    await moveChildRows(tx, survivor.id, merged.id, moved);
    if (moved.userId) await moveChildUser(tx, survivor.id, merged.id);
    await markChildMerged(tx, merged.id, null, now);
    await indexChild(tx, authorityId, survivor);
    await indexChild(tx, authorityId, merged);
    if (merge.pairId) {
      await decideDuplicatePair(tx, merge.pairId, 'merged', { status: 'open', decidedBy: null, decidedAt: null });
    }
    for (const childId of [survivor.id, merged.id]) {
      await audit(ctx, tx, {
        action: 'child.merge_undone',
        childId,
        ground: `role:${ctx.user.role}`,
        detail: { mergeId: merge.id, survivorId: survivor.id, mergedId: merged.id, reason: input.reason },
      });
    }
    return { ok: true as const, mergedId: merged.id };
  });
}
