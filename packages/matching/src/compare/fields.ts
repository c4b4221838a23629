import type { NameRelation, NameVariants } from '../names/variants';
import type { NormalisedRecord } from '../normalise/record';
import { compareDates, dateLevels } from './dates';
import {
  compareFamilyNames,
  compareGivenNames,
  familyNameLevels,
  givenNameLevels,
  givenNameRelation,
  sharedPart,
} from './names';
import { comparePostcodes, postcodeLevels } from './postcodes';
import {
  compareEmails,
  compareExact,
  compareIdentifiers,
  comparePlaces,
  emailLevels,
  exactLevels,
  identifierLevels,
  placeLevels,
} from './simple';

export const fieldNames = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'sex',
  'postcode',
  'houseNumber',
  'street',
  'locality',
  'town',
  'nhsNumber',
  'upn',
  'school',
  'email',
  'phone',
] as const;
export type FieldName = (typeof fieldNames)[number];

export type ComparisonContext = { variants: NameVariants };

/** One field of the Fellegi–Sunter model: its graded levels (best first, "different" last) and their words. */
export type FieldComparison = {
  field: FieldName;
  levels: readonly string[];
  /** The level two records reach on this field, or null when it is missing on either (neutral). */
  compare(a: NormalisedRecord, b: NormalisedRecord, context: ComparisonContext): string | null;
  /** The value compared at the 'exact' level: term frequencies are counted on it. */
  exactValue(record: NormalisedRecord): string | null;
  /** Whether agreement on a rare value counts for more than on a common one (term-frequency adjustment). */
  termFrequency: boolean;
  /** Plain-English words for a level, e.g. "surname sounds the same". */
  describe(level: string, a: NormalisedRecord, b: NormalisedRecord, context: ComparisonContext): string;
};

function phrases(words: Record<string, string>): (level: string) => string {
  return (level) => words[level] ?? level;
}

export function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Bill is a nickname of William", "Bill and Billy are both short for William". */
export function describeRelation(relation: NameRelation): string {
  switch (relation.kind) {
    case 'nickname':
      return `${capitalise(relation.short)} is a nickname of ${capitalise(relation.full)}`;
    case 'variant':
      return `${capitalise(relation.variant)} is another form of ${capitalise(relation.name)}`;
    case 'shared':
      return relation.source === 'nickname'
        ? `${capitalise(relation.a)} and ${capitalise(relation.b)} are both short for ${capitalise(relation.canonical)}`
        : `${capitalise(relation.a)} and ${capitalise(relation.b)} are both forms of ${capitalise(relation.canonical)}`;
  }
}

const givenWords = phrases({
  exact: 'same first name',
  partial: 'one of the first names is the same',
  typo: 'first names spelt almost the same',
  sounds: 'first names sound the same',
  similar: 'first names are alike',
  initial: 'first name matches the initial',
  swapped: 'first name and surname are the other way round',
  crossed: "one record's first name is the other's surname",
  different: 'different first names',
});

const givenName: FieldComparison = {
  field: 'givenName',
  levels: givenNameLevels,
  compare: (a, b, context) => compareGivenNames(a, b, context.variants),
  exactValue: (record) => record.given?.joined ?? null,
  termFrequency: true,
  describe(level, a, b, context) {
    if (level === 'variant' && a.given && b.given) {
      const relation = givenNameRelation(a.given, b.given, context.variants);
      if (relation) return describeRelation(relation);
    }
    if (level === 'partial' && a.given && b.given) {
      const part = sharedPart(a.given, b.given);
      if (part) return `both have the first name ${capitalise(part)}`;
    }
    return givenWords(level);
  },
};

const familyName: FieldComparison = {
  field: 'familyName',
  levels: familyNameLevels,
  compare: (a, b) => compareFamilyNames(a, b),
  exactValue: (record) => record.family?.joined ?? null,
  termFrequency: true,
  describe: phrases({
    exact: 'same surname',
    partial: 'one part of the surname is the same',
    typo: 'surnames spelt almost the same',
    sounds: 'surname sounds the same',
    similar: 'surnames are alike',
    different: 'different surnames',
  }),
};

const dateOfBirth: FieldComparison = {
  field: 'dateOfBirth',
  levels: dateLevels,
  compare: (a, b) => compareDates(a.dob, b.dob),
  exactValue: (record) => record.dob?.digits ?? null,
  termFrequency: false,
  describe: phrases({
    exact: 'same date of birth',
    swapped: 'date of birth with the day and month swapped',
    typo: 'dates of birth differ by one digit',
    month: 'dates of birth within a month of each other',
    year: 'dates of birth within a year of each other',
    different: 'different dates of birth',
  }),
};

const postcode: FieldComparison = {
  field: 'postcode',
  levels: postcodeLevels,
  compare: (a, b) => comparePostcodes(a.postcode, b.postcode),
  exactValue: (record) => record.postcode?.full ?? null,
  termFrequency: false,
  describe(level, a) {
    const uk = a.postcode?.uk;
    if (level === 'sector' && uk) return `same postcode sector (${uk.sector})`;
    if (level === 'district' && uk) return `same postcode district (${uk.district})`;
    if (level === 'area' && uk) return `same postcode area (${uk.area})`;
    return (
      { exact: 'same postcode', typo: 'postcodes differ by one character', different: 'different postcodes' }[level] ??
      level
    );
  },
};

function identifier(
  field: 'nhsNumber' | 'upn' | 'phone',
  label: string,
  value: (r: NormalisedRecord) => string | null,
) {
  return {
    field,
    levels: identifierLevels,
    compare: (a, b) => compareIdentifiers(value(a), value(b)),
    exactValue: value,
    termFrequency: false,
    describe: phrases({
      exact: `same ${label}`,
      typo: `${label}s differ by one character`,
      different: `different ${label}s`,
    }),
  } satisfies FieldComparison;
}

function place(
  field: 'street' | 'locality' | 'town' | 'school',
  label: string,
  value: (r: NormalisedRecord) => string | null,
  termFrequency: boolean,
) {
  return {
    field,
    levels: placeLevels,
    compare: (a, b) => comparePlaces(value(a), value(b)),
    exactValue: value,
    termFrequency,
    describe: phrases({
      exact: `same ${label}`,
      typo: `${label} spelt almost the same`,
      similar: `${label} names are alike`,
      different: `different ${label}s`,
    }),
  } satisfies FieldComparison;
}

function exact(field: 'sex' | 'houseNumber', label: string, value: (r: NormalisedRecord) => string | null) {
  return {
    field,
    levels: exactLevels,
    compare: (a, b) => compareExact(value(a), value(b)),
    exactValue: value,
    termFrequency: false,
    describe: phrases({ exact: `same ${label}`, different: `different ${label}` }),
  } satisfies FieldComparison;
}

const email: FieldComparison = {
  field: 'email',
  levels: emailLevels,
  compare: (a, b) => compareEmails(a.email, b.email),
  exactValue: (record) => record.email,
  termFrequency: false,
  describe: phrases({
    exact: 'same email address',
    user: 'same email user name',
    typo: 'email addresses spelt almost the same',
    different: 'different email addresses',
  }),
};

/** Every field the model compares, in the order explanations list them when weights tie. */
export const fieldComparisons: readonly FieldComparison[] = [
  givenName,
  familyName,
  dateOfBirth,
  exact('sex', 'sex', (r) => r.sex),
  postcode,
  exact('houseNumber', 'house number', (r) => r.houseNumber),
  place('street', 'street', (r) => r.street, false),
  place('locality', 'locality', (r) => r.locality, false),
  place('town', 'town', (r) => r.town, true),
  identifier('nhsNumber', 'NHS number', (r) => r.nhsNumber),
  identifier('upn', 'unique pupil number', (r) => r.upn),
  place('school', 'school', (r) => r.school, false),
  email,
  identifier('phone', 'phone number', (r) => r.phone),
];
