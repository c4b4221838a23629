import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
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
import { child, person } from './child';
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
    /** PL-2: the next review, set by the completed assessment's first review date and then by each review. */
    nextReviewOn: date('next_review_on'),
  },
  (t) => [
    // CF-1 enforced by the database too: two practitioners racing cannot open two CAFs.
    uniqueIndex('episode_one_open_per_child_idx').on(t.childId).where(sql`${t.status} <> 'closed'`),
    index('episode_created_by_idx').on(t.createdBy),
    index('episode_authority_status_idx').on(t.authorityId, t.status),
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
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    startedBy: uuid('started_by').references(() => appUser.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by').references(() => appUser.id),
    /**
     * CH-4: the derived sections (the child's details, the assessor, consent) as they stood at
     * completion. A draft shows the current values instead, so this is null until completed.
     */
    derivedSnapshot: jsonb('derived_snapshot'),
  },
  (t) => [uniqueIndex('assessment_version_episode_number_idx').on(t.episodeId, t.number)],
);

/**
 * One section of one version's content. Saved section by section so that two co-assessors in
 * different sections never conflict, and an autosave writes only what changed (CF-7).
 */
export const assessmentSection = pgTable(
  'assessment_section',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => assessmentVersion.id),
    sectionId: text('section_id').notNull(),
    content: jsonb('content').notNull(),
    /** Optimistic concurrency (CF-7): a save names the revision it was based on. */
    revision: integer('revision').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.sectionId] })],
);

export const consentDecision = pgEnum('consent_decision', ['given', 'refused']);
export const consentCapacity = pgEnum('consent_capacity', [
  'parental_responsibility',
  'young_person_presumed_competent',
  'young_person_judged_competent',
]);
export const consentMethod = pgEnum('consent_method', ['written', 'verbal', 'online']);

/** CO-1, CO-2: consent to assess and store. Records are never changed; a later one supersedes. */
export const consentToAssess = pgTable(
  'consent_to_assess',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    decision: consentDecision('decision').notNull(),
    givenByPersonId: uuid('given_by_person_id').references(() => person.id),
    givenByChild: boolean('given_by_child').notNull().default(false),
    capacity: consentCapacity('capacity').notNull(),
    competenceReasons: text('competence_reasons').notNull().default(''),
    decidedOn: date('decided_on').notNull(),
    method: consentMethod('method').notNull(),
    whatWasExplained: text('what_was_explained').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('consent_to_assess_episode_idx').on(t.episodeId),
    check('consent_to_assess_one_giver', sql`(${t.givenByPersonId} is not null) <> ${t.givenByChild}`),
  ],
);

export const seenAlone = pgEnum('seen_alone', ['yes', 'no', 'not_applicable']);

/** CF-4: when the child (or, for an unborn baby, the expectant mother) was seen, and by whom. */
export const childSeen = pgTable(
  'child_seen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    seenOn: date('seen_on').notNull(),
    seenBy: text('seen_by').notNull(),
    seenAlone: seenAlone('seen_alone').notNull(),
    location: text('location').notNull().default(''),
    expectantMother: boolean('expectant_mother').notNull().default(false),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('child_seen_episode_idx').on(t.episodeId)],
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
