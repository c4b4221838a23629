import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { consentRecordsOfEpisodeE } from './consent-records-sql';
import type { ConsentToShareAccessRow } from './episodes';

/**
 * The manager's dashboard (screen 7). Every query is bounded by the authority (episode's
 * episode_authority_status_idx, child's authority), returns its exact total beside a capped
 * list (`count(*) over ()` before the limit), and reads no assessment content.
 */

export type DashboardScope = {
  /** The organisation responsible: the current lead professional's, or else the starting assessor's. */
  organisationId?: string | null;
  status?: 'draft' | 'active' | 'closed' | null;
};

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const childName = sql.raw(
  `case when c.is_unborn then 'Unborn baby of ' || coalesce(c.mother_name, 'unknown mother') else c.given_names || ' ' || c.family_name end`,
);

const leadName = sql.raw(`(select u.name from lead_professional lp join app_user u on u.id = lp.user_id
  where lp.episode_id = e.id and lp.ended_at is null)`);

/** The episodes (alias e) the filters keep, within the authority. */
function inScope(authorityId: string, filters: DashboardScope, extra?: SQL): SQL {
  const parts: SQL[] = [sql`e.authority_id = ${authorityId}`];
  if (filters.status) parts.push(sql`e.status = ${filters.status}`);
  if (filters.organisationId) {
    parts.push(sql`coalesce(
      (select u.organisation_id from lead_professional lp join app_user u on u.id = lp.user_id
       where lp.episode_id = e.id and lp.ended_at is null),
      (select u.organisation_id from app_user u where u.id = e.created_by)
    ) = ${filters.organisationId}`);
  }
  if (extra) parts.push(extra);
  return sql.join(parts, sql` and `);
}

/** Counted over the rows before the limit: `total` is exact whatever the cap. */
type Totalled = { total: number };

function split<T extends Totalled>(rows: T[]): { total: number; rows: Omit<T, 'total'>[] } {
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _total, ...row }) => row) };
}

export async function countEpisodesByStatus(
  db: DbOrTx,
  authorityId: string,
  filters: Pick<DashboardScope, 'organisationId'>,
) {
  const result = await db.execute(sql`
    select e.status, count(*)::int as n from episode e
    where ${inScope(authorityId, { organisationId: filters.organisationId ?? null })}
    group by e.status
  `);
  const counts = { draft: 0, active: 0, closed: 0 };
  for (const row of rowsOf<{ status: keyof typeof counts; n: number }>(result)) counts[row.status] = row.n;
  return counts;
}

export type WithoutLeadRow = {
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  startedOn: string;
  assessorName: string;
};

/** LP-1: active episodes with no current lead professional, oldest first (waiting longest). */
export async function listActiveWithoutLead(db: DbOrTx, authorityId: string, filters: DashboardScope, limit = 50) {
  const result = await db.execute(sql`
    select e.id as "episodeId", e.reference, c.id as "childId", ${childName} as "childName",
      to_char(e.created_at at time zone 'Europe/London', 'YYYY-MM-DD') as "startedOn", u.name as "assessorName",
      count(*) over ()::int as total
    from episode e
    join child c on c.id = e.child_id
    join app_user u on u.id = e.created_by
    where ${inScope(
      authorityId,
      filters,
      sql`e.status = 'active' and not exists (
        select 1 from lead_professional lp where lp.episode_id = e.id and lp.ended_at is null)`,
    )}
    order by e.created_at, e.reference
    limit ${limit}
  `);
  return split(rowsOf<WithoutLeadRow & Totalled>(result));
}

export type DashboardReviewRow = {
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  nextReviewOn: string;
  leadName: string | null;
};

/**
 * PL-2: active episodes whose next review is on or before `until`, earliest first; `overdue`
 * counts those before `today` exactly.
 */
export async function listReviewsDue(
  db: DbOrTx,
  authorityId: string,
  filters: DashboardScope,
  values: { today: string; until: string; limit?: number },
) {
  const result = await db.execute(sql`
    select e.id as "episodeId", e.reference, c.id as "childId", ${childName} as "childName",
      e.next_review_on::text as "nextReviewOn", ${leadName} as "leadName",
      count(*) over ()::int as total,
      (count(*) filter (where e.next_review_on < ${values.today}::date) over ())::int as overdue
    from episode e
    join child c on c.id = e.child_id
    where ${inScope(authorityId, filters, sql`e.status = 'active' and e.next_review_on <= ${values.until}::date`)}
    order by e.next_review_on, e.reference
    limit ${values.limit ?? 50}
  `);
  const rows = rowsOf<DashboardReviewRow & Totalled & { overdue: number }>(result);
  const overdue = rows[0]?.overdue ?? 0;
  const { total, rows: listed } = split(rows);
  return { total, overdue, rows: listed.map(({ overdue: _o, ...row }) => row) };
}

export type DashboardActionRow = {
  actionId: string;
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  action: string;
  ownerName: string;
  dueOn: string;
  leadName: string | null;
};

/** PL-1: open actions of open episodes due on or before `until`, earliest first; overdue counted exactly. */
export async function listActionsDue(
  db: DbOrTx,
  authorityId: string,
  filters: DashboardScope,
  values: { today: string; until: string; limit?: number },
) {
  const result = await db.execute(sql`
    select a.id as "actionId", e.id as "episodeId", e.reference, c.id as "childId", ${childName} as "childName",
      a.action, a.owner_name as "ownerName", a.due_on::text as "dueOn", ${leadName} as "leadName",
      count(*) over ()::int as total,
      (count(*) filter (where a.due_on < ${values.today}::date) over ())::int as overdue
    from episode e
    join plan_action a on a.episode_id = e.id
    join child c on c.id = e.child_id
    where ${inScope(
      authorityId,
      filters,
      sql`e.status <> 'closed' and a.status in ('not_started', 'in_progress') and a.due_on <= ${values.until}::date`,
    )}
    order by a.due_on, e.reference, a.seq
    limit ${values.limit ?? 50}
  `);
  const rows = rowsOf<DashboardActionRow & Totalled & { overdue: number }>(result);
  const overdue = rows[0]?.overdue ?? 0;
  const { total, rows: listed } = split(rows);
  return { total, overdue, rows: listed.map(({ overdue: _o, ...row }) => row) };
}

export type VerbalConsentCandidate = {
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  leadName: string | null;
  consentToShare: ConsentToShareAccessRow[];
};

/**
 * CO-4: open episodes with an unconfirmed, unwithdrawn verbal consent to share given on or
 * before `decidedOnOrBefore`, with all their consent records: the caller asks the domain which
 * consent stands (a correction or a newer record may have replaced the verbal one).
 */
export async function listVerbalConsentCandidates(
  db: DbOrTx,
  authorityId: string,
  filters: DashboardScope,
  values: { decidedOnOrBefore: string },
) {
  const result = await db.execute(sql`
    select e.id as "episodeId", e.reference, c.id as "childId", ${childName} as "childName", ${leadName} as "leadName",
      ${consentRecordsOfEpisodeE} as "consentToShare"
    from episode e
    join child c on c.id = e.child_id
    where ${inScope(
      authorityId,
      filters,
      sql`e.status <> 'closed' and exists (
        select 1 from consent_to_share v
        where v.episode_id = e.id and v.method = 'verbal' and v.confirmed_on is null and v.withdrawn_at is null
          and v.decided_on <= ${values.decidedOnOrBefore}::date)`,
    )}
    order by e.reference
  `);
  return rowsOf<VerbalConsentCandidate>(result);
}

export type WithoutConsentShareRow = {
  shareId: string;
  episodeId: string;
  reference: string;
  childId: string;
  childName: string;
  ground: 'significant_harm_to_child' | 'adult_at_risk_of_serious_harm' | 'serious_crime';
  shared: 'basic' | 'basic_and_additional';
  recipient: string;
  sharedByName: string;
  sharedAt: string;
};

/** CO-7: every share without consent in the authority, newest first. */
export async function listWithoutConsentShares(db: DbOrTx, authorityId: string, filters: DashboardScope, limit = 50) {
  const result = await db.execute(sql`
    select s.id as "shareId", e.id as "episodeId", e.reference, c.id as "childId", ${childName} as "childName",
      s.ground, s.shared,
      coalesce(ru.name || coalesce(', ' || ro.name, ''), s.recipient_name || ', ' || s.recipient_organisation) as recipient,
      sb.name as "sharedByName",
      to_char(s.shared_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "sharedAt",
      count(*) over ()::int as total
    from share_without_consent s
    join episode e on e.id = s.episode_id
    join child c on c.id = e.child_id
    join app_user sb on sb.id = s.shared_by
    left join app_user ru on ru.id = s.recipient_user_id
    left join organisation ro on ro.id = ru.organisation_id
    where ${inScope(authorityId, filters)}
    order by s.shared_at desc, s.id
    limit ${limit}
  `);
  return split(rowsOf<WithoutConsentShareRow & Totalled>(result));
}
