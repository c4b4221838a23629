import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword, openDatabase, seedDemoIfEmpty, tables } from '@ecaf/db';
import { buildServer } from '@ecaf/server';
import postgres from 'postgres';
import { E2E_PASSWORD, e2eAccounts } from './accounts';

const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_WEB_DIST: a copy of the built app, so a build running meanwhile cannot change the pages under test.
const webDist = process.env.E2E_WEB_DIST ?? join(import.meta.dirname, '../../apps/web/dist');
if (!existsSync(join(webDist, 'index.html'))) {
  throw new Error('The web app is not built: run `pnpm --filter @ecaf/web build` first (pnpm test:e2e does).');
}

const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * With E2E_KEEP_DATA=<name>, the database survives the server stopping and is found again by
 * the next start with the same name: the test that stops the server mid-typing restarts it.
 */
const keepData = process.env.E2E_KEEP_DATA ?? '';
if (keepData !== '' && !/^[a-z0-9_]+$/.test(keepData)) throw new Error('E2E_KEEP_DATA must be [a-z0-9_]+');

/** A database of its own for this run, and how to remove it afterwards. */
async function openFreshDatabase() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl && keepData !== '') {
    const dataDir = join(tmpdir(), `ecaf-e2e-kept-${keepData}`);
    return { database: openDatabase({ kind: 'pglite', dataDir }), remove: async () => {} };
  }
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'ecaf-e2e-'));
    return {
      database: openDatabase({ kind: 'pglite', dataDir }),
      remove: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = keepData !== '' ? `ecaf_e2e_kept_${keepData}` : `ecaf_e2e_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  // Runs that were killed before they could clean up leave their database: remove old ones.
  const leftovers = await admin<{ datname: string }[]>`select datname from pg_database where datname like 'ecaf_e2e_%'`;
  for (const { datname } of leftovers) {
    const startedAt = Number(datname.slice('ecaf_e2e_'.length));
    if (Date.now() - startedAt > STALE_AFTER_MS) await admin.unsafe(`drop database if exists ${datname} with (force)`);
  }
  const [exists] = await admin<{ n: number }[]>`select 1 as n from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    database: openDatabase({ kind: 'postgres', url: url.toString() }),
    remove: async () => {
      if (keepData !== '') return;
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

const { database, remove } = await openFreshDatabase();
await database.migrate();
await seedDemoIfEmpty(database.db, { now: new Date() });

const [authority] = await database.db.select().from(tables.localAuthority).limit(1);
const [school] = await database.db.select().from(tables.organisation).limit(1);
if (!authority || !school) throw new Error('demo seed did not create an authority and organisations');
const organisations = await database.db.select().from(tables.organisation);
/** Staff belong to the first organisation unless their account names another demo organisation. */
function organisationIdOf(account: (typeof e2eAccounts)[keyof typeof e2eAccounts]): string | null {
  if (account.role !== 'practitioner' && account.role !== 'manager') return null;
  if (!('organisation' in account)) return school?.id ?? null;
  const named = organisations.find((o) => o.name === account.organisation);
  if (!named) throw new Error(`the demo seed has no organisation called ${account.organisation}`);
  return named.id;
}
const passwordHash = await hashPassword(E2E_PASSWORD);
// On a restart with the same database the accounts are already there.
await database.db
  .insert(tables.appUser)
  .values(
    Object.values(e2eAccounts).map((a) => ({
      email: a.email,
      name: a.name,
      role: a.role,
      authorityId: authority.id,
      organisationId: organisationIdOf(a),
      passwordHash,
      telephone: '07700 900999',
      jobTitle: 'E2E tester',
    })),
  )
  .onConflictDoNothing();

const app = await buildServer({
  env: { LOG_LEVEL: 'warn', cookieSecure: false, WEB_DIST: webDist, TRUST_PROXY: false, NODE_ENV: 'test' },
  database,
});
await app.listen({ host: '127.0.0.1', port });
const stop = async () => {
  await app.close();
  await database.close();
  await remove();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
