import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** Either driver, seen through the API both share. Query functions take this (or a transaction). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type DbOrTx = Database | Transaction;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** The application runs as this role: it may insert audit events but never change them (AU-1). */
export const APP_ROLE = 'ecaf_app';

export type DatabaseHandle = {
  db: Database;
  driver: 'postgres' | 'pglite';
  /** Applies any migrations not yet applied, as the owner, then drops to the application role. */
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; maxConnections?: number }
  | { kind: 'pglite'; dataDir: string | null };

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  return options.kind === 'postgres' ? openPostgres(options.url, options.maxConnections) : openPglite(options.dataDir);
}

function openPostgres(url: string, maxConnections = 10): DatabaseHandle {
  // postgres.js connects lazily, so the pool can name the role before migrations create it.
  const pool = postgres(url, {
    max: maxConnections,
    onnotice: () => {},
    connection: { application_name: 'ecaf', role: APP_ROLE },
  });
  const db = drizzlePostgres(pool, { schema }) as unknown as Database;
  return {
    driver: 'postgres',
    db,
    async migrate() {
      // Migrations run as the connecting (owner) role, on a connection of their own.
      const owner = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await migratePostgres(drizzlePostgres(owner, { schema }), { migrationsFolder });
      } finally {
        await owner.end();
      }
    },
    async ping() {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    async close() {
      await pool.end({ timeout: 5 });
    },
  };
}

export type PgliteDatabaseHandle = DatabaseHandle & {
  /** The whole data directory as a tarball, to start another PGlite from (see testing.ts). */
  dumpDataDir(): Promise<Blob>;
};

export function openPglite(dataDir: string | null, loadDataDir?: Blob): PgliteDatabaseHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir ?? 'memory://', { extensions: { pg_trgm, fuzzystrmatch }, loadDataDir });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    driver: 'pglite',
    db,
    async migrate() {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
      // PGlite has a single connection: switching its role applies to everything after.
      await client.exec(`set role ${APP_ROLE}`);
    },
    async ping() {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    dumpDataDir() {
      return client.dumpDataDir('none');
    },
    async close() {
      await client.close();
    },
  };
}
