import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './authority';
import { child } from './child';
import { episode } from './episode';
import { appUser } from './identity';

/**
 * IN-1: "who else is working with this child". A sensitive service's involvement (sexual health,
 * mental health, substance misuse) shows only when the child or family explicitly agreed.
 */
export const involvement = pgTable(
  'involvement',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => appUser.id),
    /** What the service is doing, in a few words ("weekly mentoring"). */
    service: text('service').notNull(),
    startedOn: date('started_on').notNull(),
    endedOn: date('ended_on'),
    /** IN-1: explicit consent to show a sensitive service's involvement to others. */
    explicitConsent: boolean('explicit_consent').notNull().default(false),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('involvement_child_idx').on(t.childId)],
);

/** IN-2: a concern about a child. Never deleted (a trigger refuses it): resolved with a reason. */
export const concern = pgTable(
  'concern',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    /** The open episode when the concern was raised, whose lead professional was told. */
    episodeId: uuid('episode_id').references(() => episode.id),
    raisedBy: uuid('raised_by')
      .notNull()
      .references(() => appUser.id),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    description: text('description').notNull(),
    resolvedBy: uuid('resolved_by').references(() => appUser.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolution: text('resolution'),
  },
  (t) => [
    index('concern_child_idx').on(t.childId, t.raisedAt),
    index('concern_open_idx').on(t.raisedAt).where(sql`${t.resolvedAt} is null`),
    check('concern_resolution', sql`(${t.resolvedAt} is null) = (${t.resolution} is null)`),
  ],
);
