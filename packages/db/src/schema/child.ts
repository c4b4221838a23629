import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { localAuthority } from './authority';
import { appUser } from './identity';

export const childSex = pgEnum('child_sex', ['male', 'female', 'unknown', 'prefer_not_to_say']);
export const yesNoNotKnown = pgEnum('yes_no_not_known', ['yes', 'no', 'not_known']);

export const child = pgTable(
  'child',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    authorityId: uuid('authority_id')
      .notNull()
      .references(() => localAuthority.id),
    givenNames: text('given_names').notNull(),
    familyName: text('family_name').notNull(),
    alsoKnownAs: text('also_known_as'),
    sex: childSex('sex').notNull(),
    isUnborn: boolean('is_unborn').notNull().default(false),
    dateOfBirth: date('date_of_birth'),
    expectedDateOfDelivery: date('expected_date_of_delivery'),
    motherName: text('mother_name'),
    address: text('address'),
    postcode: text('postcode'),
    telephone: text('telephone'),
    ethnicity: text('ethnicity'),
    ethnicityOther: text('ethnicity_other'),
    firstLanguage: text('first_language'),
    parentFirstLanguage: text('parent_first_language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    disability: yesNoNotKnown('disability'),
    disabilityDetails: text('disability_details'),
    specialRequirements: text('special_requirements'),
    nhsNumber: text('nhs_number'),
    upn: text('upn'),
    schoolName: text('school_name'),
    gpPractice: text('gp_practice'),
    religion: text('religion'),
    youngCarer: yesNoNotKnown('young_carer'),
    specialEducationalNeeds: yesNoNotKnown('special_educational_needs'),
    /** CH-1: the practitioner's "none of these is the child", with the matches they were shown. */
    registrationConfirmation: jsonb('registration_confirmation'),
    /** CH-2: a merged child leaves a tombstone pointing at the survivor. */
    /** The young person's own family account, once they have been invited. */
    userId: uuid('user_id').references((): AnyPgColumn => appUser.id),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => child.id),
    createdBy: uuid('created_by').references(() => appUser.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * CH-1, CH-2: the version of the matching keys this child is indexed under in child_match_key
     * (null: not indexed yet). The server re-indexes children whose version is behind the engine's.
     */
    matchKeysVersion: integer('match_keys_version'),
  },
  (t) => [
    index('child_dob_idx').on(t.dateOfBirth),
    index('child_nhs_idx').on(t.nhsNumber),
    index('child_upn_idx').on(t.upn),
    index('child_postcode_idx').on(t.postcode),
    index('child_match_keys_version_idx').on(t.authorityId, t.matchKeysVersion),
    // CH-2: the records merged into a child, which searches also score it by.
    index('child_merged_into_idx').on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
  ],
);

/** A parent or carer. One person can be linked to several children (siblings). */
export const person = pgTable('person', {
  id: uuid('id').primaryKey().defaultRandom(),
  authorityId: uuid('authority_id')
    .notNull()
    .references(() => localAuthority.id),
  name: text('name').notNull(),
  address: text('address'),
  telephone: text('telephone'),
  email: text('email'),
  /** A family member's account, once they have been invited. */
  userId: uuid('user_id').references(() => appUser.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const childPerson = pgTable(
  'child_person',
  {
    childId: uuid('child_id')
      .notNull()
      .references(() => child.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    relationship: text('relationship').notNull(),
    /** CO-2: decides who may consent for the child. */
    parentalResponsibility: boolean('parental_responsibility').notNull(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.personId] }), index('child_person_person_idx').on(t.personId)],
);
