import { describe, expect, it } from 'vitest';
import {
  emptyInvolvementForm,
  makeInvolvementFormSchema,
  makeRaiseFormSchema,
  makeResolveFormSchema,
} from './concern-forms';

const CHILD = '11111111-1111-4111-8111-111111111111';
const today = () => '2026-11-23';

function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.map(String).join('.'), i.message]));
}

describe('IN-1 the involvement form', () => {
  it('IN-1 reports each field once, with the GOV.UK date messages', () => {
    const schema = makeInvolvementFormSchema(CHILD, today);
    expect(problems(schema.safeParse(emptyInvolvementForm()))).toEqual({
      service: 'Enter what your service is doing with the child',
      startedOn: 'Enter the date your involvement started',
    });
    expect(
      problems(
        schema.safeParse({
          ...emptyInvolvementForm(),
          service: 'Mentoring',
          startedOn: { day: '1', month: '', year: '2026' },
        }),
      ),
    ).toEqual({ startedOn: 'The date your involvement started must include a month' });
    expect(
      problems(
        schema.safeParse({
          ...emptyInvolvementForm(),
          service: 'Mentoring',
          startedOn: { day: '1', month: '12', year: '2026' },
        }),
      ),
    ).toEqual({ startedOn: 'The date your involvement started must be today or in the past' });
  });

  it('IN-1 sends the ISO date and the consent', () => {
    const parsed = makeInvolvementFormSchema(CHILD, today).parse({
      service: 'Mentoring',
      startedOn: { day: '2', month: '11', year: '2026' },
      explicitConsent: true,
    });
    expect(parsed).toEqual({ childId: CHILD, service: 'Mentoring', startedOn: '2026-11-02', explicitConsent: true });
  });
});

describe('IN-2 the concern forms', () => {
  it('IN-2 needs a description and a resolution', () => {
    expect(problems(makeRaiseFormSchema(CHILD).safeParse({ description: ' ' }))).toEqual({
      description: 'Describe your concern',
    });
    expect(problems(makeResolveFormSchema(CHILD).safeParse({ resolution: '' }))).toEqual({
      resolution: 'Enter how the concern was resolved',
    });
    expect(makeRaiseFormSchema(CHILD).parse({ description: 'Hungry' })).toEqual({
      childId: CHILD,
      description: 'Hungry',
    });
  });
});
