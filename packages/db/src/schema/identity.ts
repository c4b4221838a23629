import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { localAuthority, organisation } from './authority';

export const userRole = pgEnum('user_role', ['practitioner', 'manager', 'administrator', 'family_member']);
export const userStatus = pgEnum('user_status', ['active', 'suspended']);

export const appUser = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    /** Null for family members, who belong to no agency. */
    organisationId: uuid('organisation_id').references(() => organisation.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull(),
    jobTitle: text('job_title'),
    telephone: text('telephone'),
    passwordHash: text('password_hash').notNull(),
    status: userStatus('status').notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Emails are compared case-insensitively: one account per address whatever the casing.
    uniqueIndex('app_user_email_lower_idx').on(sql`lower(${t.email})`),
  ],
);

export const session = pgTable(
  'session',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the opaque token: a leaked table does not give usable cookies. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedReason: text('ended_reason'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Sign-in throttling lives in the database so it holds across server processes. */
export const signInAttempt = pgTable(
  'sign_in_attempt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [index('sign_in_attempt_email_at_idx').on(t.email, t.at)],
);
