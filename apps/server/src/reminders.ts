import { type MailSettings, sendDueReminders } from '@ecaf/api';
import type { Database } from '@ecaf/db';
import type { FastifyBaseLogger } from 'fastify';

const HOUR = 60 * 60 * 1000;

/**
 * Sends due reminders (PL-1, PL-2) at start and then every hour. A run that fails is logged and
 * the next one tries again; reminders already recorded are never sent twice, so several server
 * processes may all run it.
 */
export function startReminderSchedule(deps: {
  db: Database;
  mail: MailSettings | null;
  log: FastifyBaseLogger;
  everyMs?: number;
}): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const runOnce = () => {
    running = sendDueReminders({ db: deps.db, mail: deps.mail, now: () => new Date() })
      .then((run) => {
        if (run.reminded > 0) deps.log.info(run, 'due reminders sent');
      })
      .catch((error: unknown) => deps.log.error({ err: error }, 'due reminders failed; trying again next hour'));
  };
  runOnce();
  // unref: the schedule never keeps the process alive on its own.
  const timer = setInterval(runOnce, deps.everyMs ?? HOUR).unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
