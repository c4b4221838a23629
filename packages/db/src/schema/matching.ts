import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { localAuthority } from './authority';
import { child } from './child';
import { appUser } from './identity';

/**
 * CH-1, CH-2: the child index's blocking keys, worked out in TypeScript by @ecaf/matching
 * (`blockingKeys`). Two children are candidates for scoring when they share a key, so every
 * lookup is an equality on (authority_id, key) that the primary key's B-tree serves on
 * PostgreSQL and PGlite alike. A merged child has no keys: it cannot be found.
 */
export const childMatchKey = pgTable(
  'child_match_key',
  {
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    key: text('key').notNull(),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.authorityId, t.key, t.childId] }), index('child_match_key_child_idx').on(t.childId)],
);

/**
 * The Fellegi–Sunter model the authority's index is scored with, trained on its own children by
 * a duplicate review run (m by EM, u from random pairs). Until one is trained, the model bundled
 * with @ecaf/matching is used.
 */
export const matchModel = pgTable('match_model', {
  authorityId: uuid('authority_id')
    .primaryKey()
    .references(() => localAuthority.id),
  model: jsonb('model').notNull(),
  /** How many children it was trained on: its prior is scaled to the size of the index. */
  records: integer('records').notNull(),
  report: jsonb('report').notNull(),
  trainedAt: timestamp('trained_at', { withTimezone: true }).notNull(),
  trainedBy: uuid('trained_by').references(() => appUser.id),
});

export const duplicateReviewStatus = pgEnum('duplicate_review_status', ['running', 'finished', 'failed']);

/** CH-2: a manager's batch run over the whole index, with its progress. */
export const duplicateReviewRun = pgTable(
  'duplicate_review_run',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    status: duplicateReviewStatus('status').notNull().default('running'),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => appUser.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Children to look through, and how many have been looked through so far. */
    total: integer('total').notNull(),
    processed: integer('processed').notNull().default(0),
    pairsFound: integer('pairs_found').notNull().default(0),
    /** Why a run failed, for the manager (never personal data). */
    error: text('error'),
  },
  (t) => [
    index('duplicate_review_run_authority_idx').on(t.authorityId, t.startedAt),
    // One running review per authority, even when two managers press "run" at the same moment.
    uniqueIndex('duplicate_review_run_one_running_idx').on(t.authorityId).where(sql`${t.status} = 'running'`),
  ],
);

export const duplicatePairStatus = pgEnum('duplicate_pair_status', ['open', 'merged', 'not_duplicate']);

/**
 * A likely duplicate found by a run: child_a_id < child_b_id. A pair decided "not the same
 * child" stays decided: later runs do not list it again.
 */
export const duplicatePair = pgTable(
  'duplicate_pair',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: uuid('run_id')
      .notNull()
      .references(() => duplicateReviewRun.id),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    childAId: uuid('child_a_id')
      .notNull()
      .references(() => child.id),
    childBId: uuid('child_b_id')
      .notNull()
      .references(() => child.id),
    probability: doublePrecision('probability').notNull(),
    band: text('band').notNull(),
    explanation: text('explanation').notNull(),
    status: duplicatePairStatus('status').notNull().default('open'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('duplicate_pair_run_children_idx').on(t.runId, t.childAId, t.childBId),
    index('duplicate_pair_children_idx').on(t.childAId, t.childBId),
  ],
);

/**
 * CH-2: one merge. `moved` lists every row moved from the merged child to the survivor, so an
 * undo moves exactly those back. Audit events are never rewritten (AU-1): they stay on the
 * child they were written about, and a survivor's history reads through its merges.
 */
export const childMerge = pgTable(
  'child_merge',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    survivorId: uuid('survivor_id')
      .notNull()
      .references(() => child.id),
    mergedId: uuid('merged_id')
      .notNull()
      .references(() => child.id),
    pairId: uuid('pair_id').references(() => duplicatePair.id),
    moved: jsonb('moved').notNull(),
    reason: text('reason').notNull(),
    mergedBy: uuid('merged_by')
      .notNull()
      .references(() => appUser.id),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull(),
    undoneBy: uuid('undone_by').references(() => appUser.id),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    undoReason: text('undo_reason'),
  },
  (t) => [index('child_merge_survivor_idx').on(t.survivorId), index('child_merge_merged_idx').on(t.mergedId)],
);
