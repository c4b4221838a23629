import {
  type ConsentToShareStatus,
  consentToShareStatusLabels,
  formatDate,
  type ShareScopeKind,
  shareScopeLabels,
} from '@ecaf/domain';
import type { TagColour } from '../../components/Tag';

/**
 * What the sharing pages say in words: consent to share as it stands, its scopes, the team's
 * basis, and each line of "who has looked" (SH-5). Pure, so it is tested without a browser.
 */

/** 'A', 'A and B', 'A, B and C'. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export type ScopeView = { kind: ShareScopeKind; organisations: readonly { id: string; name: string }[] };

/** CO-3 in words, with the organisations named: 'Only the organisations named: Leeds Youth Service'. */
export function describeScope(scope: ScopeView): string {
  const label = shareScopeLabels[scope.kind];
  if (scope.kind !== 'only' && scope.kind !== 'all_except') return label;
  const names = scope.organisations.map((o) => o.name);
  return names.length === 0 ? label : `${label}: ${listInWords(names)}`;
}

export type ConsentToShareStatusOrNone = ConsentToShareStatus | 'none';

const statusColours: Record<ConsentToShareStatusOrNone, TagColour> = {
  active: 'green',
  awaiting_confirmation: 'yellow',
  lapsed: 'red',
  withdrawn: 'grey',
  none: 'grey',
};

/** The tag for where consent to share stands (CO-4, CO-5). */
export function consentToShareTag(status: ConsentToShareStatusOrNone): { text: string; colour: TagColour } {
  return { text: consentToShareStatusLabels[status], colour: statusColours[status] };
}

/**
 * CO-4 spelt out for a verbal consent: when it must be confirmed by, or that it lapsed. Null for
 * anything that needs no confirmation.
 */
export function confirmationNote(record: {
  status: ConsentToShareStatus;
  confirmationDueOn: string | null;
  confirmedOn: string | null;
}): string | null {
  if (record.confirmedOn !== null) return `Confirmed in writing on ${formatDate(record.confirmedOn)}`;
  if (record.confirmationDueOn === null) return null;
  const due = formatDate(record.confirmationDueOn);
  if (record.status === 'awaiting_confirmation') return `Awaiting written confirmation: confirm by ${due}`;
  if (record.status === 'lapsed') {
    return `Not confirmed in writing by ${due}. Nothing is shared under this consent until it is confirmed.`;
  }
  return null;
}

export type TeamBasis = 'consent' | 'without_consent';

export const teamBasisLabels: Record<TeamBasis, string> = {
  consent: 'Consent to share',
  without_consent: 'Shared without consent',
};

/** SH-5: what a person did, in words. Unknown actions still say something true. */
const readActionWords: Record<string, string> = {
  'assessment.viewed': 'Viewed the assessment',
  'assessment.downloaded': 'Downloaded a PDF of the assessment',
  'child.viewed': "Viewed the child's record",
  'child.exported': "Exported the child's record",
  'sharing.viewed': 'Viewed consent to share and the team',
  'family.episode_viewed': 'Viewed the assessment in the family view',
};

export function readActionInWords(action: string): string {
  return Object.hasOwn(readActionWords, action) ? (readActionWords[action] ?? action) : 'Looked at the record';
}

const groundWords: Record<string, string> = {
  assessor: 'Assessor',
  co_assessor: 'Co-assessor',
  lead_professional: 'Lead professional',
  manager: 'Manager',
  family: 'Family',
};

const roleWords: Record<string, string> = {
  practitioner: "Practitioner (the child's index record)",
  manager: 'Manager',
  family_member: 'Family',
  administrator: 'Administrator',
};

/**
 * SH-5: the ground the audit event recorded (`assessor`, `team:consent:<id>`,
 * `team:without_consent:<id>`, `role:practitioner`), in words.
 */
export function groundInWords(ground: string | null): string {
  if (ground === null || ground === '') return 'Not recorded';
  if (ground.startsWith('team:consent:')) return 'Team member under consent';
  if (ground.startsWith('team:without_consent:')) return 'Team member under a share without consent';
  if (ground.startsWith('role:')) {
    const role = ground.slice('role:'.length);
    return Object.hasOwn(roleWords, role) ? (roleWords[role] ?? role) : 'Not recorded';
  }
  return Object.hasOwn(groundWords, ground) ? (groundWords[ground] ?? ground) : 'Not recorded';
}

/** Read out after a search: how many were found and how many can join. */
export function describeCandidates(results: readonly { allowed: boolean }[], query: string): string {
  if (results.length === 0) return `No practitioners found for ‘${query}’ who are not already in the team`;
  const refused = results.filter((r) => !r.allowed).length;
  const found = `${results.length} ${results.length === 1 ? 'practitioner' : 'practitioners'} found for ‘${query}’`;
  if (refused === 0) return found;
  return `${found}. ${refused === results.length ? (refused === 1 ? 'They cannot' : 'None of them can') : `${refused} of them cannot`} join under the family’s consent.`;
}

const roleNames: Record<string, string> = {
  practitioner: 'Practitioner',
  manager: 'Manager',
  family_member: 'Family member',
  administrator: 'Administrator',
};

/** 'Youth Worker, Leeds Youth Service'; a family member, who has neither, as 'Family member'. */
export function whoLookedRole(read: {
  role: string | null;
  jobTitle: string | null;
  organisation: string | null;
}): string {
  const parts = [read.jobTitle, read.organisation].filter((part): part is string => (part ?? '').trim() !== '');
  if (parts.length > 0) return parts.join(', ');
  const role = read.role ?? '';
  return Object.hasOwn(roleNames, role) ? (roleNames[role] ?? role) : 'Not recorded';
}
