import { count, countDistinct, eq, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { verifyAuditChain } from '../queries/audit';
import { auditEvent } from '../schema/audit';
import { localAuthority } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { createTestDatabase } from '../testing';
import { analyzeChildTables, type BulkTarget, bulkLoadChildren, copyTextLine, copyTextValue } from './bulk';
import { generateFamilies } from './synthetic-children';
import { appRoleClient, ownerClient } from './test-support';

let handle: DatabaseHandle;
let copyClient: postgres.Sql | null = null;
let owner: postgres.Sql | null = null;
let target: BulkTarget;

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
  it('seeds the demo authority into an empty database, then loads 2,000 children with parents', async () => {
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
    const [children] = await handle.db
      .select({ n: count() })
      .from(child)
      .where(eq(child.authorityId, result.authorityId));
    expect(children?.n).toBe(2050);
    const [persons] = await handle.db.select({ n: count() }).from(person);
    const [links] = await handle.db.select({ n: count() }).from(childPerson);
    expect(persons?.n).toBeGreaterThan(result.persons);
    expect(links?.n).toBeGreaterThan(result.links);
    const linked = await handle.db.select({ n: countDistinct(childPerson.childId) }).from(childPerson);
    expect(linked[0]?.n).toBe(2050);
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
    // The same seed, starting after the 50 demo children, regenerates the load (ids aside).
    const generated = [...generateFamilies(2000, 11, { today: '2026-11-23', ordinalStart: 50 })];
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
    const again = await bulkLoadChildren(target, { children: 300, seed: 11, now: new Date('2026-11-23T10:05:00Z') });
    expect(again.demoAccounts).toBeNull();
    const [stats] = await handle.db
      .select({ all: count(child.nhsNumber), distinct: countDistinct(child.nhsNumber), children: count() })
      .from(child);
    expect(stats?.children).toBe(2350);
    expect(stats?.distinct).toBe(stats?.all);
    const [upns] = await handle.db.select({ all: count(child.upn), distinct: countDistinct(child.upn) }).from(child);
    expect(upns?.distinct).toBe(upns?.all);
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
