import type { ChronologyEvent } from '@ecaf/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

type Row = {
  kind: ChronologyEvent['kind'];
  id: string;
  at: string;
  actorName: string | null;
  episodeId: string | null;
  reference: string | null;
  a: string | null;
  b: string | null;
  organisationId: string | null;
  sensitive: boolean | null;
  consent: boolean | null;
  versionNumber: number | null;
};

const ts = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const userName = (column: string) => sql.raw(`(select name from app_user u where u.id = ${column})`);

/**
 * Screen 4: every event of one child's life in eCAF, in one query across the tables of each
 * capability. Unordered and unfiltered: `buildChronology` decides what the viewer sees and the order.
 */
export async function listChronologyEvents(db: DbOrTx, childId: string): Promise<ChronologyEvent[]> {
  const result = await db.execute(sql`
    with eps as (select id, reference from episode where child_id = ${childId})
    select 'child_registered' as kind, c.id::text as id, ${ts('c.created_at')} as at, null as "actorName",
      null as "episodeId", null as reference, null as a, null as b,
      null as "organisationId", null::boolean as sensitive, null::boolean as consent, null::int as "versionNumber"
    from child c where c.id = ${childId}
    union all
    select 'involvement_started', i.id::text, i.started_on::text, ${userName('i.practitioner_id')},
      null, null, o.name, i.service, o.id::text, o.is_sensitive_service, i.explicit_consent, null
    from involvement i join organisation o on o.id = i.organisation_id where i.child_id = ${childId}
    union all
    select 'involvement_ended', i.id::text, i.ended_on::text, ${userName('i.practitioner_id')},
      null, null, o.name, i.service, o.id::text, o.is_sensitive_service, i.explicit_consent, null
    from involvement i join organisation o on o.id = i.organisation_id
    where i.child_id = ${childId} and i.ended_on is not null
    union all
    select 'concern_raised', k.id::text, ${ts('k.raised_at')}, ${userName('k.raised_by')},
      null, null, k.description, null, null, null, null, null
    from concern k where k.child_id = ${childId}
    union all
    select 'concern_resolved', k.id::text, ${ts('k.resolved_at')}, ${userName('k.resolved_by')},
      null, null, k.resolution, null, null, null, null, null
    from concern k where k.child_id = ${childId} and k.resolved_at is not null
    union all
    select 'caf_started', e.id::text, ${ts('e.created_at')}, ${userName('e.created_by')},
      e.id::text, e.reference, null, null, null, null, null, null
    from episode e where e.child_id = ${childId}
    union all
    select 'assessment_completed', v.id::text, ${ts('v.completed_at')}, ${userName('v.completed_by')},
      eps.id::text, eps.reference, null, null, null, null, null, v.number
    from assessment_version v join eps on eps.id = v.episode_id where v.completed_at is not null
    union all
    select 'consent_recorded', s.id::text, ${ts('s.recorded_at')}, ${userName('s.recorded_by')},
      eps.id::text, eps.reference, null, null, null, null, null, null
    from consent_to_share s join eps on eps.id = s.episode_id where s.corrects_id is null
    union all
    select 'consent_withdrawn', s.id::text, ${ts('s.withdrawn_at')}, ${userName('s.withdrawal_recorded_by')},
      eps.id::text, eps.reference, null, null, null, null, null, null
    from consent_to_share s join eps on eps.id = s.episode_id where s.withdrawn_at is not null
    union all
    select case when l.previous_user is null then 'lead_professional_assigned' else 'lead_professional_handed_over' end,
      l.id::text, ${ts('l.assigned_at')}, ${userName('l.assigned_by')},
      eps.id::text, eps.reference, ${userName('l.user_id')}, ${userName('l.previous_user')}, null, null, null, null
    from (
      select lp.*, lag(lp.user_id) over (partition by lp.episode_id order by lp.assigned_at, lp.id) as previous_user
      from lead_professional lp where lp.episode_id in (select id from eps)
    ) l join eps on eps.id = l.episode_id
    union all
    select 'team_member_joined', t.id::text, ${ts('t.joined_at')}, ${userName('t.added_by')},
      eps.id::text, eps.reference, ${userName('t.user_id')}, null, null, null, null, null
    from team_member t join eps on eps.id = t.episode_id
    union all
    select 'team_member_left', t.id::text, ${ts('t.left_at')}, ${userName('t.removed_by')},
      eps.id::text, eps.reference, ${userName('t.user_id')}, null, null, null, null, null
    from team_member t join eps on eps.id = t.episode_id where t.left_at is not null
    union all
    select 'review_held', r.id::text, r.held_on::text, ${userName('r.recorded_by')},
      eps.id::text, eps.reference, null, null, null, null, null, null
    from review r join eps on eps.id = r.episode_id
    union all
    select case when x.event = 'closed' then 'episode_closed' else 'episode_reopened' end,
      x.id::text, ${ts('x.at')}, ${userName('x.by')},
      eps.id::text, eps.reference, null, null, null, null, null, null
    from episode_closure x join eps on eps.id = x.episode_id
  `);
  return rowsOf<Row>(result).map(toEvent);
}

function toEvent(row: Row): ChronologyEvent {
  const base = { id: row.id, at: row.at, actorName: row.actorName };
  const episode = { episodeId: row.episodeId ?? '', reference: row.reference ?? '' };
  switch (row.kind) {
    case 'child_registered':
      return { ...base, kind: row.kind };
    case 'involvement_started':
    case 'involvement_ended':
      return {
        ...base,
        kind: row.kind,
        organisationId: row.organisationId ?? '',
        organisationName: row.a ?? '',
        service: row.b ?? '',
        sensitiveService: row.sensitive ?? true,
        explicitConsent: row.consent ?? false,
      };
    case 'concern_raised':
      return { ...base, kind: row.kind, description: row.a ?? '' };
    case 'concern_resolved':
      return { ...base, kind: row.kind, resolution: row.a ?? '' };
    case 'assessment_completed':
      return { ...base, ...episode, kind: row.kind, versionNumber: row.versionNumber ?? 0 };
    case 'lead_professional_assigned':
    case 'team_member_joined':
    case 'team_member_left':
      return { ...base, ...episode, kind: row.kind, name: row.a ?? '' };
    case 'lead_professional_handed_over':
      return { ...base, ...episode, kind: row.kind, fromName: row.b ?? '', toName: row.a ?? '' };
    default:
      return { ...base, ...episode, kind: row.kind };
  }
}
