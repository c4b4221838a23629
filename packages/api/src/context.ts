import { createHash, randomBytes } from 'node:crypto';
import { type Database, endSession, findSessionWithUser, touchSession } from '@ecaf/db';
import { checkSession, type Role } from '@ecaf/domain';
import type { MailSettings } from './services/mail';

/** What the HTTP host tells the API about one request. Nothing here is personal data. */
export type RequestInfo = {
  sessionToken: string | null;
  ipAddress: string | null;
  requestId: string;
  /** CSRF: the SPA sends a custom header that a cross-site form cannot. */
  fromOwnClient: boolean;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
};

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
  authorityId: string;
  authorityName: string;
  jobTitle: string | null;
  telephone: string | null;
  sessionId: string;
};

export type Deps = {
  db: Database;
  now: () => Date;
  /** Outgoing email; absent or null when SMTP is not configured (nothing is sent). */
  mail?: MailSettings | null;
};

export type Context = Deps & {
  request: RequestInfo;
  user: CurrentUser | null;
  /** Why there is no user although a session cookie came: the client says "you were signed out". */
  sessionProblem: 'SESSION_EXPIRED' | null;
};

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A request writes the session's `last_seen_at` only when the stored time is at least this old,
 * so an autosaving page does not write the session row on every save. The idle timeout is 30
 * minutes (IDLE_TIMEOUT_MS in the domain) and the stored time may lag the last request by up to
 * this interval, so an idle session ends between 29 and 30 minutes after its last request. The
 * absolute timeout counts from sign-in and is not affected.
 */
const SESSION_TOUCH_INTERVAL_MS = 60 * 1000;

/**
 * Resolves the session on every request, so idle and absolute timeouts and suspensions take
 * effect at the next request whichever server process answers it.
 */
export function createContextFactory(deps: Deps) {
  return async function createContext(request: RequestInfo): Promise<Context> {
    const base = { ...deps, request, user: null, sessionProblem: null } satisfies Context;
    if (!request.sessionToken) return base;
    const found = await findSessionWithUser(deps.db, hashSessionToken(request.sessionToken));
    if (!found) {
      request.clearSessionCookie();
      return { ...base, sessionProblem: 'SESSION_EXPIRED' };
    }
    const now = deps.now();
    const verdict = checkSession(
      {
        createdAt: found.createdAt,
        lastSeenAt: found.lastSeenAt,
        endedAt: found.endedAt,
        userStatus: found.user.status,
      },
      now,
    );
    if (!verdict.valid) {
      if (verdict.reason !== 'ended') await endSession(deps.db, found.sessionId, now, verdict.reason);
      request.clearSessionCookie();
      return { ...base, sessionProblem: 'SESSION_EXPIRED' };
    }
    if (now.getTime() - found.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
      await touchSession(deps.db, found.sessionId, now);
    }
    return {
      ...base,
      user: {
        ...found.user,
        organisationName: found.organisationName,
        authorityName: found.authorityName,
        sessionId: found.sessionId,
      },
    };
  };
}
