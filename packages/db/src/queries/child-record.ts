import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditEvent } from '../schema/audit';
import { organisation } from '../schema/authority';
import { checklistDecision, episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { leadProfessional } from '../schema/sharing';
import { readActions } from './sharing';

/**
 * What the right of access export (issue 4 item 7, UK GDPR Art. 15) reads beyond the queries
 * the assessment and sharing pages already use: every episode of a child, the whole history of
 * lead professionals, checklist decisions and every read of the record.
 */

/** Every episode of the child, oldest first. */
export async function listEpisodesOfChild(db: DbOrTx, authorityId: string, childId: string) {
  return db
    .select({ id: episode.id, reference: episode.reference, status: episode.status, createdAt: episode.createdAt })
    .from(episode)
    .where(and(eq(episode.childId, childId), eq(episode.authorityId, authorityId)))
    .orderBy(asc(episode.createdAt), asc(episode.id));
}

/** LP-3: every lead professional the episode has had, the current one last. */
export async function listLeadProfessionals(db: DbOrTx, episodeId: string) {
  return db
    .select({
      userId: leadProfessional.userId,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      organisation: organisation.name,
      familyView: leadProfessional.familyView,
      assignedAt: leadProfessional.assignedAt,
      assignedByName: sql<string>`(select name from app_user where id = ${leadProfessional.assignedBy})`,
      endedAt: leadProfessional.endedAt,
    })
    .from(leadProfessional)
    .innerJoin(appUser, eq(appUser.id, leadProfessional.userId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(leadProfessional.episodeId, episodeId))
    .orderBy(asc(leadProfessional.assignedAt), asc(leadProfessional.id));
}

/** CF-2: every pre-assessment checklist decision about the child, including those that started nothing. */
export async function listChecklistDecisionsOfChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: checklistDecision.id,
      decidedAt: checklistDecision.decidedAt,
      decidedByName: appUser.name,
      decidedByOrganisation: organisation.name,
      outcome: checklistDecision.outcome,
      answers: checklistDecision.answers,
      episodeId: checklistDecision.episodeId,
    })
    .from(checklistDecision)
    .innerJoin(appUser, eq(appUser.id, checklistDecision.decidedBy))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(checklistDecision.childId, childId))
    .orderBy(asc(checklistDecision.decidedAt), asc(checklistDecision.id));
}

/**
 * SH-5: every read of the child's record and of each of its episodes, oldest first: who, from
 * which organisation, in which role, when, what and on which ground. The same actions as
 * `listReadsOfEpisode`, over the whole child rather than one episode, and with no page limit.
 */
export async function listReadsOfChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      action: auditEvent.action,
      ground: auditEvent.ground,
      actorRole: auditEvent.actorRole,
      actorName: appUser.name,
      actorJobTitle: appUser.jobTitle,
      actorOrganisation: organisation.name,
      episodeId: auditEvent.episodeId,
      episodeReference: episode.reference,
      detail: auditEvent.detail,
    })
    .from(auditEvent)
    .leftJoin(appUser, eq(appUser.id, auditEvent.actorUserId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .leftJoin(episode, eq(episode.id, auditEvent.episodeId))
    .where(
      and(
        inArray(auditEvent.action, [...readActions]),
        // Reads of an episode carry its child too; the episode's own child is checked as well.
        or(eq(auditEvent.childId, childId), eq(episode.childId, childId)),
      ),
    )
    .orderBy(asc(auditEvent.id));
}
