import type { Role } from '../auth/roles';
import { type ConsentToShareState, scopeAllows, sharesUnder } from '../consent/consent-to-share';
import type { SharedInformation } from '../consent/share-without-consent';

/**
 * The one access policy (SH-1, SH-2, CO-5, SH-4): who may do what with one episode's assessment,
 * and on which ground. Pure, so every procedure and every list asks the same question the same
 * way, and the ground it answers with is what the audit event records (SH-5).
 */

export type Viewer = { id: string; role: Role; authorityId: string; organisationId: string | null };

export type TeamMembership =
  | { userId: string; organisationId: string | null; basis: 'consent' }
  /** CO-7: joined on a share without consent; sees what was shared, whatever consent says. */
  | {
      userId: string;
      organisationId: string | null;
      basis: 'without_consent';
      shareId: string;
      shared: SharedInformation;
    };

export type EpisodeRelationships = {
  authorityId: string;
  assessors: readonly { userId: string; role: 'assessor' | 'co_assessor' }[];
  /** The current lead professional, or null before one is assigned. */
  leadProfessionalUserId: string | null;
  /** Practitioners on the Team Around the Child now (left members are not here). */
  team: readonly TeamMembership[];
  /** Family accounts party to the child: parents and carers with parental responsibility, the young person. */
  familyUserIds: readonly string[];
  consent: ConsentToShareState;
};

/**
 * - read: the assessment, its versions, consent and team.
 * - edit: write the assessment (sections, consent to assess, child seen, completion, reviews).
 * - share: record consent to share, add team members, share without consent, invite the family.
 * - see_who_looked: the list of everyone who has read the record.
 * - family_contribute: a family member's own views on the draft and their consent.
 * - coordinate: the lead professional's work (LP-4): the plan, reviews, the team's family
 *   members and requests to join. Before a lead professional is assigned the assessor acts as one.
 * - close: close or reopen the episode (PL-3): the lead professional (or the assessor before one
 *   is assigned) and managers.
 * - assign_lead: assign the lead professional or hand the role over (LP-1, LP-3): the assessor
 *   or a co-assessor before one is assigned, the lead professional, and managers.
 */
export type EpisodeAsk =
  | 'read'
  | 'edit'
  | 'share'
  | 'see_who_looked'
  | 'family_contribute'
  | 'coordinate'
  | 'close'
  | 'assign_lead';

export type AccessGround =
  | { kind: 'assessor' }
  | { kind: 'co_assessor' }
  | { kind: 'lead_professional' }
  | { kind: 'manager' }
  | { kind: 'family' }
  | { kind: 'team_consent'; consentId: string }
  | { kind: 'team_without_consent'; shareId: string };

export type EpisodeAccess =
  | { allowed: true; ground: AccessGround; sensitive: 'shown' | 'hidden' }
  /** NOT_FOUND when the user may not know the record exists; FORBIDDEN when they may read but not do this. */
  | { allowed: false; refusal: 'NOT_FOUND' | 'FORBIDDEN'; message: string };

/** The ground as written into an audit event: role, team membership or consent id (SH-5). */
export function groundLabel(ground: AccessGround): string {
  switch (ground.kind) {
    case 'team_consent':
      return `team:consent:${ground.consentId}`;
    case 'team_without_consent':
      return `team:without_consent:${ground.shareId}`;
    default:
      return ground.kind;
  }
}

const hidden: EpisodeAccess = { allowed: false, refusal: 'NOT_FOUND', message: 'We could not find that record.' };

function forbidden(message: string): EpisodeAccess {
  return { allowed: false, refusal: 'FORBIDDEN', message };
}

/**
 * SH-1 read. CO-5: once consent to share is withdrawn only the lead professional and managers
 * keep access; before a lead professional is assigned the assessor acts as one, so somebody
 * can still close the episode. A co-assessor or team member loses access at their next request.
 */
function decideRead(viewer: Viewer, episode: EpisodeRelationships): EpisodeAccess {
  if (viewer.authorityId !== episode.authorityId) return hidden;
  switch (viewer.role) {
    case 'manager':
      return { allowed: true, ground: { kind: 'manager' }, sensitive: 'shown' };
    case 'family_member':
      return episode.familyUserIds.includes(viewer.id)
        ? { allowed: true, ground: { kind: 'family' }, sensitive: 'shown' }
        : hidden;
    case 'administrator':
      return hidden;
    case 'practitioner':
      break;
    default:
      return hidden;
  }

  const shown = (ground: AccessGround): EpisodeAccess => ({ allowed: true, ground, sensitive: 'shown' });
  if (episode.leadProfessionalUserId === viewer.id) return shown({ kind: 'lead_professional' });

  const withdrawn = episode.consent.status === 'withdrawn';
  const assessor = episode.assessors.find((a) => a.userId === viewer.id);
  if (assessor?.role === 'assessor' && (!withdrawn || episode.leadProfessionalUserId === null)) {
    return shown({ kind: 'assessor' });
  }
  if (assessor?.role === 'co_assessor' && !withdrawn) return shown({ kind: 'co_assessor' });

  const membership = episode.team.find((m) => m.userId === viewer.id);
  if (membership?.basis === 'without_consent') {
    return {
      allowed: true,
      ground: { kind: 'team_without_consent', shareId: membership.shareId },
      sensitive: membership.shared === 'basic_and_additional' ? 'shown' : 'hidden',
    };
  }
  const { consent } = episode;
  if (
    membership?.basis === 'consent' &&
    consent.consentId !== null &&
    sharesUnder(consent.status) &&
    scopeAllows(consent.basicScope, viewer.organisationId)
  ) {
    // SH-2: the sensitive elements need the additional-information scope as well.
    return {
      allowed: true,
      ground: { kind: 'team_consent', consentId: consent.consentId },
      sensitive: scopeAllows(consent.additionalScope, viewer.organisationId) ? 'shown' : 'hidden',
    };
  }
  return hidden;
}

export function decideEpisodeAccess(viewer: Viewer, episode: EpisodeRelationships, ask: EpisodeAsk): EpisodeAccess {
  const read = decideRead(viewer, episode);
  if (!read.allowed || ask === 'read') return read;
  const kind = read.ground.kind;

  switch (ask) {
    case 'edit':
      // CF-7: only the assessor and co-assessors write the assessment; everyone else reads it.
      return kind === 'assessor' ||
        kind === 'co_assessor' ||
        (kind === 'lead_professional' && isAssessorToo(viewer, episode))
        ? read
        : forbidden('Only the assessor and co-assessors can change this assessment.');
    case 'share':
      return kind === 'assessor' || kind === 'co_assessor' || kind === 'lead_professional'
        ? read
        : forbidden('Only the assessor, a co-assessor or the lead professional can change who this is shared with.');
    case 'see_who_looked':
      return kind === 'lead_professional' ||
        kind === 'manager' ||
        kind === 'family' ||
        (kind === 'assessor' && episode.leadProfessionalUserId === null)
        ? read
        : forbidden('Only the lead professional, managers and the family can see who has looked at this record.');
    case 'family_contribute':
      return kind === 'family' ? read : forbidden('Only the family can do this from the family view.');
    case 'coordinate':
      return kind === 'lead_professional' || actsAsLead(kind, episode)
        ? read
        : forbidden('Only the lead professional can change the plan, reviews and team.');
    case 'close':
      return kind === 'lead_professional' || kind === 'manager' || actsAsLead(kind, episode)
        ? read
        : forbidden('Only the lead professional or a manager can close or reopen this CAF.');
    case 'assign_lead':
      return kind === 'lead_professional' ||
        kind === 'manager' ||
        (episode.leadProfessionalUserId === null && (kind === 'assessor' || kind === 'co_assessor'))
        ? read
        : forbidden('Only the lead professional, the assessor before one is assigned, or a manager can do this.');
  }
}

/** Before a lead professional is assigned, the assessor who started the CAF acts as one. */
function actsAsLead(kind: AccessGround['kind'], episode: EpisodeRelationships): boolean {
  return kind === 'assessor' && episode.leadProfessionalUserId === null;
}

/** A lead professional who is also an assessor writes as an assessor. */
function isAssessorToo(viewer: Viewer, episode: EpisodeRelationships): boolean {
  const assessor = episode.assessors.find((a) => a.userId === viewer.id);
  if (!assessor) return false;
  return assessor.role === 'assessor' || episode.consent.status !== 'withdrawn';
}

/** Administrators manage accounts, never children (SH-1); only managers export a child's whole record. */
export function canExportChildRecord(viewer: Viewer, child: { authorityId: string }): boolean {
  return viewer.role === 'manager' && viewer.authorityId === child.authorityId;
}
