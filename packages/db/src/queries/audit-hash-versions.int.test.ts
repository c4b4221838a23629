import { asc, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { auditEvent } from '../schema/audit';
import { tamperWithAudit } from '../seed/test-support';
import { createTestDatabase } from '../testing';
import { type AuditEventInput, appendAuditEvent, GENESIS_HASH, hashAuditEvent, verifyAuditChain } from './audit';

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await createTestDatabase();
});
afterEach(async () => {
  await handle.close();
});

const event = (i: number): AuditEventInput => ({
  at: new Date(Date.UTC(2026, 0, 5, 9, i, 0, 123)),
  actorUserId: null,
  actorRole: 'system',
  action: `test.event_${i}`,
  requestId: `req-${i}`,
  detail: { i, note: 'Zoë’s “views”\ttab', nested: { b: [1, 'x', null], a: true } },
});

/** An event as code before migration 0005 wrote it: hashed in Node by formula 1, no hash_version. */
async function appendVersion1(e: AuditEventInput) {
  const [last] = await handle.db
    .select({ hash: auditEvent.hash })
    .from(auditEvent)
    .orderBy(sql`${auditEvent.id} desc`)
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = hashAuditEvent(prevHash, e, 1);
  if (!hash) throw new Error('no formula 1');
  await handle.db.insert(auditEvent).values({ ...e, prevHash, hash });
}

/** As the owner with the append-only trigger off: what someone with the database could do. */
function tamper(statement: string) {
  return tamperWithAudit(handle, statement);
}

const rows = () => handle.db.select().from(auditEvent).orderBy(asc(auditEvent.id));

describe('AU-1 hash versions (migration 0005)', () => {
  it('verifies a chain whose older events were hashed by formula 1 and newer ones in SQL by formula 2', async () => {
    await appendVersion1(event(0));
    await appendVersion1(event(1));
    for (const i of [2, 3]) await handle.db.transaction((tx) => appendAuditEvent(tx, event(i)));

    const stored = await rows();
    expect(stored.map((r) => r.hashVersion)).toEqual([1, 1, 2, 2]);
    expect(stored[2]?.prevHash).toBe(stored[1]?.hash);
    // The database's sha256 agrees with Node's, accents, curly quotes and tabs included.
    expect(stored[3]?.hash).toBe(hashAuditEvent(stored[2]?.hash ?? '', event(3), 2));
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 4 });
  });

  it('finds a rewritten event of either version', async () => {
    await appendVersion1(event(0));
    await handle.db.transaction((tx) => appendAuditEvent(tx, event(1)));
    const [first, second] = await rows();
    await tamper(`update audit_event set action = 'test.rewritten' where id = ${second?.id}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenAtId: second?.id });
    await tamper(`update audit_event set request_id = 'forged' where id = ${first?.id}`);
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: false,
      events: 1,
      brokenAtId: first?.id,
      problem: 'event content does not match its hash',
    });
  });

  it('finds an event relabelled with another formula', async () => {
    await handle.db.transaction((tx) => appendAuditEvent(tx, event(0)));
    const [first] = await rows();
    await tamper(`update audit_event set hash_version = 1 where id = ${first?.id}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, brokenAtId: first?.id });
    await tamper(`update audit_event set hash_version = 9 where id = ${first?.id}`);
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: false, problem: 'unknown hash version 9' });
  });

  it('lets the application role call the append function but not change what it wrote', async () => {
    await handle.db.transaction((tx) => appendAuditEvent(tx, event(0)));
    await expect(handle.db.execute(sql`update audit_event set action = 'test.changed'`)).rejects.toThrow();
    const result: unknown = await handle.db.execute(
      sql`select current_user as role, has_function_privilege('append_audit_event(timestamptz, uuid, text, text, uuid, uuid, text, text, text, jsonb, text)', 'EXECUTE') as can_append`,
    );
    const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as unknown[];
    expect(row).toEqual({ role: 'ecaf_app', can_append: true });
  });
});
