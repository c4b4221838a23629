/**
 * `pnpm bench:episode [--children 200000] [--episodes 20000] [--seconds 10] [--actors 16] [--keep]`
 *
 * "Open an episode: p95 under 50 ms" (spec, Targets) and My work (screen 2), on PostgreSQL.
 * Creates its own database ecaf_bench_episode on the server DATABASE_URL names (default
 * postgres://postgres@127.0.0.1:5432/test), migrates it and seeds one authority:
 *   - --children synthetic children with parents and carers, by COPY (packages/db/src/seed/bulk.ts);
 *   - --episodes episodes on distinct children (10% draft, 10% closed, 80% active), each with its
 *     assessor, first version, the views section (~1.5 KB), consent to assess and to share;
 *   - on active episodes: a lead professional (95%), a team of 3 to 5 practitioners including the
 *     lead, 3 to 6 plan actions (due from 60 days ago to 90 days ahead, mixed statuses), 0 to 3
 *     reviews, a next review date; open and resolved concerns; notifications to the lead;
 *   - one practitioner per 30 episodes (at least 20; 667 for 20,000), across 10 organisations, and a manager.
 * Rows beyond the children are written set-based (insert … select from generate_series).
 *
 * Then it measures, through the real context factory (session lookup and touch) and the tRPC
 * caller, as an HTTP request would go minus HTTP, for --seconds each at concurrency 1 and 16:
 *   - "open an episode": everything the episode page loads (auth.me, assessment.get, plan.get,
 *     leadProfessional.get), in parallel in one context as the web client's batched request does,
 *     by its lead professional;
 *   - "My work": work.mine, by a practitioner who leads and is on the team of many episodes;
 *   - "dashboard": dashboard.overview by the manager (audited, so it also writes).
 * Prints a table, then as its last line one JSON object. The database is dropped at the end
 * unless --keep is given.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { APP_ROLE, type DatabaseHandle, hashPassword, openDatabase, tables } from '@ecaf/db';
import { analyzeChildTables, bulkLoadChildren } from '@ecaf/db/seed/bulk';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import {
  actorsFor,
  benchDatabaseUrl,
  type Caller,
  insertBenchAuthority,
  measure,
  onAdmin,
  type Result,
  resultTable,
  wholeNumber as whole,
} from './support';

const PASSWORD = 'bench-password-1';
const DATABASE = 'ecaf_bench_episode';
const TARGET_P95_MS = 50;

type Options = {
  url: string;
  children: number;
  episodes: number;
  seconds: number;
  actors: number;
  poolSize: number;
  keep: boolean;
};

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      children: { type: 'string', default: '200000' },
      episodes: { type: 'string', default: '20000' },
      seconds: { type: 'string', default: '10' },
      actors: { type: 'string', default: '16' },
      keep: { type: 'boolean', default: false },
    },
  });
  const children = whole('children', values.children, 100);
  const episodes = whole('episodes', values.episodes, 20);
  if (episodes > children) throw new Error('--episodes must not be more than --children (one open CAF per child)');
  return {
    url: benchDatabaseUrl(DATABASE),
    children,
    episodes,
    seconds: whole('seconds', values.seconds, 1),
    actors: whole('actors', values.actors, 1),
    poolSize: whole('DATABASE_POOL_SIZE', process.env.DATABASE_POOL_SIZE ?? '10', 1),
    keep: values.keep,
  };
}

// ---- Seeding ----

const uuidArray = (ids: readonly string[]) => `'{${ids.join(',')}}'::uuid[]`;

type Seeded = { authorityId: string; practitionerEmails: string[]; managerEmail: string };

async function seed(database: DatabaseHandle, options: Options, log: (line: string) => void): Promise<Seeded> {
  const { db } = database;
  const authority = await insertBenchAuthority(db, 'Bench City Council', 'BEC');
  const kinds = ['school', 'early_years', 'health', 'gp', 'youth_service', 'housing', 'police', 'voluntary'] as const;
  const organisations = await db
    .insert(tables.organisation)
    .values(
      Array.from({ length: 10 }, (_, i) => ({
        authorityId: authority.id,
        name: `Bench Organisation ${i + 1}`,
        kind: kinds[i % kinds.length] ?? ('other' as const),
      })),
    )
    .returning();
  // A city: 600 staff for 20,000 episodes, so a practitioner leads a few dozen and is on ~100 teams.
  let practitionerCount = Math.max(20, Math.ceil(options.episodes / 30));
  // Team members are practitioners k, k+17, k+34, k+51, k+68 (mod the count): keep them distinct.
  if ([34, 51, 68].includes(practitionerCount)) practitionerCount++;
  const passwordHash = await hashPassword(PASSWORD);
  const practitionerEmails = Array.from(
    { length: practitionerCount },
    (_, i) => `p${String(i).padStart(4, '0')}@bench.test`,
  );
  const managerEmail = 'manager@bench.test';
  const users = await db
    .insert(tables.appUser)
    .values([
      ...practitionerEmails.map((email, i) => ({
        authorityId: authority.id,
        organisationId: organisations[i % organisations.length]?.id ?? null,
        email,
        name: `Practitioner ${i}`,
        role: 'practitioner' as const,
        passwordHash,
      })),
      {
        authorityId: authority.id,
        organisationId: organisations[0]?.id ?? null,
        email: managerEmail,
        name: 'Bench Manager',
        role: 'manager' as const,
        passwordHash,
      },
    ])
    .returning({ id: tables.appUser.id, email: tables.appUser.email });
  const practitionerIds = practitionerEmails.map((email) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`no user ${email}`);
    return found.id;
  });

  let started = performance.now();
  const copyClient = postgres(options.url, {
    max: 3,
    onnotice: () => {},
    connection: { application_name: 'ecaf-bench', role: APP_ROLE },
  });
  const owner = postgres(options.url, { max: 1, onnotice: () => {} });
  try {
    const loaded = await bulkLoadChildren(
      { driver: 'postgres', db, copyClient },
      { children: options.children, seed: 42, now: new Date(), authorityId: authority.id },
    );
    log(
      `  ${loaded.children.toLocaleString('en-GB')} children, ${loaded.persons.toLocaleString('en-GB')} parents and carers by COPY in ${Math.round(performance.now() - started)} ms`,
    );

    started = performance.now();
    const P = practitionerIds.length;
    const users = uuidArray(practitionerIds);
    // u(k): the k-th practitioner, wrapping round.
    const u = (k: string) => `(${users})[1 + ((${k}) % ${P})]`;
    const run = (statement: string) => owner.unsafe(statement);
    await run(`select setseed(0.42)`);
    await run(`
      create temp table pick as
      select child_id, row_number() over (order by child_id) as n
      from (select id as child_id from child where authority_id = '${authority.id}' order by random() limit ${options.episodes}) s`);
    await run(`
      insert into episode (authority_id, child_id, reference, status, created_by, created_at, next_review_on)
      select '${authority.id}', child_id, 'CAF-BENCH-' || lpad(n::text, 6, '0'),
        (case when n % 10 = 0 then 'draft' when n % 10 = 1 then 'closed' else 'active' end)::episode_status,
        ${u('n * 7')}, now() - ((n % 400) || ' days')::interval,
        case when n % 10 > 1 then current_date + ((n * 7) % 120 - 30)::int end
      from pick`);
    await run(`
      create temp table ep as
      select e.id, p.n, e.status, e.created_by from episode e join pick p on p.child_id = e.child_id`);
    await run(`create index on ep (n)`);
    await run(`insert into episode_assessor (episode_id, user_id, role, added_at)
      select id, created_by, 'assessor', now() from ep`);
    // Drafts first: a completed version's sections cannot be written (CF-6), so completion follows.
    await run(`
      insert into assessment_version (episode_id, number, status, started_at, started_by)
      select id, 1, 'draft', now() - interval '200 days', created_by from ep`);
    await run(`
      insert into assessment_section (version_id, section_id, content, revision, updated_at, updated_by)
      select v.id, 'views', jsonb_build_object(
          'childViews', 'I like school but I find the mornings hard. ' || repeat('I want help with reading. ', 20),
          'parentViews', 'We would like support with routines. ' || repeat('Mornings are a struggle for us all. ', 25)),
        3, now(), ep.created_by
      from assessment_version v join ep on ep.id = v.episode_id`);
    await run(`
      update assessment_version v set status = 'completed', completed_at = now() - interval '190 days',
        completed_by = ep.created_by
      from ep where ep.id = v.episode_id and ep.status <> 'draft'`);
    await run(`
      insert into consent_to_assess (episode_id, decision, given_by_child, capacity, decided_on, method, what_was_explained, recorded_by, recorded_at)
      select id, 'given', true, 'young_person_presumed_competent', current_date - 200, 'written', 'What a CAF is.', created_by, now()
      from ep`);
    await run(`
      insert into consent_to_share (episode_id, given_by_child, method, decided_on, basic_scope, additional_scope, what_was_explained, recorded_by, recorded_at)
      select id, true, (case when n % 37 = 5 then 'verbal' else 'written' end)::consent_method,
        case when n % 37 = 5 then current_date - (n % 30)::int else current_date - 200 end,
        'all', 'all', 'Sharing with the team.', created_by, now()
      from ep where status <> 'draft'`);
    // Lead professional: 95% of active episodes; the lead is on the team, with 2 to 4 others.
    await run(`
      insert into lead_professional (episode_id, user_id, assigned_at, assigned_by)
      select id, ${u('n * 3')}, now() - ((n % 180) || ' days')::interval, created_by
      from ep where status = 'active' and n % 20 <> 2`);
    await run(`
      insert into team_member (episode_id, user_id, organisation_id, basis, joined_at, added_by)
      select ep.id, ${u('ep.n * 3 + j * 17')}, (select organisation_id from app_user where id = ${u('ep.n * 3 + j * 17')}),
        'consent', now() - ((ep.n % 170 + j) || ' days')::interval, ep.created_by
      from ep cross join generate_series(0, 4) j
      where ep.status = 'active' and j <= 2 + ep.n % 3`);
    await run(`
      insert into plan_action (episode_id, need, action, desired_outcome, owner_kind, owner_user_id, owner_name, due_on, status, created_by, created_at)
      select ep.id, 'Need ' || j, 'Action ' || j || ' for the family: ' || repeat('support ', 5), 'Better mornings',
        'user', ${u('ep.n * 3 + (j % (3 + ep.n % 3)) * 17')}, 'Practitioner',
        current_date + ((ep.n * 13 + j * 29) % 150 - 60)::int,
        (case (ep.n + j) % 5 when 0 then 'done' when 1 then 'in_progress' else 'not_started' end)::plan_action_status,
        ep.created_by, now() - interval '180 days'
      from ep cross join generate_series(1, 6) j
      where ep.status = 'active' and j <= 3 + ep.n % 4`);
    await run(`
      insert into review (episode_id, number, held_on, child_comments, parent_comments, next_review_on, recorded_by, recorded_at)
      select ep.id, k, current_date - (100 * (4 - k))::int, 'Going better.', 'Mornings are easier.',
        current_date - (100 * (4 - k))::int + 90, ep.created_by, now()
      from ep cross join generate_series(1, 3) k
      where ep.status = 'active' and k <= ep.n % 4`);
    await run(`
      insert into concern (child_id, episode_id, raised_by, raised_at, description, resolved_by, resolved_at, resolution)
      select p.child_id, ep.id, ${u('ep.n * 11')}, now() - ((ep.n % 60) || ' days')::interval,
        'Arrived hungry three days running.',
        case when ep.n % 16 = 5 then ${u('ep.n * 11')} end,
        case when ep.n % 16 = 5 then now() end,
        case when ep.n % 16 = 5 then 'Spoke to the family.' end
      from ep join pick p on p.n = ep.n
      where ep.n % 8 in (3, 5) and ep.status <> 'closed'`);
    await run(`
      insert into notification (user_id, episode_id, kind, message, created_at)
      select lp.user_id, lp.episode_id, 'lead_professional_assigned', 'You are the lead professional.', lp.assigned_at
      from lead_professional lp`);
    await run(`analyze`);
    await analyzeChildTables({ owner });
    const [counts] = await owner<
      { episodes: string; leads: string; team: string; actions: string; reviews: string; concerns: string }[]
    >`
      select (select count(*) from episode) as episodes, (select count(*) from lead_professional) as leads,
        (select count(*) from team_member) as team, (select count(*) from plan_action) as actions,
        (select count(*) from review) as reviews, (select count(*) from concern) as concerns`;
    log(
      `  ${counts?.episodes} episodes, ${counts?.leads} lead professionals, ${counts?.team} team members, ${counts?.actions} actions, ${counts?.reviews} reviews, ${counts?.concerns} concerns in ${Math.round(performance.now() - started)} ms`,
    );
  } finally {
    await copyClient.end();
    await owner.end();
  }
  return { authorityId: authority.id, practitionerEmails, managerEmail };
}

// ---- The episode page: whichever of its procedures exist ----

// What apps/web/src/features/episodes/EpisodePage.tsx asks for (with auth.me, which every page asks).
const episodePageProcedures = ['assessment.get', 'plan.get', 'leadProfessional.get'] as const;
type EpisodePageProcedure = (typeof episodePageProcedures)[number];

function callProcedure(caller: Caller, path: EpisodePageProcedure, episodeId: string): Promise<unknown> {
  switch (path) {
    case 'assessment.get':
      return caller.assessment.get({ episodeId });
    case 'plan.get':
      return caller.plan.get({ episodeId });
    case 'leadProfessional.get':
      return caller.leadProfessional.get({ episodeId });
  }
}

async function main() {
  const options = readOptions();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(
    `Creating ${DATABASE}, migrating, seeding ${options.children.toLocaleString('en-GB')} children and ${options.episodes.toLocaleString('en-GB')} episodes…`,
  );
  await onAdmin(options.url, `drop database if exists ${DATABASE} with (force)`);
  await onAdmin(options.url, `create database ${DATABASE}`);
  const database = openDatabase({ kind: 'postgres', url: options.url, maxConnections: options.poolSize });
  try {
    await database.migrate();
    const seeded = await seed(database, options, log);

    // The actors: the practitioners who lead the most active episodes, and the manager.
    const leads = (await database.db.execute(
      sql`
        select u.email, array_agg(lp.episode_id) as episodes
        from lead_professional lp join app_user u on u.id = lp.user_id
        join episode e on e.id = lp.episode_id and e.status = 'active'
        where lp.ended_at is null
        group by u.email order by count(*) desc, u.email limit ${options.actors}`,
    )) as unknown as { email: string; episodes: string[] }[];
    const actor = actorsFor(database, PASSWORD);
    const practitioners = leads.map((l) => ({ actor: actor(l.email), episodes: l.episodes }));
    const manager = actor(seeded.managerEmail);
    for (const p of practitioners) await p.actor.signIn();
    await manager.signIn();
    const procedures = episodePageProcedures;
    const led = practitioners.map((p) => p.episodes.length);
    log(
      `  ${practitioners.length} practitioners signed in, leading ${Math.min(...led)}–${Math.max(...led)} active episodes each; pool ${options.poolSize}; Node ${process.version}`,
    );
    log(`  open an episode = auth.me + ${procedures.join(' + ')} (one batched request, in parallel)`);
    log('');

    const pick = <T>(list: readonly T[], i: number): T => {
      const found = list[i % list.length];
      if (found === undefined) throw new Error('empty list');
      return found;
    };
    const openEpisode = async (worker: number, i: number) => {
      const p = pick(practitioners, worker + i * 7);
      const episodeId = pick(p.episodes, i * 13 + worker);
      // The web client batches a page's queries into one HTTP request (httpBatchLink), so they
      // share one context: one session lookup, then the procedures in parallel.
      const caller = await p.actor.call();
      await Promise.all([caller.auth.me(), ...procedures.map((path) => callProcedure(caller, path, episodeId))]);
    };
    const myWork = async (worker: number, i: number) => {
      const p = pick(practitioners, worker + i * 7);
      await (await p.actor.call()).work.mine();
    };
    const dashboard = async () => {
      await (await manager.call()).dashboard.overview({ overdueOnly: false });
    };

    const errorKinds = new Map<string, number>();
    const results: Result[] = [];
    for (const [name, once] of [
      ['open an episode', openEpisode],
      ['My work', myWork],
      ['dashboard', dashboard],
    ] as const) {
      for (const concurrency of [1, 16]) {
        const result = await measure(name, concurrency, options.seconds, once, errorKinds);
        results.push(result);
        log(
          `  measured ${name.padEnd(16)} × ${String(concurrency).padStart(2)}: p95 ${result.p95} ms, ${result.perSecond}/s`,
        );
      }
    }

    // Where an episode's time goes: each of its procedures alone, one at a time.
    const breakdown: Result[] = [];
    for (const path of procedures) {
      const once = async (worker: number, i: number) => {
        const p = pick(practitioners, worker + i * 7);
        await callProcedure(await p.actor.call(), path, pick(p.episodes, i * 13 + worker));
      };
      breakdown.push(await measure(path, 1, Math.max(1, Math.round(options.seconds / 2)), once, errorKinds));
    }

    log('');
    log(
      `Episode benchmark on PostgreSQL: ${options.children.toLocaleString('en-GB')} children, ${options.episodes.toLocaleString('en-GB')} episodes, ${options.seconds} s per row`,
    );
    for (const line of resultTable(results)) log(line);
    log('');
    log('  open an episode, each procedure alone (concurrency 1):');
    for (const b of breakdown) log(`    ${b.scenario.padEnd(22)} p50 ${b.p50} ms, p95 ${b.p95} ms`);
    for (const [kind, n] of errorKinds) log(`  error ×${n}: ${kind}`);
    const open = results.filter((r) => r.scenario === 'open an episode');
    const meets = open.every((r) => r.p95 < TARGET_P95_MS);
    log(`  target: open an episode p95 < ${TARGET_P95_MS} ms: ${meets ? 'met' : 'NOT met'} (at every concurrency)`);
    log('');
    log(
      JSON.stringify({
        children: options.children,
        episodes: options.episodes,
        seconds: options.seconds,
        pool: options.poolSize,
        node: process.version,
        open_episode_procedures: procedures,
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
        open_episode_breakdown: breakdown.map((b) => ({ procedure: b.scenario, p50_ms: b.p50, p95_ms: b.p95 })),
        target_p95_ms: TARGET_P95_MS,
        open_episode_target_met: meets,
      }),
    );
    process.exitCode = results.some((r) => r.errors > 0) ? 1 : 0;
  } finally {
    await database.close();
    if (!options.keep) await onAdmin(options.url, `drop database if exists ${DATABASE} with (force)`);
  }
}

await main();
