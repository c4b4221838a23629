import { tables } from '@ecaf/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailSettings, smtpMailer } from './services/mail';
import { sendDueReminders } from './services/reminders';
import { createHarness, type Harness } from './testing/harness';
import { startSmtpSink } from './testing/smtp-sink';
import { addAction, addEpisode, addVerbalConsent, setLead } from './testing/work-fixtures';

/**
 * PL-1, PL-2 due reminders: the owner of an action and the lead professional of a review are
 * reminded once (in My work and by email), again only when the due date changes, never for a
 * closed CAF or a finished action.
 */

let h: Harness;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let mail: MailSettings;

beforeAll(async () => {
  sink = await startSmtpSink();
  mail = { mailer: smtpMailer({ url: sink.url, from: 'eCAF <no-reply@ecaf.test>' }), publicUrl: 'https://ecaf.test' };
  h = await createHarness({ mail });
});
afterAll(async () => {
  await h?.close();
  await sink?.close();
});

const run = () => sendDueReminders({ db: h.db, mail, now: h.clock.now });

async function remindersOf(userId: string) {
  return h.db
    .select({ kind: tables.notification.kind, message: tables.notification.message, dueOn: tables.notification.dueOn })
    .from(tables.notification)
    .where(and(eq(tables.notification.userId, userId)))
    .orderBy(tables.notification.dueOn);
}

describe('PL-1, PL-2 due reminders', () => {
  it('PL-1 reminds the owner of an action due soon or overdue, once, in My work and by email', async () => {
    const pat = h.userId('practitioner');
    const yara = h.userId('youthWorker');
    const episode = await addEpisode(h, { status: 'active', createdBy: pat });
    await addAction(h, { episodeId: episode.id, ownerUserId: yara, dueOn: '2026-11-25', action: 'Mentoring' });
    await addAction(h, { episodeId: episode.id, ownerUserId: yara, dueOn: '2026-11-20', action: 'Home visit' });
    await addAction(h, { episodeId: episode.id, ownerUserId: yara, dueOn: '2026-12-20', action: 'Later' });
    await addAction(h, { episodeId: episode.id, ownerUserId: yara, dueOn: '2026-11-21', status: 'done' });

    expect(await run()).toEqual({ reminded: 2, emailed: 2, emailFailed: 0 });
    expect(await remindersOf(yara)).toEqual([
      expect.objectContaining({ kind: 'action_due', dueOn: '2026-11-20', message: expect.stringContaining('overdue') }),
      expect.objectContaining({
        kind: 'action_due',
        dueOn: '2026-11-25',
        message: expect.stringContaining('Mentoring'),
      }),
    ]);
    expect(sink.received.map((m) => m.to)).toEqual([['yara@youth.test'], ['yara@youth.test']]);
    // Quoted-printable wraps long lines with a soft break ("=" at the end of a line).
    const body = sink.received[0]?.data.replace(/=\r\n/g, '') ?? '';
    expect(body).toContain(`https://ecaf.test/episodes/${episode.id}/plan`);
    expect(body).not.toContain(episode.childId);

    // Run again: nothing new.
    expect(await run()).toEqual({ reminded: 0, emailed: 0, emailFailed: 0 });

    // A new due date is a new reminder.
    await h.db
      .update(tables.planAction)
      .set({ dueOn: '2026-11-26' })
      .where(and(eq(tables.planAction.episodeId, episode.id), eq(tables.planAction.action, 'Mentoring')));
    expect((await run()).reminded).toBe(1);
  });

  it('PL-2 reminds the lead professional of a review due; a closed CAF reminds nobody', async () => {
    const pat = h.userId('practitioner');
    const colin = h.userId('colleague');
    const due = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2026-11-24' });
    await setLead(h, due.id, colin);
    const closed = await addEpisode(h, { status: 'closed', createdBy: pat, nextReviewOn: '2026-11-22' });
    await setLead(h, closed.id, pat);
    await addAction(h, { episodeId: closed.id, ownerUserId: pat, dueOn: '2026-11-22' });

    expect((await run()).reminded).toBe(1);
    expect(await remindersOf(colin)).toEqual([
      expect.objectContaining({
        kind: 'review_due',
        dueOn: '2026-11-24',
        message: expect.stringContaining(due.reference),
      }),
    ]);
    expect(await remindersOf(pat)).toEqual([]);
  });

  it('PL-1 without SMTP the reminder is still recorded for My work', async () => {
    const pat = h.userId('practitioner');
    const episode = await addEpisode(h, { status: 'active', createdBy: pat });
    await addAction(h, { episodeId: episode.id, ownerUserId: pat, dueOn: '2026-11-23' });
    expect(await sendDueReminders({ db: h.db, mail: null, now: h.clock.now })).toEqual({
      reminded: 1,
      emailed: 0,
      emailFailed: 0,
    });
    expect(await remindersOf(pat)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('due today') }),
    ]);
  });

  it('CO-4 reminds the lead professional, or the assessor before one, of verbal consent to confirm', async () => {
    const pat = h.userId('practitioner');
    const colin = h.userId('colleague');
    const soon = await addEpisode(h, { status: 'active', createdBy: pat });
    await addVerbalConsent(h, soon.id, pat, '2026-11-11');
    const later = await addEpisode(h, { status: 'active', createdBy: pat });
    await addVerbalConsent(h, later.id, pat, '2026-11-20');
    const led = await addEpisode(h, { status: 'active', createdBy: pat });
    await addVerbalConsent(h, led.id, pat, '2026-11-01');
    await setLead(h, led.id, colin);

    expect((await sendDueReminders({ db: h.db, mail: null, now: h.clock.now })).reminded).toBe(2);
    const toPat = (await remindersOf(pat)).filter((n) => n.kind === 'verbal_consent_unconfirmed');
    expect(toPat).toEqual([
      expect.objectContaining({ dueOn: '2026-11-25', message: expect.stringContaining(soon.reference) }),
    ]);
    expect((await remindersOf(colin)).filter((n) => n.kind === 'verbal_consent_unconfirmed')).toEqual([
      expect.objectContaining({
        kind: 'verbal_consent_unconfirmed',
        message: expect.stringContaining('not confirmed'),
      }),
    ]);
  });
});
