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

export type TeamMemberAccessRow = {
  userId: string;
  organisationId: string | null;
  basis: 'consent' | 'without_consent';
  shareId: string | null;
  shared: 'basic' | 'basic_and_additional' | null;
};

export type ConsentToShareAccessRow = {
  id: string;
  method: 'written' | 'verbal' | 'online';
  decidedOn: string;
  basicScope: 'all' | 'all_except' | 'only' | 'none';
  basicOrganisationIds: string[];
  additionalScope: 'all' | 'all_except' | 'only' | 'none';
  additionalOrganisationIds: string[];
  confirmedOn: string | null;
  withdrawnOn: string | null;
  correctsId: string | null;
};

/**
 * Everything the access policy needs about one episode, in one round trip (every use of an
 * assessment starts here): the episode, its assessors, the current lead professional, the
 * current team, the family accounts party to the child and the consent to share records.
 * Null when there is no such episode in the authority. Prepared (see `lockVersionForSave`).
 */
export async function getEpisodeForAccess(db: DbOrTx, authorityId: string, episodeId: string) {
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
      leadProfessionalUserId: sql<string | null>`(
        select lp.user_id from lead_professional lp
        where lp.episode_id = "episode"."id" and lp.ended_at is null
      )`,
      team: sql<TeamMemberAccessRow[]>`coalesce((
        select json_agg(json_build_object(
          'userId', tm.user_id, 'organisationId', tm.organisation_id, 'basis', tm.basis,
          'shareId', tm.share_without_consent_id, 'shared', s.shared
        ) order by tm.joined_at)
        from team_member tm
        left join share_without_consent s on s.id = tm.share_without_consent_id
        where tm.episode_id = "episode"."id" and tm.left_at is null
      ), '[]'::json)`,
      familyUserIds: sql<string[]>`coalesce((
        select json_agg(f.user_id) from (
          select p.user_id from child_person cp join person p on p.id = cp.person_id
          where cp.child_id = "episode"."child_id" and cp.parental_responsibility and p.user_id is not null
          union
          select c.user_id from child c where c.id = "episode"."child_id" and c.user_id is not null
        ) f
      ), '[]'::json)`,
      consentToShare: sql<ConsentToShareAccessRow[]>`coalesce((
        select json_agg(json_build_object(
          'id', cs.id, 'method', cs.method, 'decidedOn', cs.decided_on,
          'basicScope', cs.basic_scope, 'basicOrganisationIds', cs.basic_organisation_ids,
          'additionalScope', cs.additional_scope, 'additionalOrganisationIds', cs.additional_organisation_ids,
          'confirmedOn', cs.confirmed_on, 'withdrawnOn', cs.withdrawn_on, 'correctsId', cs.corrects_id
        ) order by cs.seq)
        from consent_to_share cs
        where cs.episode_id = "episode"."id"
      ), '[]'::json)`,
    })
    .from(episode)
    .where(and(eq(episode.id, episodeId), eq(episode.authorityId, authorityId)))
    .limit(1)
    .prepare('get_episode_for_access')
    .execute();
  if (!row) return null;
  const { assessors, leadProfessionalUserId, team, familyUserIds, consentToShare, ...found } = row;
  return { episode: found, assessors, leadProfessionalUserId, team, familyUserIds, consentToShare };
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
