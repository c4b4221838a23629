import { describe, expect, it } from 'vitest';
import { can, type permissions } from './permissions';
import { type Role, roles } from './roles';
import { ABSOLUTE_TIMEOUT_MS, checkSession, IDLE_TIMEOUT_MS } from './session-policy';
import { signInInputSchema } from './sign-in';
import { checkSignInThrottle, LOCKOUT_MS } from './throttle';

const minutes = (n: number) => n * 60 * 1000;
const at = (iso: string) => new Date(iso);

describe('session policy', () => {
  const session = {
    createdAt: at('2026-03-15T08:00:00Z'),
    lastSeenAt: at('2026-03-15T09:00:00Z'),
    endedAt: null,
    userStatus: 'active',
  } as const;

  it('keeps an active session within both timeouts', () => {
    expect(checkSession(session, at('2026-03-15T09:29:59Z'))).toEqual({ valid: true });
  });

  it('ends a session idle for 30 minutes', () => {
    expect(IDLE_TIMEOUT_MS).toBe(minutes(30));
    expect(checkSession(session, at('2026-03-15T09:30:00Z'))).toEqual({ valid: false, reason: 'idle' });
  });

  it('ends any session 12 hours after sign-in, however active', () => {
    expect(ABSOLUTE_TIMEOUT_MS).toBe(minutes(12 * 60));
    const busy = { ...session, lastSeenAt: at('2026-03-15T19:59:00Z') };
    expect(checkSession(busy, at('2026-03-15T19:59:59Z'))).toEqual({ valid: true });
    expect(checkSession(busy, at('2026-03-15T20:00:00Z'))).toEqual({ valid: false, reason: 'absolute' });
  });

  it('ends the session of a suspended user at once', () => {
    expect(checkSession({ ...session, userStatus: 'suspended' }, at('2026-03-15T09:01:00Z'))).toEqual({
      valid: false,
      reason: 'suspended',
    });
  });

  it('does not revive a session that was ended', () => {
    expect(checkSession({ ...session, endedAt: at('2026-03-15T09:00:30Z') }, at('2026-03-15T09:01:00Z'))).toEqual({
      valid: false,
      reason: 'ended',
    });
  });
});

describe('sign-in throttle', () => {
  const now = at('2026-03-15T10:00:00Z');
  const failures = (count: number) =>
    Array.from({ length: count }, (_, i) => new Date(now.getTime() - minutes(count - i)));

  it('allows a fifth attempt after 4 failures', () => {
    expect(checkSignInThrottle(failures(4), now)).toEqual({ allowed: true });
  });

  it('locks after 5 failures within 15 minutes, until 15 minutes after the last one', () => {
    const five = failures(5);
    const last = five[4] ?? now;
    expect(checkSignInThrottle(five, now)).toEqual({
      allowed: false,
      retryAt: new Date(last.getTime() + LOCKOUT_MS),
    });
  });

  it('lets the user try again once the lock expires', () => {
    const five = failures(5);
    const last = five[4] ?? now;
    expect(checkSignInThrottle(five, new Date(last.getTime() + LOCKOUT_MS - 1)).allowed).toBe(false);
    expect(checkSignInThrottle(five, new Date(last.getTime() + LOCKOUT_MS))).toEqual({ allowed: true });
  });

  it('keeps the lock for 15 minutes after the last failure even as the first ones age', () => {
    const five = [14, 13, 12, 11, 10].map((ago) => new Date(now.getTime() - minutes(ago)));
    expect(checkSignInThrottle(five, new Date(now.getTime() + minutes(4)))).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() + minutes(5)),
    });
  });

  it('does not count failures spread over more than the window', () => {
    const spread = [minutes(40), minutes(30), minutes(20), minutes(10), minutes(1)].map(
      (ago) => new Date(now.getTime() - ago),
    );
    expect(checkSignInThrottle(spread, now)).toEqual({ allowed: true });
  });
});

describe('signInInputSchema', () => {
  it('trims and lowercases the email', () => {
    expect(signInInputSchema.parse({ email: ' Priya.Shah@Example.org ', password: ' secret ' })).toEqual({
      email: 'priya.shah@example.org',
      password: ' secret ',
    });
  });

  it('uses the GOV.UK messages', () => {
    const messages = (input: unknown) =>
      signInInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages({ email: '  ', password: '' })).toEqual([
      ['email', 'Enter your email address'],
      ['password', 'Enter your password'],
    ]);
    expect(messages({ email: 'priya', password: 'x' })).toEqual([
      ['email', 'Enter an email address in the correct format, like name@example.com'],
    ]);
  });
});

describe('SH-3 the index is not the record: permissions', () => {
  it('lets practitioners and managers search the index, view and register children', () => {
    for (const role of ['practitioner', 'manager'] as const) {
      for (const permission of ['child-index:search', 'child:view', 'child:register', 'work:view-own'] as const) {
        expect(can(role, permission)).toBe(true);
      }
    }
  });

  it('CF-7 lets only practitioners start a CAF: whoever starts one is its assessor and writes it', () => {
    expect(roles.filter((role) => can(role, 'episode:start'))).toEqual(['practitioner']);
    expect(roles.filter((role) => can(role, 'assessment:edit'))).toEqual(['practitioner']);
  });

  it('never lets family members or administrators search the index or open a child', () => {
    for (const role of ['family_member', 'administrator'] as const) {
      for (const permission of ['child-index:search', 'child:view', 'child:register', 'episode:start'] as const) {
        expect(can(role, permission)).toBe(false);
      }
    }
  });

  it('lets only administrators manage users', () => {
    expect(roles.filter((role) => can(role, 'admin:manage-users'))).toEqual(['administrator']);
  });

  it('denies by default', () => {
    expect(can(null, 'child:view')).toBe(false);
    expect(can(undefined, 'child:view')).toBe(false);
    expect(can('hacker' as Role, 'child:view')).toBe(false);
    expect(can('__proto__' as Role, 'child:view')).toBe(false);
    expect(can('practitioner', 'admin:everything' as (typeof permissions)[number])).toBe(false);
  });
});
