import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { type DatabaseHandle, migrationsFolder, openDatabase, openPglite } from './client';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a database of
 * its own on the PostgreSQL server named by TEST_DATABASE_URL, so parallel workers never share
 * rows.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openMigratedPglite();
  const name = `ecaf_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: 'postgres', url: url.toString(), maxConnections: 4 });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Starting PGlite and migrating it costs seconds per test file, most of a PGlite test run. The
 * first file to need a database saves the migrated data directory as a tarball named after the
 * migrations' contents; every later file, in any worker, starts from a copy of it.
 */
async function openMigratedPglite(): Promise<DatabaseHandle> {
  const snapshot = join(tmpdir(), `ecaf-test-pglite-${migrationsDigest()}.tar`);
  let saved: Buffer | null = null;
  try {
    saved = readFileSync(snapshot);
  } catch {
    // Not made yet: this file makes it.
  }
  if (saved) {
    const handle = openPglite(null, new Blob([new Uint8Array(saved)]));
    await handle.migrate();
    return handle;
  }
  const handle = openPglite(null);
  await handle.migrate();
  const tarball = await handle.dumpDataDir();
  // Written aside then renamed, so a file running alongside never reads half a tarball.
  const partial = `${snapshot}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
  renameSync(partial, snapshot);
  return handle;
}

function migrationsDigest(): string {
  // The resolved path names the PGlite version (pnpm's store layout), so an upgrade starts afresh.
  const hash = createHash('sha256').update(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  for (const entry of readdirSync(migrationsFolder, { recursive: true, withFileTypes: true })
    .filter((each) => each.isFile())
    .map((each) => join(each.parentPath, each.name))
    .sort()) {
    hash.update(entry).update(readFileSync(entry));
  }
  return hash.digest('hex').slice(0, 16);
}
