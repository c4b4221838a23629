import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './authority';
import { person } from './child';
import { assessmentVersion, episode } from './episode';
import { appUser } from './identity';

export const joinRequestDecision = pgEnum('join_request_decision', ['accepted', 'declined']);

/** CF-1: a practitioner refused a second CAF asks to join the team of the open one. */
export const teamJoinRequest = pgTable(
  'team_join_request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    organisationId: uuid('organisation_id').references(() => organisation.id),
    message: text('message').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decision: joinRequestDecision('decision'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => appUser.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One request waiting per practitioner per episode.
    uniqueIndex('team_join_request_pending_idx').on(t.episodeId, t.userId).where(sql`${t.decision} is null`),
    index('team_join_request_user_idx').on(t.userId),
  ],
);

/**
 * Family members on the Team Around the Child: a parent or carer (a person on the child record)
 * or the young person themself. They have no access through this row: the family view's access
 * comes from their account; this records who is part of the plan, with joining and leaving dates.
 */
export const teamFamilyMember = pgTable(
  'team_family_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    personId: uuid('person_id').references(() => person.id),
    isChild: boolean('is_child').notNull().default(false),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => appUser.id),
    leftAt: timestamp('left_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => appUser.id),
  },
  (t) => [
    check('team_family_member_one_kind', sql`(${t.personId} is not null) <> ${t.isChild}`),
    uniqueIndex('team_family_member_current_idx')
      .on(t.episodeId, sql`coalesce(${t.personId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.leftAt} is null`),
  ],
);

export const actionStatus = pgEnum('plan_action_status', ['not_started', 'in_progress', 'done', 'no_longer_needed']);
export const actionOwnerKind = pgEnum('plan_action_owner_kind', ['user', 'person', 'child']);

/** PL-1: the delivery plan, one row per action, started from the completed assessment's agreed actions. */
export const planAction = pgTable(
  'plan_action',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order actions were made in (the test clock gives equal timestamps). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    /** The completed version whose agreed action this came from; null when added to the plan later. */
    fromVersionId: uuid('from_version_id').references(() => assessmentVersion.id),
    need: text('need').notNull(),
    action: text('action').notNull(),
    desiredOutcome: text('desired_outcome').notNull().default(''),
    ownerKind: actionOwnerKind('owner_kind').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => appUser.id),
    ownerPersonId: uuid('owner_person_id').references(() => person.id),
    /** The owner's name as chosen, so the plan still says who it meant if they leave. */
    ownerName: text('owner_name').notNull(),
    dueOn: date('due_on').notNull(),
    status: actionStatus('status').notNull().default('not_started'),
    /** Optimistic concurrency, as for assessment sections (CF-7). */
    revision: integer('revision').notNull().default(0),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by').references(() => appUser.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
  },
  (t) => [
    index('plan_action_episode_idx').on(t.episodeId, t.seq),
    index('plan_action_open_due_idx').on(t.dueOn).where(sql`${t.status} in ('not_started', 'in_progress')`),
    index('plan_action_owner_open_idx')
      .on(t.ownerUserId, t.dueOn)
      .where(sql`${t.status} in ('not_started', 'in_progress')`),
    check(
      'plan_action_owner',
      sql`(${t.ownerKind} = 'user') = (${t.ownerUserId} is not null) and (${t.ownerKind} = 'person') = (${t.ownerPersonId} is not null)`,
    ),
  ],
);

/** Progress notes on an action: appended, never edited, each with the status it left. */
export const planActionNote = pgTable(
  'plan_action_note',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => planAction.id),
    status: actionStatus('status').notNull(),
    note: text('note').notNull(),
    writtenBy: uuid('written_by')
      .notNull()
      .references(() => appUser.id),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    /** Set when the note was recorded as part of a review (PL-2). */
    reviewId: uuid('review_id'),
  },
  (t) => [index('plan_action_note_action_idx').on(t.actionId, t.seq)],
);

export const closureReason = pgEnum('closure_reason', [
  'needs_met',
  'consent_withdrawn_or_disengaged',
  'moved_area',
  'escalated_to_social_care',
  'age_limit',
  'other',
]);

/** PL-2: a review meeting. Each one starts the next assessment version (CF-6). */
export const review = pgTable(
  'review',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    /** 1 for the first review of the episode. */
    number: integer('number').notNull(),
    heldOn: date('held_on').notNull(),
    childComments: text('child_comments').notNull(),
    parentComments: text('parent_comments').notNull(),
    /** The next review date, or null when the review closed the episode. */
    nextReviewOn: date('next_review_on'),
    closureReason: closureReason('closure_reason'),
    closureReasonText: text('closure_reason_text'),
    /** The assessment version the review started (CF-6); null when it closed the episode. */
    startedVersionNumber: integer('started_version_number'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('review_episode_number_idx').on(t.episodeId, t.number),
    check('review_next_or_closure', sql`(${t.nextReviewOn} is null) <> (${t.closureReason} is null)`),
  ],
);

export const attendeeKind = pgEnum('review_attendee_kind', ['user', 'person', 'child', 'other']);

export const reviewAttendee = pgTable(
  'review_attendee',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => review.id),
    position: smallint('position').notNull(),
    kind: attendeeKind('kind').notNull(),
    userId: uuid('user_id').references(() => appUser.id),
    personId: uuid('person_id').references(() => person.id),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.position] })],
);

/** PL-2 distance travelled: 0 (needs not met at all) to 10 (fully met), for every need, at every review. */
export const reviewDistance = pgTable(
  'review_distance',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => review.id),
    need: text('need').notNull(),
    score: smallint('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reviewId, t.need] }),
    check('review_distance_score', sql`${t.score} between 0 and 10`),
  ],
);

export const episodeEventKind = pgEnum('episode_closure_event', ['closed', 'reopened']);

/** PL-3: every closure and reopening, with its reason. The episode row holds the current status. */
export const episodeClosure = pgTable(
  'episode_closure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    event: episodeEventKind('event').notNull(),
    reason: closureReason('reason'),
    reasonText: text('reason_text').notNull().default(''),
    reviewId: uuid('review_id').references(() => review.id),
    by: uuid('by')
      .notNull()
      .references(() => appUser.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('episode_closure_episode_idx').on(t.episodeId, t.seq),
    check('episode_closure_reason', sql`(${t.event} = 'closed') = (${t.reason} is not null)`),
  ],
);
