import { sql } from 'drizzle-orm';
import {
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

export const episodeStatus = pgEnum('episode_status', ['draft', 'active', 'closed']);
export const assessorRole = pgEnum('assessor_role', ['assessor', 'co_assessor']);
export const versionStatus = pgEnum('assessment_version_status', ['draft', 'completed']);
export const checklistOutcome = pgEnum('checklist_outcome', [
  'start_caf',
  'refer_specialist',
  'no_further_action',
  'safeguarding_referral',
]);

export const episode = pgTable(
  'episode',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    reference: text('reference').notNull().unique(),
    status: episodeStatus('status').notNull().default('draft'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // CF-1 enforced by the database too: two practitioners racing cannot open two CAFs.
    uniqueIndex('episode_one_open_per_child_idx').on(t.childId).where(sql`${t.status} <> 'closed'`),
    index('episode_created_by_idx').on(t.createdBy),
  ],
);

export const episodeAssessor = pgTable(
  'episode_assessor',
  {
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    role: assessorRole('role').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.episodeId, t.userId] }), index('episode_assessor_user_idx').on(t.userId)],
);

export const assessmentVersion = pgTable(
  'assessment_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    number: integer('number').notNull(),
    status: versionStatus('status').notNull().default('draft'),
    content: jsonb('content').notNull().default({}),
    /** Optimistic concurrency (CF-7): every save names the revision it was based on. */
    revision: integer('revision').notNull().default(0),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('assessment_version_episode_number_idx').on(t.episodeId, t.number)],
);

/** CF-2: every checklist decision is recorded, including those that stop a CAF starting. */
export const checklistDecision = pgTable(
  'checklist_decision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => appUser.id),
    answers: jsonb('answers').notNull(),
    outcome: checklistOutcome('outcome').notNull(),
    episodeId: uuid('episode_id').references(() => episode.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('checklist_decision_child_idx').on(t.childId)],
);
