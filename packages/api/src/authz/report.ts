/**
 * `pnpm authz:report`: runs the authorization matrix (issue 4, item 8) without vitest, on PGlite
 * or on PostgreSQL when TEST_DATABASE_URL is set, and prints the expanded table (every procedure
 * × actor × consent state, with what was expected and, where it differs, what happened), counts
 * per procedure and every unexpected case. The last line is one JSON object:
 * {"procedures": N, "cases": N, "unexpected": N}. Exits 1 when a case is unexpected, a procedure
 * has no row, a row names no procedure, or a case left a trace in the database.
 */
import { performance } from 'node:perf_hooks';
import { type AnyEntry, type Case, expandEntry, listedProcedures, type Outcome, outcomes } from './matrix';
import { type CaseResult, coverage, routerProcedures, runCase } from './run';
import { actorLabels, actors, buildFixture, consentStateLabels, consentStates, fingerprint } from './world';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function expectedCell(c: Case): string {
  return c.expectedResult && c.expectedResult !== 'ok' ? `${c.expected} (${c.expectedResult})` : c.expected;
}

function cell(r: CaseResult): string {
  if (r.problems.length === 0) return expectedCell(r);
  const got =
    r.observed.result && r.observed.result !== 'ok' && r.observed.result !== 'record-missing'
      ? `${r.observed.outcome} (${r.observed.result})`
      : r.observed.outcome;
  return `✗ ${expectedCell(r)}, got ${got}${r.observed.canary && r.problems.some((p) => p.includes('canary')) ? ' +canary' : ''}`;
}

function printProcedure(path: string, entry: AnyEntry, results: CaseResult[]) {
  const counts = new Map<Outcome, number>();
  for (const r of results) counts.set(r.expected, (counts.get(r.expected) ?? 0) + 1);
  const unexpected = results.filter((r) => r.problems.length > 0).length;
  const tally = outcomes
    .filter((o) => counts.has(o))
    .map((o) => `${o} ${counts.get(o)}`)
    .join(' · ');
  const kind = { 'content-read': 'content read', read: 'read', write: 'write' }[entry.kind];
  const ms = results.reduce((total, r) => total + r.ms, 0);
  console.log(
    `\n${path} (${entry.rule}, ${kind}; ${results.length} cases, ${Math.round(ms)} ms): ${tally}${unexpected ? ` · UNEXPECTED ${unexpected}` : ''}`,
  );
  const labelWidth = Math.max(...actors.map((a) => actorLabels[a].length));
  const columns = consentStates.map((state) =>
    Math.max(consentStateLabels[state].length, ...results.filter((r) => r.state === state).map((r) => cell(r).length)),
  );
  const row = (label: string, cells: string[]) =>
    `  ${label.padEnd(labelWidth)}  ${cells.map((c, i) => c.padEnd(columns[i] ?? 0)).join('  ')}`.trimEnd();
  console.log(
    row(
      'actor \\ consent',
      consentStates.map((s) => consentStateLabels[s]),
    ),
  );
  for (const actor of actors) {
    console.log(
      row(
        actorLabels[actor],
        consentStates.map((state) => {
          const r = results.find((x) => x.actor === actor && x.state === state);
          return r ? cell(r) : '?';
        }),
      ),
    );
  }
}

async function main() {
  const started = performance.now();
  const fixture = await buildFixture();
  const before = await fingerprint(fixture.db);

  const { uncovered, unknown } = coverage();
  const results: { path: string; entry: AnyEntry; results: CaseResult[] }[] = [];
  const runStarted = performance.now();
  for (const [path, entry] of listedProcedures()) {
    if (unknown.includes(path)) continue;
    const done: CaseResult[] = [];
    for (const c of expandEntry(path, entry)) done.push(await runCase(fixture, entry, c));
    results.push({ path, entry, results: done });
  }
  const ran = performance.now();
  const after = await fingerprint(fixture.db);
  await fixture.close();

  const all = results.flatMap((r) => r.results);
  const unexpected = all.filter((r) => r.problems.length > 0);
  const traces = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);

  console.log('Authorization matrix (issue 4, item 8): every tRPC procedure × actor × consent to share state');
  console.log(
    'Outcomes: allowed (past access control; "(CODE)" is the domain refusal it reaches), allowed-redacted (SH-2: the',
  );
  console.log(
    'sensitive canary absent), record-missing (past access control; the record the state cannot have), not-found',
  );
  console.log('(SH-1, reveals nothing), forbidden, signed-out.');
  for (const { path, entry, results: done } of results) printProcedure(path, entry, done);

  console.log('\nSummary');
  console.log(
    `  ${routerProcedures().length} procedures in appRouter, ${results.length} in the matrix; ${actors.length} actors × ${consentStates.length} consent states; ${all.length} cases`,
  );
  const byOutcome = outcomes.map((o) => `${o} ${all.filter((r) => r.expected === o).length}`).join(' · ');
  console.log(`  expected: ${byOutcome}`);
  console.log(
    `  database: ${fixture.driver}; created and migrated in ${seconds(fixture.timings.databaseMs)}, worlds built in ${seconds(fixture.timings.worldsMs)}, ${all.length} cases run in ${seconds(ran - runStarted)}; total ${seconds(performance.now() - started)}`,
  );
  console.log(
    `  rollback: ${traces.length === 0 ? 'every case left the database as it was' : `TRACES LEFT in ${traces.join(', ')}`}`,
  );
  if (uncovered.length > 0) console.log(`  UNCOVERED procedures (no row in the matrix): ${uncovered.join(', ')}`);
  if (unknown.length > 0) console.log(`  UNKNOWN rows (no such procedure): ${unknown.join(', ')}`);
  if (unexpected.length > 0) {
    console.log(`\nUnexpected cases (${unexpected.length})`);
    for (const r of unexpected) {
      console.log(`  ${r.name}\n    ${r.problems.join('; ')} — ${r.observed.detail}`);
    }
  } else {
    console.log('  unexpected: none');
  }

  console.log(
    JSON.stringify({ procedures: routerProcedures().length, cases: all.length, unexpected: unexpected.length }),
  );
  if (unexpected.length > 0 || uncovered.length > 0 || unknown.length > 0 || traces.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
