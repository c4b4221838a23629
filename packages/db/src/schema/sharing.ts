import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisation } from './authority';
import { child, person } from './child';
import { consentMethod, episode } from './episode';
import { appUser } from './identity';

export const shareScopeKind = pgEnum('share_scope_kind', ['all', 'all_except', 'only', 'none']);

/**
 * CO-3 to CO-6: consent to share. A record is never edited: confirmation (CO-4) and withdrawal
 * (CO-5) are stamped once each, and a correction (CO-6) is a new record naming the one it
 * corrects. A trigger in the migration refuses anything else.
 */
export const consentToShare = pgTable(
  'consent_to_share',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order records were made in: "the newest record stands" must not depend on clock ties. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    givenByPersonId: uuid('given_by_person_id').references(() => person.id),
    givenByChild: boolean('given_by_child').notNull().default(false),
    method: consentMethod('method').notNull(),
    decidedOn: date('decided_on').notNull(),
    basicScope: shareScopeKind('basic_scope').notNull(),
    basicOrganisationIds: uuid('basic_organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    additionalScope: shareScopeKind('additional_scope').notNull(),
    additionalOrganisationIds: uuid('additional_organisation_ids').array().notNull().default(sql`'{}'::uuid[]`),
    whatWasExplained: text('what_was_explained').notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => appUser.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    confirmedOn: date('confirmed_on'),
    confirmedBy: uuid('confirmed_by').references(() => appUser.id),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    withdrawnOn: date('withdrawn_on'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** Who recorded the withdrawal: a practitioner, or the family member themself in the family view. */
    withdrawalRecordedBy: uuid('withdrawal_recorded_by').references(() => appUser.id),
    withdrawnByPersonId: uuid('withdrawn_by_person_id').references(() => person.id),
    withdrawnByChild: boolean('withdrawn_by_child'),
    withdrawalReason: text('withdrawal_reason'),
    correctsId: uuid('corrects_id'),
    correctionReason: text('correction_reason'),
  },
  (t) => [
    index('consent_to_share_episode_idx').on(t.episodeId, t.seq),
    check('consent_to_share_one_giver', sql`(${t.givenByPersonId} is not null) <> ${t.givenByChild}`),
    check('consent_to_share_correction_has_reason', sql`(${t.correctsId} is null) = (${t.correctionReason} is null)`),
    // CO-6: a record is corrected once; the correction can itself be corrected.
    uniqueIndex('consent_to_share_corrects_once_idx').on(t.correctsId),
  ],
);

export const withoutConsentGround = pgEnum('without_consent_ground', [
  'significant_harm_to_child',
  'adult_at_risk_of_serious_harm',
  'serious_crime',
]);
export const sharedInformation = pgEnum('shared_information', ['basic', 'basic_and_additional']);

/** CO-7: a share without consent, on a recorded ground. Append-only, flagged to managers. */
export const shareWithoutConsent = pgTable(
  'share_without_consent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    ground: withoutConsentGround('ground').notNull(),
    reason: text('reason').notNull(),
    shared: sharedInformation('shared').notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => appUser.id),
    recipientName: text('recipient_name'),
    recipientOrganisation: text('recipient_organisation'),
    sharedBy: uuid('shared_by')
      .notNull()
      .references(() => appUser.id),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('share_without_consent_episode_idx').on(t.episodeId),
    index('share_without_consent_shared_at_idx').on(t.sharedAt),
    check(
      'share_without_consent_one_recipient',
      sql`(${t.recipientUserId} is not null) <> (${t.recipientName} is not null and ${t.recipientOrganisation} is not null)`,
    ),
  ],
);

export const teamBasis = pgEnum('team_basis', ['consent', 'without_consent']);

/** SH-4: practitioners on the Team Around the Child. Leaving sets left_at; rows are kept. */
export const teamMember = pgTable(
  'team_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** The organisation they joined for: consent scopes name organisations. */
    organisationId: uuid('organisation_id').references(() => organisation.id),
    basis: teamBasis('basis').notNull(),
    shareWithoutConsentId: uuid('share_without_consent_id').references(() => shareWithoutConsent.id),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => appUser.id),
    leftAt: timestamp('left_at', { withTimezone: true }),
    removedBy: uuid('removed_by').references(() => appUser.id),
  },
  (t) => [
    uniqueIndex('team_member_current_idx').on(t.episodeId, t.userId).where(sql`${t.leftAt} is null`),
    index('team_member_user_idx').on(t.userId).where(sql`${t.leftAt} is null`),
    check('team_member_basis_share', sql`(${t.basis} = 'without_consent') = (${t.shareWithoutConsentId} is not null)`),
  ],
);

/**
 * LP-1: the lead professional, one at a time, with the history kept (LP-3). Read by the access
 * policy: the lead professional keeps access when consent is withdrawn (CO-5).
 */
export const leadProfessional = pgTable(
  'lead_professional',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** LP-2: the family's view on who should be lead professional, asked at assignment. */
    familyView: text('family_view').notNull().default(''),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedBy: uuid('assigned_by')
      .notNull()
      .references(() => appUser.id),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by').references(() => appUser.id),
    /** LP-3: what the outgoing lead professional handed over, or why a manager changed it. */
    handoverNote: text('handover_note').notNull().default(''),
  },
  (t) => [
    uniqueIndex('lead_professional_current_idx').on(t.episodeId).where(sql`${t.endedAt} is null`),
    index('lead_professional_user_idx').on(t.userId).where(sql`${t.endedAt} is null`),
  ],
);

/** Family accounts: a single-use link valid for 7 days. Only the token's hash is stored. */
export const familyInvitation = pgTable(
  'family_invitation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    /** The parent or carer invited; null when the young person is. */
    personId: uuid('person_id').references(() => person.id),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedUserId: uuid('accepted_user_id').references(() => appUser.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('family_invitation_episode_idx').on(t.episodeId)],
);

export const notificationKind = pgEnum('notification_kind', [
  'consent_withdrawn',
  'lead_professional_assigned',
  'added_to_team',
  'join_requested',
  'join_decided',
  'concern_raised',
  'action_due',
  'review_due',
  'verbal_consent_unconfirmed',
]);

/**
 * In-app notifications: CO-5 "the lead professional is told" when consent is withdrawn.
 * Reminders that follow from the state of a record (CO-4 verbal consent awaiting confirmation)
 * are not stored: My work works them out each time, so they cannot go stale.
 */
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    episodeId: uuid('episode_id').references(() => episode.id),
    /** A concern about a child with no open CAF names the child only. */
    childId: uuid('child_id').references(() => child.id),
    kind: notificationKind('kind').notNull(),
    /** A reminder's subject (the action, or the episode whose review is due) and the date it is for. */
    aboutId: uuid('about_id'),
    dueOn: date('due_on'),
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notification_user_idx').on(t.userId, t.createdAt),
    // One reminder per person, subject and due date, however many server processes send them.
    uniqueIndex('notification_reminder_once_idx')
      .on(t.userId, t.kind, t.aboutId, t.dueOn)
      .where(sql`${t.aboutId} is not null`),
  ],
);
