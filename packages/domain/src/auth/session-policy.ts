import type { UserStatus } from './roles';

/** Someone who walks away from a shared office computer is signed out after 30 minutes. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** However active, a session ends after a working day, so a stolen cookie has a bounded life. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export type SessionSnapshot = {
  createdAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  userStatus: UserStatus;
};

export type SessionEndReason = 'idle' | 'absolute' | 'ended' | 'suspended';
export type SessionVerdict = { valid: true } | { valid: false; reason: SessionEndReason };

/**
 * Checked on every request. Suspension is checked before the timeouts so an administrator's
 * suspension takes effect at once, and is reported as such.
 */
export function checkSession(session: SessionSnapshot, now: Date): SessionVerdict {
  const at = now.getTime();
  if (session.endedAt !== null && session.endedAt.getTime() <= at) return { valid: false, reason: 'ended' };
  if (session.userStatus !== 'active') return { valid: false, reason: 'suspended' };
  if (at - session.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) return { valid: false, reason: 'absolute' };
  if (at - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return { valid: false, reason: 'idle' };
  return { valid: true };
}
