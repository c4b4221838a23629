import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child, person } from '../schema/child';
import { assessmentVersion, episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { teamFamilyMember, teamJoinRequest } from '../schema/plan';
import { leadProfessional } from '../schema/sharing';

// ---- Lead professional (LP-1 to LP-3) ----

/** LP-1: whether a version of the episode's assessment has been completed. */
export async function hasCompletedVersion(db: DbOrTx, episodeId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentVersion.id })
    .from(assessmentVersion)
    .where(and(eq(assessmentVersion.episodeId, episodeId), eq(assessmentVersion.status, 'completed')))
    .limit(1);
  return row !== undefined;
}

/**
 * LP-3: every lead professional the episode has had, oldest first, with who assigned and who
 * ended each, the family's view and the handover note. Rows assigned at the same instant put the
 * ended one before the current one, so the order never rests on equal timestamps alone.
 */
export async function listLeadProfessionalHistory(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: leadProfessional.id,
      userId: leadProfessional.userId,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      organisation: organisation.name,
      familyView: leadProfessional.familyView,
      assignedAt: leadProfessional.assignedAt,
      assignedByName: sql<string>`(select name from app_user where id = ${leadProfessional.assignedBy})`,
      endedAt: leadProfessional.endedAt,
      endedByName: sql<string | null>`(select name from app_user where id = ${leadProfessional.endedBy})`,
      handoverNote: leadProfessional.handoverNote,
    })
    .from(leadProfessional)
    .innerJoin(appUser, eq(appUser.id, leadProfessional.userId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(leadProfessional.episodeId, episodeId))
    .orderBy(
      asc(leadProfessional.assignedAt),
      sql`${leadProfessional.endedAt} is null`,
      asc(leadProfessional.endedAt),
      asc(leadProfessional.id),
    );
}

/** LP-3: ends the current lead professional's term; false when there was none (or it changed). */
export async function endLeadProfessional(
  db: DbOrTx,
  values: { episodeId: string; userId: string; endedBy: string; handoverNote: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(leadProfessional)
    .set({ endedAt: values.now, endedBy: values.endedBy, handoverNote: values.handoverNote })
    .where(
      and(
        eq(leadProfessional.episodeId, values.episodeId),
        eq(leadProfessional.userId, values.userId),
        isNull(leadProfessional.endedAt),
      ),
    )
    .returning({ id: leadProfessional.id });
  return rows.length === 1;
}

// ---- Requests to join the team (CF-1) ----

/** The child's open episode (draft or active), if there is one. */
export async function findOpenEpisodeOfChild(db: DbOrTx, authorityId: string, childId: string) {
  const [row] = await db
    .select({ id: episode.id, reference: episode.reference, status: episode.status, childId: episode.childId })
    .from(episode)
    .innerJoin(child, eq(child.id, episode.childId))
    .where(
      and(
        eq(episode.childId, childId),
        eq(episode.authorityId, authorityId),
        sql`${episode.status} in ('draft', 'active')`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertJoinRequest(db: DbOrTx, values: typeof teamJoinRequest.$inferInsert): Promise<string> {
  const [row] = await db.insert(teamJoinRequest).values(values).returning({ id: teamJoinRequest.id });
  if (!row) throw new Error('insert into team_join_request returned no row');
  return row.id;
}

export async function hasPendingJoinRequest(db: DbOrTx, episodeId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: teamJoinRequest.id })
    .from(teamJoinRequest)
    .where(
      and(
        eq(teamJoinRequest.episodeId, episodeId),
        eq(teamJoinRequest.userId, userId),
        isNull(teamJoinRequest.decision),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** One request, with the episode it names (the decision goes through that episode's access). */
export async function getJoinRequest(db: DbOrTx, requestId: string) {
  const [row] = await db.select().from(teamJoinRequest).where(eq(teamJoinRequest.id, requestId)).limit(1);
  return row ?? null;
}

/** Every request to join the episode's team: pending first, then decided, newest first. */
export async function listJoinRequests(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: teamJoinRequest.id,
      userId: teamJoinRequest.userId,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      email: appUser.email,
      telephone: appUser.telephone,
      organisationId: teamJoinRequest.organisationId,
      organisation: organisation.name,
      message: teamJoinRequest.message,
      requestedAt: teamJoinRequest.requestedAt,
      decision: teamJoinRequest.decision,
      decisionReason: teamJoinRequest.decisionReason,
      decidedAt: teamJoinRequest.decidedAt,
      decidedByName: sql<string | null>`(select name from app_user where id = ${teamJoinRequest.decidedBy})`,
    })
    .from(teamJoinRequest)
    .innerJoin(appUser, eq(appUser.id, teamJoinRequest.userId))
    .leftJoin(organisation, eq(organisation.id, teamJoinRequest.organisationId))
    .where(eq(teamJoinRequest.episodeId, episodeId))
    .orderBy(sql`${teamJoinRequest.decision} is not null`, desc(teamJoinRequest.requestedAt), asc(teamJoinRequest.id));
}

/** Decides a pending request once; false when it was already decided. */
export async function markJoinRequestDecided(
  db: DbOrTx,
  values: { id: string; decision: 'accepted' | 'declined'; reason: string; decidedBy: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(teamJoinRequest)
    .set({
      decision: values.decision,
      decisionReason: values.reason === '' ? null : values.reason,
      decidedBy: values.decidedBy,
      decidedAt: values.now,
    })
    .where(and(eq(teamJoinRequest.id, values.id), isNull(teamJoinRequest.decision)))
    .returning({ id: teamJoinRequest.id });
  return rows.length === 1;
}

// ---- Family members of the team ----

/** The family members of the team now and before, with joining and leaving dates. */
export async function listTeamFamilyMembers(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: teamFamilyMember.id,
      personId: teamFamilyMember.personId,
      isChild: teamFamilyMember.isChild,
      name: person.name,
      joinedAt: teamFamilyMember.joinedAt,
      leftAt: teamFamilyMember.leftAt,
      addedByName: sql<string>`(select name from app_user where id = ${teamFamilyMember.addedBy})`,
    })
    .from(teamFamilyMember)
    .leftJoin(person, eq(person.id, teamFamilyMember.personId))
    .where(eq(teamFamilyMember.episodeId, episodeId))
    .orderBy(asc(teamFamilyMember.joinedAt), asc(teamFamilyMember.id));
}

export async function insertTeamFamilyMember(
  db: DbOrTx,
  values: { episodeId: string; personId: string | null; isChild: boolean; addedBy: string; now: Date },
): Promise<void> {
  await db.insert(teamFamilyMember).values({
    episodeId: values.episodeId,
    personId: values.personId,
    isChild: values.isChild,
    addedBy: values.addedBy,
    joinedAt: values.now,
  });
}

/** Ends a family member's place in the team; false when they were not in it. */
export async function endTeamFamilyMember(
  db: DbOrTx,
  values: { episodeId: string; personId: string | null; isChild: boolean; removedBy: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(teamFamilyMember)
    .set({ leftAt: values.now, removedBy: values.removedBy })
    .where(
      and(
        eq(teamFamilyMember.episodeId, values.episodeId),
        values.isChild
          ? eq(teamFamilyMember.isChild, true)
          : eq(teamFamilyMember.personId, values.personId ?? '00000000-0000-0000-0000-000000000000'),
        isNull(teamFamilyMember.leftAt),
      ),
    )
    .returning({ id: teamFamilyMember.id });
  return rows.length === 1;
}

/** A practitioner's contact details, for the lead professional's contact panel. */
export async function getPractitionerContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      telephone: appUser.telephone,
      jobTitle: appUser.jobTitle,
      organisation: organisation.name,
    })
    .from(appUser)
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(appUser.id, userId))
    .limit(1);
  return row ?? null;
}
