import { describe, expect, it } from 'vitest';
import type { ConsentToShareState, ShareScope } from '../consent/consent-to-share';
import { addTeamMemberInputSchema, canAddTeamMember, removeTeamMemberInputSchema } from './team-membership';

const school = 'org-school';
const health = 'org-health';
const police = 'org-police';

const scope = (kind: ShareScope['kind'], ...organisationIds: string[]): ShareScope => ({ kind, organisationIds });

const consent = (changes: Partial<ConsentToShareState> = {}): ConsentToShareState => ({
  status: 'active',
  consentId: 'consent-1',
  basicScope: scope('all_except', police),
  additionalScope: scope('only', health),
  ...changes,
});

const add = (
  organisationId: string | null,
  consentState: ConsentToShareState = consent(),
  sharedWithoutConsent = false,
  organisationName = 'Northshire Police',
) => canAddTeamMember({ organisationId, organisationName, consent: consentState, sharedWithoutConsent });

describe('SH-4 adding a team member: inside the consent scope', () => {
  it('SH-4 allows a practitioner whose organisation the basic scope lets see', () => {
    expect(add(school)).toEqual({ allowed: true });
    expect(add(health, consent({ basicScope: scope('only', school, health) }))).toEqual({ allowed: true });
    expect(add(police, consent({ basicScope: scope('all') }))).toEqual({ allowed: true });
  });

  it('SH-4 allows a practitioner inside basic but outside additional scope: SH-2 hides the sensitive elements', () => {
    expect(add(school, consent({ additionalScope: scope('none') }))).toEqual({ allowed: true });
  });

  it('SH-4 CO-4 allows adding under verbal consent that awaits confirmation', () => {
    expect(add(school, consent({ status: 'awaiting_confirmation' }))).toEqual({ allowed: true });
  });

  it('SH-4 allows a practitioner with no organisation under "all except", not under "only named"', () => {
    expect(add(null)).toEqual({ allowed: true });
    expect(add(null, consent({ basicScope: scope('only', school) }), false, 'no organisation').allowed).toBe(false);
  });
});

describe('SH-4 adding a team member: outside the consent scope is refused', () => {
  it('SH-4 refuses an organisation named in "all except", naming it and both ways forward', () => {
    expect(add(police)).toEqual({
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message:
        "The family's consent does not include Northshire Police. Record new consent that includes them, or record a share without consent if one of its grounds applies.",
    });
  });

  it('SH-4 refuses an organisation not named in "only named"', () => {
    const decision = add(health, consent({ basicScope: scope('only', school) }), false, 'Northshire Health Visiting');
    expect(decision).toMatchObject({ allowed: false, reason: 'OUTSIDE_CONSENT_SCOPE' });
    expect(decision.allowed === false && decision.message).toContain('Northshire Health Visiting');
  });

  it('SH-4 CO-3 refuses anyone when no consent to share is recorded', () => {
    const none = consent({
      status: 'none',
      consentId: null,
      basicScope: scope('none'),
      additionalScope: scope('none'),
    });
    expect(add(school, none, false, 'Northshire Primary')).toEqual({
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message:
        "No consent to share has been recorded. Record the family's consent to share with Northshire Primary before adding them to the team.",
    });
  });

  it('SH-4 CO-4 refuses anyone while verbal consent has lapsed, even an organisation in scope', () => {
    expect(add(school, consent({ status: 'lapsed', basicScope: scope('all') }), false, 'Northshire Primary')).toEqual({
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message:
        "Consent to share is verbal, not confirmed within 14 days. Record the family's consent to share with Northshire Primary before adding them to the team.",
    });
  });

  it('SH-4 CO-5 refuses anyone once consent is withdrawn, even an organisation in scope', () => {
    expect(
      add(school, consent({ status: 'withdrawn', basicScope: scope('all') }), false, 'Northshire Primary'),
    ).toEqual({
      allowed: false,
      reason: 'OUTSIDE_CONSENT_SCOPE',
      message:
        "Consent to share is withdrawn. Record the family's consent to share with Northshire Primary before adding them to the team.",
    });
  });
});

describe('SH-4 CO-7 a share without consent lets the recipient join', () => {
  it('CO-7 allows a practitioner outside the consent scope when a share without consent names them', () => {
    expect(add(police, consent(), true)).toEqual({ allowed: true });
  });

  it('CO-7 allows them with no consent recorded, lapsed or withdrawn', () => {
    for (const status of ['none', 'lapsed', 'withdrawn'] as const) {
      expect(add(police, consent({ status, basicScope: scope('none') }), true)).toEqual({ allowed: true });
    }
  });
});

describe('team membership inputs', () => {
  const episodeId = '0b7a4a3e-5d2c-4f7e-9a61-2f3c8d9e1a20';
  const userId = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';

  it('accepts a practitioner chosen from the list', () => {
    expect(addTeamMemberInputSchema.parse({ episodeId, userId })).toEqual({ episodeId, userId });
    expect(removeTeamMemberInputSchema.parse({ episodeId, userId })).toEqual({ episodeId, userId });
  });

  it('refuses a practitioner who was not chosen from the list', () => {
    const result = addTeamMemberInputSchema.safeParse({ episodeId, userId: 'Jo Bloggs' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['userId', 'Choose a practitioner'],
    ]);
    expect(removeTeamMemberInputSchema.safeParse({ episodeId }).success).toBe(false);
  });
});
