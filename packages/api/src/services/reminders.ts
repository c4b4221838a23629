import {
  type Database,
  type DueReminder,
  insertReminder,
  listDueRemindersToSend,
  listVerbalConsentReminderCandidates,
} from '@ecaf/db';
import {
  addDaysToIsoDate,
  isoDateInLondon,
  REMINDER_DAYS_BEFORE,
  reminderMessage,
  remindUntil,
  unconfirmedVerbalConsent,
  VERBAL_CONFIRMATION_DAYS,
} from '@ecaf/domain';
import { type MailSettings, publicLink } from './mail';

export type ReminderRun = { reminded: number; emailed: number; emailFailed: number };

/**
 * PL-1, PL-2: reminds action owners and lead professionals of what falls due, in My work and by
 * email when SMTP is configured. Each reminder is recorded before it is emailed, and recorded
 * once (a unique index), so running it again, or on two servers at once, sends nothing twice.
 * A failed email is counted, not retried: the in-app notification and My work still show it.
 */
export async function sendDueReminders(deps: {
  db: Database;
  mail?: MailSettings | null;
  now: () => Date;
}): Promise<ReminderRun> {
  const now = deps.now();
  const today = isoDateInLondon(now);
  const due = [
    ...(await listDueRemindersToSend(deps.db, { until: remindUntil(today) })),
    ...(await verbalConsentsToConfirm(deps.db, today)),
  ];
  const run: ReminderRun = { reminded: 0, emailed: 0, emailFailed: 0 };
  for (const reminder of due) {
    const words = reminderMessage(reminder, today);
    const recorded = await insertReminder(deps.db, { reminder, message: words.message, now });
    if (!recorded) continue;
    run.reminded += 1;
    if (!deps.mail) continue;
    const path =
      reminder.kind === 'action_due'
        ? `/episodes/${reminder.episodeId}/plan`
        : `/episodes/${reminder.episodeId}/reviews/new`;
    try {
      await deps.mail.mailer.send({
        to: reminder.userEmail,
        subject: words.subject,
        text: [
          `Hello ${reminder.userName},`,
          '',
          words.message,
          '',
          'Sign in to eCAF to see it:',
          publicLink(deps.mail, path),
        ].join('\n'),
      });
      run.emailed += 1;
    } catch {
      run.emailFailed += 1;
    }
  }
  return run;
}

/**
 * CO-4: the verbal consent that stands on an open episode, not confirmed, whose confirm-by date
 * is within the reminder window or past: the lead professional (the assessor before one) is
 * reminded once for it, whether it is still awaiting confirmation or has lapsed.
 */
async function verbalConsentsToConfirm(db: Database, today: string): Promise<DueReminder[]> {
  const decidedOnOrBefore = addDaysToIsoDate(today, REMINDER_DAYS_BEFORE - VERBAL_CONFIRMATION_DAYS);
  const candidates = await listVerbalConsentReminderCandidates(db, { decidedOnOrBefore });
  return candidates.flatMap((c) => {
    const verbal = unconfirmedVerbalConsent(c.consentToShare ?? [], today);
    if (!verbal) return [];
    return [
      {
        kind: 'verbal_consent_unconfirmed' as const,
        userId: c.userId,
        userName: c.userName,
        userEmail: c.userEmail,
        aboutId: verbal.id,
        episodeId: c.episodeId,
        reference: c.reference,
        dueOn: verbal.dueOn,
        action: '',
      },
    ];
  });
}
