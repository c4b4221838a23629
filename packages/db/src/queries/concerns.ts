import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child } from '../schema/child';
import { concern, involvement } from '../schema/concern';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { leadProfessional } from '../schema/sharing';

// ---- Involvement (IN-1) ----

export async function insertInvolvement(db: DbOrTx, values: typeof involvement.$inferInsert): Promise<string> {
  const [row] = await db.insert(involvement).values(values).returning({ id: involvement.id });
  if (!row) throw new Error('insert into involvement returned no row');
  return row.id;
}

/** Every involvement with a child, current ones first, with the organisation's sensitivity (IN-1). */
export async function listInvolvementsForChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: involvement.id,
      organisationId: involvement.organisationId,
      organisationName: organisation.name,
      sensitiveService: organisation.isSensitiveService,
      practitionerId: involvement.practitionerId,
      practitionerName: appUser.name,
      practitionerEmail: appUser.email,
      practitionerTelephone: appUser.telephone,
      service: involvement.service,
      startedOn: involvement.startedOn,
      endedOn: involvement.endedOn,
      explicitConsent: involvement.explicitConsent,
    })
    .from(involvement)
    .innerJoin(organisation, eq(organisation.id, involvement.organisationId))
    .innerJoin(appUser, eq(appUser.id, involvement.practitionerId))
    .where(eq(involvement.childId, childId))
    .orderBy(sql`${involvement.endedOn} is not null`, desc(involvement.startedOn), asc(involvement.id));
}

/** One involvement, only if its child belongs to this authority. */
export async function getInvolvementInAuthority(db: DbOrTx, authorityId: string, involvementId: string) {
  const [row] = await db
    .select({
      id: involvement.id,
      childId: involvement.childId,
      organisationId: involvement.organisationId,
      sensitiveService: organisation.isSensitiveService,
      explicitConsent: involvement.explicitConsent,
      startedOn: involvement.startedOn,
      endedOn: involvement.endedOn,
    })
    .from(involvement)
    .innerJoin(child, eq(child.id, involvement.childId))
    .innerJoin(organisation, eq(organisation.id, involvement.organisationId))
    .where(and(eq(involvement.id, involvementId), eq(child.authorityId, authorityId)))
    .for('update', { of: involvement });
  return row ?? null;
}

export async function endInvolvementOn(db: DbOrTx, involvementId: string, endedOn: string): Promise<void> {
  await db.update(involvement).set({ endedOn }).where(eq(involvement.id, involvementId));
}

export async function getOrganisationSensitivity(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({ id: organisation.id, name: organisation.name, sensitiveService: organisation.isSensitiveService })
    .from(organisation)
    .where(eq(organisation.id, organisationId));
  return row ?? null;
}

// ---- Concerns (IN-2) ----

export async function insertConcern(db: DbOrTx, values: typeof concern.$inferInsert): Promise<string> {
  const [row] = await db.insert(concern).values(values).returning({ id: concern.id });
  if (!row) throw new Error('insert into concern returned no row');
  return row.id;
}

/** Every concern about a child, with who raised and who resolved it. */
export async function listConcernsForChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: concern.id,
      episodeId: concern.episodeId,
      raisedBy: concern.raisedBy,
      raisedByName: sql<string>`(select name from app_user where id = ${concern.raisedBy})`,
      raisedAt: concern.raisedAt,
      description: concern.description,
      resolvedBy: concern.resolvedBy,
      resolvedByName: sql<string | null>`(select name from app_user where id = ${concern.resolvedBy})`,
      resolvedAt: concern.resolvedAt,
      resolution: concern.resolution,
    })
    .from(concern)
    .where(eq(concern.childId, childId))
    .orderBy(desc(concern.raisedAt), asc(concern.id));
}

/** One concern, only if its child belongs to this authority, locked for the resolution. */
export async function getConcernInAuthority(db: DbOrTx, authorityId: string, concernId: string) {
  const [row] = await db
    .select({
      id: concern.id,
      childId: concern.childId,
      raisedBy: concern.raisedBy,
      resolvedAt: concern.resolvedAt,
      description: concern.description,
    })
    .from(concern)
    .innerJoin(child, eq(child.id, concern.childId))
    .where(and(eq(concern.id, concernId), eq(child.authorityId, authorityId)))
    .for('update', { of: concern });
  return row ?? null;
}

/** IN-2: the only change a concern accepts (the trigger refuses any other). */
export async function markConcernResolved(
  db: DbOrTx,
  values: { concernId: string; resolvedBy: string; resolvedAt: Date; resolution: string },
): Promise<boolean> {
  const rows = await db
    .update(concern)
    .set({ resolvedBy: values.resolvedBy, resolvedAt: values.resolvedAt, resolution: values.resolution })
    .where(and(eq(concern.id, values.concernId), isNull(concern.resolvedAt)))
    .returning({ id: concern.id });
  return rows.length === 1;
}

/** The child's open episode, if any, and its current lead professional (IN-2: told of concerns). */
export async function findOpenEpisodeLead(db: DbOrTx, childId: string) {
  const [row] = await db
    .select({ episodeId: episode.id, reference: episode.reference, leadProfessionalUserId: leadProfessional.userId })
    .from(episode)
    .leftJoin(leadProfessional, and(eq(leadProfessional.episodeId, episode.id), isNull(leadProfessional.endedAt)))
    .where(and(eq(episode.childId, childId), ne(episode.status, 'closed')))
    .orderBy(desc(episode.createdAt))
    .limit(1);
  return row ?? null;
}

/** IN-2: the authority's active managers, who are told of every concern. */
export async function listActiveManagerIds(db: DbOrTx, authorityId: string): Promise<string[]> {
  const rows = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.authorityId, authorityId), eq(appUser.role, 'manager'), eq(appUser.status, 'active')));
  return rows.map((r) => r.id);
}
