/**
 * `pnpm bench:autosave [--seconds 30] [--solo 50] [--shared 10] [--payload 2000] [--interval 1000]
 *   [--refetch details|get] [--careless] [--keep]`
 *
 * CF-7 autosave under load, on PostgreSQL (issue 3 item 10). Creates a fresh database (DATABASE_URL,
 * default postgres://postgres@127.0.0.1:5432/ecaf_bench; its name must contain "bench", since it is
 * dropped), migrates it, seeds one authority and a practitioner, child, episode and consent per writer
 * through the real services, then runs for --seconds:
 *   - `solo` writers, each saving section 9 of its own episode;
 *   - `shared` writers (an assessor and co-assessors) all saving section 9 of one episode, so they
 *     conflict.
 * Each save goes through the real context factory (session lookup and touch) and the tRPC caller
 * (`assessment.saveSection`), as an HTTP request would, minus HTTP. A writer sends the revision it
 * last saw; on STALE_REVISION it takes the saved text and revision (from the error, as the service
 * answers them, or with --refetch get from `assessment.get`), merges its own line in and retries.
 *
 * Each writer saves once every --interval ms (default 1000) on a schedule of its own, which starts
 * at a random point of the first interval: the next save starts at the next whole interval after
 * the previous one returns, or at once if that one took longer than the interval. A conflict is
 * merged (below) and retried at once, as part of the same save. The UI autosaves after 1.5 s of
 * idle typing (and on blur), so one save a second per writer (60/s offered by default) is faster
 * than real typing. Latency is counted per acknowledged request. --interval 0 saves back to back:
 * a saturation test, whose result is its throughput (its latency is writers ÷ throughput).
 *
 * --careless makes writers ignore the saved text on a conflict (they take its revision but not
 * its content), as a client that does not merge would: the check must then report lost updates.
 *
 * Each writer owns one line of `childViews` ("w07 #123", its latest token); `parentViews` holds
 * --payload characters of prose so a save is the size of a real one. At the end every section is
 * checked against the log of acknowledged saves (see `verify`); any mismatch is a lost update.
 *
 * Prints a summary, then as its last line one JSON object: saves_per_s, p50_ms, p95_ms, p99_ms,
 * conflicts, lost_updates, errors, writers, seconds, interval_ms, driver.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { type DatabaseHandle, hashPassword, openDatabase, tables } from '@ecaf/db';
import { AppError } from '@ecaf/domain';
import { TRPCError } from '@trpc/server';
import { and, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createCaller, createContextFactory, type RequestInfo } from '../src/index';
import { insertBenchAuthority } from './support';

const SECTION = 'views';
const PASSWORD = 'bench-password-1';

type Options = {
  url: string;
  seconds: number;
  solo: number;
  shared: number;
  payload: number;
  interval: number;
  poolSize: number;
  refetch: 'details' | 'get';
  careless: boolean;
  keep: boolean;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '30' },
      solo: { type: 'string', default: '50' },
      shared: { type: 'string', default: '10' },
      payload: { type: 'string', default: '2000' },
      interval: { type: 'string', default: '1000' },
      refetch: { type: 'string', default: 'details' },
      careless: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number, ${min} or more`);
    return n;
  };
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/ecaf_bench';
  const name = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name)) {
    throw new Error(
      `DATABASE_URL names database "${name}": the benchmark drops and recreates it, so its name must contain "bench"`,
    );
  }
  if (values.refetch !== 'details' && values.refetch !== 'get') throw new Error('--refetch must be details or get');
  return {
    url,
    seconds: whole('seconds', values.seconds, 1),
    solo: whole('solo', values.solo, 0),
    shared: whole('shared', values.shared, 0),
    payload: whole('payload', values.payload, 0),
    interval: whole('interval', values.interval, 0),
    poolSize: whole('DATABASE_POOL_SIZE', process.env.DATABASE_POOL_SIZE ?? '10', 1),
    refetch: values.refetch,
    careless: values.careless,
    keep: values.keep,
  };
}

// ---- Database lifecycle ----

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

async function recreateDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

async function dropDatabase(url: string) {
  const admin = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
  } finally {
    await admin.end();
  }
}

// ---- Actors: one browser session each, through the real context factory ----

type Actor = {
  email: string;
  /** A fresh caller per call, as the HTTP host builds a context per request. */
  call(): Promise<ReturnType<typeof createCaller>>;
};

function actorsFor(database: DatabaseHandle) {
  const createContext = createContextFactory({ db: database.db, now: () => new Date() });
  let requests = 0;
  return function actor(email: string): Actor & { signIn(): Promise<void> } {
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
        await (await call()).auth.signIn({ email, password: PASSWORD });
        if (!cookie) throw new Error(`sign-in failed for ${email}`);
      },
    };
  };
}

const calmChecklist = {
  healthy: 'yes',
  safeFromHarm: 'yes',
  learningAndDeveloping: 'not_sure',
  positiveImpactOnOthers: 'yes',
  freeFromPoverty: 'no',
  immediateConcern: 'no',
  decision: 'start_caf',
  notes: '',
} as const;

type Writer = { id: string; actor: Actor; episodeId: string };

/** One authority; per episode a child, a mother with parental responsibility, an episode and consent. */
async function seed(database: DatabaseHandle, options: Options): Promise<{ writers: Writer[]; episodes: string[] }> {
  const { db } = database;
  const authority = await insertBenchAuthority(db, 'Bench Borough Council', 'BEN');
  const [school] = await db
    .insert(tables.organisation)
    .values({ authorityId: authority.id, name: 'Bench High School', kind: 'school' })
    .returning();
  if (!school) throw new Error('no organisation');

  const writerCount = options.solo + options.shared;
  const passwordHash = await hashPassword(PASSWORD);
  const emails = Array.from({ length: writerCount }, (_, i) => `writer${String(i).padStart(2, '0')}@bench.test`);
  await db.insert(tables.appUser).values(
    emails.map((email, i) => ({
      authorityId: authority.id,
      organisationId: school.id,
      email,
      name: `Writer ${i}`,
      role: 'practitioner' as const,
      passwordHash,
    })),
  );
  const actor = actorsFor(database);
  const actors = emails.map((email) => actor(email));
  for (const a of actors) await a.signIn();

  const episodeCount = options.solo + (options.shared > 0 ? 1 : 0);
  const userIds = new Map(
    (await db.select({ id: tables.appUser.id, email: tables.appUser.email }).from(tables.appUser)).map((u) => [
      u.email,
      u.id,
    ]),
  );
  const episodes: string[] = [];
  for (let e = 0; e < episodeCount; e++) {
    const [child] = await db
      .insert(tables.child)
      .values({
        authorityId: authority.id,
        givenNames: `Child${e}`,
        familyName: 'Bench',
        sex: 'female',
        dateOfBirth: '2014-06-09',
      })
      .returning();
    const [mother] = await db
      .insert(tables.person)
      .values({ authorityId: authority.id, name: `Mother${e} Bench` })
      .returning();
    if (!child || !mother) throw new Error('no family');
    await db
      .insert(tables.childPerson)
      .values({ childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });
    // The solo writers start their own; the first shared writer starts the shared one.
    const assessor = actors[e];
    if (!assessor) throw new Error('no assessor');
    const started = await (await assessor.call()).episodes.start({ childId: child.id, checklist: calmChecklist });
    if (started.outcome !== 'episode_started') throw new Error(`episode not started: ${started.outcome}`);
    await (await assessor.call()).assessment.recordConsent({
      episodeId: started.episodeId,
      decision: 'given',
      givenBy: { kind: 'person', personId: mother.id },
      capacity: 'parental_responsibility',
      competenceReasons: '',
      date: '2026-01-05',
      method: 'written',
      whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
    });
    episodes.push(started.episodeId);
  }

  const writers: Writer[] = [];
  for (let i = 0; i < options.solo; i++) {
    const a = actors[i];
    const episodeId = episodes[i];
    if (!a || !episodeId) throw new Error('seed mismatch');
    writers.push({ id: `w${String(i).padStart(2, '0')}`, actor: a, episodeId });
  }
  const sharedEpisode = episodes[options.solo];
  for (let i = options.solo; i < writerCount; i++) {
    const a = actors[i];
    if (!a || !sharedEpisode) throw new Error('seed mismatch');
    if (i > options.solo) {
      const userId = userIds.get(a.email);
      const owner = actors[options.solo];
      if (!userId || !owner) throw new Error('seed mismatch');
      await (await owner.call()).assessment.addCoAssessor({ episodeId: sharedEpisode, userId });
    }
    writers.push({ id: `w${String(i).padStart(2, '0')}`, actor: a, episodeId: sharedEpisode });
  }
  return { writers, episodes };
}

// ---- The workload ----

/** Every writer's latest token, one line each: "w07 #123". */
type Lines = Map<string, string>;

const parseLines = (text: unknown): Lines =>
  new Map(
    (typeof text === 'string' ? text : '')
      .split('\n')
      .filter((l) => /^w\d+ #\d+$/.test(l))
      .map((l) => [l.slice(0, l.indexOf(' ')), l] as const),
  );
const joinLines = (lines: Lines) =>
  [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, l]) => l)
    .join('\n');

const prose = (n: number) =>
  'She says school feels too big since the move, and that mornings are the hardest part of the day. '
    .repeat(Math.ceil(n / 97) + 1)
    .slice(0, n)
    .trim();

type Ack = { writer: string; seq: number; revision: number; baseRevision: number; text: string };

type Stats = {
  saveMs: number[];
  contextMs: number[];
  conflictMs: number[];
  conflicts: number;
  errors: number;
  errorKinds: Map<string, number>;
  acks: Map<string, Ack[]>;
};

function staleDetails(error: unknown): { revision: number; content: Record<string, unknown> } | null {
  const cause = error instanceof TRPCError ? error.cause : null;
  if (!(cause instanceof AppError) || cause.code !== 'STALE_REVISION') return null;
  const details = cause.details as { revision: number; content: Record<string, unknown> };
  return details;
}

/**
 * When a writer's next save starts: at the next whole interval of its schedule (`origin` + k ×
 * `interval`) after the previous save returned, or at once if that save took longer than the interval.
 */
function nextStart(origin: number, interval: number, started: number, returned: number): number {
  if (returned - started >= interval) return returned;
  return origin + Math.ceil((returned - origin) / interval) * interval;
}

const sleepUntil = (at: number) => {
  const ms = at - performance.now();
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
};

async function runWriter(writer: Writer, deadline: number, options: Options, stats: Stats, filler: string) {
  let baseRevision = 0;
  let seen: Lines = new Map();
  let seq = 0;
  const log = stats.acks.get(writer.episodeId) ?? [];
  stats.acks.set(writer.episodeId, log);
  // Paced writers start at random points of the interval, as people do, not all at once.
  const origin = performance.now() + Math.random() * options.interval;
  let next = origin;
  /** When the save under way started: its first attempt, before any conflict's retry. */
  let saveStarted = origin;
  let retrying = false;
  for (;;) {
    if (!retrying) {
      if (next >= deadline) return;
      await sleepUntil(next);
      saveStarted = performance.now();
    }
    retrying = false;
    seq += 1;
    const lines = new Map(seen).set(writer.id, `${writer.id} #${seq}`);
    const text = joinLines(lines);
    const started = performance.now();
    try {
      const caller = await writer.actor.call();
      const contextDone = performance.now();
      const saved = await caller.assessment.saveSection({
        episodeId: writer.episodeId,
        versionNumber: 1,
        sectionId: SECTION,
        baseRevision,
        content: { childViews: text, parentViews: filler },
      });
      const done = performance.now();
      stats.saveMs.push(done - started);
      stats.contextMs.push(contextDone - started);
      log.push({ writer: writer.id, seq, revision: saved.revision, baseRevision, text });
      baseRevision = saved.revision;
      seen = lines;
    } catch (error) {
      const stale = staleDetails(error);
      if (!stale) {
        stats.errors += 1;
        const kind = error instanceof TRPCError ? `${error.code}:${(error.cause as Error)?.name}` : String(error);
        stats.errorKinds.set(kind, (stats.errorKinds.get(kind) ?? 0) + 1);
        // Back to back, an error would spin: pause as a client would before retrying.
        next = Math.max(nextStart(origin, options.interval, saveStarted, performance.now()), performance.now() + 50);
        continue;
      }
      stats.conflicts += 1;
      stats.conflictMs.push(performance.now() - started);
      if (options.refetch === 'get') {
        // As a page would on a conflict: reload the assessment and take the section from it.
        const view = await (await writer.actor.call()).assessment.get({
          episodeId: writer.episodeId,
          versionNumber: 1,
        });
        const section = view.version.sections.find((s) => s.sectionId === SECTION);
        baseRevision = section?.revision ?? 0;
        if (!options.careless) seen = parseLines(section?.content.childViews);
      } else {
        baseRevision = stale.revision;
        if (!options.careless) seen = parseLines(stale.content.childViews);
      }
      // The retry, at once, merges this writer's new line into the text it was just given; a
      // careless writer keeps the text it had, overwriting what the others saved since.
      retrying = true;
      continue;
    }
    next = nextStart(origin, options.interval, saveStarted, performance.now());
  }
}

// ---- Where the time goes, seen from PostgreSQL ----

/**
 * Samples, every 50 ms, what the application's connections are doing (pg_stat_activity) and what
 * the one holding the audit chain's advisory lock is doing: waiting for the database (I/O) or for
 * the application to send its next statement (Client:ClientRead).
 */
function sampleWaits(url: string, databaseName: string) {
  const monitor = postgres(adminUrl(url), { max: 1, onnotice: () => {} });
  const counts = new Map<string, number>();
  const holder = new Map<string, number>();
  let samples = 0;
  let stopped = false;
  const describe = (state: string | null, wait: string | null) => `${state ?? '?'}${wait ? ` (${wait})` : ''}`;
  const loop = (async () => {
    while (!stopped) {
      const rows = await monitor<{ state: string | null; wait: string | null; n: number }[]>`
        select state, wait_event_type || ':' || wait_event as wait, count(*)::int as n
        from pg_stat_activity
        where datname = ${databaseName} and application_name = 'ecaf'
        group by 1, 2`;
      const holders = await monitor<{ state: string | null; wait: string | null }[]>`
        select a.state, a.wait_event_type || ':' || a.wait_event as wait
        from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and a.datname = ${databaseName}`;
      samples += 1;
      for (const r of rows) counts.set(describe(r.state, r.wait), (counts.get(describe(r.state, r.wait)) ?? 0) + r.n);
      const h = holders[0] ? describe(holders[0].state, holders[0].wait) : 'nobody';
      holder.set(h, (holder.get(h) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await monitor.end();
      return { samples, counts, holder };
    },
  };
}

// ---- Checking every acknowledged save is accounted for ----

/**
 * Per section: the acknowledged revisions are exactly 1..N, each written on the revision before it
 * (compare-and-set); each save keeps every other writer's line as the previous save left it (a
 * writer merged onto the text the server gave it); the stored revision is N and the stored text is
 * that of save N, which holds every writer's last acknowledged token; and the audit trail has one
 * 'assessment.section_saved' per acknowledged save. Each failed check counts as a lost update.
 */
async function verify(database: DatabaseHandle, acksByEpisode: Map<string, Ack[]>) {
  const problems: string[] = [];
  let sections = 0;
  for (const [episodeId, unsorted] of acksByEpisode) {
    sections += 1;
    const acks = [...unsorted].sort((a, b) => a.revision - b.revision);
    const label = `episode ${episodeId.slice(0, 8)}`;
    acks.forEach((ack, i) => {
      if (ack.revision !== i + 1) problems.push(`${label}: acknowledged revision ${ack.revision} at position ${i + 1}`);
      if (ack.baseRevision !== ack.revision - 1) {
        problems.push(`${label}: revision ${ack.revision} acknowledged on base ${ack.baseRevision}`);
      }
      const before = i === 0 ? new Map<string, string>() : parseLines(acks[i - 1]?.text);
      const after = parseLines(ack.text);
      for (const [w, line] of before) {
        if (w !== ack.writer && after.get(w) !== line) {
          problems.push(`${label}: revision ${ack.revision} by ${ack.writer} lost ${line}`);
        }
      }
    });
    const [row] = await database.db
      .select({ revision: tables.assessmentSection.revision, content: tables.assessmentSection.content })
      .from(tables.assessmentSection)
      .innerJoin(tables.assessmentVersion, eq(tables.assessmentVersion.id, tables.assessmentSection.versionId))
      .where(and(eq(tables.assessmentVersion.episodeId, episodeId), eq(tables.assessmentSection.sectionId, SECTION)));
    const storedRevision = row?.revision ?? 0;
    const storedText = (row?.content as { childViews?: string } | undefined)?.childViews ?? '';
    if (storedRevision !== acks.length) {
      problems.push(`${label}: stored revision ${storedRevision}, ${acks.length} saves acknowledged`);
    }
    const last = acks.at(-1);
    if (last && storedText !== last.text) problems.push(`${label}: stored text is not that of the last save`);
    const lastByWriter = new Map(acks.map((a) => [a.writer, `${a.writer} #${a.seq}`]));
    const stored = parseLines(storedText);
    for (const [w, line] of lastByWriter) {
      if (stored.get(w) !== line) problems.push(`${label}: ${w}'s last acknowledged save (${line}) is not stored`);
    }
    const [audited] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tables.auditEvent)
      .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, 'assessment.section_saved')));
    if ((audited?.n ?? 0) !== acks.length) {
      problems.push(`${label}: ${audited?.n ?? 0} saves audited, ${acks.length} acknowledged`);
    }
  }
  return { sections, problems };
}

// ---- Reporting ----

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const summary = (samples: number[]) => {
  const s = [...samples].sort((a, b) => a - b);
  return {
    p50: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    p99: round(percentile(s, 99)),
    max: round(s.at(-1) ?? 0),
  };
};

async function main() {
  const options = readOptions();
  const databaseName = new URL(options.url).pathname.slice(1);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  log(`Creating ${databaseName}, migrating, seeding ${options.solo + options.shared} writers…`);
  await recreateDatabase(options.url);
  const database = openDatabase({ kind: 'postgres', url: options.url, maxConnections: options.poolSize });
  try {
    await database.migrate();
    const { writers } = await seed(database, options);

    const stats: Stats = {
      saveMs: [],
      contextMs: [],
      conflictMs: [],
      conflicts: 0,
      errors: 0,
      errorKinds: new Map(),
      acks: new Map(),
    };
    const filler = prose(options.payload);
    const cadence = options.interval > 0 ? `each saving every ${options.interval} ms` : 'saving back to back';
    log(
      `Running ${options.seconds} s: ${options.solo} solo writers, ${options.shared} on one section, ${cadence}; pool ${options.poolSize}`,
    );
    const sampler = sampleWaits(options.url, databaseName);
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const deadline = started + options.seconds * 1000;
    await Promise.all(writers.map((w) => runWriter(w, deadline, options, stats, filler)));
    const elapsed = (performance.now() - started) / 1000;
    const loop = performance.eventLoopUtilization(elu);
    const cpuUsed = process.cpuUsage(cpu);
    const waits = await sampler.stop();

    const check = await verify(database, stats.acks);
    const saves = stats.saveMs.length;
    const latency = summary(stats.saveMs);
    const context = summary(stats.contextMs);
    const sharedEpisode = options.shared > 0 ? writers[options.solo]?.episodeId : undefined;
    const sharedAcks = sharedEpisode ? (stats.acks.get(sharedEpisode)?.length ?? 0) : 0;

    log('');
    log(`Autosave benchmark (CF-7) on PostgreSQL, Node ${process.version}, pool ${options.poolSize}`);
    log(`  writers            ${writers.length} (${options.solo} solo, ${options.shared} on one section), ${cadence}`);
    log(`  duration           ${round(elapsed)} s`);
    const attempts = saves + stats.conflicts + stats.errors;
    log(
      `  saves              ${saves} acknowledged, ${round(saves / elapsed)}/s (shared section: ${sharedAcks}); ${round(attempts / elapsed)} attempts/s`,
    );
    log(
      `  latency            p50 ${latency.p50} ms, p95 ${latency.p95} ms, p99 ${latency.p99} ms, max ${latency.max} ms`,
    );
    log(`    of which context p50 ${context.p50} ms, p95 ${context.p95} ms (session lookup and touch)`);
    log(
      `  conflicts          ${stats.conflicts} (refetch: ${options.refetch}${options.careless ? ', careless: no merge' : ''})`,
    );
    log(
      `  errors             ${stats.errors}${stats.errors ? ` ${JSON.stringify(Object.fromEntries(stats.errorKinds))}` : ''}`,
    );
    log(`  lost updates       ${check.problems.length} in ${check.sections} sections`);
    for (const p of check.problems.slice(0, 10)) log(`    ${p}`);
    log(
      `  bench process      event loop ${round(loop.utilization * 100)}% busy; CPU ${round((cpuUsed.user + cpuUsed.system) / 1000 / Math.max(1, attempts), 2)} ms per attempt`,
    );
    log(`  connections (pg_stat_activity, ${waits.samples} samples, average per sample):`);
    for (const [state, n] of [...waits.counts.entries()].sort((a, b) => b[1] - a[1])) {
      log(`    ${state.padEnd(44)} ${round(n / Math.max(1, waits.samples), 2)}`);
    }
    log('  the audit lock holder (share of samples):');
    for (const [state, n] of [...waits.holder.entries()].sort((a, b) => b[1] - a[1])) {
      log(`    ${state.padEnd(44)} ${round((n / Math.max(1, waits.samples)) * 100)}%`);
    }
    log('');
    log(
      JSON.stringify({
        saves_per_s: round(saves / elapsed),
        p50_ms: latency.p50,
        p95_ms: latency.p95,
        p99_ms: latency.p99,
        conflicts: stats.conflicts,
        lost_updates: check.problems.length,
        errors: stats.errors,
        writers: writers.length,
        seconds: options.seconds,
        interval_ms: options.interval,
        driver: database.driver,
      }),
    );
    process.exitCode = check.problems.length > 0 ? 1 : 0;
  } finally {
    await database.close();
    if (!options.keep) await dropDatabase(options.url);
  }
}

await main();
