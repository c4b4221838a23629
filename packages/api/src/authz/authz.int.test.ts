import type { Database } from '@ecaf/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandMatrix, listedProcedures } from './matrix';
import { callerFor, coverage, rolledBack, runCase } from './run';
import { buildFixture, type Fixture, fingerprint } from './world';

/**
 * The authorization matrix (issue 4, item 8): every tRPC procedure × actor × consent to share
 * state, each case its own test, run through the real context factory on a transaction that is
 * rolled back. `pnpm authz:report` runs the same cases and prints the expanded table.
 */

const entries = new Map(listedProcedures());
const cases = expandMatrix();

let fixture: Fixture;
let before: Record<string, string>;

beforeAll(async () => {
  fixture = await buildFixture();
  before = await fingerprint(fixture.db);
}, 180_000);
afterAll(async () => {
  await fixture?.close();
});

describe('the matrix covers the router', () => {
  it('lists every procedure of appRouter', () => {
    expect(coverage().uncovered, 'procedures with no row in packages/api/src/authz/matrix.ts').toEqual([]);
  });
  it('lists no procedure that does not exist', () => {
    expect(coverage().unknown, 'rows for procedures appRouter does not have').toEqual([]);
  });
});

describe('authorization matrix', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const entry = entries.get(c.path);
      if (!entry) throw new Error(`no entry for ${c.path}`);
      const result = await runCase(fixture, entry, c);
      expect(result.problems, result.observed.detail).toEqual([]);
    });
  }
});

describe('each case runs in a transaction that is rolled back', () => {
  it("the services' transactions nest inside it: writes are seen, refusals undo only themselves", async () => {
    const world = fixture.worlds.active;
    const read = async (db: Database, actor: 'teamInScope' | 'assessor') =>
      (await callerFor(fixture, db, world, actor)).assessment.get({ episodeId: world.episodeId }).then(
        () => 'read',
        (error: { code?: string }) => error.code ?? 'error',
      );
    const inside = await rolledBack(fixture, async (db) => {
      const assessor = await callerFor(fixture, db, world, 'assessor');
      await assessor.sharing.removeTeamMember({ episodeId: world.episodeId, userId: fixture.accounts.teamInScope.id });
      // Refused (its savepoint writes the refusal's audit event), and the transaction goes on.
      const removed = await read(db, 'teamInScope');
      return { removed, assessorAfterRefusal: await read(db, 'assessor') };
    });
    expect(inside).toEqual({ removed: 'NOT_FOUND', assessorAfterRefusal: 'read' });
    expect(await rolledBack(fixture, (db) => read(db, 'teamInScope'))).toBe('read');
  });
});

describe('cases leave no trace', () => {
  it('every case was rolled back: the database is as the fixture built it', async () => {
    expect(await fingerprint(fixture.db)).toEqual(before);
  });
});
