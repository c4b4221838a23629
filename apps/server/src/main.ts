import { prepareChildIndex, smtpMailer } from '@ecaf/api';
import { DEMO_PASSWORD, formatDemoAccounts, openDatabase, seedDemoIfEmpty } from '@ecaf/db';
import { buildServer } from './app';
import { readEnv } from './env';
import { startReminderSchedule } from './reminders';

const started = performance.now();
const env = readEnv();
const database = env.DATABASE_URL
  ? openDatabase({ kind: 'postgres', url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE })
  : openDatabase({ kind: 'pglite', dataDir: env.dataDir });

await database.migrate();
if (env.SEED_DEMO) {
  const seeded = await seedDemoIfEmpty(database.db, { now: new Date() });
  if (seeded.seeded) {
    // Printed once, on the first start of an empty database, for the person who just installed eCAF.
    process.stdout.write(`\n${formatDemoAccounts(seeded.accounts, DEMO_PASSWORD)}\n\n`);
  }
}

const childIndex = await prepareChildIndex(database.db, new Date());

const mail = env.SMTP_URL
  ? {
      mailer: smtpMailer({ url: env.SMTP_URL, from: env.SMTP_FROM }),
      publicUrl: env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`,
    }
  : null;
const app = await buildServer({ env, database, mail });
await app.listen({ host: env.HOST, port: env.PORT });
const reminders = startReminderSchedule({ db: database.db, mail, log: app.log });
app.log.info(
  { driver: database.driver, startupMs: Math.round(performance.now() - started), childIndex },
  `eCAF is ready: sign in at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}/sign-in`,
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  try {
    await reminders.stop();
    await app.close();
    await database.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
