import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConsentToShareRecord,
  checkConsentToShareDates,
  confirmationDueOn,
  confirmConsentToShareInputSchema,
  consentToShareState,
  consentToShareStatus,
  correctConsentToShareInputSchema,
  type RecordConsentToShareFormInput,
  recordConsentToShareInputSchema,
  type ShareScope,
  scopeAllows,
  shareScopeSchema,
  sharesUnder,
  standingConsentToShare,
  unconfirmedVerbalConsent,
  VERBAL_CONFIRMATION_DAYS,
  withdrawConsentToShareInputSchema,
} from './consent-to-share';

const episodeId = '0b7a4a3e-5d2c-4f7e-9a61-2f3c8d9e1a20';
const consentId = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';
const personId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const school = '3c9e6a7b-1d2f-4e3a-9b4c-5d6e7f8a9b0c';
const health = '8d2f4b6a-3c5e-4f7a-a1b2-c3d4e5f6a7b8';
const police = 'a4b5c6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const scope = (kind: ShareScope['kind'], ...organisationIds: string[]): ShareScope => ({ kind, organisationIds });

const record = (changes: Partial<ConsentToShareRecord> = {}): ConsentToShareRecord => ({
  id: 'consent-1',
  method: 'written',
  decidedOn: '2026-03-01',
  basicScope: scope('all'),
  additionalScope: scope('only', health),
  confirmedOn: null,
  withdrawnOn: null,
  correctsId: null,
  ...changes,
});
const verbal = (changes: Partial<ConsentToShareRecord> = {}) => record({ method: 'verbal', ...changes });

describe('CO-3 scopeAllows: consent to share names organisations', () => {
  it('CO-3 "all services" lets every organisation see, and a practitioner with none', () => {
    expect(scopeAllows(scope('all'), school)).toBe(true);
    expect(scopeAllows(scope('all'), null)).toBe(true);
  });

  it('CO-3 "all except" refuses only the organisations named', () => {
    const notPolice = scope('all_except', police);
    expect(scopeAllows(notPolice, police)).toBe(false);
    expect(scopeAllows(notPolice, school)).toBe(true);
    expect(scopeAllows(notPolice, null)).toBe(true);
  });

  it('CO-3 "only named" allows only the organisations named', () => {
    const schoolAndHealth = scope('only', school, health);
    expect(scopeAllows(schoolAndHealth, school)).toBe(true);
    expect(scopeAllows(schoolAndHealth, health)).toBe(true);
    expect(scopeAllows(schoolAndHealth, police)).toBe(false);
    expect(scopeAllows(schoolAndHealth, null)).toBe(false);
  });

  it('CO-3 "only named" with nobody named allows nobody', () => {
    expect(scopeAllows(scope('only'), school)).toBe(false);
  });

  it('CO-3 "none" (additional information kept from every service) allows nobody, even if organisations are listed', () => {
    expect(scopeAllows(scope('none'), school)).toBe(false);
    expect(scopeAllows(scope('none', school), school)).toBe(false);
    expect(scopeAllows(scope('none'), null)).toBe(false);
  });
});

describe('CO-4 verbal consent must be confirmed within 14 days', () => {
  it('CO-4 is due 14 days after it was given', () => {
    expect(VERBAL_CONFIRMATION_DAYS).toBe(14);
    expect(confirmationDueOn({ decidedOn: '2026-03-01' })).toBe('2026-03-15');
  });

  it('CO-4 the due date crosses months, years and leap days', () => {
    expect(confirmationDueOn({ decidedOn: '2025-12-25' })).toBe('2026-01-08');
    expect(confirmationDueOn({ decidedOn: '2028-02-20' })).toBe('2028-03-05');
    expect(confirmationDueOn({ decidedOn: '2026-02-20' })).toBe('2026-03-06');
  });

  it('CO-4 the due date does not shift when the clocks change (British Summer Time starts 29 March 2026)', () => {
    expect(confirmationDueOn({ decidedOn: '2026-03-20' })).toBe('2026-04-03');
    expect(confirmationDueOn({ decidedOn: '2026-10-20' })).toBe('2026-11-03');
  });

  it('CO-4 unconfirmed verbal consent is awaiting confirmation from the day it is given to day 14', () => {
    expect(consentToShareStatus(verbal(), '2026-03-01')).toBe('awaiting_confirmation');
    expect(consentToShareStatus(verbal(), '2026-03-08')).toBe('awaiting_confirmation');
    expect(consentToShareStatus(verbal(), '2026-03-15')).toBe('awaiting_confirmation');
  });

  it('CO-4 unconfirmed verbal consent lapses on day 15, and stays lapsed', () => {
    expect(consentToShareStatus(verbal(), '2026-03-16')).toBe('lapsed');
    expect(consentToShareStatus(verbal(), '2027-01-01')).toBe('lapsed');
  });

  it('CO-4 confirmed verbal consent is active, whether confirmed in time or late', () => {
    expect(consentToShareStatus(verbal({ confirmedOn: '2026-03-10' }), '2026-03-16')).toBe('active');
    expect(consentToShareStatus(verbal({ confirmedOn: '2026-03-20' }), '2026-03-20')).toBe('active');
  });

  it('CO-4 written and online consent need no confirmation', () => {
    expect(consentToShareStatus(record({ method: 'written' }), '2026-12-31')).toBe('active');
    expect(consentToShareStatus(record({ method: 'online' }), '2026-12-31')).toBe('active');
  });

  it('CO-4 consent awaiting confirmation shares; lapsed consent does not', () => {
    expect(sharesUnder('awaiting_confirmation')).toBe(true);
    expect(sharesUnder('lapsed')).toBe(false);
  });
});

describe('CO-4 unconfirmedVerbalConsent: what the reminders and the dashboard ask', () => {
  const stored = (over: Partial<Parameters<typeof unconfirmedVerbalConsent>[0][number]> = {}) => ({
    id: 'v1',
    method: 'verbal' as const,
    decidedOn: '2026-11-01',
    basicScope: 'all' as const,
    basicOrganisationIds: [],
    additionalScope: 'none' as const,
    additionalOrganisationIds: [],
    confirmedOn: null,
    withdrawnOn: null,
    correctsId: null,
    ...over,
  });
  it('CO-4 gives the confirm-by date, and says when it has lapsed', () => {
    expect(unconfirmedVerbalConsent([stored()], '2026-11-10')).toEqual({
      id: 'v1',
      decidedOn: '2026-11-01',
      dueOn: '2026-11-15',
      lapsed: false,
    });
    expect(unconfirmedVerbalConsent([stored()], '2026-11-16')?.lapsed).toBe(true);
  });
  it('CO-4 nothing to confirm once confirmed, withdrawn, written or replaced', () => {
    expect(unconfirmedVerbalConsent([stored({ confirmedOn: '2026-11-05' })], '2026-11-10')).toBeNull();
    expect(unconfirmedVerbalConsent([stored({ withdrawnOn: '2026-11-05' })], '2026-11-10')).toBeNull();
    expect(unconfirmedVerbalConsent([stored({ method: 'written' })], '2026-11-10')).toBeNull();
    expect(
      unconfirmedVerbalConsent(
        [stored(), stored({ id: 'w2', method: 'written', decidedOn: '2026-11-05' })],
        '2026-11-10',
      ),
    ).toBeNull();
  });
});

describe('CO-5 withdrawal ends consent at once', () => {
  it('CO-5 withdrawn consent is withdrawn, whatever its method, confirmation or age', () => {
    expect(consentToShareStatus(record({ withdrawnOn: '2026-03-02' }), '2026-03-02')).toBe('withdrawn');
    expect(consentToShareStatus(verbal({ withdrawnOn: '2026-03-02' }), '2026-03-03')).toBe('withdrawn');
    expect(consentToShareStatus(verbal({ withdrawnOn: '2026-03-02' }), '2026-05-01')).toBe('withdrawn');
    expect(consentToShareStatus(verbal({ confirmedOn: '2026-03-05', withdrawnOn: '2026-03-09' }), '2026-03-09')).toBe(
      'withdrawn',
    );
  });

  it('CO-5 nothing is shared under withdrawn consent, nor when none is recorded', () => {
    expect(sharesUnder('withdrawn')).toBe(false);
    expect(sharesUnder('none')).toBe(false);
    expect(sharesUnder('active')).toBe(true);
  });
});

describe('CO-6 standingConsentToShare: corrections, not deletions', () => {
  it('CO-6 there is no standing consent before any is recorded', () => {
    expect(standingConsentToShare([])).toBeNull();
  });

  it('CO-6 the only record stands', () => {
    const only = record();
    expect(standingConsentToShare([only])).toBe(only);
  });

  it('CO-6 a correction stands instead of the record it corrects, which stays in the history', () => {
    const original = record({ id: 'a', decidedOn: '2026-03-01' });
    const correction = record({ id: 'b', decidedOn: '2026-02-28', correctsId: 'a' });
    const records = [original, correction];
    expect(standingConsentToShare(records)).toBe(correction);
    expect(records).toHaveLength(2);
  });

  it('CO-6 a correction of a correction stands', () => {
    const records = [record({ id: 'a' }), record({ id: 'b', correctsId: 'a' }), record({ id: 'c', correctsId: 'b' })];
    expect(standingConsentToShare(records)?.id).toBe('c');
  });

  it('CO-6 newer consent stands instead of older consent', () => {
    const records = [record({ id: 'a' }), record({ id: 'b' })];
    expect(standingConsentToShare(records)?.id).toBe('b');
  });

  it('CO-6 correcting newer consent keeps it standing over older consent', () => {
    const records = [record({ id: 'a' }), record({ id: 'b' }), record({ id: 'c', correctsId: 'b' })];
    expect(standingConsentToShare(records)?.id).toBe('c');
  });

  it('CO-6 correcting superseded consent does not bring it back over newer consent', () => {
    // Consent for all services, then narrower consent; then the first one's date is corrected.
    const records = [
      record({ id: 'a', basicScope: scope('all') }),
      record({ id: 'b', basicScope: scope('only', school) }),
      record({ id: 'c', basicScope: scope('all'), correctsId: 'a' }),
    ];
    expect(standingConsentToShare(records)?.id).toBe('b');
  });

  it('CO-6 a newer consent given after a correction stands over the corrected one', () => {
    const records = [record({ id: 'a' }), record({ id: 'b', correctsId: 'a' }), record({ id: 'c' })];
    expect(standingConsentToShare(records)?.id).toBe('c');
  });

  it('CO-6 the correction of superseded consent is kept in the history and stands for nothing', () => {
    const records = [record({ id: 'a' }), record({ id: 'b' }), record({ id: 'c', correctsId: 'a' })];
    expect(consentToShareState(records, '2026-03-15').consentId).toBe('b');
    expect(records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('CO-6 fails closed when only corrections are given: nothing stands', () => {
    expect(standingConsentToShare([record({ id: 'b', correctsId: 'a' })])).toBeNull();
  });

  it('CO-6 works on any record that has an id and what it corrects, and keeps its type', () => {
    const rows = [
      { id: 'a', correctsId: null, note: 'first' },
      { id: 'b', correctsId: 'a', note: 'corrected' },
    ];
    expect(standingConsentToShare(rows)?.note).toBe('corrected');
  });
});

describe('CO-6 standingConsentToShare as a property', () => {
  /** Give new consent, or correct a record no later record corrects yet (each is corrected once). */
  type Step = { kind: 'give' } | { kind: 'correct'; pick: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constant({ kind: 'give' as const }),
    fc.record({ kind: fc.constant('correct' as const), pick: fc.nat() }),
  );

  it('CO-6 the newest consent given stands, as last corrected, whatever was corrected since', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const records: { id: string; correctsId: string | null }[] = [];
        let expected: string | null = null;
        for (const s of steps) {
          const id = `r${records.length}`;
          if (s.kind === 'give') {
            records.push({ id, correctsId: null });
            expected = id;
            continue;
          }
          const correctable = records.filter((r) => !records.some((later) => later.correctsId === r.id));
          const target = correctable[s.pick % Math.max(correctable.length, 1)];
          if (target === undefined) continue;
          records.push({ id, correctsId: target.id });
          if (target.id === expected) expected = id;
        }
        expect(standingConsentToShare(records)?.id ?? null).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('consentToShareState: what the access policy needs to know', () => {
  it('CO-3 with no record, nothing is shared with anybody', () => {
    expect(consentToShareState([], '2026-03-15')).toEqual({
      status: 'none',
      consentId: null,
      basicScope: { kind: 'none', organisationIds: [] },
      additionalScope: { kind: 'none', organisationIds: [] },
    });
  });

  it('CO-3 gives the standing record’s id, status and both scopes', () => {
    const given = record({ id: 'c1', basicScope: scope('all_except', police), additionalScope: scope('only', health) });
    expect(consentToShareState([given], '2026-03-15')).toEqual({
      status: 'active',
      consentId: 'c1',
      basicScope: scope('all_except', police),
      additionalScope: scope('only', health),
    });
  });

  it('CO-4 the status is worked out for today', () => {
    expect(consentToShareState([verbal()], '2026-03-15').status).toBe('awaiting_confirmation');
    expect(consentToShareState([verbal()], '2026-03-16').status).toBe('lapsed');
  });

  it('CO-5 withdrawn standing consent is withdrawn, with its id kept for the record', () => {
    const state = consentToShareState([record({ id: 'c1', withdrawnOn: '2026-03-10' })], '2026-03-15');
    expect(state).toMatchObject({ status: 'withdrawn', consentId: 'c1' });
  });

  it('CO-6 a correction’s date decides the CO-4 status, not the original’s', () => {
    const records = [
      verbal({ id: 'a', decidedOn: '2026-03-01' }),
      verbal({ id: 'b', decidedOn: '2026-03-05', correctsId: 'a' }),
    ];
    expect(consentToShareState(records, '2026-03-17')).toMatchObject({
      status: 'awaiting_confirmation',
      consentId: 'b',
    });
  });
});

describe('CO-3 shareScopeSchema: who may see each kind of information', () => {
  const basic = shareScopeSchema('basic');
  const additional = shareScopeSchema('additional');

  it('CO-3 accepts each kind of scope for basic information', () => {
    expect(basic.parse({ kind: 'all' })).toEqual({ kind: 'all', organisationIds: [] });
    expect(basic.parse({ kind: 'all_except', organisationIds: [police] })).toEqual(scope('all_except', police));
    expect(basic.parse({ kind: 'only', organisationIds: [school, health] })).toEqual(scope('only', school, health));
  });

  it('CO-3 basic information cannot be shared with nobody: that is no consent to share at all', () => {
    expect(issues(basic.safeParse({ kind: 'none' }))).toEqual([['kind', 'Select who may see basic information']]);
  });

  it('CO-3 additional (sensitive) information may be kept from every service', () => {
    expect(additional.parse({ kind: 'none' })).toEqual({ kind: 'none', organisationIds: [] });
  });

  it('CO-3 drops organisations sent with "all" or "none": they mean nothing there', () => {
    expect(basic.parse({ kind: 'all', organisationIds: [school] })).toEqual({ kind: 'all', organisationIds: [] });
    expect(additional.parse({ kind: 'none', organisationIds: [school] })).toEqual({
      kind: 'none',
      organisationIds: [],
    });
  });

  it('CO-3 refuses "only" or "all except" without an organisation', () => {
    expect(issues(basic.safeParse({ kind: 'only' }))).toEqual([
      ['organisationIds', 'Select the organisations that may see this information'],
    ]);
    expect(issues(additional.safeParse({ kind: 'all_except', organisationIds: [] }))).toEqual([
      ['organisationIds', 'Select the organisations that may not see this information'],
    ]);
  });

  it('CO-3 refuses a missing or unknown kind, naming the information', () => {
    expect(issues(basic.safeParse({}))).toEqual([['kind', 'Select who may see basic information']]);
    expect(issues(additional.safeParse({ kind: 'some' }))).toEqual([
      ['kind', 'Select who may see additional (sensitive) information'],
    ]);
  });

  it('CO-3 refuses an organisation that is not an id from the list', () => {
    expect(issues(basic.safeParse({ kind: 'only', organisationIds: ['the school'] }))).toEqual([
      ['organisationIds.0', 'Choose an organisation from the list'],
    ]);
  });

  it('CO-3 refuses more than 100 organisations', () => {
    const many = Array.from({ length: 101 }, () => school);
    expect(basic.safeParse({ kind: 'only', organisationIds: many }).success).toBe(false);
    expect(basic.safeParse({ kind: 'only', organisationIds: many.slice(0, 100) }).success).toBe(true);
  });
});

describe('CO-3 recordConsentToShareInputSchema', () => {
  const input: RecordConsentToShareFormInput = {
    episodeId,
    givenBy: { kind: 'person', personId },
    method: 'verbal',
    date: ' 2026-03-10 ',
    basicScope: { kind: 'all_except', organisationIds: [police] },
    additionalScope: { kind: 'only', organisationIds: [health] },
    whatWasExplained: '  Who will see the assessment and how to withdraw.  ',
  };

  it('CO-3 accepts consent with a scope for basic and one for additional information, trimmed', () => {
    expect(recordConsentToShareInputSchema.parse(input)).toEqual({
      ...input,
      date: '2026-03-10',
      whatWasExplained: 'Who will see the assessment and how to withdraw.',
    });
  });

  it('CO-3 accepts consent given by the young person', () => {
    expect(recordConsentToShareInputSchema.parse({ ...input, givenBy: { kind: 'child' } }).givenBy).toEqual({
      kind: 'child',
    });
  });

  it('CO-3 refuses consent without who, how, when, either scope or what was explained', () => {
    // The form sends each scope as an object, with no kind when no radio is selected.
    const empty = { episodeId, basicScope: {}, additionalScope: {}, whatWasExplained: '  ' };
    expect(issues(recordConsentToShareInputSchema.safeParse(empty))).toEqual([
      ['givenBy', 'Select who gave consent'],
      ['method', 'Select how consent was given'],
      ['date', 'Enter the date consent was given'],
      ['basicScope.kind', 'Select who may see basic information'],
      ['additionalScope.kind', 'Select who may see additional (sensitive) information'],
      ['whatWasExplained', 'Enter what was explained about sharing'],
    ]);
  });

  it('CO-3 refuses a date that is not a real date', () => {
    expect(issues(recordConsentToShareInputSchema.safeParse({ ...input, date: '2026-02-30' }))).toEqual([
      ['date', 'The date consent was given must be a real date'],
    ]);
    expect(issues(recordConsentToShareInputSchema.safeParse({ ...input, date: '10/03/2026' }))).toEqual([
      ['date', 'The date consent was given must be a real date'],
    ]);
  });

  it('CO-3 refuses a method that is not written, verbal or online', () => {
    expect(issues(recordConsentToShareInputSchema.safeParse({ ...input, method: 'implied' }))).toEqual([
      ['method', 'Select how consent was given'],
    ]);
  });

  it('CO-3 refuses an explanation over 5,000 characters', () => {
    expect(issues(recordConsentToShareInputSchema.safeParse({ ...input, whatWasExplained: 'x'.repeat(5001) }))).toEqual(
      [['whatWasExplained', 'What was explained must be 5,000 characters or fewer']],
    );
  });

  it('CO-3 reports a scope’s problems under that scope', () => {
    expect(issues(recordConsentToShareInputSchema.safeParse({ ...input, additionalScope: { kind: 'only' } }))).toEqual([
      ['additionalScope.organisationIds', 'Select the organisations that may see this information'],
    ]);
  });
});

describe('CO-4 confirmConsentToShareInputSchema', () => {
  it('CO-4 accepts a confirmation date', () => {
    expect(confirmConsentToShareInputSchema.parse({ episodeId, consentId, confirmedOn: '2026-03-12' })).toEqual({
      episodeId,
      consentId,
      confirmedOn: '2026-03-12',
    });
  });

  it('CO-4 refuses a confirmation without a real date', () => {
    expect(issues(confirmConsentToShareInputSchema.safeParse({ episodeId, consentId }))).toEqual([
      ['confirmedOn', 'Enter the date consent was confirmed'],
    ]);
    expect(
      issues(confirmConsentToShareInputSchema.safeParse({ episodeId, consentId, confirmedOn: '2026-13-01' })),
    ).toEqual([['confirmedOn', 'The date consent was confirmed must be a real date']]);
  });

  it('CO-4 refuses a consent id that is not an id', () => {
    expect(
      confirmConsentToShareInputSchema.safeParse({ episodeId, consentId: '42', confirmedOn: '2026-03-12' }).success,
    ).toBe(false);
  });
});

describe('CO-5 withdrawConsentToShareInputSchema', () => {
  it('CO-5 accepts a withdrawal without a reason', () => {
    expect(
      withdrawConsentToShareInputSchema.parse({ episodeId, consentId, withdrawnBy: { kind: 'person', personId } }),
    ).toEqual({ episodeId, consentId, withdrawnBy: { kind: 'person', personId }, reason: '' });
  });

  it('CO-5 keeps a reason, trimmed', () => {
    const parsed = withdrawConsentToShareInputSchema.parse({
      episodeId,
      consentId,
      withdrawnBy: { kind: 'child' },
      reason: '  Does not want school to know.  ',
    });
    expect(parsed.reason).toBe('Does not want school to know.');
  });

  it('CO-5 refuses a withdrawal that does not say who withdrew, or with a reason over 2,000 characters', () => {
    expect(issues(withdrawConsentToShareInputSchema.safeParse({ episodeId, consentId }))).toEqual([
      ['withdrawnBy', 'Select who gave consent'],
    ]);
    expect(
      issues(
        withdrawConsentToShareInputSchema.safeParse({
          episodeId,
          consentId,
          withdrawnBy: { kind: 'child' },
          reason: 'x'.repeat(2001),
        }),
      ),
    ).toEqual([['reason', 'The reason must be 2,000 characters or fewer']]);
  });
});

describe('CO-6 correctConsentToShareInputSchema', () => {
  const correction = {
    episodeId,
    consentId,
    givenBy: { kind: 'person', personId },
    method: 'written',
    date: '2026-03-09',
    reason: '  The date was entered wrongly.  ',
  };

  it('CO-6 accepts a correction of who, how and when, with a reason', () => {
    expect(correctConsentToShareInputSchema.parse(correction)).toEqual({
      ...correction,
      reason: 'The date was entered wrongly.',
    });
  });

  it('CO-6 refuses a correction without a reason', () => {
    expect(issues(correctConsentToShareInputSchema.safeParse({ ...correction, reason: '   ' }))).toEqual([
      ['reason', 'Enter why the record is being corrected'],
    ]);
    const { reason: _reason, ...withoutReason } = correction;
    expect(issues(correctConsentToShareInputSchema.safeParse(withoutReason))).toEqual([
      ['reason', 'Enter why the record is being corrected'],
    ]);
  });

  it('CO-6 keeps the scopes: a correction cannot change them', () => {
    const parsed = correctConsentToShareInputSchema.parse({ ...correction, basicScope: { kind: 'all' } });
    expect(parsed).not.toHaveProperty('basicScope');
  });

  it('CO-6 refuses a correction to a date that is not real', () => {
    expect(issues(correctConsentToShareInputSchema.safeParse({ ...correction, date: '2026-02-29' }))).toEqual([
      ['date', 'The date consent was given must be a real date'],
    ]);
  });
});

describe('CO-4 checkConsentToShareDates: dates against today and the consent they follow', () => {
  const today = '2026-03-15';

  it('CO-3 accepts consent given today or before', () => {
    expect(checkConsentToShareDates({ date: today }, { today })).toEqual({});
    expect(checkConsentToShareDates({ date: '2020-01-01' }, { today })).toEqual({});
  });

  it('CO-3 refuses consent given in the future', () => {
    expect(checkConsentToShareDates({ date: '2026-03-16' }, { today })).toEqual({
      date: 'The date consent was given must be today or in the past',
    });
  });

  it('CO-4 accepts a confirmation on or after the day consent was given, up to today', () => {
    expect(checkConsentToShareDates({ confirmedOn: '2026-03-01' }, { today, decidedOn: '2026-03-01' })).toEqual({});
    expect(checkConsentToShareDates({ confirmedOn: today }, { today, decidedOn: '2026-03-01' })).toEqual({});
  });

  it('CO-4 refuses a confirmation in the future', () => {
    expect(checkConsentToShareDates({ confirmedOn: '2026-03-16' }, { today, decidedOn: '2026-03-01' })).toEqual({
      confirmedOn: 'The date of confirmation must be today or in the past',
    });
  });

  it('CO-4 refuses a confirmation before consent was given', () => {
    expect(checkConsentToShareDates({ confirmedOn: '2026-02-28' }, { today, decidedOn: '2026-03-01' })).toEqual({
      confirmedOn: 'The date of confirmation must be on or after the date consent was given',
    });
  });

  it('CO-4 accepts a late confirmation: it brings lapsed consent back', () => {
    expect(checkConsentToShareDates({ confirmedOn: '2026-03-15' }, { today, decidedOn: '2026-02-01' })).toEqual({});
  });

  it('leaves dates that are not real to the schema', () => {
    expect(checkConsentToShareDates({ date: '2099-02-30', confirmedOn: 'soon' }, { today })).toEqual({});
  });

  it('checks nothing that was not sent', () => {
    expect(checkConsentToShareDates({}, { today, decidedOn: '2026-03-01' })).toEqual({});
  });
});
