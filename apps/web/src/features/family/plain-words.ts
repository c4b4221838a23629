import type { Role } from '@ecaf/domain';

/**
 * The family view in plain English: what the consent they gave lets happen, in their words, and
 * where each person lands after signing in.
 */

export type ScopeKind = 'all' | 'all_except' | 'only' | 'none';
export type Scope = { kind: ScopeKind; organisations: readonly string[] };

/** 'A, B and C' */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** CO-3 in the family's words: who in the team may see this kind of information. */
export function scopeInWords(scope: Scope): string {
  const names = listInWords(scope.organisations);
  switch (scope.kind) {
    case 'all':
      return 'Everyone in the team helping your family.';
    case 'all_except':
      return `Everyone in the team helping your family, except ${names}.`;
    case 'only':
      return `Only ${names}.`;
    case 'none':
      return 'No one in the team. It is seen only by the people doing the assessment, the lead professional and managers.';
  }
}

export type ConsentToShareStatus = 'active' | 'awaiting_confirmation' | 'lapsed' | 'withdrawn';

export const consentStatusWords: Record<ConsentToShareStatus, string> = {
  active: 'In place',
  awaiting_confirmation: 'Waiting for you to confirm it',
  lapsed: 'Not confirmed in time, so nothing is shared',
  withdrawn: 'Withdrawn',
};

export const consentMethodWords: Record<'written' | 'verbal' | 'online', string> = {
  written: 'In writing',
  verbal: 'By talking to a practitioner',
  online: 'Online',
};

export const versionStatusWords: Record<'draft' | 'completed', string> = {
  draft: 'Still being written',
  completed: 'Finished',
};

export const episodeStatusWords: Record<'draft' | 'active' | 'closed', string> = {
  draft: 'The assessment is being written',
  active: 'The team is helping your family',
  closed: 'Closed',
};

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  pending: 'Not used yet',
  accepted: 'Account set up',
  revoked: 'Withdrawn',
  expired: 'Expired',
};

/** A family member's home: their children's records. */
export const FAMILY_HOME = '/family';

/**
 * Where to go after signing in, or on opening the home page: a family member's home is their
 * family home, not My work. Any other page is left to answer for itself (the server refuses a
 * family member everything but the family view, and the page says so).
 */
export function landingFor(role: Role, returnTo: string): string {
  return role === 'family_member' && returnTo === '/' ? FAMILY_HOME : returnTo;
}
