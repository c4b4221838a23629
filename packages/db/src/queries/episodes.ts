import { and, desc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { child } from '../schema/child';
import { assessmentVersion, checklistDecision, episode, episodeAssessor } from '../schema/episode';

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

export type EpisodeAssessorRow = {
  userId: string;
  role: (typeof episodeAssessor.$inferSelect)['role'];
  name: string;
  organisation: string | null;
};

/**
 * The episode and its assessors in one round trip (every use of an assessment starts here), or
 * null when there is no such episode in the authority. Assessors in the order they were added.
 * Prepared (see `lockVersionForSave`).
 */
export async function getEpisodeWithAssessors(db: DbOrTx, authorityId: string, episodeId: string) {
  const [row] = await db
    .select({
      ...getTableColumns(episode),
      // Spelled out: drizzle leaves columns unqualified when a query reads one table.
      assessors: sql<EpisodeAssessorRow[]>`coalesce((
        select json_agg(
          json_build_object('userId', ea.user_id, 'role', ea.role, 'name', u.name, 'organisation', o.name)
          order by ea.added_at, ea.user_id
        )
        from episode_assessor ea
        join app_user u on u.id = ea.user_id
        left join organisation o on o.id = u.organisation_id
        where ea.episode_id = "episode"."id"
      ), '[]'::json)`,
    })
    .from(episode)
    .where(and(eq(episode.id, episodeId), eq(episode.authorityId, authorityId)))
    .limit(1)
    .prepare('get_episode_with_assessors')
    .execute();
  if (!row) return null;
  const { assessors, ...found } = row;
  return { episode: found, assessors };
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
