import { describe, expect, it } from 'vitest';
import {
  emptyWithoutConsentForm,
  makeWithoutConsentFormSchema,
  RECIPIENT_OUTSIDE,
  RECIPIENT_PRACTITIONER,
  type WithoutConsentFormValues,
  withoutConsentFieldFor,
} from './without-consent-form';

const EPISODE = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';
const USER = '7d3c9a1e-2b4f-4c6d-8e9f-0a1b2c3d4e5f';
const schema = makeWithoutConsentFormSchema(EPISODE);

function form(values: Partial<WithoutConsentFormValues>): WithoutConsentFormValues {
  return {
    ...emptyWithoutConsentForm(),
    ground: 'significant_harm_to_child',
    reason: 'Bruising seen at school',
    shared: 'basic',
    ...values,
  };
}

function problemsOf(values: WithoutConsentFormValues) {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('CO-7 the sharing without consent form', () => {
  it('sends a practitioner found in eCAF', () => {
    expect(
      schema.parse(form({ recipientKind: RECIPIENT_PRACTITIONER, recipientUserId: USER, recipientName: 'left over' })),
    ).toEqual({
      episodeId: EPISODE,
      ground: 'significant_harm_to_child',
      reason: 'Bruising seen at school',
      shared: 'basic',
      recipient: { kind: 'practitioner', userId: USER },
    });
  });

  it('sends someone outside eCAF by name and organisation', () => {
    expect(
      schema.parse(
        form({ recipientKind: RECIPIENT_OUTSIDE, recipientName: ' PC Jo Bell ', recipientOrganisation: 'Police' }),
      ).recipient,
    ).toEqual({ kind: 'outside', name: 'PC Jo Bell', organisation: 'Police' });
  });

  it('lists every problem at once', () => {
    expect(problemsOf(emptyWithoutConsentForm())).toEqual({
      ground: 'Select the ground for sharing without consent',
      reason: 'Enter why the information must be shared without consent',
      shared: 'Select what was shared',
      recipientKind: 'Select who the information was shared with',
    });
    expect(problemsOf(form({ recipientKind: RECIPIENT_PRACTITIONER }))).toEqual({
      recipientUserId: 'Search for the practitioner and choose them from the results',
    });
    expect(problemsOf(form({ recipientKind: RECIPIENT_OUTSIDE }))).toEqual({
      recipientName: 'Enter who the information was shared with',
      recipientOrganisation: 'Enter their organisation',
    });
  });

  it('shows the server’s problems beside the right field', () => {
    expect(withoutConsentFieldFor('recipient.userId')).toBe('recipientUserId');
    expect(withoutConsentFieldFor('recipient')).toBe('recipientKind');
    expect(withoutConsentFieldFor('recipient.organisation')).toBe('recipientOrganisation');
    expect(withoutConsentFieldFor('ground')).toBe('ground');
    expect(withoutConsentFieldFor('episodeId')).toBe('');
  });
});
