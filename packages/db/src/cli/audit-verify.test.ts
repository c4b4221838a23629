import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client';
import { appendAuditEvent, verifyAuditChain } from '../queries/audit';
import { auditEvent } from '../schema/audit';
import { tamperWithAudit } from '../seed/test-support';
import { createTestDatabase } from '../testing';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('../..', import.meta.url));

async function appendSome(handle: DatabaseHandle, n: number) {
  for (let i = 0; i < n; i++) {
    await handle.db.transaction((tx) =>
      appendAuditEvent(tx, {
        at: new Date(Date.UTC(2026, 10, 23, 9, i)),
        actorUserId: null,
        actorRole: 'system',
        action: `test.event_${i}`,
        detail: { i, note: 'tab\there' },
      }),
    );
  }
}

/** AU-1: what an attacker holding the database would do. */
function tamper(handle: DatabaseHandle, id: number) {
  return tamperWithAudit(handle, `update audit_event set action = 'test.rewritten' where id = ${id}`);
}

describe('verifyAuditChain', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('reports an intact chain', async () => {
    await appendSome(handle, 5);
    expect(await verifyAuditChain(handle.db)).toEqual({ ok: true, events: 5 });
  });

  it('refuses the application role an update', async () => {
    await expect(
      handle.db.update(auditEvent).set({ action: 'test.rewritten' }).where(eq(auditEvent.id, 1)),
    ).rejects.toThrow();
  });

  it('finds the event the owner rewrote', async () => {
    const rows = await handle.db.select({ id: auditEvent.id }).from(auditEvent).orderBy(auditEvent.id);
    const third = rows[2]?.id ?? 0;
    await tamper(handle, third);
    expect(await verifyAuditChain(handle.db)).toEqual({
      ok: false,
      events: 3,
      brokenAtId: third,
      problem: 'event content does not match its hash',
    });
  });
});

describe('pnpm audit:verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ecaf-audit-verify-'));
  const cli = (dir: string) =>
    run(join(packageDir, 'node_modules/.bin/tsx'), ['src/cli/audit-verify.ts'], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir, INIT_CWD: packageDir },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        stdout: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints "intact" and exits 0, then names the tampered event and exits 1', async () => {
    const handle = openDatabase({ kind: 'pglite', dataDir });
    await handle.migrate();
    await appendSome(handle, 4);
    await handle.close();

    const ok = await cli(dataDir);
    expect(ok).toEqual({ code: 0, stdout: 'Audit chain intact: 4 events\n' });

    const again = openDatabase({ kind: 'pglite', dataDir });
    await again.migrate();
    await tamper(again, 2);
    await again.close();

    const broken = await cli(dataDir);
    expect(broken).toEqual({
      code: 1,
      stdout: 'Audit chain broken at event #2: event content does not match its hash (checked 2 events)\n',
    });
  });

  it('exits 1 when there is no database', async () => {
    const missing = await cli(join(dataDir, 'missing'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/No database found/);
  });
});
