import { describe, expect, it } from 'vitest';
import {
  CHILD_GIVER,
  type ConsentChild,
  type ConsentFormValues,
  consentFieldFor,
  consentGiverChoices,
  emptyConsentForm,
  makeConsentFormSchema,
} from './consent-form';

const EPISODE = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';
const MOTHER = '7d3c9a1e-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
const FATHER = '5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b';
const givers = [
  { personId: MOTHER, name: 'Sarah Jones', relationship: 'Mother', parentalResponsibility: true },
  { personId: FATHER, name: 'Tom Jones', relationship: 'Stepfather', parentalResponsibility: false },
];
const TODAY = '2026-05-01';

/** A child who is `years` old on 1 May 2026. */
const childAged = (years: number): ConsentChild => ({ isUnborn: false, dateOfBirth: `${2026 - years}-01-15` });

function schemaFor(child: ConsentChild) {
  return makeConsentFormSchema({ episodeId: EPISODE, child, givers, today: () => TODAY });
}

function form(values: Partial<ConsentFormValues>): ConsentFormValues {
  return {
    ...emptyConsentForm(),
    decision: 'given',
    date: { day: '20', month: '4', year: '2026' },
    method: 'written',
    whatWasExplained: 'What the CAF is and who will see it',
    ...values,
  };
}

function problems(child: ConsentChild, values: ConsentFormValues): Record<string, string> {
  const result = schemaFor(child).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('CO-2 who the consent form offers', () => {
  it('under 12: only people with parental responsibility, and says why the child is not offered', () => {
    const choices = consentGiverChoices(givers, 11);
    expect(choices.offered).toEqual([{ kind: 'person', value: MOTHER, name: 'Sarah Jones', relationship: 'Mother' }]);
    expect(choices.notOffered).toEqual([
      {
        personId: FATHER,
        name: 'Tom Jones',
        relationship: 'Stepfather',
        reason: 'not recorded as having parental responsibility',
      },
    ]);
    expect(choices.childCannotConsent).toMatch(/under 12/);
  });

  it('12 to 15: the young person too, with a competence judgement', () => {
    const child = consentGiverChoices(givers, 12).offered.find((g) => g.kind === 'child');
    expect(child).toEqual({
      kind: 'child',
      value: CHILD_GIVER,
      capacity: 'young_person_judged_competent',
      needsCompetenceReasons: true,
    });
    expect(consentGiverChoices(givers, 15).childCannotConsent).toBeNull();
  });

  it('16 and over: the young person is presumed competent', () => {
    expect(consentGiverChoices(givers, 16).offered.at(-1)).toMatchObject({
      kind: 'child',
      capacity: 'young_person_presumed_competent',
      needsCompetenceReasons: false,
    });
  });

  it('18 and over: parental responsibility has ended', () => {
    const choices = consentGiverChoices(givers, 18);
    expect(choices.offered.map((g) => g.kind)).toEqual(['child']);
    expect(choices.notOffered.map((g) => g.reason)).toEqual([
      'parental responsibility ends when a child turns 18',
      'not recorded as having parental responsibility',
    ]);
  });

  it('an unborn baby: a person with parental responsibility', () => {
    const choices = consentGiverChoices(givers, null);
    expect(choices.offered.map((g) => g.kind)).toEqual(['person']);
    expect(choices.childCannotConsent).toMatch(/unborn baby/);
  });
});

describe('consent form schema', () => {
  it('turns a parent’s consent into the API input, with the capacity that fits', () => {
    expect(schemaFor(childAged(8)).parse(form({ givenBy: MOTHER, competenceReasons: 'left over' }))).toEqual({
      episodeId: EPISODE,
      decision: 'given',
      givenBy: { kind: 'person', personId: MOTHER },
      capacity: 'parental_responsibility',
      competenceReasons: '',
      date: '2026-04-20',
      method: 'written',
      whatWasExplained: 'What the CAF is and who will see it',
    });
  });

  it('a young person of 16 or over consents as presumed competent', () => {
    const result = schemaFor(childAged(16)).parse(form({ givenBy: CHILD_GIVER, competenceReasons: 'not needed' }));
    expect(result).toMatchObject({
      givenBy: { kind: 'child' },
      capacity: 'young_person_presumed_competent',
      competenceReasons: '',
    });
  });

  it('a young person of 12 to 15 needs the reasons for the competence judgement', () => {
    expect(problems(childAged(13), form({ givenBy: CHILD_GIVER }))).toEqual({
      competenceReasons: expect.stringMatching(/judge them competent|reasons/),
    });
    expect(
      schemaFor(childAged(13)).parse(form({ givenBy: CHILD_GIVER, competenceReasons: ' Understands fully ' })),
    ).toMatchObject({ capacity: 'young_person_judged_competent', competenceReasons: 'Understands fully' });
  });

  it('refuses a child under 12 and a person without parental responsibility', () => {
    expect(problems(childAged(11), form({ givenBy: CHILD_GIVER }))).toEqual({
      givenBy: expect.stringMatching(/under 12/),
    });
    expect(problems(childAged(8), form({ givenBy: FATHER }))).toEqual({
      givenBy: expect.stringMatching(/does not have parental responsibility/),
    });
  });

  it('lists every problem at once, with the GOV.UK date messages', () => {
    expect(problems(childAged(8), { ...emptyConsentForm(), date: { day: '3', month: '', year: '2026' } })).toEqual({
      decision: 'Select whether consent was given',
      givenBy: 'Select who gave consent',
      date: 'The date consent was given must include a month',
      method: 'Select how consent was given',
      whatWasExplained: 'Enter what was explained to the person giving consent',
    });
    expect(problems(childAged(8), form({ date: { day: '', month: '', year: '' }, givenBy: MOTHER }))).toEqual({
      date: 'Enter the date consent was given',
    });
  });

  it('refuses a date in the future', () => {
    expect(problems(childAged(8), form({ givenBy: MOTHER, date: { day: '2', month: '5', year: '2026' } }))).toEqual({
      date: 'The date consent was given must be today or in the past',
    });
  });

  it('shows the server’s capacity problem beside who gave consent', () => {
    expect(consentFieldFor('capacity')).toBe('givenBy');
    expect(consentFieldFor('givenBy.personId')).toBe('givenBy');
    expect(consentFieldFor('date')).toBe('date');
    expect(consentFieldFor('episodeId')).toBe('');
  });
});
