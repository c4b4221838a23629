import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createTestDatabase } from '../testing';
import { appendAuditEvent, verifyAuditChain } from './audit';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase();
  for (const action of ['test.first', 'test.second', 'test.third']) {
    await handle.db.transaction((tx) =>
      appendAuditEvent(tx, {
        at: new Date(),
        actorUserId: null,
        actorRole: null,
        action,
        detail: { b: 2, a: [1, 'x'] },
      }),
    );
  }
});
afterAll(async () => {
  await handle.close();
});

describe('AU-1 append-only audit', () => {
  it('links each event to the one before it', async () => {
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 3 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    await expect(handle.db.execute(sql`update audit_event set action = 'test.changed'`)).rejects.toThrow();
    await expect(handle.db.execute(sql`delete from audit_event`)).rejects.toThrow();
    await expect(handle.db.execute(sql`truncate audit_event`)).rejects.toThrow();
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 3 });
  });

  it('runs the application as a role without UPDATE or DELETE on the audit table', async () => {
    const rows = await handle.db.execute<{
      role: string;
      can_insert: boolean;
      can_update: boolean;
      can_delete: boolean;
    }>(
      sql`select current_user as role,
        has_table_privilege('audit_event', 'INSERT') as can_insert,
        has_table_privilege('audit_event', 'UPDATE') as can_update,
        has_table_privilege('audit_event', 'DELETE') as can_delete`,
    );
    const row = Array.isArray(rows) ? rows[0] : (rows as unknown as { rows: unknown[] }).rows[0];
    expect(row).toEqual({ role: 'ecaf_app', can_insert: true, can_update: false, can_delete: false });
  });

  it('keeps the chain linear when events are appended concurrently', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        handle.db.transaction((tx) =>
          appendAuditEvent(tx, { at: new Date(), actorUserId: null, actorRole: null, action: `test.concurrent.${i}` }),
        ),
      ),
    );
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 15 });
  });
});
