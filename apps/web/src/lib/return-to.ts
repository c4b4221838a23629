/**
 * Where to go after signing in. Only paths inside eCAF are accepted (not '//evil.example' or
 * 'https://…'), so the sign-in page cannot be used to send someone elsewhere.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

export type SignedOutReason = 'signed-out';

/**
 * The sign-in page's address. `returnTo` is a path only: query strings are dropped because they
 * may hold what someone typed (names must never travel in URLs).
 */
export function signInPath(returnTo: string | undefined, reason?: SignedOutReason): string {
  const params = new URLSearchParams();
  const path = returnTo?.split(/[?#]/)[0];
  if (path && path !== '/' && !path.startsWith('/sign-in')) params.set('returnTo', path);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `/sign-in?${query}` : '/sign-in';
}
