import { describe, expect, it } from 'vitest';
import {
  type ConsentDecisionRecord,
  type ConsentToAssessInput,
  checkConsentToAssess,
  childAgeForConsent,
  consentToAssessSchema,
  effectiveConsent,
  whoMayConsent,
} from './consent-to-assess';

const today = '2026-03-15';
const personId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const byParent: ConsentToAssessInput = {
  givenBy: { kind: 'person', personId },
  capacity: 'parental_responsibility',
  date: '2026-03-10',
  method: 'written',
  whatWasExplained: '  What the CAF is, who will see it and how to withdraw.  ',
};
const byYoungPerson: ConsentToAssessInput = {
  givenBy: { kind: 'child' },
  capacity: 'young_person_judged_competent',
  competenceReasons: 'Understood what would be shared and with whom, and could explain it back.',
  date: '2026-03-10',
  method: 'verbal',
  whatWasExplained: 'What the CAF is and who will see it.',
};

describe('CO-1 consent to assess and store is recorded in full', () => {
  it('allows a complete record and trims its text', () => {
    const parsed = consentToAssessSchema.parse(byParent);
    expect(parsed).toEqual({
      ...byParent,
      competenceReasons: '',
      whatWasExplained: 'What the CAF is, who will see it and how to withdraw.',
    });
    expect(checkConsentToAssess(parsed, { today, childAgeYears: 8, giverHasParentalResponsibility: true })).toEqual({});
  });

  it('refuses a record without who, capacity, date, method or what was explained', () => {
    expect(issues(consentToAssessSchema.safeParse({ whatWasExplained: ' ' }))).toEqual([
      ['givenBy', 'Select who gave consent'],
      ['capacity', 'Select the capacity in which consent was given'],
      ['date', 'Enter the date consent was given'],
      ['method', 'Select how consent was given'],
      ['whatWasExplained', 'Enter what was explained to the person giving consent'],
    ]);
  });

  it('refuses a date that is not real, or in the future', () => {
    expect(issues(consentToAssessSchema.safeParse({ ...byParent, date: '2026-02-30' }))).toEqual([
      ['date', 'The date consent was given must be a real date'],
    ]);
    const future = consentToAssessSchema.parse({ ...byParent, date: '2026-03-16' });
    expect(checkConsentToAssess(future, { today, childAgeYears: 8, giverHasParentalResponsibility: true })).toEqual({
      date: 'The date consent was given must be today or in the past',
    });
    const onTheDay = consentToAssessSchema.parse({ ...byParent, date: today });
    expect(checkConsentToAssess(onTheDay, { today, childAgeYears: 8, giverHasParentalResponsibility: true })).toEqual(
      {},
    );
  });

  it('refuses a method outside written, verbal or online', () => {
    expect(issues(consentToAssessSchema.safeParse({ ...byParent, method: 'email' }))).toEqual([
      ['method', 'Select how consent was given'],
    ]);
  });

  it('refuses a capacity that does not fit who gave consent', () => {
    expect(
      issues(consentToAssessSchema.safeParse({ ...byParent, capacity: 'young_person_presumed_competent' })),
    ).toEqual([['capacity', 'A parent or carer gives consent as a person with parental responsibility']]);
    expect(issues(consentToAssessSchema.safeParse({ ...byYoungPerson, capacity: 'parental_responsibility' }))).toEqual([
      ['capacity', 'Select the capacity in which the young person gave consent'],
    ]);
  });

  it('refuses a competence judgement without reasons', () => {
    expect(issues(consentToAssessSchema.safeParse({ ...byYoungPerson, competenceReasons: '  ' }))).toEqual([
      ['competenceReasons', 'Enter the reasons you judged the young person competent to consent'],
    ]);
  });
});

describe('CO-2 who may consent', () => {
  const parentWithPr = { kind: 'person', parentalResponsibility: true } as const;
  const carerWithoutPr = { kind: 'person', parentalResponsibility: false } as const;
  const child = { kind: 'child' } as const;

  it('allows a person with parental responsibility, at any age under 18 and before birth', () => {
    for (const childAgeYears of [null, 0, 11, 12, 15, 16, 17]) {
      expect(whoMayConsent({ childAgeYears, giver: parentWithPr }), String(childAgeYears)).toEqual({ allowed: true });
    }
  });

  it('refuses a person without parental responsibility', () => {
    expect(whoMayConsent({ childAgeYears: 8, giver: carerWithoutPr })).toEqual({
      allowed: false,
      reason: 'NO_PARENTAL_RESPONSIBILITY',
      message:
        'This person does not have parental responsibility for the child, so they cannot give consent. Ask a person with parental responsibility.',
    });
    expect(whoMayConsent({ childAgeYears: 14, giver: carerWithoutPr })).toMatchObject({
      reason: 'NO_PARENTAL_RESPONSIBILITY',
      message:
        'This person does not have parental responsibility for the child, so they cannot give consent. Ask a person with parental responsibility, or the young person if they are competent to consent.',
    });
  });

  it('refuses a parent once the young person is 18, since parental responsibility has ended', () => {
    expect(whoMayConsent({ childAgeYears: 18, giver: parentWithPr })).toMatchObject({
      allowed: false,
      reason: 'NO_PARENTAL_RESPONSIBILITY',
    });
    expect(whoMayConsent({ childAgeYears: 18, giver: child })).toEqual({ allowed: true });
  });

  it('allows a young person of 16 or over, presumed competent', () => {
    expect(whoMayConsent({ childAgeYears: 16, giver: child })).toEqual({ allowed: true });
    expect(whoMayConsent({ childAgeYears: 17, giver: child })).toEqual({ allowed: true });
  });

  it('allows a young person of 12 to 15 only with a competence judgement and reasons', () => {
    const competenceReasons = 'Understood what would be shared and with whom.';
    expect(whoMayConsent({ childAgeYears: 12, giver: child, competenceReasons })).toEqual({ allowed: true });
    expect(whoMayConsent({ childAgeYears: 15, giver: child, competenceReasons })).toEqual({ allowed: true });
    for (const reasons of [undefined, '', '   ']) {
      expect(whoMayConsent({ childAgeYears: 15, giver: child, competenceReasons: reasons })).toEqual({
        allowed: false,
        reason: 'COMPETENCE_NOT_RECORDED',
        message:
          'A young person aged 12 to 15 can consent only if you judge them competent. Enter the reasons for your judgement.',
      });
    }
  });

  it('refuses a child under 12 or an unborn baby, whatever the reasons', () => {
    expect(whoMayConsent({ childAgeYears: 11, giver: child, competenceReasons: 'Very mature' })).toEqual({
      allowed: false,
      reason: 'CHILD_TOO_YOUNG',
      message: 'A child under 12 cannot give consent themselves. Ask a person with parental responsibility.',
    });
    expect(whoMayConsent({ childAgeYears: 0, giver: child })).toMatchObject({ reason: 'CHILD_TOO_YOUNG' });
    expect(whoMayConsent({ childAgeYears: null, giver: child })).toEqual({
      allowed: false,
      reason: 'CHILD_TOO_YOUNG',
      message: 'Consent for an unborn baby is given by a person with parental responsibility, such as the mother.',
    });
  });

  it('puts each refusal on the field to correct when checking a record', () => {
    const parent = consentToAssessSchema.parse(byParent);
    expect(checkConsentToAssess(parent, { today, childAgeYears: 8, giverHasParentalResponsibility: false })).toEqual({
      givenBy:
        'This person does not have parental responsibility for the child, so they cannot give consent. Ask a person with parental responsibility.',
    });
    const youngPerson = consentToAssessSchema.parse(byYoungPerson);
    expect(
      checkConsentToAssess(youngPerson, { today, childAgeYears: 14, giverHasParentalResponsibility: false }),
    ).toEqual({});
    expect(
      checkConsentToAssess(youngPerson, { today, childAgeYears: 10, giverHasParentalResponsibility: true }),
    ).toEqual({
      givenBy: 'A child under 12 cannot give consent themselves. Ask a person with parental responsibility.',
    });
    const noReasons = { ...youngPerson, capacity: 'young_person_presumed_competent' as const, competenceReasons: '' };
    expect(
      checkConsentToAssess(noReasons, { today, childAgeYears: 14, giverHasParentalResponsibility: false }),
    ).toEqual({
      competenceReasons:
        'A young person aged 12 to 15 can consent only if you judge them competent. Enter the reasons for your judgement.',
    });
  });

  it('refuses a capacity that does not fit the young person’s age', () => {
    const youngPerson = consentToAssessSchema.parse(byYoungPerson);
    expect(
      checkConsentToAssess(youngPerson, { today, childAgeYears: 16, giverHasParentalResponsibility: false }),
    ).toEqual({
      capacity: 'Select "The young person (16 or over, presumed competent)" as the capacity',
    });
    const presumed = { ...youngPerson, capacity: 'young_person_presumed_competent' as const };
    expect(checkConsentToAssess(presumed, { today, childAgeYears: 16, giverHasParentalResponsibility: false })).toEqual(
      {},
    );
    expect(checkConsentToAssess(presumed, { today, childAgeYears: 13, giverHasParentalResponsibility: false })).toEqual(
      {
        capacity: 'Select "The young person (12 to 15, judged competent)" as the capacity',
      },
    );
  });
});

describe("CO-2 a competent child's decision stands even if the parent disagrees", () => {
  const parent = (decision: 'given' | 'refused', decidedOn: string): ConsentDecisionRecord => ({
    decision,
    capacity: 'parental_responsibility',
    decidedOn,
  });
  const youngPerson = (decision: 'given' | 'refused', decidedOn: string): ConsentDecisionRecord => ({
    decision,
    capacity: 'young_person_presumed_competent',
    decidedOn,
  });

  it('has no consent until someone decides', () => {
    expect(effectiveConsent([])).toEqual({ status: 'none', standing: null, overridesParent: false });
  });

  it('follows the latest decision of a person with parental responsibility when the child has not decided', () => {
    expect(effectiveConsent([parent('given', '2026-03-01')]).status).toBe('given');
    expect(effectiveConsent([parent('given', '2026-03-01'), parent('refused', '2026-03-05')])).toEqual({
      status: 'refused',
      standing: parent('refused', '2026-03-05'),
      overridesParent: false,
    });
  });

  it("keeps a competent young person's consent when the parent refuses, before or after", () => {
    for (const records of [
      [parent('refused', '2026-03-01'), youngPerson('given', '2026-03-02')],
      [youngPerson('given', '2026-03-02'), parent('refused', '2026-03-09')],
    ]) {
      expect(effectiveConsent(records)).toEqual({
        status: 'given',
        standing: youngPerson('given', '2026-03-02'),
        overridesParent: true,
      });
    }
  });

  it("keeps a competent young person's refusal when the parent consents", () => {
    expect(effectiveConsent([youngPerson('refused', '2026-03-02'), parent('given', '2026-03-09')])).toMatchObject({
      status: 'refused',
      overridesParent: true,
    });
  });

  it("follows the young person's own latest decision, including a 12 to 15 year old judged competent", () => {
    const judged: ConsentDecisionRecord = {
      decision: 'refused',
      capacity: 'young_person_judged_competent',
      decidedOn: '2026-03-04',
    };
    expect(effectiveConsent([youngPerson('given', '2026-03-02'), judged, parent('given', '2026-03-05')])).toEqual({
      status: 'refused',
      standing: judged,
      overridesParent: true,
    });
    expect(effectiveConsent([youngPerson('given', '2026-03-02'), parent('given', '2026-03-05')]).overridesParent).toBe(
      false,
    );
  });
});

describe('CO-2 the age that decides who may consent', () => {
  it('CO-2 counts age on the date consent was given; unborn is null, an unknown date of birth is under 12', () => {
    expect(childAgeForConsent({ isUnborn: false, dateOfBirth: '2014-05-02' }, '2026-05-01')).toBe(11);
    expect(childAgeForConsent({ isUnborn: false, dateOfBirth: '2014-05-02' }, '2026-05-02')).toBe(12);
    expect(childAgeForConsent({ isUnborn: true, dateOfBirth: null }, '2026-05-02')).toBeNull();
    expect(childAgeForConsent({ isUnborn: false, dateOfBirth: null }, '2026-05-02')).toBe(0);
  });
});
