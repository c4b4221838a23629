/**
 * What the benches share: their own database on the server, signed-in actors going through the
 * real context factory and tRPC caller, timing at a fixed concurrency, and the printed table.
 */
import { performance } from 'node:perf_hooks';
import { type DatabaseHandle, tables } from '@ecaf/db';
import postgres from 'postgres';
import { createCaller, createContextFactory, type RequestInfo } from '../src/index';

// ---- Database lifecycle ----

/** The bench database's URL: the server DATABASE_URL names (default the local test server), database `name`. */
export function benchDatabaseUrl(name: string): string {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  server.pathname = `/${name}`;
  return server.toString();
}

export function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** Runs one statement on the server's `postgres` database (create or drop the bench database). */
export async function onAdmin(url: string, statement: string) {
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

export function wholeNumber(name: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number, ${min} or more`);
  return n;
}

// ---- Actors: one browser session each, through the real context factory ----

export type Caller = ReturnType<typeof createCaller>;
export type Actor = { email: string; call(): Promise<Caller>; signIn(): Promise<void> };

export function actorsFor(database: DatabaseHandle, password: string) {
  const createContext = createContextFactory({ db: database.db, now: () => new Date() });
  let requests = 0;
  return function actor(email: string): Actor {
    let cookie: string | null = null;
    const request = (): RequestInfo => ({
      sessionToken: cookie,
      ipAddress: '127.0.0.1',
      requestId: `bench-${++requests}`,
      fromOwnClient: true,
      setSessionCookie(token) {
        cookie = token;
      },
      clearSessionCookie() {
        cookie = null;
      },
    });
    const call = async () => createCaller(await createContext(request()));
    return {
      email,
      call,
      async signIn() {
        await (await call()).auth.signIn({ email, password });
        if (!cookie) throw new Error(`sign-in failed for ${email}`);
      },
    };
  };
}

// ---- Measuring ----

export type Result = {
  scenario: string;
  concurrency: number;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

export const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Calls `once` from `concurrency` workers for `seconds`, after ten warm-up calls, and times each
 * call. Failures are counted, by message, in `errorKinds`.
 */
export async function measure(
  scenario: string,
  concurrency: number,
  seconds: number,
  once: (worker: number, i: number) => Promise<unknown>,
  errorKinds: Map<string, number>,
  options: { warmUp?: number } = {},
): Promise<Result> {
  // Warm up: prepared statements, JIT, pools.
  for (let i = 0; i < (options.warmUp ?? 10); i++) await once(0, i).catch(() => {});
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const t0 = performance.now();
        try {
          await once(worker, i);
          samples.push(performance.now() - t0);
        } catch (error) {
          errors++;
          const kind = `${scenario}: ${error instanceof Error ? error.message.slice(0, 80) : String(error)}`;
          errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const sorted = samples.sort((a, b) => a - b);
  return {
    scenario,
    concurrency,
    requests: samples.length,
    errors,
    perSecond: round(samples.length / elapsed),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

/** The results as an aligned table, a line each (first column left-aligned, the rest right-aligned). */
export function resultTable(results: readonly Result[]): string[] {
  const header = ['scenario', 'concurrency', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors'];
  const rows = results.map((r) => [
    r.scenario,
    String(r.concurrency),
    String(r.requests),
    String(r.perSecond),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    String(r.max),
    String(r.errors),
  ]);
  return alignedTable(header, rows);
}

export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The one authority a bench seeds, with a safeguarding route so CAFs can start. */
export async function insertBenchAuthority(db: DatabaseHandle['db'], name: string, code: string) {
  const [authority] = await db
    .insert(tables.localAuthority)
    .values({
      name,
      code,
      safeguardingRouteTitle: 'Children’s Front Door',
      safeguardingRouteTelephone: '0113 000 0000',
      safeguardingRouteEmail: 'frontdoor@example.org',
      safeguardingRouteText: 'Call the front door now.',
    })
    .returning();
  if (!authority) throw new Error('no authority');
  return authority;
}
