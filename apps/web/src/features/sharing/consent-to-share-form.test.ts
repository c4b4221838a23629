import { describe, expect, it } from 'vitest';
import type { ConsentChild } from '../consent/consent-form';
import {
  CHILD_GIVER,
  type ConsentToShareFormValues,
  consentToShareFieldFor,
  correctionFormFrom,
  emptyConsentToShareForm,
  makeConfirmationFormSchema,
  makeConsentToShareFormSchema,
  makeCorrectionFormSchema,
  makeWithdrawalFormSchema,
  shareGiverChoices,
} from './consent-to-share-form';

const EPISODE = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';
const CONSENT = '3f9a7c2e-1d4b-4e8a-9c6f-2b5d8e1a7c40';
const MOTHER = '7d3c9a1e-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
const YOUTH = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const GP = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const givers = [{ personId: MOTHER, name: 'Sarah Jones', relationship: 'Mother' }];
const TODAY = '2026-05-01';

/** A child who is `years` old on 1 May 2026. */
const childAged = (years: number): ConsentChild => ({ isUnborn: false, dateOfBirth: `${2026 - years}-01-15` });
const context = (child: ConsentChild) => ({ episodeId: EPISODE, child, givers, today: () => TODAY });

function problemsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  if (result.success) return {};
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

function form(values: Partial<ConsentToShareFormValues>): ConsentToShareFormValues {
  return {
    ...emptyConsentToShareForm(),
    givenBy: MOTHER,
    method: 'written',
    date: { day: '20', month: '4', year: '2026' },
    basicScope: 'all',
    additionalScope: 'none',
    whatWasExplained: 'Who will see the assessment and that consent can be withdrawn',
    ...values,
  };
}

const recordSchema = (child = childAged(14)) => makeConsentToShareFormSchema(context(child));

describe('CO-3 the consent to share form', () => {
  it('sends the organisations only of the scope chosen', () => {
    const result = recordSchema().parse(
      form({
        basicScope: 'only',
        basicOnly: [YOUTH],
        basicExcept: [GP],
        additionalScope: 'all_except',
        additionalOnly: [YOUTH],
        additionalExcept: [GP],
      }),
    );
    expect(result).toEqual({
      episodeId: EPISODE,
      givenBy: { kind: 'person', personId: MOTHER },
      method: 'written',
      date: '2026-04-20',
      basicScope: { kind: 'only', organisationIds: [YOUTH] },
      additionalScope: { kind: 'all_except', organisationIds: [GP] },
      whatWasExplained: 'Who will see the assessment and that consent can be withdrawn',
    });
    expect(recordSchema().parse(form({ basicScope: 'all', basicOnly: [YOUTH] })).basicScope).toEqual({
      kind: 'all',
      organisationIds: [],
    });
  });

  it('takes a single checked box as a list', () => {
    expect(recordSchema().parse(form({ basicScope: 'only', basicOnly: YOUTH })).basicScope.organisationIds).toEqual([
      YOUTH,
    ]);
  });

  it('lists every problem at once, beside the fields on the page', () => {
    expect(
      problemsOf(recordSchema().safeParse({ ...emptyConsentToShareForm(), date: { day: '3', month: '', year: '' } })),
    ).toEqual({
      givenBy: 'Select who gave consent',
      method: 'Select how consent was given',
      date: 'The date consent was given must include a month and year',
      basicScope: 'Select who may see basic information',
      additionalScope: 'Select who may see additional (sensitive) information',
      whatWasExplained: 'Enter what was explained about sharing',
    });
  });

  it('asks for the organisations named, under the scope chosen', () => {
    expect(problemsOf(recordSchema().safeParse(form({ basicScope: 'only', additionalScope: 'all_except' })))).toEqual({
      basicOnly: 'Select the organisations that may see this information',
      additionalExcept: 'Select the organisations that may not see this information',
    });
  });

  it('refuses a date in the future and a blank date', () => {
    expect(problemsOf(recordSchema().safeParse(form({ date: { day: '2', month: '5', year: '2026' } })))).toEqual({
      date: 'The date consent was given must be today or in the past',
    });
    expect(problemsOf(recordSchema().safeParse(form({ date: { day: '', month: '', year: '' } })))).toEqual({
      date: 'Enter the date consent was given',
    });
  });

  it('CO-2: a child under 12 cannot consent; a young person of 12 or over can', () => {
    expect(problemsOf(recordSchema(childAged(10)).safeParse(form({ givenBy: CHILD_GIVER })))).toEqual({
      givenBy: expect.stringMatching(/under 12/),
    });
    expect(recordSchema(childAged(13)).parse(form({ givenBy: CHILD_GIVER })).givenBy).toEqual({ kind: 'child' });
    expect(problemsOf(recordSchema(childAged(18)).safeParse(form({ givenBy: MOTHER })))).toEqual({
      givenBy: expect.stringMatching(/Parental responsibility ends/),
    });
  });

  it('offers the parents with parental responsibility, and the young person when they may consent', () => {
    expect(shareGiverChoices(givers, childAged(8), TODAY).offered.map((g) => g.kind)).toEqual(['person']);
    expect(shareGiverChoices(givers, childAged(13), TODAY).offered.map((g) => g.kind)).toEqual(['person', 'child']);
    expect(shareGiverChoices(givers, { isUnborn: true, dateOfBirth: null }, TODAY).childCannotConsent).toMatch(
      /unborn/,
    );
  });

  it('shows the server’s problems beside the right field', () => {
    expect(consentToShareFieldFor('basicScope.organisationIds', { basicScope: 'only' })).toBe('basicOnly');
    expect(consentToShareFieldFor('basicScope.organisationIds.0', { basicScope: 'all_except' })).toBe('basicExcept');
    expect(consentToShareFieldFor('additionalScope.kind', {})).toBe('additionalScope');
    expect(consentToShareFieldFor('givenBy.personId', {})).toBe('givenBy');
    expect(consentToShareFieldFor('episodeId', {})).toBe('');
  });
});

describe('CO-6 correcting a record', () => {
  const schema = (confirmedOn: string | null = null) =>
    makeCorrectionFormSchema({ ...context(childAged(14)), consentId: CONSENT, original: { confirmedOn } });
  const record = {
    givenBy: { kind: 'person' as const },
    givenByPersonId: MOTHER,
    method: 'verbal',
    decidedOn: '2026-04-02',
  };

  it('starts from the record as it stands and needs a reason', () => {
    const values = correctionFormFrom(record);
    expect(values).toEqual({
      givenBy: MOTHER,
      method: 'verbal',
      date: { day: '2', month: '4', year: '2026' },
      reason: '',
    });
    expect(problemsOf(schema().safeParse(values))).toEqual({ reason: 'Enter why the record is being corrected' });
    expect(schema().parse({ ...values, date: { day: '1', month: '4', year: '2026' }, reason: 'Wrong day' })).toEqual({
      episodeId: EPISODE,
      consentId: CONSENT,
      givenBy: { kind: 'person', personId: MOTHER },
      method: 'verbal',
      date: '2026-04-01',
      reason: 'Wrong day',
    });
  });

  it('keeps the date consent was given on or before its confirmation', () => {
    const values = { ...correctionFormFrom(record), date: { day: '10', month: '4', year: '2026' }, reason: 'Date' };
    expect(problemsOf(schema('2026-04-05').safeParse(values))).toEqual({
      date: 'The date consent was given must be on or before the date it was confirmed',
    });
  });
});

describe('CO-4 confirming verbal consent', () => {
  const schema = makeConfirmationFormSchema({
    episodeId: EPISODE,
    consentId: CONSENT,
    decidedOn: '2026-04-20',
    today: () => TODAY,
  });

  it('takes a date between the consent and today', () => {
    expect(schema.parse({ confirmedOn: { day: '25', month: '4', year: '2026' } })).toEqual({
      episodeId: EPISODE,
      consentId: CONSENT,
      confirmedOn: '2026-04-25',
    });
    expect(problemsOf(schema.safeParse({ confirmedOn: { day: '19', month: '4', year: '2026' } }))).toEqual({
      confirmedOn: 'The date of confirmation must be on or after the date consent was given',
    });
    expect(problemsOf(schema.safeParse({ confirmedOn: { day: '2', month: '5', year: '2026' } }))).toEqual({
      confirmedOn: 'The date of confirmation must be today or in the past',
    });
    expect(problemsOf(schema.safeParse({ confirmedOn: { day: '', month: '', year: '' } }))).toEqual({
      confirmedOn: 'Enter the date consent was confirmed',
    });
    expect(problemsOf(schema.safeParse({ confirmedOn: { day: '31', month: '2', year: '2026' } }))).toEqual({
      confirmedOn: 'The date of confirmation must be a real date',
    });
  });
});

describe('CO-5 recording a withdrawal', () => {
  const schema = makeWithdrawalFormSchema({ episodeId: EPISODE, consentId: CONSENT });

  it('needs who withdrew; the reason is optional', () => {
    expect(problemsOf(schema.safeParse({ withdrawnBy: undefined, reason: '' }))).toEqual({
      withdrawnBy: 'Select who withdrew consent',
    });
    expect(schema.parse({ withdrawnBy: CHILD_GIVER, reason: ' ' })).toEqual({
      episodeId: EPISODE,
      consentId: CONSENT,
      withdrawnBy: { kind: 'child' },
      reason: '',
    });
    expect(schema.parse({ withdrawnBy: MOTHER, reason: 'Moving away' }).withdrawnBy).toEqual({
      kind: 'person',
      personId: MOTHER,
    });
  });
});
