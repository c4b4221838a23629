import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child } from '../schema/child';
import { assessmentVersion, checklistDecision, episode, episodeAssessor } from '../schema/episode';
import { appUser } from '../schema/identity';

export async function nextEpisodeNumber(db: DbOrTx): Promise<number> {
  const rows = await db.execute<{ n: string }>(sql`select nextval('episode_reference_seq') as n`);
  const first = (Array.isArray(rows) ? rows[0] : (rows as { rows: { n: string }[] }).rows[0]) as
    | { n: string }
    | undefined;
  if (!first) throw new Error('episode_reference_seq returned no value');
  return Number(first.n);
}

export async function insertChecklistDecision(
  db: DbOrTx,
  values: typeof checklistDecision.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(checklistDecision).values(values).returning({ id: checklistDecision.id });
  if (!row) throw new Error('insert into checklist_decision returned no row');
  return row.id;
}

/** A new episode with its first draft version and the practitioner who starts it as assessor. */
export async function insertEpisode(
  db: DbOrTx,
  values: { authorityId: string; childId: string; reference: string; createdBy: string; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(episode)
    .values({
      authorityId: values.authorityId,
      childId: values.childId,
      reference: values.reference,
      createdBy: values.createdBy,
      createdAt: values.now,
    })
    .returning({ id: episode.id });
  if (!row) throw new Error('insert into episode returned no row');
  await db
    .insert(episodeAssessor)
    .values({ episodeId: row.id, userId: values.createdBy, role: 'assessor', addedAt: values.now });
  await db
    .insert(assessmentVersion)
    .values({ episodeId: row.id, number: 1, startedAt: values.now, startedBy: values.createdBy });
  return row.id;
}

export async function getEpisode(db: DbOrTx, authorityId: string, episodeId: string) {
  const [row] = await db
    .select()
    .from(episode)
    .where(and(eq(episode.id, episodeId), eq(episode.authorityId, authorityId)))
    .limit(1);
  return row ?? null;
}

export async function listEpisodeAssessors(db: DbOrTx, episodeId: string) {
  return db
    .select({
      userId: episodeAssessor.userId,
      role: episodeAssessor.role,
      name: appUser.name,
      organisation: organisation.name,
    })
    .from(episodeAssessor)
    .innerJoin(appUser, eq(appUser.id, episodeAssessor.userId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(episodeAssessor.episodeId, episodeId));
}

export async function getCurrentVersion(db: DbOrTx, episodeId: string) {
  const [row] = await db
    .select()
    .from(assessmentVersion)
    .where(eq(assessmentVersion.episodeId, episodeId))
    .orderBy(desc(assessmentVersion.number))
    .limit(1);
  return row ?? null;
}

/** The first completed assessment makes a draft episode active (the team and plan follow). */
export async function markEpisodeActive(db: DbOrTx, episodeId: string): Promise<void> {
  await db
    .update(episode)
    .set({ status: 'active' })
    .where(and(eq(episode.id, episodeId), eq(episode.status, 'draft')));
}

/** "My work": CAFs with a draft version where the user is an assessor or co-assessor, newest first. */
export async function listDraftsForAssessor(db: DbOrTx, userId: string) {
  return db
    .select({
      episodeId: episode.id,
      reference: episode.reference,
      startedAt: episode.createdAt,
      childId: child.id,
      givenNames: child.givenNames,
      familyName: child.familyName,
      isUnborn: child.isUnborn,
      motherName: child.motherName,
    })
    .from(episodeAssessor)
    .innerJoin(episode, eq(episode.id, episodeAssessor.episodeId))
    .innerJoin(child, eq(child.id, episode.childId))
    .where(
      and(
        eq(episodeAssessor.userId, userId),
        ne(episode.status, 'closed'),
        // A first assessment or a review in progress.
        sql`exists (select 1 from ${assessmentVersion} where ${assessmentVersion.episodeId} = ${episode.id} and ${assessmentVersion.status} = 'draft')`,
      ),
    )
    .orderBy(desc(episode.createdAt))
    .limit(100);
}
