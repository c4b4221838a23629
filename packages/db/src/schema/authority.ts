import { boolean, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const organisationKind = pgEnum('organisation_kind', [
  'school',
  'early_years',
  'health',
  'gp',
  'social_care',
  'police',
  'youth_justice',
  'housing',
  'voluntary',
  'early_help',
  'youth_service',
  'other',
]);

export const localAuthority = pgTable('local_authority', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  code: text('code').notNull().unique(),
  /** CF-2: where a practitioner is sent when there is an immediate safeguarding concern. */
  safeguardingRouteTitle: text('safeguarding_route_title').notNull(),
  safeguardingRouteTelephone: text('safeguarding_route_telephone').notNull(),
  safeguardingRouteEmail: text('safeguarding_route_email').notNull(),
  safeguardingRouteText: text('safeguarding_route_text').notNull(),
  /** CF-5: first review within this many weeks (configurable per authority). */
  reviewLimitWeeks: integer('review_limit_weeks').notNull().default(12),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisation = pgTable('organisation', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorityId: uuid('authority_id')
    .notNull()
    .references(() => localAuthority.id),
  name: text('name').notNull(),
  kind: organisationKind('kind').notNull(),
  isSensitiveService: boolean('is_sensitive_service').notNull().default(false),
  telephone: text('telephone'),
  address: text('address'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
