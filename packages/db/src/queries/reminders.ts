import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { consentRecordsOfEpisodeE } from './consent-records-sql';
import type { ConsentToShareAccessRow } from './episodes';

export type ReminderKind = 'action_due' | 'review_due' | 'verbal_consent_unconfirmed';

export type DueReminder = {
  kind: ReminderKind;
  userId: string;
  userName: string;
  userEmail: string;
  /** The action, the episode whose review is due, or the verbal consent to share. */
  aboutId: string;
  episodeId: string;
  reference: string;
  dueOn: string;
  /** The action's text; empty for a review or a consent. */
  action: string;
};

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * PL-1, PL-2 reminders not yet sent: open actions due on or before `until` (to their owner) and
 * reviews due on or before `until` (to the lead professional), in open episodes, for active
 * users, that have no reminder for the same subject and due date yet. A changed due date is
 * a new reminder. Across every authority: the scheduler runs once for the whole service.
 */
export async function listDueRemindersToSend(db: DbOrTx, values: { until: string; limit?: number }) {
  const limit = values.limit ?? 1000;
  const result = await db.execute(sql`
    (select 'action_due' as kind, u.id as "userId", u.name as "userName", u.email as "userEmail",
       a.id as "aboutId", e.id as "episodeId", e.reference, a.due_on::text as "dueOn", a.action
     from plan_action a
     join episode e on e.id = a.episode_id and e.status <> 'closed'
     join app_user u on u.id = a.owner_user_id and u.status = 'active'
     where a.status in ('not_started', 'in_progress') and a.due_on <= ${values.until}::date
       and not exists (select 1 from notification n
         where n.user_id = u.id and n.kind = 'action_due' and n.about_id = a.id and n.due_on = a.due_on)
     order by a.due_on limit ${limit})
    union all
    (select 'review_due', u.id, u.name, u.email, e.id, e.id, e.reference, e.next_review_on::text, ''
     from episode e
     join lead_professional lp on lp.episode_id = e.id and lp.ended_at is null
     join app_user u on u.id = lp.user_id and u.status = 'active'
     where e.status = 'active' and e.next_review_on <= ${values.until}::date
       and not exists (select 1 from notification n
         where n.user_id = u.id and n.kind = 'review_due' and n.about_id = e.id and n.due_on = e.next_review_on)
     order by e.next_review_on limit ${limit})
  `);
  return rowsOf<DueReminder>(result);
}

/**
 * Records one reminder as an in-app notification; false when another process recorded it first
 * (the unique index on person, kind, subject and due date), so it is emailed once.
 */
export async function insertReminder(
  db: DbOrTx,
  values: { reminder: DueReminder; message: string; now: Date },
): Promise<boolean> {
  const { reminder } = values;
  const result = await db.execute(sql`
    insert into notification (user_id, episode_id, kind, about_id, due_on, message, created_at)
    values (${reminder.userId}, ${reminder.episodeId}, ${reminder.kind}, ${reminder.aboutId},
            ${reminder.dueOn}::date, ${values.message}, ${values.now.toISOString()}::timestamptz)
    on conflict (user_id, kind, about_id, due_on) where about_id is not null do nothing
    returning id
  `);
  return rowsOf<{ id: string }>(result).length === 1;
}

export type VerbalConsentReminderCandidate = {
  episodeId: string;
  reference: string;
  /** The lead professional, or the assessor while none is assigned (CO-4, CO-5). */
  userId: string;
  userName: string;
  userEmail: string;
  consentToShare: ConsentToShareAccessRow[];
};

/**
 * CO-4: open episodes, in every authority, with an unconfirmed and unwithdrawn verbal consent to
 * share given on or before `decidedOnOrBefore`, with all their consent records (the caller asks
 * the domain which one stands) and who is to be reminded.
 */
export async function listVerbalConsentReminderCandidates(db: DbOrTx, values: { decidedOnOrBefore: string }) {
  const result = await db.execute(sql`
    select e.id as "episodeId", e.reference, u.id as "userId", u.name as "userName", u.email as "userEmail",
      ${consentRecordsOfEpisodeE} as "consentToShare"
    from episode e
    join app_user u on u.status = 'active' and u.id = coalesce(
      (select lp.user_id from lead_professional lp where lp.episode_id = e.id and lp.ended_at is null),
      (select a.user_id from episode_assessor a where a.episode_id = e.id and a.role = 'assessor' limit 1))
    where e.status <> 'closed' and exists (
      select 1 from consent_to_share v
      where v.episode_id = e.id and v.method = 'verbal' and v.confirmed_on is null and v.withdrawn_at is null
        and v.decided_on <= ${values.decidedOnOrBefore}::date)
  `);
  return rowsOf<VerbalConsentReminderCandidate>(result);
}
