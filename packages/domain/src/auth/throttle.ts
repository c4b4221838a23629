/**
 * Sign-in throttling per email address: five wrong passwords within 15 minutes lock the address
 * for 15 minutes from the last of them. Slow enough to stop guessing, short enough that a
 * practitioner who forgot their password is not kept from a child's record for the day.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCKOUT_MS = 15 * 60 * 1000;
/**
 * How far back the caller must fetch failures: a lock can rest on five failures that began a
 * whole window before the last one, and lasts a lockout after it.
 */
export const LOOKBACK_MS = WINDOW_MS + LOCKOUT_MS;

// Prefixed names for callers outside the auth folder, where "WINDOW_MS" alone says too little.
export const SIGN_IN_MAX_FAILED_ATTEMPTS = MAX_FAILED_ATTEMPTS;
export const SIGN_IN_WINDOW_MS = WINDOW_MS;
export const SIGN_IN_LOCKOUT_MS = LOCKOUT_MS;
export const SIGN_IN_LOOKBACK_MS = LOOKBACK_MS;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * @param recentFailures failed attempts since the last successful sign-in, going back at least
 *   LOOKBACK_MS (older ones make no difference, so passing more is harmless)
 */
export function checkSignInThrottle(recentFailures: readonly Date[], now: Date): ThrottleVerdict {
  const at = now.getTime();
  const times = recentFailures
    .map((failure) => failure.getTime())
    .filter((time) => time <= at)
    .sort((a, b) => a - b);

  let lockedUntil = Number.NEGATIVE_INFINITY;
  for (let last = MAX_FAILED_ATTEMPTS - 1; last < times.length; last++) {
    const lastAt = times[last] ?? Number.NEGATIVE_INFINITY;
    const firstAt = times[last - (MAX_FAILED_ATTEMPTS - 1)] ?? Number.NEGATIVE_INFINITY;
    if (lastAt - firstAt < WINDOW_MS) lockedUntil = Math.max(lockedUntil, lastAt + LOCKOUT_MS);
  }
  return lockedUntil > at ? { allowed: false, retryAt: new Date(lockedUntil) } : { allowed: true };
}
