/**
 * `pnpm bench:search [--children 200000] [--seconds 10] [--duplicates 0.02] [--probes 5000] [--keep] [--reuse]`
 *
 * "Find the child, once" (CH-1) at the size of a city or bigger, on PostgreSQL. Creates its own
 * database ecaf_bench_search on the server DATABASE_URL names (default
 * postgres://postgres@127.0.0.1:5432/test), migrates it and seeds one authority:
 *   - --children synthetic children with parents and carers, by COPY (packages/db/src/seed/bulk.ts),
 *     each indexed under its blocking keys in child_match_key as it is loaded;
 *   - planted duplicates of --duplicates of them (packages/db/src/seed/planted-duplicates.ts): a
 *     second record of the same child with one to three slips (surname misspelt, nickname, names
 *     swapped, date of birth day/month swapped or a digit or a month out, new surname, postcode
 *     slipped or moved within the sector, NHS number or UPN slipped or missing);
 *   - then VACUUM ANALYZE, as autovacuum would leave a table that has settled.
 *
 * The searches are "probes": --probes more duplicates made by the same generator (another seed)
 * of children in the index, not loaded themselves. The original is what should be found.
 * Measured for --seconds each at concurrency 1 and 16:
 *   - search: children.search through the real context factory and tRPC caller, with the
 *     probe as a practitioner types it ("Bill Smyth 05/03/2015 LS6 2AB");
 *   - register: children.register with the probe's details (names, sex, date of birth,
 *     address, postcode, school, and the NHS number and UPN when they pass their checks; not the
 *     telephone, whose synthetic numbers come from a 1,000-number range); a refusal
 *     (POSSIBLE_DUPLICATE) listing the original is "found". A probe that is not refused is
 *     registered: those children are deleted again at the end;
 *   - candidates: findMatchCandidates alone (the key lookups of the registration's details, and of
 *     the search's, under the same candidate rule), with no API and no scoring, so the API's
 *     share can be seen.
 * Recall is counted on each probe's first use. Prints the index's size and bucket sizes, a
 * table, then as its last line one JSON object. The database is dropped at the end unless
 * --keep or --reuse is given; --reuse loads only when the database does not already hold the
 * same number of children indexed with the same version of the keys. --review also runs one
 * manager's duplicate review over the whole index and scores it against the planted pairs.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  APP_ROLE,
  type DatabaseHandle,
  findMatchCandidates,
  hashPassword,
  insertDuplicateReviewRun,
  type KeyLookup,
  matchRecordOf,
  openDatabase,
  tables,
} from '@ecaf/db';
import {
  analyzeChildTables,
  bulkLoadChildren,
  DuplicatePlanter,
  type PlantedDuplicate,
  type SyntheticChild,
} from '@ecaf/db/seed/bulk';
import { isoDateInLondon, isValidNhsNumber, isValidUpn } from '@ecaf/domain';
import { blockingKeysVersion, bucketLimit, keyLookups, normaliseRecord, type PersonRecord } from '@ecaf/matching';
import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { candidateRule } from '../src/services/child-matching';
import { describedBySearch } from '../src/services/children';
import { runDuplicateReview } from '../src/services/duplicates';
import { toAppErrorShape } from '../src/trpc';
import {
  actorsFor,
  alignedTable,
  benchDatabaseUrl,
  insertBenchAuthority,
  measure,
  onAdmin,
  type Result,
  resultTable,
  round,
  wholeNumber,
} from './support';

const PASSWORD = 'bench-password-1';
const DATABASE = 'ecaf_bench_search';
const TARGET_P95_MS = 50;
const LOAD_SEED = 42;
const PROBE_SEED = 4242;

type Options = {
  url: string;
  children: number;
  seconds: number;
  duplicateRate: number;
  probes: number;
  poolSize: number;
  keep: boolean;
  reuse: boolean;
  review: boolean;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      children: { type: 'string', default: '200000' },
      seconds: { type: 'string', default: '10' },
      duplicates: { type: 'string', default: '0.02' },
      probes: { type: 'string', default: '5000' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
    },
  });
  const duplicateRate = Number(values.duplicates);
  if (!(duplicateRate >= 0 && duplicateRate <= 0.5)) throw new Error('--duplicates must be a share from 0 to 0.5');
  return {
    url: benchDatabaseUrl(DATABASE),
    children: wholeNumber('children', values.children, 1000),
    seconds: wholeNumber('seconds', values.seconds, 1),
    duplicateRate,
    probes: wholeNumber('probes', values.probes, 10),
    poolSize: wholeNumber('DATABASE_POOL_SIZE', process.env.DATABASE_POOL_SIZE ?? '10', 1),
    keep: values.keep,
    reuse: values.reuse,
    review: values.review,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const mb = (bytes: number) => round(bytes / 1024 / 1024, 0);

// ---- Seeding ----

type Loaded = {
  authorityId: string;
  practitionerEmails: string[];
  children: number;
  planted: number;
  loadMs: number;
  /** Building child_match_key's primary key, index and foreign keys after the load. */
  indexMs: number;
  analyseMs: number;
  reused: boolean;
};

async function existingLoad(options: Options): Promise<Loaded | null> {
  const client = postgres(options.url, { max: 1, onnotice: () => {} });
  try {
    const [meta] = await client<
      {
        authority_id: string;
        emails: string[];
        children: number;
        planted: number;
        load_ms: number;
        index_ms: number;
        analyse_ms: number;
        keys_version: number;
        requested: number;
      }[]
    >`select * from bench_meta limit 1`;
    if (!meta || meta.requested !== options.children || meta.keys_version !== blockingKeysVersion) return null;
    return {
      authorityId: meta.authority_id,
      practitionerEmails: meta.emails,
      children: meta.children,
      planted: meta.planted,
      loadMs: meta.load_ms,
      indexMs: meta.index_ms,
      analyseMs: meta.analyse_ms,
      reused: true,
    };
  } catch {
    return null; // no database, or no bench_meta: load afresh
  } finally {
    await client.end();
  }
}

async function seed(database: DatabaseHandle, options: Options, log: (line: string) => void): Promise<Loaded> {
  const { db } = database;
  const authority = await insertBenchAuthority(db, 'Bench City Council', 'BEC');
  const [organisation] = await db
    .insert(tables.organisation)
    .values({ authorityId: authority.id, name: 'Bench Primary School', kind: 'school' })
    .returning();
  const passwordHash = await hashPassword(PASSWORD);
  // One practitioner per worker, as sixteen people searching at once would be.
  const practitionerEmails = Array.from({ length: 16 }, (_, i) => `p${String(i).padStart(2, '0')}@bench.test`);
  await db.insert(tables.appUser).values(
    practitionerEmails.map((email, i) => ({
      authorityId: authority.id,
      organisationId: organisation?.id ?? null,
      email,
      name: `Practitioner ${i}`,
      role: 'practitioner' as const,
      passwordHash,
    })),
  );

  const copyClient = postgres(options.url, {
    max: 3,
    onnotice: () => {},
    connection: { application_name: 'ecaf-bench', role: APP_ROLE },
  });
  const owner = postgres(options.url, { max: 1, onnotice: () => {} });
  try {
    // A bulk load's usual practice: child_match_key's primary key, index and foreign keys are
    // dropped for the load and built again after it (a sorted build, one validating join),
    // rather than kept up row by row for tens of millions of rows.
    const deferred = await owner<{ kind: 'index' | 'primary' | 'foreign'; name: string; def: string }[]>`
      select case contype when 'p' then 'primary' else 'foreign' end as kind, conname as name,
        pg_get_constraintdef(oid) as def
      from pg_constraint where conrelid = 'child_match_key'::regclass and contype in ('p', 'f')
      union all
      select 'index', indexname, indexdef from pg_indexes
      where tablename = 'child_match_key'
        and indexname not in (select conname from pg_constraint where conrelid = 'child_match_key'::regclass)`;
    for (const d of deferred) {
      if (d.kind === 'index') await owner.unsafe(`drop index "${d.name}"`);
      else await owner.unsafe(`alter table child_match_key drop constraint "${d.name}"`);
    }
    const planted: PlantedDuplicate[] = [];
    let lastReport = performance.now();
    const loaded = await bulkLoadChildren(
      { driver: 'postgres', db, copyClient },
      {
        children: options.children,
        seed: LOAD_SEED,
        now: new Date(),
        authorityId: authority.id,
        duplicates: { rate: options.duplicateRate, onPlanted: (p) => planted.push(p) },
        onProgress: (p) => {
          const now = performance.now();
          if (now - lastReport < 15_000) return;
          lastReport = now;
          log(
            `    ${fmt(p.children)} children, ${fmt(p.matchKeys)} key rows, ${fmt(p.elapsedMs / 1000)} s (${fmt(p.children / (p.elapsedMs / 1000))} children/s)`,
          );
        },
      },
    );
    log(
      `  ${fmt(loaded.children)} children (${fmt(loaded.duplicates)} planted duplicates), ${fmt(loaded.persons)} parents and carers, ${fmt(loaded.matchKeys)} key rows by COPY in ${fmt(loaded.elapsedMs / 1000)} s`,
    );

    const indexStarted = performance.now();
    await owner.unsafe(`set maintenance_work_mem = '1GB'`);
    for (const kind of ['primary', 'index', 'foreign'] as const) {
      for (const d of deferred.filter((x) => x.kind === kind)) {
        if (kind === 'index') await owner.unsafe(d.def);
        else await owner.unsafe(`alter table child_match_key add constraint "${d.name}" ${d.def}`);
      }
    }
    const indexMs = performance.now() - indexStarted;
    log(
      `  child_match_key's primary key, ${deferred.filter((d) => d.kind === 'index').length} index and ${deferred.filter((d) => d.kind === 'foreign').length} foreign keys built in ${fmt(indexMs / 1000)} s`,
    );

    const analyseStarted = performance.now();
    // What autovacuum leaves once the load has settled: statistics, and the visibility map that
    // lets the bucket counts be index-only scans.
    await owner.unsafe('vacuum (analyze) child, child_match_key, person, child_person');
    await analyzeChildTables({ owner });
    const analyseMs = performance.now() - analyseStarted;
    log(`  VACUUM ANALYZE in ${fmt(analyseMs / 1000)} s`);

    await owner.unsafe(
      `create table bench_planted (original_id uuid not null, duplicate_id uuid not null, errors text not null)`,
    );
    for (let i = 0; i < planted.length; i += 5000) {
      const chunk = planted.slice(i, i + 5000);
      await owner`
        insert into bench_planted
        select * from unnest(${chunk.map((p) => p.original.id)}::uuid[], ${chunk.map((p) => p.duplicate.id)}::uuid[], ${chunk.map((p) => p.errors.join(' '))}::text[])`;
    }
    await owner.unsafe(`create table bench_meta (authority_id uuid, emails text[], requested int, children int,
      planted int, load_ms int, index_ms int, analyse_ms int, keys_version int)`);
    await owner`insert into bench_meta values (${authority.id}, ${practitionerEmails}, ${options.children},
      ${loaded.children}, ${loaded.duplicates}, ${Math.round(loaded.elapsedMs)}, ${Math.round(indexMs)},
      ${Math.round(analyseMs)}, ${blockingKeysVersion})`;
    return {
      authorityId: authority.id,
      practitionerEmails,
      children: loaded.children,
      planted: loaded.duplicates,
      loadMs: loaded.elapsedMs,
      indexMs,
      analyseMs,
      reused: false,
    };
  } finally {
    await copyClient.end();
    await owner.end();
  }
}

// ---- The index: sizes and buckets ----

type BucketRow = {
  kind: string;
  keys: number;
  rows: number;
  mean: number;
  p99: number;
  max: number;
  over_limit: number;
  rows_over_limit: number;
};

type IndexStats = {
  keyRows: number;
  children: number;
  tableMb: number;
  indexesMb: number;
  totalMb: number;
  childTableMb: number;
  databaseMb: number;
  buckets: BucketRow[];
  bucketsMs: number;
};

async function indexStats(url: string, authorityId: string): Promise<IndexStats> {
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [sizes] = await owner<
      {
        key_rows: string;
        children: string;
        heap: string;
        indexes: string;
        total: string;
        child_total: string;
        db: string;
      }[]
    >`
      select (select count(*) from child_match_key) as key_rows,
        (select count(*) from child) as children,
        pg_table_size('child_match_key') as heap, pg_indexes_size('child_match_key') as indexes,
        pg_total_relation_size('child_match_key') as total, pg_total_relation_size('child') as child_total,
        pg_database_size(current_database()) as db`;
    // How many children share each key, by kind: the bucket sizes that decide whether a key is used.
    const started = performance.now();
    await owner.unsafe(`set work_mem = '256MB'`);
    const buckets = await owner<BucketRow[]>`
      with b as (select key, count(*) as n from child_match_key where authority_id = ${authorityId}::uuid group by key)
      select split_part(key, ':', 1) as kind, count(*)::int as keys, sum(n)::bigint as rows,
        round(avg(n), 1)::float as mean, percentile_disc(0.99) within group (order by n)::int as p99, max(n)::int as max,
        count(*) filter (where n > case when split_part(key, ':', 1) in ('g', 'f') then 50 else 1000 end)::int as over_limit,
        coalesce(sum(n) filter (where n > case when split_part(key, ':', 1) in ('g', 'f') then 50 else 1000 end), 0)::bigint as rows_over_limit
      from b group by 1 order by 3 desc`;
    const n = (v: unknown) => Number(v ?? 0);
    return {
      keyRows: n(sizes?.key_rows),
      children: n(sizes?.children),
      tableMb: mb(n(sizes?.heap)),
      indexesMb: mb(n(sizes?.indexes)),
      totalMb: mb(n(sizes?.total)),
      childTableMb: mb(n(sizes?.child_total)),
      databaseMb: mb(n(sizes?.db)),
      buckets: buckets.map((b) => ({ ...b, rows: n(b.rows), rows_over_limit: n(b.rows_over_limit) })),
      bucketsMs: performance.now() - started,
    };
  } finally {
    await owner.end();
  }
}

// ---- Probes ----

type RegisterDetails = {
  givenNames: string;
  familyName: string;
  sex: 'male' | 'female' | 'unknown';
  dateOfBirth: string;
  address: string;
  postcode: string;
  telephone: string;
  nhsNumber: string;
  upn: string;
  schoolName: string;
};

type Probe = {
  originalId: string;
  errors: string[];
  /** As a practitioner types it into the search box. */
  search: string;
  /** As the registration form sends it. */
  register: RegisterDetails;
  registrationLookups: KeyLookup[];
  searchLookups: KeyLookup[];
};

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The union of the descriptions' key lookups, as the API's findMatches makes it. */
function lookupsFor(described: readonly PersonRecord[]): KeyLookup[] {
  const lookups = new Map<string, KeyLookup>();
  for (const record of described) for (const l of keyLookups(normaliseRecord(record))) lookups.set(l.key, l);
  return [...lookups.values()];
}

async function makeProbes(database: DatabaseHandle, authorityId: string, count: number): Promise<Probe[]> {
  // Born children in the index that are not themselves planted duplicates, in id order (the ids
  // are random, so this is a random sample), each given a duplicate by the same generator.
  const result = await database.db.execute(sql`
    select c.id, c.given_names as "givenNames", c.family_name as "familyName", c.sex::text as sex,
      c.is_unborn as "isUnborn", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
      null as "expectedDateOfDelivery", c.mother_name as "motherName", c.address, c.postcode, c.telephone,
      c.ethnicity, c.ethnicity_other as "ethnicityOther", c.first_language as "firstLanguage",
      c.parent_first_language as "parentFirstLanguage", c.interpreter_needed as "interpreterNeeded",
      c.nhs_number as "nhsNumber", c.upn, c.school_name as "schoolName", c.gp_practice as "gpPractice"
    from child c
    where c.authority_id = ${authorityId}::uuid and not c.is_unborn and c.date_of_birth is not null
      and c.address is not null and c.postcode is not null and c.merged_into_id is null
      and c.created_by is null
      and not exists (select 1 from bench_planted p where p.duplicate_id = c.id)
    order by c.id limit ${count}`);
  const rows = result as unknown as SyntheticChild[];
  const planter = new DuplicatePlanter({ seed: PROBE_SEED, today: isoDateInLondon(new Date()) });
  return rows.map((original) => {
    const { duplicate, errors } = planter.duplicateOf(original);
    const first = duplicate.givenNames.split(' ')[0] ?? '';
    const dob = duplicate.dateOfBirth ?? '';
    const search = `${first} ${duplicate.familyName} ${ddmmyyyy(dob)} ${duplicate.postcode}`;
    const register: RegisterDetails = {
      givenNames: duplicate.givenNames,
      familyName: duplicate.familyName,
      sex: duplicate.sex,
      dateOfBirth: dob,
      address: duplicate.address,
      postcode: duplicate.postcode,
      // Left out: synthetic telephone numbers come from Ofcom's 1,000-number drama range, so at a
      // million children each is shared by ~1,000 of them; a real phone key is nearly unique.
      telephone: '',
      // The form refuses numbers that fail their checks (CH-3): the practitioner leaves them out.
      nhsNumber: duplicate.nhsNumber && isValidNhsNumber(duplicate.nhsNumber) ? duplicate.nhsNumber : '',
      upn: duplicate.upn && isValidUpn(duplicate.upn) ? duplicate.upn : '',
      schoolName: duplicate.schoolName ?? '',
    };
    const registering = matchRecordOf({
      id: 'registering',
      givenNames: register.givenNames,
      familyName: register.familyName,
      sex: register.sex,
      dateOfBirth: register.dateOfBirth,
      address: register.address,
      postcode: register.postcode,
      telephone: register.telephone || null,
      nhsNumber: register.nhsNumber || null,
      upn: register.upn || null,
      schoolName: register.schoolName || null,
    });
    return {
      originalId: original.id,
      errors,
      search,
      register,
      registrationLookups: lookupsFor([registering]),
      searchLookups: lookupsFor(describedBySearch(search)),
    };
  });
}

/**
 * Where candidates come from: for a sample of probes, the rows each kind of key brings (before
 * children found by several keys are counted once), averaged per lookup. Keys over their limit
 * bring nothing and are counted apart.
 */
async function candidateSources(url: string, authorityId: string, lookups: readonly KeyLookup[][]) {
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  const rows = new Map<string, number>();
  const skipped = new Map<string, number>();
  try {
    for (const keys of lookups) {
      const counts = await owner<{ key: string; n: number }[]>`
        select key, count(*)::int as n from child_match_key
        where authority_id = ${authorityId}::uuid and key = any(${keys.map((k) => k.key)}::text[]) group by key`;
      for (const { key, n } of counts) {
        const kind = key.slice(0, key.indexOf(':'));
        if (n <= bucketLimit(key)) rows.set(kind, (rows.get(kind) ?? 0) + n);
        else skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
      }
    }
  } finally {
    await owner.end();
  }
  const per = (n: number) => round(n / Math.max(lookups.length, 1), 1);
  const kinds = [...new Set([...rows.keys(), ...skipped.keys()])].sort(
    (a, b) => (rows.get(b) ?? 0) - (rows.get(a) ?? 0),
  );
  return Object.fromEntries(
    kinds.map((kind) => [kind, { rows: per(rows.get(kind) ?? 0), keys_over_limit: per(skipped.get(kind) ?? 0) }]),
  );
}

// ---- The manager's duplicate review over the whole index (--review) ----

/**
 * CH-2: one duplicate review of the whole index, as a manager starts it (the service's own
 * batch run, model refit included), timed, and scored against the planted duplicates: the
 * share of planted pairs it lists, and the share of listed pairs that were planted (the rest
 * are twins, siblings or chance). Its pairs and model are removed afterwards, so a reused load
 * stays as loaded.
 */
async function measureDuplicateReview(database: DatabaseHandle, loaded: Loaded, log: (line: string) => void) {
  const { db } = database;
  const [user] = await db
    .select({ id: tables.appUser.id })
    .from(tables.appUser)
    .where(eq(tables.appUser.email, loaded.practitionerEmails[0] ?? ''));
  if (!user) throw new Error('no bench user');
  const run = await insertDuplicateReviewRun(db, {
    authorityId: loaded.authorityId,
    startedBy: user.id,
    startedAt: new Date(),
    total: loaded.children,
  });
  log(`  duplicate review of ${fmt(loaded.children)} children…`);
  const started = performance.now();
  await runDuplicateReview(db, {
    runId: run.id,
    authorityId: loaded.authorityId,
    userId: user.id,
    now: () => new Date(),
  });
  const seconds = (performance.now() - started) / 1000;
  const [finished] = await db.select().from(tables.duplicateReviewRun).where(eq(tables.duplicateReviewRun.id, run.id));
  const pairs = await db
    .select({ a: tables.duplicatePair.childAId, b: tables.duplicatePair.childBId, band: tables.duplicatePair.band })
    .from(tables.duplicatePair)
    .where(eq(tables.duplicatePair.runId, run.id));
  const planted = (await db.execute(
    sql`select original_id as original, duplicate_id as duplicate from bench_planted`,
  )) as unknown as Array<{ original: string; duplicate: string }>;
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const plantedKeys = new Set(planted.map((p) => key(p.original, p.duplicate)));
  const listed = new Set(pairs.map((p) => key(p.a, p.b)));
  const plantedListed = [...plantedKeys].filter((k) => listed.has(k)).length;
  const listedPlanted = [...listed].filter((k) => plantedKeys.has(k)).length;
  const result = {
    status: finished?.status ?? 'missing',
    seconds: round(seconds, 1),
    children_per_s: round(loaded.children / seconds, 0),
    pairs: pairs.length,
    certain: pairs.filter((p) => p.band === 'certain').length,
    planted: plantedKeys.size,
    planted_listed: plantedListed,
    planted_recall: round(plantedListed / Math.max(plantedKeys.size, 1), 4),
    listed_planted_share: round(listedPlanted / Math.max(listed.size, 1), 4),
  };
  log(
    `  duplicate review: ${result.status} in ${fmt(seconds)} s (${fmt(result.children_per_s)} children/s); ${fmt(result.pairs)} pairs listed (${fmt(result.certain)} certain); planted pairs listed ${fmt(plantedListed)} of ${fmt(plantedKeys.size)} (${round(result.planted_recall * 100, 1)}%); listed pairs that were planted ${round(result.listed_planted_share * 100, 1)}%`,
  );
  await db.delete(tables.duplicatePair).where(eq(tables.duplicatePair.runId, run.id));
  await db.delete(tables.duplicateReviewRun).where(eq(tables.duplicateReviewRun.id, run.id));
  await db.delete(tables.matchModel).where(eq(tables.matchModel.authorityId, loaded.authorityId));
  return result;
}

// ---- Recall: each probe counted on its first use ----

class Recall {
  private readonly seen = new Set<number>();
  found = 0;
  tried = 0;
  /** Registration only: refused without the original among the matches shown. */
  refusedOther = 0;
  /** Registration only: not refused, so registered. */
  registered = 0;
  candidates = 0;
  private cursor = 0;

  constructor(private readonly probes: readonly Probe[]) {}

  next(): { index: number; probe: Probe } {
    const index = this.cursor++ % this.probes.length;
    const probe = this.probes[index];
    if (!probe) throw new Error('no probes');
    return { index, probe };
  }

  record(
    index: number,
    outcome: { found: boolean; refusedOther?: boolean; registered?: boolean; candidates?: number },
  ) {
    if (this.seen.has(index)) return;
    this.seen.add(index);
    this.tried++;
    if (outcome.found) this.found++;
    if (outcome.refusedOther) this.refusedOther++;
    if (outcome.registered) this.registered++;
    this.candidates += outcome.candidates ?? 0;
  }

  get share(): number {
    return this.tried === 0 ? 0 : round(this.found / this.tried, 4);
  }
}

// ---- Main ----

async function main() {
  const options = readOptions();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  let reusable = options.reuse ? await existingLoad(options) : null;
  if (reusable) {
    // The kept database must still take the repository's migrations (one edited since it was
    // loaded will not apply): if it does not, it is loaded afresh.
    const kept = openDatabase({ kind: 'postgres', url: options.url, maxConnections: 1 });
    try {
      await kept.migrate();
      log(`Reusing ${DATABASE}: ${fmt(reusable.children)} children already loaded and indexed.`);
    } catch (error) {
      log(`Not reusing ${DATABASE}: its schema no longer migrates (${String(error).slice(0, 100)}).`);
      reusable = null;
    } finally {
      await kept.close();
    }
  }
  if (!reusable) {
    log(
      `Creating ${DATABASE}, migrating, seeding ${fmt(options.children)} children with ${options.duplicateRate * 100}% planted duplicates…`,
    );
    await onAdmin(options.url, `drop database if exists ${DATABASE} with (force)`);
    await onAdmin(options.url, `create database ${DATABASE}`);
  }
  const database = openDatabase({ kind: 'postgres', url: options.url, maxConnections: options.poolSize });
  const registered: string[] = [];
  try {
    await database.migrate();
    const loaded = reusable ?? (await seed(database, options, log));
    const { authorityId } = loaded;

    const stats = await indexStats(options.url, authorityId);
    log(
      `  index: ${fmt(stats.keyRows)} key rows (${round(stats.keyRows / stats.children, 1)} a child); child_match_key ${fmt(stats.tableMb)} MB + indexes ${fmt(stats.indexesMb)} MB = ${fmt(stats.totalMb)} MB; child ${fmt(stats.childTableMb)} MB; database ${fmt(stats.databaseMb)} MB`,
    );
    log(`  bucket sizes by kind of key (counted in ${fmt(stats.bucketsMs / 1000)} s):`);
    for (const line of alignedTable(
      ['kind', 'keys', 'rows', 'mean', 'p99', 'max', 'keys over limit', 'rows in them'],
      stats.buckets.map((b) => [
        b.kind,
        fmt(b.keys),
        fmt(b.rows),
        String(b.mean),
        fmt(b.p99),
        fmt(b.max),
        `${fmt(b.over_limit)} (limit ${bucketLimit(`${b.kind}:`)})`,
        fmt(b.rows_over_limit),
      ]),
    ))
      log(`  ${line}`);

    const probes = await makeProbes(database, authorityId, options.probes);
    const byErrors = new Map<string, number>();
    for (const p of probes) for (const e of p.errors) byErrors.set(e, (byErrors.get(e) ?? 0) + 1);
    log(`  ${fmt(probes.length)} probes (duplicates of indexed children, not loaded), e.g. "${probes[0]?.search}"`);

    const sample = probes.slice(0, 200);
    const sources = {
      registration: await candidateSources(
        options.url,
        authorityId,
        sample.map((p) => p.registrationLookups),
      ),
      search: await candidateSources(
        options.url,
        authorityId,
        sample.map((p) => p.searchLookups),
      ),
    };
    for (const [name, bySource] of Object.entries(sources))
      log(
        `  rows a ${name} lookup brings, by kind of key (${sample.length} probes): ${Object.entries(bySource)
          .map(([kind, v]) => `${kind} ${v.rows}${v.keys_over_limit > 0 ? ` (+${v.keys_over_limit} over limit)` : ''}`)
          .join(', ')}`,
      );

    const actor = actorsFor(database, PASSWORD);
    const practitioners = loaded.practitionerEmails.map((email) => actor(email));
    for (const p of practitioners) await p.signIn();
    const practitioner = (worker: number) => {
      const p = practitioners[worker % practitioners.length];
      if (!p) throw new Error('no practitioner');
      return p;
    };
    log(`  ${practitioners.length} practitioners signed in; pool ${options.poolSize}; Node ${process.version}`);
    log('');

    const recall = {
      search: new Recall(probes),
      register: new Recall(probes),
      candidatesRegistration: new Recall(probes),
      candidatesSearch: new Recall(probes),
    };
    const scenarios: Array<[string, Recall, (worker: number) => Promise<void>]> = [
      [
        'search',
        recall.search,
        async (worker) => {
          const { index, probe } = recall.search.next();
          const { results } = await (await practitioner(worker).call()).children.search({ query: probe.search });
          recall.search.record(index, {
            found: results.some((r) => r.id === probe.originalId),
            candidates: results.length,
          });
        },
      ],
      [
        'candidates (search terms)',
        recall.candidatesSearch,
        async () => {
          const { index, probe } = recall.candidatesSearch.next();
          const candidates = await findMatchCandidates(
            database.db,
            authorityId,
            probe.searchLookups,
            candidateRule(probe.searchLookups.length),
          );
          recall.candidatesSearch.record(index, {
            found: candidates.some((c) => c.id === probe.originalId),
            candidates: candidates.length,
          });
        },
      ],
      [
        'candidates (registration)',
        recall.candidatesRegistration,
        async () => {
          const { index, probe } = recall.candidatesRegistration.next();
          const candidates = await findMatchCandidates(
            database.db,
            authorityId,
            probe.registrationLookups,
            candidateRule(probe.registrationLookups.length),
          );
          recall.candidatesRegistration.record(index, {
            found: candidates.some((c) => c.id === probe.originalId),
            candidates: candidates.length,
          });
        },
      ],
      // Last: a probe that is not refused is registered, and would then be found by later ones.
      [
        'register',
        recall.register,
        async (worker) => {
          const { index, probe } = recall.register.next();
          const call = await practitioner(worker).call();
          try {
            const { childId } = await call.children.register({
              child: probe.register,
              parents: [],
              confirmedNoneMatch: false,
              shownMatchIds: [],
            });
            registered.push(childId);
            recall.register.record(index, { found: false, registered: true });
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            const shape = toAppErrorShape(error);
            if (shape.appCode !== 'POSSIBLE_DUPLICATE') throw error;
            const matches = (shape.details as { matches?: { id: string }[] } | undefined)?.matches ?? [];
            const found = matches.some((m) => m.id === probe.originalId);
            recall.register.record(index, { found, refusedOther: !found, candidates: matches.length });
          }
        },
      ],
    ];

    const errorKinds = new Map<string, number>();
    const results: Result[] = [];
    for (const [name, , once] of scenarios) {
      for (const concurrency of [1, 16]) {
        const result = await measure(name, concurrency, options.seconds, (worker) => once(worker), errorKinds, {
          warmUp: 5,
        });
        results.push(result);
        log(
          `  measured ${name.padEnd(28)} × ${String(concurrency).padStart(2)}: p95 ${result.p95} ms, ${result.perSecond}/s`,
        );
      }
    }

    log('');
    log(
      `Search benchmark on PostgreSQL: ${fmt(loaded.children)} children (${fmt(loaded.planted)} planted duplicates), ${options.seconds} s per row`,
    );
    for (const line of resultTable(results)) log(line);
    log('');
    const recallLine = (name: string, r: Recall, extra = '') =>
      log(
        `  ${name.padEnd(28)} original found for ${fmt(r.found)} of ${fmt(r.tried)} probes (${round(r.share * 100, 1)}%)${extra}`,
      );
    recallLine(
      'search',
      recall.search,
      `; ${round(recall.search.candidates / Math.max(recall.search.tried, 1), 1)} results a search`,
    );
    recallLine(
      'register',
      recall.register,
      `; refused without it ${fmt(recall.register.refusedOther)}, registered ${fmt(recall.register.registered)}`,
    );
    for (const [name, r] of [
      ['candidates (search terms)', recall.candidatesSearch],
      ['candidates (registration)', recall.candidatesRegistration],
    ] as const)
      recallLine(name, r, `; ${round(r.candidates / Math.max(r.tried, 1), 1)} candidates a lookup`);
    log(
      `  load ${fmt(loaded.loadMs / 1000)} s, keys' primary key, index and foreign keys ${fmt(loaded.indexMs / 1000)} s, VACUUM ANALYZE ${fmt(loaded.analyseMs / 1000)} s${loaded.reused ? ' (an earlier run, reused)' : ''}`,
    );
    for (const [kind, n] of errorKinds) log(`  error ×${n}: ${kind}`);
    // The target is a person's wait: one request at a time. At 16, a 2-core machine queues.
    const api = results.filter((r) => r.scenario === 'search' || r.scenario === 'register');
    const meets = api.filter((r) => r.concurrency === 1).every((r) => r.p95 < TARGET_P95_MS);
    const meetsLoaded = api.every((r) => r.p95 < TARGET_P95_MS);
    log(
      `  target: search and register p95 < ${TARGET_P95_MS} ms one at a time: ${meets ? 'met' : 'NOT met'}; at every concurrency: ${meetsLoaded ? 'met' : 'not met'}`,
    );
    const review = options.review ? await measureDuplicateReview(database, loaded, log) : null;
    log('');
    log(
      JSON.stringify({
        review,
        children: loaded.children,
        requested_children: options.children,
        planted_duplicates: loaded.planted,
        probes: probes.length,
        seconds: options.seconds,
        pool: options.poolSize,
        node: process.version,
        load_s: round(loaded.loadMs / 1000),
        key_index_build_s: round(loaded.indexMs / 1000),
        vacuum_analyze_s: round(loaded.analyseMs / 1000),
        reused: loaded.reused,
        index: {
          key_rows: stats.keyRows,
          key_rows_per_child: round(stats.keyRows / stats.children, 2),
          table_mb: stats.tableMb,
          indexes_mb: stats.indexesMb,
          total_mb: stats.totalMb,
          child_table_mb: stats.childTableMb,
          database_mb: stats.databaseMb,
          buckets: stats.buckets.map((b) => ({
            kind: b.kind,
            keys: b.keys,
            rows: b.rows,
            mean: b.mean,
            p99: b.p99,
            max: b.max,
            over_limit: b.over_limit,
          })),
        },
        results: results.map((r) => ({
          scenario: r.scenario,
          concurrency: r.concurrency,
          requests: r.requests,
          rps: r.perSecond,
          p50_ms: r.p50,
          p95_ms: r.p95,
          p99_ms: r.p99,
          errors: r.errors,
        })),
        recall: {
          search: { tried: recall.search.tried, found: recall.search.found, share: recall.search.share },
          register: {
            tried: recall.register.tried,
            found: recall.register.found,
            share: recall.register.share,
            refused_without_original: recall.register.refusedOther,
            registered: recall.register.registered,
          },
          candidates_search: {
            tried: recall.candidatesSearch.tried,
            found: recall.candidatesSearch.found,
            share: recall.candidatesSearch.share,
            per_lookup: round(recall.candidatesSearch.candidates / Math.max(recall.candidatesSearch.tried, 1), 1),
          },
          candidates_registration: {
            tried: recall.candidatesRegistration.tried,
            found: recall.candidatesRegistration.found,
            share: recall.candidatesRegistration.share,
            per_lookup: round(
              recall.candidatesRegistration.candidates / Math.max(recall.candidatesRegistration.tried, 1),
              1,
            ),
          },
        },
        candidate_rows_by_kind: sources,
        probe_errors: Object.fromEntries([...byErrors].sort((a, b) => b[1] - a[1])),
        target_p95_ms: TARGET_P95_MS,
        target_met: meets,
        target_met_at_every_concurrency: meetsLoaded,
      }),
    );
    process.exitCode = results.some((r) => r.errors > 0) ? 1 : 0;
  } finally {
    await database.close();
    const keep = options.keep || options.reuse;
    if (keep && registered.length > 0) {
      // Leave the index as it was loaded: the probes registered by this run go again.
      const owner = postgres(options.url, { max: 1, onnotice: () => {} });
      try {
        await owner`delete from child where id = any(${registered}::uuid[])`;
      } finally {
        await owner.end();
      }
    }
    if (!keep) await onAdmin(options.url, `drop database if exists ${DATABASE} with (force)`);
  }
}

await main();
