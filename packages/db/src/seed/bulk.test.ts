import { blockingKeys, blockingKeysVersion, bucketLimit, normaliseRecord } from '@ecaf/matching';
import { and, count, countDistinct, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { verifyAuditChain } from '../queries/audit';
import { getMatchCandidates, matchRecordOf } from '../queries/matching';
import { auditEvent } from '../schema/audit';
import { localAuthority } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { childMatchKey } from '../schema/matching';
import { createTestDatabase } from '../testing';
import { analyzeChildTables, type BulkTarget, bulkLoadChildren, copyTextLine, copyTextValue } from './bulk';
import type { PlantedDuplicate } from './planted-duplicates';
import { generateFamilies } from './synthetic-children';
import { appRoleClient, ownerClient } from './test-support';

let handle: DatabaseHandle;
let copyClient: postgres.Sql | null = null;
let owner: postgres.Sql | null = null;
let target: BulkTarget;
/** The demo authority's children (its planted duplicates included), as its seed recorded them. */
let demoChildren = 0;

beforeAll(async () => {
  handle = await createTestDatabase();
  if (handle.driver === 'postgres') {
    copyClient = await appRoleClient(handle);
    owner = await ownerClient(handle);
    target = { driver: 'postgres', db: handle.db, copyClient };
  } else {
    target = { driver: 'pglite', db: handle.db };
  }
});
afterAll(async () => {
  await copyClient?.end();
  await owner?.end();
  await handle?.close();
});

describe('bulkLoadChildren', () => {
  // Generous: each child is indexed as it is loaded (about 37 key rows a child), on a shared machine.
  it('seeds the demo authority into an empty database, then loads 2,000 children with parents', {
    timeout: 120_000,
  }, async () => {
    const progress: number[] = [];
    const result = await bulkLoadChildren(target, {
      children: 2000,
      seed: 11,
      now: new Date('2026-11-23T10:00:00Z'),
      batchSize: 700,
      onProgress: (p) => progress.push(p.children),
    });
    expect(result.demoAccounts?.length).toBeGreaterThan(0);
    expect(result.children).toBe(2000);
    expect(result.persons).toBeGreaterThan(1000);
    expect(result.links).toBeGreaterThan(result.children);
    expect(progress.at(-1)).toBe(2000);
    expect(progress.length).toBeGreaterThanOrEqual(3);

    const [authority] = await handle.db.select().from(localAuthority);
    expect(result.authorityId).toBe(authority?.id);
    const [demo] = await handle.db.select().from(auditEvent).where(eq(auditEvent.action, 'seed.demo_loaded'));
    demoChildren = (demo?.detail as { children?: number } | null)?.children ?? 0;
    expect(demoChildren).toBeGreaterThanOrEqual(50);
    const [children] = await handle.db
      .select({ n: count() })
      .from(child)
      .where(eq(child.authorityId, result.authorityId));
    expect(children?.n).toBe(demoChildren + 2000);
    const [persons] = await handle.db.select({ n: count() }).from(person);
    const [links] = await handle.db.select({ n: count() }).from(childPerson);
    expect(persons?.n).toBeGreaterThan(result.persons);
    expect(links?.n).toBeGreaterThan(result.links);
    const linked = await handle.db.select({ n: countDistinct(childPerson.childId) }).from(childPerson);
    expect(linked[0]?.n).toBe(demoChildren + 2000);
  });

  it('stores every value exactly as generated, accents and apostrophes included', async () => {
    const key = (c: Record<string, unknown>) =>
      [
        c.givenNames,
        c.familyName,
        c.sex,
        c.isUnborn,
        c.dateOfBirth,
        c.expectedDateOfDelivery,
        c.motherName,
        c.address,
        c.postcode,
        c.telephone,
        c.ethnicity,
        c.ethnicityOther,
        c.firstLanguage,
        c.parentFirstLanguage,
        c.interpreterNeeded,
        c.nhsNumber,
        c.upn,
        c.schoolName,
        c.gpPractice,
      ].join('|');
    const stored = new Set((await handle.db.select().from(child)).map(key));
    // The same seed, starting after the demo children, regenerates the load (ids aside).
    const generated = [...generateFamilies(2000, 11, { today: '2026-11-23', ordinalStart: demoChildren })];
    const missing = generated.flatMap((f) => f.children).filter((c) => !stored.has(key(c)));
    expect(missing).toEqual([]);
    const storedNames = new Set((await handle.db.select({ name: person.name }).from(person)).map((p) => p.name));
    expect(generated.flatMap((f) => f.carers).filter((p) => !storedNames.has(p.name))).toEqual([]);
    expect([...stored].some((k) => /[áéíóúčšžłńśźżąę]/.test(k) || k.includes("'"))).toBe(true);
  });

  it('records the load in the audit trail, keeping the chain intact', async () => {
    const [event] = await handle.db.select().from(auditEvent).where(eq(auditEvent.action, 'seed.bulk_loaded'));
    expect(event?.detail).toMatchObject({ children: 2000, seed: 11 });
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 2 });
  });

  it('can load the same seed again without repeating ids or NHS numbers', async () => {
    // The demo's planted duplicates repeat their originals' numbers on purpose; loads add no repeats.
    const repeats = async () => {
      const [nhs] = await handle.db
        .select({ all: count(child.nhsNumber), distinct: countDistinct(child.nhsNumber), children: count() })
        .from(child);
      const [upn] = await handle.db.select({ all: count(child.upn), distinct: countDistinct(child.upn) }).from(child);
      return {
        children: nhs?.children,
        nhs: (nhs?.all ?? 0) - (nhs?.distinct ?? 0),
        upn: (upn?.all ?? 0) - (upn?.distinct ?? 0),
      };
    };
    const before = await repeats();
    const again = await bulkLoadChildren(target, { children: 300, seed: 11, now: new Date('2026-11-23T10:05:00Z') });
    expect(again.demoAccounts).toBeNull();
    const after = await repeats();
    expect(after.children).toBe(demoChildren + 2300);
    expect(after.nhs).toBe(before.nhs);
    expect(after.upn).toBe(before.upn);
  });

  it('CH-1 indexes every loaded child under the keys the server would give its stored row', async () => {
    const [unindexed] = await handle.db
      .select({ n: count() })
      .from(child)
      .where(or(isNull(child.matchKeysVersion), ne(child.matchKeysVersion, blockingKeysVersion)));
    expect(unindexed?.n).toBe(0);
    const [keyed] = await handle.db.select({ n: countDistinct(childMatchKey.childId) }).from(childMatchKey);
    expect(keyed?.n).toBe(demoChildren + 2300);

    const sample = await handle.db.select({ id: child.id }).from(child).orderBy(child.id).limit(150);
    const rows = await getMatchCandidates(
      handle.db,
      sample.map((r) => r.id),
    );
    const stored = await handle.db.select().from(childMatchKey);
    const storedKeys = new Map<string, string[]>();
    for (const k of stored) storedKeys.set(k.childId, [...(storedKeys.get(k.childId) ?? []), k.key]);
    expect(rows).toHaveLength(150);
    for (const row of rows) {
      const expected = blockingKeys(normaliseRecord(matchRecordOf(row)));
      expect(expected.length).toBeGreaterThan(0);
      expect([...(storedKeys.get(row.id) ?? [])].sort()).toEqual([...expected].sort());
    }
    expect(new Set(stored.map((k) => k.authorityId))).toEqual(
      new Set([(await handle.db.select().from(localAuthority))[0]?.id]),
    );
  });

  it('plants duplicates on request, findable by their originals through the key table', async () => {
    const planted: PlantedDuplicate[] = [];
    const result = await bulkLoadChildren(target, {
      children: 1500,
      seed: 12,
      now: new Date('2026-11-23T10:10:00Z'),
      duplicates: { rate: 0.05, onPlanted: (p) => planted.push(p) },
    });
    expect(result.duplicates).toBe(planted.length);
    expect(planted.length).toBeGreaterThan(40);
    expect(result.children).toBe(1500 + planted.length);
    expect(result.matchKeys).toBeGreaterThan(result.children * 10);
    const ids = new Set(
      (await handle.db.select({ id: child.id }).from(child).where(eq(child.authorityId, result.authorityId))).map(
        (r) => r.id,
      ),
    );
    // Blocking recall, from the stored keys: nearly every planted duplicate shares a key with its
    // original that is rare enough to be looked up (the bucket limit of @ecaf/matching).
    const keysOf = async (childId: string) =>
      (
        await handle.db.select({ key: childMatchKey.key }).from(childMatchKey).where(eq(childMatchKey.childId, childId))
      ).map((r) => r.key);
    const bucket = async (key: string) =>
      (
        await handle.db
          .select({ n: count() })
          .from(childMatchKey)
          .where(and(eq(childMatchKey.authorityId, result.authorityId), eq(childMatchKey.key, key)))
      )[0]?.n ?? 0;
    let found = 0;
    for (const p of planted) {
      expect(ids.has(p.duplicate.id)).toBe(true);
      expect(ids.has(p.original.id)).toBe(true);
      const own = await keysOf(p.duplicate.id);
      expect([...own].sort()).toEqual([...blockingKeys(normaliseRecord(matchRecordOf(p.duplicate)))].sort());
      const theirs = new Set(await keysOf(p.original.id));
      for (const key of own.filter((k) => theirs.has(k))) {
        if ((await bucket(key)) <= bucketLimit(key)) {
          found++;
          break;
        }
      }
    }
    expect(found / planted.length).toBeGreaterThan(0.9);
    const [event] = await handle.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.action, 'seed.bulk_loaded'))
      .orderBy(sql`${auditEvent.id} desc`)
      .limit(1);
    expect(event?.detail).toMatchObject({ seed: 12, plantedDuplicates: planted.length });
  });

  it('analyses the tables as their owner', async () => {
    await analyzeChildTables(owner ? { owner } : { pglite: handle.db });
    // Back as the application role: the audit trail still refuses changes.
    await expect(handle.db.execute(sql`update audit_event set action = 'x'`)).rejects.toThrow();
  });
});

describe('COPY text format', () => {
  it('escapes backslashes, tabs and line breaks, and writes NULL and booleans', () => {
    expect(copyTextValue(null)).toBe('\\N');
    expect(copyTextValue(true)).toBe('t');
    expect(copyTextValue(false)).toBe('f');
    expect(copyTextValue("O'Brien")).toBe("O'Brien");
    expect(copyTextValue('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyTextValue('\\N')).toBe('\\\\N');
    expect(copyTextLine(['x', null, true])).toBe('x\t\\N\tt\n');
  });
});
