import {
  checkChildIdentifiers,
  childDetailsFields,
  type DateParts,
  dateParts,
  datePartsError,
  parentCarerSchema,
  partsToIsoDate,
  type RegisterChildInput,
  todayInLondon,
  yesNo,
} from '@ecaf/domain';
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';

/**
 * A question that starts unanswered (GOV.UK radios are never pre-selected) but must be answered:
 * the form may hold `undefined`, and validation asks with the domain schema's own message.
 */
function mustAnswer<T extends z.ZodType>(schema: T) {
  return schema.optional().transform((value, ctx): z.output<T> => {
    if (value !== undefined) return value;
    // Unanswered: report the schema's own message for a missing value.
    for (const issue of schema.safeParse(undefined).error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', message: issue.message });
    }
    return z.NEVER;
  });
}

/**
 * The register form's shape, composed from the domain's schemas (nothing redeclared). It
 * differs from the API only where GOV.UK patterns ask differently:
 * - dates are the three boxes of the date input (`dateParts`), not ISO strings;
 * - 'Has the baby been born?' and 'Interpreter needed' are yes/no radios, not booleans;
 * - radios start unanswered.
 * Its output is the API's input (`RegisterChildInput`), and the server checks it again.
 */
export const registerChildFormFields = z.object({
  child: childDetailsFields.extend({
    sex: mustAnswer(childDetailsFields.shape.sex),
    isUnborn: mustAnswer(z.enum(yesNo, 'Select yes if this is an unborn baby')),
    dateOfBirth: dateParts,
    expectedDateOfDelivery: dateParts,
    interpreterNeeded: z.enum(yesNo).optional(),
  }),
  parents: z.array(
    parentCarerSchema.extend({
      parentalResponsibility: mustAnswer(parentCarerSchema.shape.parentalResponsibility),
    }),
  ),
  confirmedNoneMatch: z.boolean().default(false),
});

export type RegisterChildFormValues = z.input<typeof registerChildFormFields>;
export type ParentCarerFormValues = RegisterChildFormValues['parents'][number];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringAt(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

function partsAt(record: Record<string, unknown>, key: string): DateParts {
  const value = record[key];
  if (!isRecord(value)) return { day: '', month: '', year: '' };
  return { day: stringAt(value, 'day'), month: stringAt(value, 'month'), year: stringAt(value, 'year') };
}

export function makeRegisterChildFormSchema(today: () => string) {
  return registerChildFormFields
    .superRefine(
      (_value, ctx) => {
        // Runs even when other fields failed, so the summary lists every problem at once; the
        // value may then be partly invalid, hence reading it defensively.
        const form: unknown = ctx.value;
        const child = isRecord(form) && isRecord(form.child) ? form.child : {};
        const isUnborn = child.isUnborn === 'yes';
        const reported = new Set(ctx.issues.map((issue) => issue.path?.join('.')));
        const add = (field: string, message: string) => {
          if (reported.has(`child.${field}`)) return;
          reported.add(`child.${field}`);
          ctx.addIssue({ code: 'custom', path: ['child', field], message });
        };

        // The GOV.UK date input's own messages first ('Date of birth must include a month')…
        const dateField = isUnborn ? 'expectedDateOfDelivery' : 'dateOfBirth';
        const parts = partsAt(child, dateField);
        const partsProblem = datePartsError(parts, isUnborn ? 'Expected date of delivery' : 'Date of birth');
        if (partsProblem) add(dateField, partsProblem);

        // …then CH-3, the domain's identifier rules, once we know whether the baby is born.
        if (child.isUnborn !== 'yes' && child.isUnborn !== 'no') return;
        const iso = partsToIsoDate(parts) ?? '';
        const problems = checkChildIdentifiers(
          {
            isUnborn,
            givenNames: stringAt(child, 'givenNames'),
            familyName: stringAt(child, 'familyName'),
            motherName: stringAt(child, 'motherName'),
            dateOfBirth: isUnborn ? '' : iso,
            expectedDateOfDelivery: isUnborn ? iso : '',
            nhsNumber: stringAt(child, 'nhsNumber'),
            upn: stringAt(child, 'upn'),
            postcode: stringAt(child, 'postcode'),
          },
          today(),
        );
        for (const [field, message] of Object.entries(problems)) add(field, message);
      },
      { when: () => true },
    )
    .transform((form): RegisterChildInput => {
      const { isUnborn, dateOfBirth, expectedDateOfDelivery, interpreterNeeded, ...details } = form.child;
      const unborn = isUnborn === 'yes';
      return {
        child: {
          ...details,
          isUnborn: unborn,
          // Only what applies is sent: a born child has no due date or mother's name here.
          dateOfBirth: unborn ? '' : (partsToIsoDate(dateOfBirth) ?? ''),
          expectedDateOfDelivery: unborn ? (partsToIsoDate(expectedDateOfDelivery) ?? '') : '',
          motherName: unborn ? details.motherName : '',
          interpreterNeeded: interpreterNeeded === 'yes',
          disabilityDetails: details.disability === 'yes' ? details.disabilityDetails : '',
          ethnicityOther: details.ethnicity === '' ? '' : details.ethnicityOther,
        },
        parents: form.parents,
        confirmedNoneMatch: form.confirmedNoneMatch,
        shownMatchIds: [],
      };
    });
}

export const registerChildFormSchema = makeRegisterChildFormSchema(todayInLondon);

const emptyDate: DateParts = { day: '', month: '', year: '' };

export const emptyParentCarer: ParentCarerFormValues = {
  name: '',
  relationship: '',
  address: '',
  telephone: '',
  email: '',
  parentalResponsibility: undefined,
};

/**
 * A blank form. A search that looked like a name starts the names off ('Amelia Jones' →
 * given names 'Amelia', family name 'Jones'; a single word is taken as the family name); the
 * practitioner checks and corrects them.
 */
export function emptyRegisterChildForm(fromSearch: string): DefaultValues<RegisterChildFormValues> {
  const looksLikeName = /^[\p{L}' -]+$/u.test(fromSearch.trim());
  const words = looksLikeName ? fromSearch.trim().split(/\s+/).filter(Boolean) : [];
  const familyName = words.pop() ?? '';
  return {
    child: {
      givenNames: words.join(' '),
      familyName,
      alsoKnownAs: '',
      dateOfBirth: { ...emptyDate },
      expectedDateOfDelivery: { ...emptyDate },
      motherName: '',
      address: '',
      postcode: '',
      telephone: '',
      ethnicity: '',
      ethnicityOther: '',
      firstLanguage: '',
      parentFirstLanguage: '',
      disabilityDetails: '',
      specialRequirements: '',
      nhsNumber: '',
      upn: '',
      schoolName: '',
      gpPractice: '',
      religion: '',
    },
    parents: [],
    confirmedNoneMatch: false,
  };
}
