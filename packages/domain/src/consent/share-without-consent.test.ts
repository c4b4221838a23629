import { describe, expect, it } from 'vitest';
import {
  sharedInformationKinds,
  shareWithoutConsentInputSchema,
  withoutConsentGroundLabels,
  withoutConsentGrounds,
} from './share-without-consent';

const episodeId = '0b7a4a3e-5d2c-4f7e-9a61-2f3c8d9e1a20';
const userId = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const share = {
  episodeId,
  ground: 'significant_harm_to_child',
  reason: '  Disclosure at school of injuries at home.  ',
  shared: 'basic_and_additional',
  recipient: { kind: 'practitioner', userId },
};

describe('CO-7 sharing without consent: only on a recorded ground', () => {
  it('CO-7 has exactly the three grounds of the rule, each with words a practitioner recognises', () => {
    expect(withoutConsentGrounds).toEqual([
      'significant_harm_to_child',
      'adult_at_risk_of_serious_harm',
      'serious_crime',
    ]);
    expect(Object.keys(withoutConsentGroundLabels).sort()).toEqual([...withoutConsentGrounds].sort());
    expect(withoutConsentGroundLabels.serious_crime).toBe('Preventing or detecting serious crime');
  });

  it.each(withoutConsentGrounds)('CO-7 accepts a share on the ground %s', (ground) => {
    expect(shareWithoutConsentInputSchema.safeParse({ ...share, ground }).success).toBe(true);
  });

  it('CO-7 accepts a share with a practitioner in eCAF, and trims the reason', () => {
    expect(shareWithoutConsentInputSchema.parse(share)).toEqual({
      ...share,
      reason: 'Disclosure at school of injuries at home.',
    });
  });

  it('CO-7 accepts a share with someone outside eCAF, recorded by name and organisation', () => {
    const outside = { kind: 'outside', name: '  DC Jane Smith ', organisation: ' Northshire Police ' };
    expect(shareWithoutConsentInputSchema.parse({ ...share, recipient: outside }).recipient).toEqual({
      kind: 'outside',
      name: 'DC Jane Smith',
      organisation: 'Northshire Police',
    });
  });

  it.each(sharedInformationKinds)('CO-7 records what was shared: %s', (shared) => {
    expect(shareWithoutConsentInputSchema.parse({ ...share, shared }).shared).toBe(shared);
  });

  it('CO-7 refuses a share on any other ground', () => {
    for (const ground of ['family_asked', 'public_interest', '', undefined]) {
      expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, ground }))).toEqual([
        ['ground', 'Select the ground for sharing without consent'],
      ]);
    }
  });

  it('CO-7 refuses a share without a reason', () => {
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, reason: '   ' }))).toEqual([
      ['reason', 'Enter why the information must be shared without consent'],
    ]);
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, reason: undefined }))).toEqual([
      ['reason', 'Enter why the information must be shared without consent'],
    ]);
  });

  it('CO-7 refuses a reason over 5,000 characters', () => {
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, reason: 'x'.repeat(5001) }))).toEqual([
      ['reason', 'The reason must be 5,000 characters or fewer'],
    ]);
    expect(shareWithoutConsentInputSchema.safeParse({ ...share, reason: 'x'.repeat(5000) }).success).toBe(true);
  });

  it('CO-7 refuses a share that does not say what was shared', () => {
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, shared: undefined }))).toEqual([
      ['shared', 'Select what was shared'],
    ]);
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, shared: 'everything' }))).toEqual([
      ['shared', 'Select what was shared'],
    ]);
  });

  it('CO-7 refuses a share that does not say with whom', () => {
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, recipient: undefined }))).toEqual([
      ['recipient', 'Select who the information was shared with'],
    ]);
    expect(issues(shareWithoutConsentInputSchema.safeParse({ ...share, recipient: { kind: 'someone' } }))).toEqual([
      ['recipient.kind', 'Select who the information was shared with'],
    ]);
  });

  it('CO-7 refuses a practitioner recipient who is not chosen from eCAF', () => {
    expect(
      issues(shareWithoutConsentInputSchema.safeParse({ ...share, recipient: { kind: 'practitioner', userId: 'Jo' } })),
    ).toEqual([['recipient.userId', 'Choose a practitioner']]);
  });

  it('CO-7 refuses an outside recipient without a name or an organisation', () => {
    expect(
      issues(
        shareWithoutConsentInputSchema.safeParse({
          ...share,
          recipient: { kind: 'outside', name: ' ', organisation: '' },
        }),
      ),
    ).toEqual([
      ['recipient.name', 'Enter who the information was shared with'],
      ['recipient.organisation', 'Enter their organisation'],
    ]);
  });

  it('CO-7 refuses an outside name or organisation over 200 characters', () => {
    const long = 'x'.repeat(201);
    expect(
      issues(
        shareWithoutConsentInputSchema.safeParse({
          ...share,
          recipient: { kind: 'outside', name: long, organisation: long },
        }),
      ),
    ).toEqual([
      ['recipient.name', 'The name must be 200 characters or fewer'],
      ['recipient.organisation', 'The organisation must be 200 characters or fewer'],
    ]);
  });

  it('CO-7 refuses a share for an episode that is not an id', () => {
    expect(shareWithoutConsentInputSchema.safeParse({ ...share, episodeId: 'episode-1' }).success).toBe(false);
  });
});
