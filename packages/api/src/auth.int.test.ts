import { tables, verifyAuditChain } from '@ecaf/db';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

async function lastAudit(action: string) {
  const [row] = await h.db
    .select()
    .from(tables.auditEvent)
    .where(eq(tables.auditEvent.action, action))
    .orderBy(desc(tables.auditEvent.id))
    .limit(1);
  return row;
}

describe('sign-in', () => {
  it('signs in with the right password, sets an opaque cookie and audits it (AU-2)', async () => {
    const b = h.browser();
    await b.signIn(h.people.practitioner.email.toUpperCase());
    expect(b.cookie).toMatch(/^[\w-]{40,}$/);
    const me = await (await b.call()).auth.me();
    expect(me.user?.email).toBe(h.people.practitioner.email);
    const [stored] = await h.db
      .select()
      .from(tables.session)
      .where(eq(tables.session.userId, h.userId('practitioner')));
    expect(stored?.tokenHash).not.toBe(b.cookie);
    expect((await lastAudit('auth.signed_in'))?.actorUserId).toBe(h.userId('practitioner'));
  });

  it('refuses a wrong password with a typed error and audits the failure', async () => {
    await expectAppError(h.browser().signIn(h.people.colleague.email, 'wrong'), 'INVALID_CREDENTIALS');
    const event = await lastAudit('auth.sign_in_failed');
    expect(event?.detail).toMatchObject({ reason: 'wrong_password' });
  });

  it('refuses an unknown email the same way', async () => {
    await expectAppError(h.browser().signIn('nobody@nowhere.test', 'x'), 'INVALID_CREDENTIALS');
  });

  it('locks an account for 15 minutes after 5 failures within 15 minutes', async () => {
    const email = h.people.youthWorker.email;
    for (let i = 0; i < 5; i++) {
      await expectAppError(h.browser().signIn(email, 'wrong'), 'INVALID_CREDENTIALS');
    }
    // Even the right password is refused while locked.
    const locked = await expectAppError(h.browser().signIn(email), 'ACCOUNT_LOCKED');
    expect(locked.message).toMatch(/15 minutes/);
    h.clock.advanceMinutes(14);
    await expectAppError(h.browser().signIn(email), 'ACCOUNT_LOCKED');
    h.clock.advanceMinutes(2);
    await h.browser().signIn(email);
  });

  it('rotates the session at sign-in: the old token stops working', async () => {
    const b = h.browser();
    await b.signIn(h.people.manager.email);
    const first = b.cookie;
    await b.signIn(h.people.manager.email);
    expect(b.cookie).not.toBe(first);
    const [old] = await h.db.select().from(tables.session).where(eq(tables.session.endedReason, 'rotated'));
    expect(old).toBeDefined();
  });

  it('refuses state-changing requests that do not come from the eCAF client (CSRF)', async () => {
    const b = h.browser({ fromOwnClient: false });
    await expectAppError(b.signIn(h.people.manager.email), 'CSRF_REFUSED');
  });
});

describe('sessions', () => {
  it('ends a session after 30 minutes idle', async () => {
    const b = await h.signedIn('practitioner');
    h.clock.advanceMinutes(29);
    expect((await (await b.call()).auth.me()).user).not.toBeNull();
    h.clock.advanceMinutes(31);
    const me = await (await b.call()).auth.me();
    expect(me).toEqual({ user: null, sessionProblem: 'SESSION_EXPIRED' });
    await expectAppError((await b.call()).work.mine(), 'NOT_SIGNED_IN');
  });

  it('ends a session 12 hours after sign-in even when active', async () => {
    const b = await h.signedIn('colleague');
    for (let i = 0; i < 35; i++) {
      h.clock.advanceMinutes(20);
      expect((await (await b.call()).auth.me()).user).not.toBeNull();
    }
    h.clock.advanceMinutes(21);
    expect((await (await b.call()).auth.me()).sessionProblem).toBe('SESSION_EXPIRED');
  });

  it('ends a suspended user’s session at their next request', async () => {
    const b = await h.signedIn('colleague');
    await h.db
      .update(tables.appUser)
      .set({ status: 'suspended' })
      .where(eq(tables.appUser.id, h.userId('colleague')));
    const call = await b.call();
    await expectAppError(call.work.mine(), 'SESSION_EXPIRED');
    await expectAppError(h.browser().signIn(h.people.colleague.email), 'ACCOUNT_SUSPENDED');
    await h.db
      .update(tables.appUser)
      .set({ status: 'active' })
      .where(eq(tables.appUser.id, h.userId('colleague')));
  });

  it('signs out: the session ends on the server, not only in the browser', async () => {
    const b = await h.signedIn('manager');
    const token = b.cookie;
    await (await b.call()).auth.signOut();
    expect(b.cookie).toBeNull();
    expect((await lastAudit('auth.signed_out'))?.actorUserId).toBe(h.userId('manager'));
    const [ended] = await h.db.select().from(tables.session).where(eq(tables.session.endedReason, 'signed_out'));
    expect(ended?.endedAt).not.toBeNull();
    expect(token).not.toBeNull();
  });
});

describe('AU-1 audit chain', () => {
  it('is intact after everything above', async () => {
    const result = await verifyAuditChain(h.db);
    expect(result.ok).toBe(true);
    expect(result.events).toBeGreaterThan(10);
  });
});
