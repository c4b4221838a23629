import { describe, expect, it } from 'vitest';
import {
  type ChildSeenFormValues,
  childSeenRows,
  emptyChildSeenForm,
  makeChildSeenFormSchema,
  wordedFor,
} from './child-seen-form';

const EPISODE = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';
const TODAY = '2026-05-01';

function schema(isUnborn: boolean) {
  return makeChildSeenFormSchema({ episodeId: EPISODE, isUnborn, today: () => TODAY });
}

function form(values: Partial<ChildSeenFormValues>): ChildSeenFormValues {
  return { ...emptyChildSeenForm('Priya Shah'), seenOn: { day: '28', month: '4', year: '2026' }, ...values };
}

function problems(isUnborn: boolean, values: ChildSeenFormValues): Record<string, string> {
  const result = schema(isUnborn).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('CF-4 child seen form schema', () => {
  it('turns the answers into the API input', () => {
    expect(schema(false).parse(form({ seenAlone: 'yes', location: ' At school ' }))).toEqual({
      episodeId: EPISODE,
      seenOn: '2026-04-28',
      seenBy: 'Priya Shah',
      seenAlone: 'yes',
      location: 'At school',
    });
  });

  it('does not ask an unborn baby’s record whether they were seen alone', () => {
    expect(schema(true).parse(form({ seenAlone: 'yes' }))).toMatchObject({ seenAlone: 'not_applicable' });
  });

  it('lists every problem at once, with GOV.UK date messages', () => {
    expect(problems(false, { ...emptyChildSeenForm(''), seenOn: { day: '', month: '4', year: '2026' } })).toEqual({
      seenOn: 'The date the child was seen must include a day',
      seenBy: 'Enter who saw the child',
      seenAlone: 'Select whether the child was seen alone',
    });
    expect(problems(false, form({ seenOn: { day: '', month: '', year: '' }, seenAlone: 'no' }))).toEqual({
      seenOn: 'Enter the date the child was seen',
    });
  });

  it('refuses a date in the future, even while other answers are missing', () => {
    expect(problems(false, form({ seenOn: { day: '2', month: '5', year: '2026' } }))).toEqual({
      seenOn: 'The date seen must be today or in the past',
      seenAlone: 'Select whether the child was seen alone',
    });
  });

  it('speaks of the expectant mother for an unborn baby', () => {
    expect(problems(true, form({ seenBy: '' }))).toEqual({ seenBy: 'Enter who saw the expectant mother' });
    expect(wordedFor(false, 'Enter who saw the child')).toBe('Enter who saw the child');
  });
});

describe('CF-4 which records count for this version', () => {
  const record = (id: string, seenOn: string, expectantMother = false) => ({
    id,
    seenOn,
    seenBy: 'Priya Shah',
    seenAlone: 'yes' as const,
    location: '',
    expectantMother,
  });

  it('counts visits on or after the version started, newest first', () => {
    const rows = childSeenRows(
      [record('a', '2026-03-01'), record('b', '2026-04-10'), record('c', '2026-04-01')],
      { startedOn: '2026-04-01', completedOn: null },
      false,
    );
    expect(rows.map((r) => [r.id, r.counts])).toEqual([
      ['b', true],
      ['c', true],
      ['a', false],
    ]);
  });

  it('counts only visits up to completion, and for an unborn baby only the mother seen', () => {
    const version = { startedOn: '2026-04-01', completedOn: '2026-04-20' };
    expect(childSeenRows([record('late', '2026-04-21')], version, false)[0]?.counts).toBe(false);
    expect(childSeenRows([record('mother', '2026-04-02', true)], version, true)[0]?.counts).toBe(true);
    expect(childSeenRows([record('child', '2026-04-02', false)], version, true)[0]?.counts).toBe(false);
  });
});
