import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { APP_ROLE } from '../client';
import { analyzeChildTables, type BulkProgress, type BulkTarget, bulkLoadChildren } from '../seed/bulk';
import { DEMO_PASSWORD, formatDemoAccounts } from '../seed/demo';
import { configuredDatabase, describeDatabase, openConfiguredDatabase } from './open-configured-database';

const usage = `Usage: pnpm db:seed --children N [--seed S] [--batch-size B]

Adds N synthetic children, with their parents and carers, to the first local authority of the
database named by DATABASE_URL (or the embedded one in DATA_DIR, default .data), seeding the demo
authority first if the database is empty. Without --seed a random seed is used and printed.`;

const numberFormat = new Intl.NumberFormat('en-GB');
const fmt = (n: number) => numberFormat.format(Math.round(n));

function parse(): { children: number; seed: number; batchSize: number | undefined } | null {
  const { values } = parseArgs({
    options: {
      children: { type: 'string', short: 'n' },
      seed: { type: 'string', short: 's' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
  });
  if (values.help) return null;
  const children = Number(values.children?.replace(/[_,]/g, ''));
  if (!Number.isInteger(children) || children < 1) throw new Error('--children must be a whole number, 1 or more');
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('--seed must be a whole number, 0 or more');
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    throw new Error('--batch-size must be a whole number, 1 or more');
  }
  return { children, seed, batchSize };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage}\n`);
    return 2;
  }
  if (!args) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const config = configuredDatabase();
  const handle = openConfiguredDatabase(config);
  // On PostgreSQL, COPY goes through connections of our own as the application role (three: the
  // children and parents of one batch, and the links of the batch before), and ANALYZE through
  // one as the owner.
  let copyClient: postgres.Sql | null = null;
  let ownerClient: postgres.Sql | null = null;
  try {
    process.stdout.write(`Migrating ${describeDatabase(config)}…\n`);
    await handle.migrate();
    let target: BulkTarget;
    if (config.kind === 'postgres') {
      copyClient = postgres(config.url, {
        max: 3,
        onnotice: () => {},
        connection: { application_name: 'ecaf-seed', role: APP_ROLE },
      });
      ownerClient = postgres(config.url, { max: 1, onnotice: () => {} });
      target = { driver: 'postgres', db: handle.db, copyClient };
    } else {
      target = { driver: 'pglite', db: handle.db };
    }

    process.stdout.write(
      `Loading ${fmt(args.children)} synthetic children (seed ${args.seed}) with ${
        config.kind === 'postgres' ? 'COPY' : 'multi-row INSERTs'
      }…\n`,
    );
    let lastReport = 0;
    const onProgress = (p: BulkProgress) => {
      const now = performance.now();
      if (p.children < p.total && now - lastReport < 2000) return;
      lastReport = now;
      const perSecond = p.children / Math.max(p.elapsedMs / 1000, 0.001);
      const percent = Math.floor((p.children / p.total) * 100);
      process.stdout.write(
        `  ${fmt(p.children).padStart(11)} / ${fmt(p.total)} children (${percent}%), ${fmt(perSecond)} children/s\n`,
      );
    };
    const result = await bulkLoadChildren(target, {
      children: args.children,
      seed: args.seed,
      now: new Date(),
      batchSize: args.batchSize,
      onProgress,
    });
    if (result.demoAccounts) {
      process.stdout.write(`\nThe database was empty, so the demo authority was seeded first.\n`);
      process.stdout.write(`${formatDemoAccounts(result.demoAccounts, DEMO_PASSWORD)}\n\n`);
    }
    const seconds = result.elapsedMs / 1000;
    const rows = result.children + result.persons + result.links;
    process.stdout.write(
      `Loaded ${fmt(result.children)} children, ${fmt(result.persons)} parents and carers and ${fmt(
        result.links,
      )} links (${fmt(rows)} rows) in ${seconds.toFixed(1)} s: ${fmt(result.children / seconds)} children/s, ${fmt(
        rows / seconds,
      )} rows/s.\n`,
    );

    const analyzeStarted = performance.now();
    await analyzeChildTables(ownerClient ? { owner: ownerClient } : { pglite: handle.db });
    process.stdout.write(
      `Analysed child, person and child_person in ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 1;
  } finally {
    await copyClient?.end({ timeout: 5 });
    await ownerClient?.end({ timeout: 5 });
    await handle.close();
  }
}

process.exitCode = await main();
