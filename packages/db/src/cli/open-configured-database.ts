import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseHandle, type DatabaseOptions, openDatabase } from '../client';

/** packages/db/src/cli → the repository root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export type ConfiguredDatabase = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

/**
 * The database the command-line tools work on, configured as the server is: DATABASE_URL names a
 * PostgreSQL database; otherwise the embedded one lives in DATA_DIR (default `.data` at the
 * repository root), a relative path being relative to where pnpm was run (INIT_CWD).
 */
export function configuredDatabase(env: NodeJS.ProcessEnv = process.env): ConfiguredDatabase {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url };
  const dataDir = env.DATA_DIR?.trim();
  if (!dataDir) return { kind: 'pglite', dataDir: resolve(repoRoot, '.data') };
  return { kind: 'pglite', dataDir: resolve(env.INIT_CWD ?? process.cwd(), dataDir) };
}

/** For messages: the URL without its password, or the data folder. */
export function describeDatabase(config: ConfiguredDatabase): string {
  if (config.kind === 'pglite') return `the embedded database in ${config.dataDir}`;
  try {
    const url = new URL(config.url);
    if (url.password) url.password = '***';
    return `PostgreSQL at ${url.toString()}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export function openConfiguredDatabase(
  config: ConfiguredDatabase = configuredDatabase(),
  options: { maxConnections?: number } = {},
): DatabaseHandle {
  const databaseOptions: DatabaseOptions =
    config.kind === 'postgres'
      ? { kind: 'postgres', url: config.url, maxConnections: options.maxConnections ?? 2 }
      : { kind: 'pglite', dataDir: config.dataDir };
  return openDatabase(databaseOptions);
}
