import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The only place the server reads its environment. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Set: PostgreSQL through postgres.js. Unset: embedded PGlite in DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('.data'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Defaults to on in production; off for local http://127.0.0.1 use. */
  COOKIE_SECURE: booleanString.optional(),
  SEED_DEMO: booleanString.default(true),
  WEB_DIST: z.string().default(resolve(repoRoot, 'apps/web/dist')),
  TRUST_PROXY: booleanString.default(false),
  /** Set: emails (family invitations, consent withdrawn) go through this SMTP server. Unset: none are sent. */
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().default('eCAF <no-reply@ecaf.invalid>'),
  /** The address people open eCAF at, for links in emails. Defaults to http://HOST:PORT. */
  PUBLIC_URL: z.string().url().optional(),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; cookieSecure: boolean };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const env = parsed.data;
  // A relative DATA_DIR is relative to where the user ran pnpm, not to apps/server.
  const base = source.INIT_CWD ?? repoRoot;
  return {
    ...env,
    dataDir: resolve(base, env.DATA_DIR),
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
  };
}
