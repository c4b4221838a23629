import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';

export type ChildRow = typeof child.$inferSelect;
export type NewChild = typeof child.$inferInsert;

export async function getChild(db: DbOrTx, authorityId: string, childId: string): Promise<ChildRow | null> {
  const [row] = await db
    .select()
    .from(child)
    .where(and(eq(child.id, childId), eq(child.authorityId, authorityId)))
    .limit(1);
  return row ?? null;
}

export async function listParentsAndCarers(db: DbOrTx, childId: string) {
  return db
    .select({
      id: person.id,
      name: person.name,
      address: person.address,
      telephone: person.telephone,
      email: person.email,
      relationship: childPerson.relationship,
      parentalResponsibility: childPerson.parentalResponsibility,
    })
    .from(childPerson)
    .innerJoin(person, eq(person.id, childPerson.personId))
    .where(eq(childPerson.childId, childId))
    .orderBy(person.name);
}

export type NewParentCarer = {
  name: string;
  relationship: string;
  address: string | null;
  telephone: string | null;
  email: string | null;
  parentalResponsibility: boolean;
};

export async function insertChildWithParents(db: DbOrTx, values: NewChild, parents: NewParentCarer[]): Promise<string> {
  const [created] = await db.insert(child).values(values).returning({ id: child.id });
  if (!created) throw new Error('insert into child returned no row');
  for (const p of parents) {
    const [pr] = await db
      .insert(person)
      .values({
        authorityId: values.authorityId,
        name: p.name,
        address: p.address,
        telephone: p.telephone,
        email: p.email,
      })
      .returning({ id: person.id });
    if (!pr) throw new Error('insert into person returned no row');
    await db.insert(childPerson).values({
      childId: created.id,
      personId: pr.id,
      relationship: p.relationship,
      parentalResponsibility: p.parentalResponsibility,
    });
  }
  return created.id;
}

/** Episodes for the child page: reference, status and who started it, never content (SH-3). */
export async function listEpisodesForChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: episode.id,
      reference: episode.reference,
      status: episode.status,
      startedAt: episode.createdAt,
      closedAt: episode.closedAt,
      assessorName: appUser.name,
      assessorOrganisation: organisation.name,
    })
    .from(episode)
    .innerJoin(appUser, eq(appUser.id, episode.createdBy))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(episode.childId, childId))
    .orderBy(desc(episode.createdAt));
}

/** CF-1: the open episode, if any, with the person to contact about it. */
/**
 * CF-1, SH-3: the open episode of a child and who to contact about it: the lead professional
 * once one is assigned, the assessor until then.
 */
export async function findOpenEpisodeContact(db: DbOrTx, childId: string) {
  const contactId = sql<string>`coalesce(
    (select lp.user_id from lead_professional lp where lp.episode_id = ${episode.id} and lp.ended_at is null),
    (select ea.user_id from episode_assessor ea where ea.episode_id = ${episode.id} and ea.role = 'assessor' limit 1)
  )`;
  const [row] = await db
    .select({
      episodeId: episode.id,
      reference: episode.reference,
      name: appUser.name,
      email: appUser.email,
      telephone: appUser.telephone,
      organisation: organisation.name,
      isLeadProfessional: sql<boolean>`exists (
        select 1 from lead_professional lp where lp.episode_id = ${episode.id} and lp.ended_at is null
      )`,
    })
    .from(episode)
    .innerJoin(appUser, eq(appUser.id, contactId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(and(eq(episode.childId, childId), ne(episode.status, 'closed')))
    .limit(1);
  return row ?? null;
}
