import { z } from 'zod';
import { addDaysToIsoDate, isIsoDate } from '../dates/iso-date';
import type { FieldErrors } from '../errors/app-error';
import { todayInLondon } from '../time';
import { isValidNhsNumber, isValidUpn, normaliseNhsNumber, normalisePostcode, normaliseUpn } from './identifiers';

/**
 * The child's identifying details (caf-form.md §2): one schema for the register form's
 * zodResolver and for the server's procedure input.
 *
 * Convention: an optional free-text field is a plain string, trimmed, where '' means "not
 * given". Input and output are both strings, so react-hook-form can hold the value as typed and
 * the server maps '' to NULL when it writes (see `blankToNull`).
 */

export const sexes = ['male', 'female', 'unknown', 'prefer_not_to_say'] as const;
export type Sex = (typeof sexes)[number];
export const sexLabels: Record<Sex, string> = {
  male: 'Male',
  female: 'Female',
  unknown: 'Unknown',
  prefer_not_to_say: 'Prefer not to say',
};

export const yesNoNotKnown = ['yes', 'no', 'not_known'] as const;
export type YesNoNotKnown = (typeof yesNoNotKnown)[number];
export const yesNoNotKnownLabels: Record<YesNoNotKnown, string> = {
  yes: 'Yes',
  no: 'No',
  not_known: 'Not known',
};

export const yesNo = ['yes', 'no'] as const;
export type YesNo = (typeof yesNo)[number];

export const ethnicityGroups = [
  'White',
  'Mixed',
  'Asian or Asian British',
  'Black or Black British',
  'Other ethnic group',
  'Not given',
] as const;
export type EthnicityGroup = (typeof ethnicityGroups)[number];

/** DfE codes for the 2011 census categories, as schools return them in the census. */
export const ethnicities = [
  { code: 'WBRI', label: 'White British', group: 'White' },
  { code: 'WIRI', label: 'White Irish', group: 'White' },
  { code: 'WIRT', label: 'Traveller of Irish heritage', group: 'White' },
  { code: 'WROM', label: 'Gypsy or Roma', group: 'White' },
  { code: 'WOTH', label: 'Any other White background', group: 'White', requiresOtherText: true },
  { code: 'MWBC', label: 'White and Black Caribbean', group: 'Mixed' },
  { code: 'MWBA', label: 'White and Black African', group: 'Mixed' },
  { code: 'MWAS', label: 'White and Asian', group: 'Mixed' },
  { code: 'MOTH', label: 'Any other mixed background', group: 'Mixed', requiresOtherText: true },
  { code: 'AIND', label: 'Indian', group: 'Asian or Asian British' },
  { code: 'APKN', label: 'Pakistani', group: 'Asian or Asian British' },
  { code: 'ABAN', label: 'Bangladeshi', group: 'Asian or Asian British' },
  { code: 'CHNE', label: 'Chinese', group: 'Asian or Asian British' },
  {
    code: 'AOTH',
    label: 'Any other Asian background',
    group: 'Asian or Asian British',
    requiresOtherText: true,
  },
  { code: 'BCRB', label: 'Black Caribbean', group: 'Black or Black British' },
  { code: 'BAFR', label: 'Black African', group: 'Black or Black British' },
  {
    code: 'BOTH',
    label: 'Any other Black background',
    group: 'Black or Black British',
    requiresOtherText: true,
  },
  { code: 'OARB', label: 'Arab', group: 'Other ethnic group' },
  { code: 'OOTH', label: 'Any other ethnic group', group: 'Other ethnic group', requiresOtherText: true },
  { code: 'NOBT', label: 'Not given', group: 'Not given' },
] as const satisfies readonly {
  code: string;
  label: string;
  group: EthnicityGroup;
  requiresOtherText?: true;
}[];

export type EthnicityCode = (typeof ethnicities)[number]['code'];
export const ethnicityCodes = ethnicities.map((e) => e.code) as [EthnicityCode, ...EthnicityCode[]];

export function ethnicityLabel(code: string): string | undefined {
  return ethnicities.find((e) => e.code === code)?.label;
}

/** '' from a form field becomes NULL in the database. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const tooLong = (what: string, max: number) => `${what} must be ${max} characters or fewer`;

/** Optional free text: '' means not given. */
function text(what: string, max: number) {
  return z.string().trim().max(max, tooLong(what, max)).default('');
}

export const childDetailsFields = z.object({
  // Required for a born child only; checkChildIdentifiers says so on the right field.
  givenNames: text('Given names', 100),
  familyName: text('Family name', 100),
  alsoKnownAs: text('Also known as', 200),
  sex: z.enum(sexes, "Select the child's sex"),
  isUnborn: z.boolean().default(false),
  dateOfBirth: z.string().trim().default(''),
  expectedDateOfDelivery: z.string().trim().default(''),
  motherName: text("Mother's name", 200),
  address: text('Address', 500),
  postcode: z
    .string()
    .trim()
    .max(10, 'Enter a real postcode')
    // Invalid postcodes are kept as typed so the practitioner sees what they entered.
    .overwrite((v) => normalisePostcode(v) ?? v)
    .default(''),
  telephone: text('Telephone', 40),
  ethnicity: z
    .union([z.enum(ethnicityCodes), z.literal('')], { error: 'Select an ethnicity from the list' })
    .default(''),
  ethnicityOther: text('Ethnicity', 100),
  firstLanguage: text("Child's first language", 100),
  parentFirstLanguage: text("Parent's first language", 100),
  interpreterNeeded: z.boolean().default(false),
  disability: z.enum(yesNoNotKnown).default('not_known'),
  disabilityDetails: text('Disability details', 2000),
  specialRequirements: text('Special requirements', 2000),
  nhsNumber: z.string().trim().max(20, 'NHS number must be 10 digits').overwrite(normaliseNhsNumber).default(''),
  upn: z.string().trim().max(20, 'Unique pupil number must be 13 characters').overwrite(normaliseUpn).default(''),
  schoolName: text('School or setting', 200),
  gpPractice: text('GP practice', 200),
  religion: text('Religion', 100),
  youngCarer: z.enum(yesNoNotKnown).default('not_known'),
  specialEducationalNeeds: z.enum(yesNoNotKnown).default('not_known'),
});

type ChildDetailsFields = z.output<typeof childDetailsFields>;

export type ChildIdentifierCheckInput = Pick<
  ChildDetailsFields,
  | 'isUnborn'
  | 'givenNames'
  | 'familyName'
  | 'motherName'
  | 'dateOfBirth'
  | 'expectedDateOfDelivery'
  | 'nhsNumber'
  | 'upn'
  | 'postcode'
>;

/** How long after the expected date a baby can still be recorded as unborn (CH-3). */
export const EDD_GRACE_DAYS = 30;

/**
 * CH-3 Identifiers are valid, plus who the record is about: a born child needs names and a
 * date of birth; an unborn baby needs an expected date of delivery and the mother's name, since
 * it is recorded as "unborn baby of <mother>". Returns errors keyed by field; empty when valid.
 */
export function checkChildIdentifiers(details: ChildIdentifierCheckInput, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const dob = details.dateOfBirth.trim();
  const edd = details.expectedDateOfDelivery.trim();

  if (details.isUnborn) {
    if (details.motherName.trim() === '') errors.motherName = "Enter the mother's name";
    if (dob !== '') errors.dateOfBirth = 'Remove the date of birth, or say the baby has been born';
    if (edd === '') errors.expectedDateOfDelivery = 'Enter the expected date of delivery';
    else if (!isIsoDate(edd)) errors.expectedDateOfDelivery = 'Expected date of delivery must be a real date';
    else if (edd < addDaysToIsoDate(today, -EDD_GRACE_DAYS)) {
      errors.expectedDateOfDelivery = 'Expected date of delivery must be in the future or within the last 30 days';
    }
  } else {
    if (details.givenNames.trim() === '') errors.givenNames = "Enter the child's given names";
    if (details.familyName.trim() === '') errors.familyName = "Enter the child's family name";
    if (dob === '') errors.dateOfBirth = "Enter the child's date of birth";
    else if (!isIsoDate(dob)) errors.dateOfBirth = 'Date of birth must be a real date';
    else if (dob > today) errors.dateOfBirth = 'Date of birth must be today or in the past';
  }

  const nhs = normaliseNhsNumber(details.nhsNumber.trim());
  if (nhs !== '') {
    if (!/^\d{10}$/.test(nhs)) errors.nhsNumber = 'NHS number must be 10 digits';
    else if (!isValidNhsNumber(nhs)) errors.nhsNumber = 'Enter a valid NHS number';
  }

  const upn = normaliseUpn(details.upn);
  if (upn !== '') {
    if (upn.length !== 13) errors.upn = 'Unique pupil number must be 13 characters';
    else if (!isValidUpn(upn)) errors.upn = 'Enter a valid unique pupil number';
  }

  const postcode = details.postcode.trim();
  if (postcode !== '' && normalisePostcode(postcode) === null) errors.postcode = 'Enter a real postcode';

  return errors;
}

function stringAt(value: unknown, key: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const field: unknown = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : '';
}

/**
 * The schema with CH-3 wired in. `today` is a function so a long-lived schema (the exported
 * one, or a form's) asks for the date at each parse rather than at import.
 */
export function makeChildDetailsSchema(today: () => string) {
  return childDetailsFields.superRefine(
    (details, ctx) => {
      // Runs even when other fields failed, so the form shows every problem at once; the value
      // may then be partly invalid, hence reading it defensively.
      const errors = checkChildIdentifiers(
        {
          isUnborn: details.isUnborn === true,
          givenNames: stringAt(details, 'givenNames'),
          familyName: stringAt(details, 'familyName'),
          motherName: stringAt(details, 'motherName'),
          dateOfBirth: stringAt(details, 'dateOfBirth'),
          expectedDateOfDelivery: stringAt(details, 'expectedDateOfDelivery'),
          nhsNumber: stringAt(details, 'nhsNumber'),
          upn: stringAt(details, 'upn'),
          postcode: stringAt(details, 'postcode'),
        },
        today(),
      );
      for (const [path, message] of Object.entries(errors)) {
        ctx.addIssue({ code: 'custom', path: [path], message });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

export const childDetailsSchema = makeChildDetailsSchema(todayInLondon);
export type ChildDetails = z.output<typeof childDetailsSchema>;
export type ChildDetailsInput = z.input<typeof childDetailsSchema>;

/** Accepts database rows too, where absent values are null rather than ''. */
export type ChildNameFields = {
  isUnborn: boolean;
  givenNames?: string | null;
  familyName?: string | null;
  motherName?: string | null;
};

/** CH-3: 'Amelia Jones', or 'Unborn baby of Sarah Jones'. */
export function childDisplayName(child: ChildNameFields): string {
  if (child.isUnborn) {
    const mother = child.motherName?.trim() ?? '';
    return mother === '' ? 'Unborn baby' : `Unborn baby of ${mother}`;
  }
  const name = [child.givenNames?.trim(), child.familyName?.trim()].filter(Boolean).join(' ');
  return name === '' ? 'Name not recorded' : name;
}

export const parentCarerSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name of the parent or carer').max(200, tooLong('Name', 200)),
  relationship: z
    .string()
    .trim()
    .min(1, 'Enter their relationship to the child')
    .max(100, tooLong('Relationship', 100)),
  address: text('Address', 500),
  telephone: text('Telephone', 40),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, tooLong('Email address', 254))
    .refine(
      (v) => v === '' || z.email().safeParse(v).success,
      'Enter an email address in the correct format, like name@example.com',
    )
    .default(''),
  parentalResponsibility: z.enum(yesNo, 'Select yes if they have parental responsibility for the child'),
});
export type ParentCarer = z.output<typeof parentCarerSchema>;
export type ParentCarerInput = z.input<typeof parentCarerSchema>;

export const MAX_PARENTS_CARERS = 10;

/** CH-1: registering records the matches the practitioner was shown and that none was the child. */
export const registerChildInputSchema = z.object({
  child: childDetailsSchema,
  parents: z
    .array(parentCarerSchema)
    .max(MAX_PARENTS_CARERS, `You can add up to ${MAX_PARENTS_CARERS} parents or carers`)
    .default([]),
  confirmedNoneMatch: z.boolean().default(false),
  shownMatchIds: z.array(z.uuid()).max(100).default([]),
});
export type RegisterChildInput = z.output<typeof registerChildInputSchema>;
