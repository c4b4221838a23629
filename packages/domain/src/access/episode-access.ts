import type { Role } from '../auth/roles';

export type EpisodeAccessRequest = {
  user: { id: string; role: Role; authorityId: string };
  episode: { authorityId: string; assessorUserIds: readonly string[] };
};

/** The ground of an allowed read, written into the audit event (SH-5). */
export type AccessGround = 'assessor' | 'manager';

export type EpisodeAccess = { allowed: true; ground: AccessGround } | { allowed: false };

/**
 * SH-1, deny by default: assessment content is visible to the assessor and co-assessor and to
 * managers of the authority. (Team members, the lead professional and the family join this
 * list with the team and consent features.) Administrators never see content.
 */
export function decideEpisodeAccess({ user, episode }: EpisodeAccessRequest): EpisodeAccess {
  if (user.authorityId !== episode.authorityId) return { allowed: false };
  if (user.role === 'practitioner' && episode.assessorUserIds.includes(user.id)) {
    return { allowed: true, ground: 'assessor' };
  }
  if (user.role === 'manager') return { allowed: true, ground: 'manager' };
  return { allowed: false };
}
