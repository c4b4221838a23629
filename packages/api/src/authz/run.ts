import type { Database } from '@ecaf/db';
import { appErrorCodes } from '@ecaf/domain';
import { TRPCError } from '@trpc/server';
import { TransactionRollbackError } from 'drizzle-orm';
import { createContextFactory, type RequestInfo } from '../context';
import { appRouter, createCaller } from '../root';
import { toAppErrorShape } from '../trpc';
import { type AnyEntry, type Case, type DomainResult, listedProcedures, type Outcome } from './matrix';
import { type Actor, CANARY, type Fixture, sessionOf, type World } from './world';

/**
 * Runs one case of the matrix: the actor's request goes through the real context factory (session
 * lookup) and the tRPC caller, on a context whose database is a transaction that is rolled back
 * afterwards. The services' own `ctx.db.transaction` calls become savepoints inside it, so a
 * case writes what it writes, sees it, and leaves nothing behind for the next.
 */

export type Observed = {
  outcome: Outcome | 'error';
  /** For calls past access control: 'ok' or the domain's error code. */
  result: DomainResult | string | null;
  /** Whether the canary (a sensitive answer) appears anywhere in the response or error. */
  canary: boolean;
  /** The error as the client would see it, for the report. */
  detail: string;
};

export type CaseResult = Case & { observed: Observed; problems: string[]; ms: number };

/** Every procedure path of the router, as tRPC flattens them. */
export function routerProcedures(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

export function coverage() {
  const inRouter = new Set(routerProcedures());
  const inMatrix = new Set(listedProcedures().map(([path]) => path));
  return {
    /** Procedures the table does not cover: the test fails until rows are added. */
    uncovered: [...inRouter].filter((p) => !inMatrix.has(p)),
    /** Rows for procedures that do not exist (renamed or removed). */
    unknown: [...inMatrix].filter((p) => !inRouter.has(p)),
  };
}

function requestFor(sessionToken: string | null): RequestInfo {
  return {
    sessionToken,
    ipAddress: '127.0.0.1',
    requestId: `authz-${Math.random().toString(36).slice(2)}`,
    fromOwnClient: true,
    setSessionCookie() {},
    clearSessionCookie() {},
  };
}

type Call = (input: unknown) => Promise<unknown>;

/** The caller's function at a dotted path ('sharing.addTeamMember'). */
function procedureAt(caller: unknown, path: string): Call {
  let at: unknown = caller;
  for (const key of path.split('.')) {
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at !== 'function') throw new Error(`no procedure ${path}`);
  return at as Call;
}

const genericNotFound = appErrorCodes.NOT_FOUND.message;

/** Codes that mean the call never reached its procedure's logic, or broke. */
const notDomain = new Set(['INTERNAL', 'CSRF_REFUSED', 'SESSION_EXPIRED']);

export function classify(entry: AnyEntry, settled: { value: unknown } | { error: unknown }): Observed {
  if ('value' in settled) {
    const canary = JSON.stringify(settled.value ?? null).includes(CANARY);
    const outcome: Outcome = entry.kind === 'content-read' && !canary ? 'allowed-redacted' : 'allowed';
    return { outcome, result: 'ok', canary, detail: 'ok' };
  }
  const { error } = settled;
  if (!(error instanceof TRPCError)) {
    return { outcome: 'error', result: null, canary: false, detail: String(error) };
  }
  const shape = toAppErrorShape(error);
  const canary = JSON.stringify(shape).includes(CANARY);
  const detail = `${shape.appCode}: ${shape.message}`;
  switch (shape.appCode) {
    case 'NOT_SIGNED_IN':
      return { outcome: 'signed-out', result: null, canary, detail };
    case 'FORBIDDEN':
      return { outcome: 'forbidden', result: null, canary, detail };
    case 'NOT_FOUND':
      // SH-1 answers with the one sentence that reveals nothing; a sub-record names itself.
      return entry.ownRecordsOnly || shape.message === genericNotFound
        ? { outcome: 'not-found', result: null, canary, detail }
        : { outcome: 'record-missing', result: 'record-missing', canary, detail };
    default: {
      if (notDomain.has(shape.appCode)) {
        const cause = error.cause instanceof Error && error.cause !== error ? ` (${error.cause.message})` : '';
        return { outcome: 'error', result: shape.appCode, canary, detail: `${detail}${cause}` };
      }
      const outcome: Outcome = entry.kind === 'content-read' && !canary ? 'allowed-redacted' : 'allowed';
      return { outcome, result: shape.appCode, canary, detail };
    }
  }
}

/** What is wrong with an observation, against the case's expectation; empty when nothing. */
export function problemsOf(c: Case, entry: AnyEntry, observed: Observed): string[] {
  const problems: string[] = [];
  if (observed.outcome !== c.expected) problems.push(`expected ${c.expected}, got ${observed.outcome}`);
  else if (c.expectedResult !== null && observed.result !== c.expectedResult) {
    problems.push(`expected the domain to answer ${c.expectedResult}, got ${observed.result}`);
  }
  const mayShowCanary = entry.kind === 'content-read' && c.expected === 'allowed';
  if (observed.canary && !mayShowCanary) problems.push('the sensitive answer (canary) appears in the response');
  return problems;
}

class RolledBack extends Error {}

/**
 * Runs `work` in a transaction that is always rolled back, and returns what it returned. The
 * services' own transactions inside it are savepoints (drizzle nests them), so their writes are
 * seen by the calls after them, and a refused call rolls back only its own savepoint.
 */
export async function rolledBack<T>(fixture: Fixture, work: (db: Database) => Promise<T>): Promise<T> {
  let out: { value: T } | undefined;
  try {
    await fixture.db.transaction(async (tx) => {
      out = { value: await work(tx) };
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack) && !(error instanceof TransactionRollbackError)) throw error;
  }
  if (!out) throw new Error('the rolled back transaction did not run');
  return out.value;
}

/** The tRPC caller of one actor's request, through the real context factory, on `db`. */
export async function callerFor(fixture: Fixture, db: Database, world: World, actor: Actor) {
  const createContext = createContextFactory({ db, now: fixture.now });
  return createCaller(await createContext(requestFor(sessionOf(fixture, world, actor))));
}

export async function runCase(fixture: Fixture, entry: AnyEntry, c: Case): Promise<CaseResult> {
  const started = performance.now();
  const world = fixture.worlds[c.state];
  const where = { world, fixture, actor: c.actor };
  const observed = await rolledBack(fixture, async (db) => {
    if (entry.arrange) await entry.arrange(db, where);
    const call = procedureAt(await callerFor(fixture, db, world, c.actor), c.path);
    const settled = await call(entry.input(where)).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    return classify(entry, settled);
  });
  return { ...c, observed, problems: problemsOf(c, entry, observed), ms: performance.now() - started };
}
