import { describe, expect, it } from 'vitest';
import {
  acceptInvitationInputSchema,
  checkInvitation,
  INVITATION_VALID_DAYS,
  type InvitationState,
  invitationExpiresAt,
  inviteFamilyMemberInputSchema,
  MIN_PASSWORD_LENGTH,
  mayBeInvited,
} from './invitation';

const episodeId = '0b7a4a3e-5d2c-4f7e-9a61-2f3c8d9e1a20';
const personId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const createdAt = new Date('2026-03-25T10:00:00Z');
const open: InvitationState = { expiresAt: invitationExpiresAt(createdAt), acceptedAt: null, revokedAt: null };
const ms = (iso: string) => new Date(iso);

describe('invitations: a single-use link, valid for 7 days', () => {
  it('expires exactly 7 days after it was made, across the change to summer time', () => {
    expect(INVITATION_VALID_DAYS).toBe(7);
    // British Summer Time starts on 29 March 2026: still 7 × 24 hours.
    expect(invitationExpiresAt(createdAt)).toEqual(ms('2026-04-01T10:00:00Z'));
  });

  it('does not change the date it was given', () => {
    const made = new Date(createdAt);
    invitationExpiresAt(made);
    expect(made).toEqual(createdAt);
  });

  it('is valid when made and up to the last millisecond before it expires', () => {
    expect(checkInvitation(open, createdAt)).toEqual({ allowed: true });
    expect(checkInvitation(open, ms('2026-04-01T09:59:59.999Z'))).toEqual({ allowed: true });
  });

  it('has expired at the moment it expires, and after', () => {
    const expired = {
      allowed: false,
      reason: 'INVITATION_EXPIRED',
      message:
        'This invitation has expired: invitations last 7 days. Ask the practitioner who invited you for a new one.',
    };
    expect(checkInvitation(open, ms('2026-04-01T10:00:00Z'))).toEqual(expired);
    expect(checkInvitation(open, ms('2026-06-01T00:00:00Z'))).toEqual(expired);
  });

  it('cannot be used twice', () => {
    const used = { ...open, acceptedAt: ms('2026-03-26T08:00:00Z') };
    expect(checkInvitation(used, ms('2026-03-26T08:05:00Z'))).toEqual({
      allowed: false,
      reason: 'INVITATION_USED',
      message: 'This invitation has already been used. Sign in with the password you chose.',
    });
  });

  it('cannot be used once withdrawn', () => {
    const revoked = { ...open, revokedAt: ms('2026-03-26T08:00:00Z') };
    expect(checkInvitation(revoked, ms('2026-03-26T09:00:00Z'))).toEqual({
      allowed: false,
      reason: 'INVITATION_REVOKED',
      message: 'This invitation was withdrawn. Ask the practitioner who invited you for a new one.',
    });
  });

  it('says it was used before it says it was withdrawn or expired, and withdrawn before expired', () => {
    const later = ms('2026-05-01T00:00:00Z');
    const usedAndRevoked = { ...open, acceptedAt: ms('2026-03-26T08:00:00Z'), revokedAt: ms('2026-03-27T08:00:00Z') };
    expect(checkInvitation(usedAndRevoked, later)).toMatchObject({ allowed: false, reason: 'INVITATION_USED' });
    const revoked = { ...open, revokedAt: ms('2026-03-27T08:00:00Z') };
    expect(checkInvitation(revoked, later)).toMatchObject({ allowed: false, reason: 'INVITATION_REVOKED' });
  });
});

describe('CO-2 who may be given a family account', () => {
  it('CO-2 allows a parent or carer with parental responsibility', () => {
    expect(mayBeInvited({ kind: 'person', parentalResponsibility: true, hasAccount: false })).toEqual({
      allowed: true,
    });
  });

  it('CO-2 refuses a person without parental responsibility', () => {
    expect(mayBeInvited({ kind: 'person', parentalResponsibility: false, hasAccount: false })).toEqual({
      allowed: false,
      reason: 'NOT_PARTY',
      message: 'Only a parent or carer with parental responsibility can be given a family account.',
    });
  });

  it('CO-2 allows the young person from 12, the age from which they may be judged competent', () => {
    expect(mayBeInvited({ kind: 'child', ageYears: 12, hasAccount: false })).toEqual({ allowed: true });
    expect(mayBeInvited({ kind: 'child', ageYears: 16, hasAccount: false })).toEqual({ allowed: true });
  });

  it('CO-2 refuses a child under 12, and an unborn baby', () => {
    const tooYoung = {
      allowed: false,
      reason: 'NOT_PARTY',
      message: 'A young person can have their own account from the age of 12.',
    };
    expect(mayBeInvited({ kind: 'child', ageYears: 11, hasAccount: false })).toEqual(tooYoung);
    expect(mayBeInvited({ kind: 'child', ageYears: 0, hasAccount: false })).toEqual(tooYoung);
    expect(mayBeInvited({ kind: 'child', ageYears: null, hasAccount: false })).toEqual(tooYoung);
  });

  it('refuses someone who already has an account, whoever they are', () => {
    const already = {
      allowed: false,
      reason: 'ALREADY_HAS_ACCOUNT',
      message: 'This person already has a family account. They can sign in with it.',
    };
    expect(mayBeInvited({ kind: 'person', parentalResponsibility: true, hasAccount: true })).toEqual(already);
    expect(mayBeInvited({ kind: 'child', ageYears: 15, hasAccount: true })).toEqual(already);
    expect(mayBeInvited({ kind: 'person', parentalResponsibility: false, hasAccount: true })).toEqual(already);
  });
});

describe('inviteFamilyMemberInputSchema', () => {
  const invite = { episodeId, invitee: { kind: 'person', personId }, email: '  Jo.Bloggs@Example.ORG ' };

  it('accepts a parent or carer, or the young person, and tidies the email address', () => {
    expect(inviteFamilyMemberInputSchema.parse(invite)).toEqual({
      episodeId,
      invitee: { kind: 'person', personId },
      email: 'jo.bloggs@example.org',
    });
    expect(inviteFamilyMemberInputSchema.parse({ ...invite, invitee: { kind: 'child' } }).invitee).toEqual({
      kind: 'child',
    });
  });

  it('refuses an invitation without who or an email address', () => {
    expect(issues(inviteFamilyMemberInputSchema.safeParse({ episodeId, email: ' ' }))).toEqual([
      ['invitee', 'Select who to invite'],
      ['email', 'Enter their email address'],
    ]);
    expect(
      issues(inviteFamilyMemberInputSchema.safeParse({ ...invite, invitee: { kind: 'person', personId: 'Mum' } })),
    ).toEqual([['invitee.personId', 'Select who to invite']]);
  });

  it('refuses an email address that is not one', () => {
    const wrong = 'Enter an email address in the correct format, like name@example.com';
    expect(issues(inviteFamilyMemberInputSchema.safeParse({ ...invite, email: 'jo.bloggs' }))).toEqual([
      ['email', wrong],
    ]);
    const long = `${'a'.repeat(250)}@example.org`;
    expect(issues(inviteFamilyMemberInputSchema.safeParse({ ...invite, email: long }))).toEqual([['email', wrong]]);
  });
});

describe('acceptInvitationInputSchema', () => {
  const token = 't'.repeat(43);
  const password = 'correct horse battery';

  it('accepts a long password typed twice, and keeps its spaces', () => {
    const padded = ` ${password} `;
    expect(acceptInvitationInputSchema.parse({ token, password: padded, confirmPassword: padded })).toEqual({
      token,
      password: padded,
      confirmPassword: padded,
    });
  });

  it(`refuses a password shorter than ${MIN_PASSWORD_LENGTH} characters`, () => {
    const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1);
    expect(issues(acceptInvitationInputSchema.safeParse({ token, password: short, confirmPassword: short }))).toEqual([
      ['password', 'Your password must be at least 12 characters'],
    ]);
    const enough = 'x'.repeat(MIN_PASSWORD_LENGTH);
    expect(acceptInvitationInputSchema.safeParse({ token, password: enough, confirmPassword: enough }).success).toBe(
      true,
    );
  });

  it('refuses passwords that do not match, on the second box', () => {
    expect(issues(acceptInvitationInputSchema.safeParse({ token, password, confirmPassword: `${password}!` }))).toEqual(
      [['confirmPassword', 'The passwords do not match']],
    );
  });

  it('refuses a password over 1024 characters', () => {
    const huge = 'x'.repeat(1025);
    expect(issues(acceptInvitationInputSchema.safeParse({ token, password: huge, confirmPassword: huge }))).toEqual([
      ['password', 'Your password must be 1024 characters or fewer'],
    ]);
  });

  it('refuses a token that cannot be one of ours', () => {
    expect(acceptInvitationInputSchema.safeParse({ token: 'short', password, confirmPassword: password }).success).toBe(
      false,
    );
    expect(
      acceptInvitationInputSchema.safeParse({ token: 't'.repeat(201), password, confirmPassword: password }).success,
    ).toBe(false);
  });
});
