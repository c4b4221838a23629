import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import type { ConsentToShareAccessRow, EpisodeAssessorRow, TeamMemberAccessRow } from './episodes';

/**
 * My work (screen 2): a few set-based queries, each answered from an index on the user
 * (lead_professional_user_idx, team_member_user_idx, plan_action_owner_open_idx), never one
 * query per episode. Closed episodes are read-only and left out.
 */

/** postgres.js answers an array, PGlite an object with rows. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const childNameSql = sql.raw(
  `case when c.is_unborn then 'Unborn baby of ' || coalesce(c.mother_name, 'unknown mother') else c.given_names || ' ' || c.family_name end`,
);

export type MyEpisodeRow = {
  episodeId: string;
  reference: string;
  status: 'draft' | 'active' | 'closed';
  childId: string;
  childName: string;
  role: 'lead_professional' | 'team_member';
  since: string;
  nextReviewOn: string | null;
};

/**
 * Open episodes where the user is the current lead professional or a current team member, most
 * recently assigned or joined first. Leading wins over membership for the same episode.
 */
export async function listMyEpisodes(db: DbOrTx, authorityId: string, userId: string, limit = 100) {
  const result = await db.execute(sql`
    select * from (
    select distinct on (m.episode_id)
      e.id as "episodeId", e.reference, e.status, c.id as "childId", ${childNameSql} as "childName",
      m.role, to_char(m.since at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as since,
      e.next_review_on::text as "nextReviewOn"
    from (
      select lp.episode_id, 'lead_professional' as role, lp.assigned_at as since, 0 as rank
      from lead_professional lp where lp.user_id = ${userId} and lp.ended_at is null
      union all
      select tm.episode_id, 'team_member' as role, tm.joined_at as since, 1 as rank
      from team_member tm where tm.user_id = ${userId} and tm.left_at is null
    ) m
    join episode e on e.id = m.episode_id and e.authority_id = ${authorityId} and e.status <> 'closed'
    join child c on c.id = e.child_id
    order by m.episode_id, m.rank
    ) mine
    order by since desc, reference
    limit ${limit}
  `);
  return rowsOf<MyEpisodeRow>(result);
}

export type WorkActionRow = {
  actionId: string;
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  action: string;
  ownerName: string;
  ownerUserId: string | null;
  dueOn: string;
  /** Whether the user leads the episode (they then see the team's overdue actions too). */
  userLeads: boolean;
};

/**
 * PL-1: open actions the user owns due on or before `until` (overdue included), and the overdue
 * open actions of every episode the user leads, whoever owns them. One query, two index paths.
 */
export async function listWorkActions(
  db: DbOrTx,
  values: { authorityId: string; userId: string; today: string; until: string; limit?: number },
) {
  const limit = values.limit ?? 200;
  const result = await db.execute(sql`
    select a.id as "actionId", e.id as "episodeId", e.reference, c.id as "childId", ${childNameSql} as "childName",
      a.action, a.owner_name as "ownerName", a.owner_user_id as "ownerUserId", a.due_on::text as "dueOn",
      exists (select 1 from lead_professional lp
              where lp.episode_id = e.id and lp.user_id = ${values.userId} and lp.ended_at is null) as "userLeads"
    from (
      (select pa.* from plan_action pa
       where pa.owner_user_id = ${values.userId} and pa.status in ('not_started', 'in_progress')
         and pa.due_on <= ${values.until}::date
       order by pa.due_on limit ${limit})
      union
      (select pa.* from lead_professional lp
       join plan_action pa on pa.episode_id = lp.episode_id
       where lp.user_id = ${values.userId} and lp.ended_at is null
         and pa.status in ('not_started', 'in_progress') and pa.due_on < ${values.today}::date
       order by pa.due_on limit ${limit})
    ) a
    join episode e on e.id = a.episode_id and e.authority_id = ${values.authorityId} and e.status <> 'closed'
    join child c on c.id = e.child_id
    order by a.due_on, a.seq
  `);
  return rowsOf<WorkActionRow>(result);
}

export type WorkReviewRow = {
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  nextReviewOn: string;
  reviewsHeld: number;
};

/** PL-2: active episodes the user leads whose next review is on or before `until` (overdue included). */
export async function listReviewsDueForLead(
  db: DbOrTx,
  values: { authorityId: string; userId: string; until: string; limit?: number },
) {
  const result = await db.execute(sql`
    select e.id as "episodeId", e.reference, c.id as "childId", ${childNameSql} as "childName",
      e.next_review_on::text as "nextReviewOn",
      (select count(*)::int from review r where r.episode_id = e.id) as "reviewsHeld"
    from lead_professional lp
    join episode e on e.id = lp.episode_id
    join child c on c.id = e.child_id
    where lp.user_id = ${values.userId} and lp.ended_at is null and e.authority_id = ${values.authorityId}
      and e.status = 'active' and e.next_review_on <= ${values.until}::date
    order by e.next_review_on, e.reference
    limit ${values.limit ?? 200}
  `);
  return rowsOf<WorkReviewRow>(result);
}

export type OpenConcernRow = {
  concernId: string;
  childId: string;
  childName: string;
  episodeId: string | null;
  reference: string | null;
  description: string;
  raisedAt: string;
  raisedByName: string;
};

/**
 * IN-2: open concerns about children whose open episode the user leads or, for a manager
 * (`wholeAuthority`), every open concern in the authority. Newest first.
 */
export async function listOpenConcernsForWork(
  db: DbOrTx,
  values: { authorityId: string; userId: string; wholeAuthority: boolean; limit?: number },
) {
  const limit = values.limit ?? 50;
  const result = values.wholeAuthority
    ? await db.execute(sql`
        select k.id as "concernId", c.id as "childId", ${childNameSql} as "childName",
          e.id as "episodeId", e.reference, k.description,
          to_char(k.raised_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "raisedAt",
          u.name as "raisedByName"
        from concern k
        join child c on c.id = k.child_id and c.authority_id = ${values.authorityId}
        join app_user u on u.id = k.raised_by
        left join episode e on e.child_id = k.child_id and e.status <> 'closed'
        where k.resolved_at is null
        order by k.raised_at desc, k.id
        limit ${limit}
      `)
    : await db.execute(sql`
        select k.id as "concernId", c.id as "childId", ${childNameSql} as "childName",
          e.id as "episodeId", e.reference, k.description,
          to_char(k.raised_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "raisedAt",
          u.name as "raisedByName"
        from lead_professional lp
        join episode e on e.id = lp.episode_id and e.status <> 'closed' and e.authority_id = ${values.authorityId}
        join child c on c.id = e.child_id
        join concern k on k.child_id = e.child_id and k.resolved_at is null
        join app_user u on u.id = k.raised_by
        where lp.user_id = ${values.userId} and lp.ended_at is null
        order by k.raised_at desc, k.id
        limit ${limit}
      `);
  return rowsOf<OpenConcernRow>(result);
}

export type EpisodeAccessFacts = {
  episodeId: string;
  authorityId: string;
  reference: string;
  childId: string;
  childName: string;
  assessors: EpisodeAssessorRow[];
  leadProfessionalUserId: string | null;
  team: TeamMemberAccessRow[];
  familyUserIds: string[];
  consentToShare: ConsentToShareAccessRow[];
};

/**
 * What the access policy needs about many episodes at once (as `getEpisodeForAccess` loads for
 * one), so a work list is put to the policy (SH-1) in one round trip. Episodes of other
 * authorities are left out.
 */
export async function listEpisodesForAccess(
  db: DbOrTx,
  authorityId: string,
  episodeIds: readonly string[],
): Promise<EpisodeAccessFacts[]> {
  if (episodeIds.length === 0) return [];
  const ids = sql.raw(`'{${episodeIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).join(',')}}'::uuid[]`);
  const result = await db.execute(sql`
    select e.id as "episodeId", e.authority_id as "authorityId", e.reference, e.child_id as "childId",
      (select ${childNameSql} from child c where c.id = e.child_id) as "childName",
      coalesce((
        select json_agg(json_build_object('userId', ea.user_id, 'role', ea.role, 'name', u.name, 'organisation', o.name)
                        order by ea.added_at, ea.user_id)
        from episode_assessor ea
        join app_user u on u.id = ea.user_id
        left join organisation o on o.id = u.organisation_id
        where ea.episode_id = e.id
      ), '[]'::json) as assessors,
      (select lp.user_id from lead_professional lp where lp.episode_id = e.id and lp.ended_at is null)
        as "leadProfessionalUserId",
      coalesce((
        select json_agg(json_build_object(
          'userId', tm.user_id, 'organisationId', tm.organisation_id, 'basis', tm.basis,
          'shareId', tm.share_without_consent_id, 'shared', s.shared
        ) order by tm.joined_at)
        from team_member tm
        left join share_without_consent s on s.id = tm.share_without_consent_id
        where tm.episode_id = e.id and tm.left_at is null
      ), '[]'::json) as team,
      coalesce((
        select json_agg(f.user_id) from (
          select p.user_id from child_person cp join person p on p.id = cp.person_id
          where cp.child_id = e.child_id and cp.parental_responsibility and p.user_id is not null
          union
          select c.user_id from child c where c.id = e.child_id and c.user_id is not null
        ) f
      ), '[]'::json) as "familyUserIds",
      coalesce((
        select json_agg(json_build_object(
          'id', cs.id, 'method', cs.method, 'decidedOn', cs.decided_on,
          'basicScope', cs.basic_scope, 'basicOrganisationIds', cs.basic_organisation_ids,
          'additionalScope', cs.additional_scope, 'additionalOrganisationIds', cs.additional_organisation_ids,
          'confirmedOn', cs.confirmed_on, 'withdrawnOn', cs.withdrawn_on, 'correctsId', cs.corrects_id
        ) order by cs.seq)
        from consent_to_share cs
        where cs.episode_id = e.id
      ), '[]'::json) as "consentToShare"
    from episode e
    where e.id = any(${ids}) and e.authority_id = ${authorityId}
  `);
  return rowsOf<EpisodeAccessFacts>(result);
}
