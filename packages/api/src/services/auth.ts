import {
  type DbOrTx,
  dummyPasswordHash,
  endSession,
  findUserByEmail,
  insertSession,
  recentSignInFailures,
  recordSignInAttempt,
  verifyPassword,
} from '@ecaf/db';
import { checkSignInThrottle, SIGN_IN_LOOKBACK_MS, type SignInInput } from '@ecaf/domain';
import { type Context, hashSessionToken, newSessionToken } from '../context';
import { fail } from '../trpc';
import { audit } from './audit';

export async function signIn(ctx: Context, input: SignInInput) {
  const now = ctx.now();
  const failures = await recentSignInFailures(ctx.db, input.email, new Date(now.getTime() - SIGN_IN_LOOKBACK_MS));
  const throttle = checkSignInThrottle(failures, now);
  const user = await findUserByEmail(ctx.db, input.email);

  if (!throttle.allowed) {
    // Refused attempts are audited but not counted, so the lockout is not extended by them.
    await ctx.db.transaction((tx) =>
      audit(ctx, tx, {
        action: 'auth.sign_in_failed',
        actor: user ? { id: user.id, role: user.role } : null,
        detail: { email: input.email, reason: 'locked' },
      }),
    );
    fail('ACCOUNT_LOCKED', { details: { retryAt: throttle.retryAt.toISOString() } });
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk) {
    await ctx.db.transaction(async (tx) => {
      await recordSignInAttempt(tx, { email: input.email, at: now, succeeded: false });
      await audit(ctx, tx, {
        action: 'auth.sign_in_failed',
        actor: user ? { id: user.id, role: user.role } : null,
        detail: { email: input.email, reason: user ? 'wrong_password' : 'unknown_email' },
      });
    });
    fail('INVALID_CREDENTIALS', { fieldErrors: { email: 'Enter a correct email address and password' } });
  }
  if (user.status === 'suspended') {
    await ctx.db.transaction((tx) =>
      audit(ctx, tx, {
        action: 'auth.sign_in_failed',
        actor: { id: user.id, role: user.role },
        detail: { email: input.email, reason: 'suspended' },
      }),
    );
    fail('ACCOUNT_SUSPENDED');
  }

  const token = await ctx.db.transaction(async (tx) => {
    await recordSignInAttempt(tx, { email: input.email, at: now, succeeded: true });
    return startSession(ctx, tx, user);
  });
  ctx.request.setSessionCookie(token);
  return { id: user.id, name: user.name, role: user.role };
}

/**
 * A new session for `user` inside the caller's transaction, audited as a sign-in; whatever
 * session this browser had before ends (rotation). Returns the token: the caller sets the
 * cookie once the transaction has committed. Also used when a family member first sets a password.
 */
export async function startSession(
  ctx: Context,
  tx: DbOrTx,
  user: { id: string; role: string },
  detail?: Record<string, unknown>,
): Promise<string> {
  const now = ctx.now();
  const token = newSessionToken();
  if (ctx.user) await endSession(tx, ctx.user.sessionId, now, 'rotated');
  await insertSession(tx, { tokenHash: hashSessionToken(token), userId: user.id, now });
  await audit(ctx, tx, { action: 'auth.signed_in', actor: { id: user.id, role: user.role }, detail });
  return token;
}

export async function signOut(ctx: Context & { user: NonNullable<Context['user']> }) {
  await ctx.db.transaction(async (tx) => {
    await endSession(tx, ctx.user.sessionId, ctx.now(), 'signed_out');
    await audit(ctx, tx, { action: 'auth.signed_out' });
  });
  ctx.request.clearSessionCookie();
}
