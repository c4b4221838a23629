import { type DbOrTx, insertNotification, listNotificationRecipients, type tables } from '@ecaf/db';
import type { Context } from '../context';
import { type OutgoingEmail, publicLink } from './mail';

export type NotificationKind = (typeof tables.notificationKind.enumValues)[number];

/** One in-app notification, and the email that goes with it when SMTP is configured. */
export type Notice = {
  userIds: readonly string[];
  kind: NotificationKind;
  episodeId?: string | null;
  childId?: string | null;
  /** Shown in My work. It may name the CAF reference; the email never names the child. */
  message: string;
  subject: string;
  /** Where the recipient acts, e.g. `/episodes/<id>/plan`. */
  path: string;
};

/** Emails to send once the transaction that wrote the notifications has committed. */
export type PendingEmails = readonly OutgoingEmail[];

/**
 * Writes the notifications in the caller's transaction (they are part of what happened) and
 * returns the emails for `deliver` to send after commit, so a rolled-back change emails nobody.
 * Nobody is notified of their own action.
 */
export async function notify(
  ctx: Context & { user: { id: string } },
  tx: DbOrTx,
  notices: readonly Notice[],
): Promise<PendingEmails> {
  const emails: OutgoingEmail[] = [];
  const now = ctx.now();
  for (const notice of notices) {
    const userIds = [...new Set(notice.userIds)].filter((id) => id !== ctx.user.id);
    for (const userId of userIds) {
      await insertNotification(tx, {
        userId,
        episodeId: notice.episodeId ?? null,
        childId: notice.childId ?? null,
        kind: notice.kind,
        message: notice.message,
        createdAt: now,
      });
    }
    if (!ctx.mail) continue;
    for (const recipient of await listNotificationRecipients(tx, userIds)) {
      emails.push({
        to: recipient.email,
        subject: notice.subject,
        text: [
          `Hello ${recipient.name},`,
          '',
          `${notice.subject}.`,
          '',
          'Sign in to eCAF to see what has changed:',
          publicLink(ctx.mail, notice.path),
        ].join('\n'),
      });
    }
  }
  return emails;
}

/**
 * Sends after commit and answers how many went. A failure to send is never fatal: the in-app
 * notification stands, and the count lets the caller say so.
 */
export async function deliver(ctx: Context, emails: PendingEmails): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  if (ctx.mail) {
    for (const email of emails) {
      try {
        await ctx.mail.mailer.send(email);
        sent += 1;
      } catch {
        // Counted below.
      }
    }
  }
  return { sent, failed: emails.length - sent };
}
