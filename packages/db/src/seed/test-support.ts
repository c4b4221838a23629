import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { APP_ROLE, type DatabaseHandle } from '../client';

/**
 * Tests only: the URL of the PostgreSQL database behind a handle from createTestDatabase(), so a
 * test can open raw postgres.js clients of its own (COPY, or the owner for tampering).
 */
export async function testDatabaseUrl(handle: DatabaseHandle): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (handle.driver !== 'postgres' || !serverUrl) throw new Error('Not a PostgreSQL test database');
  const result: unknown = await handle.db.execute(sql`select current_database() as name`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { name?: string }[];
  const name = rows[0]?.name;
  if (!name) throw new Error('No current database');
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A raw client as the application role, as `pnpm db:seed` opens for COPY. */
export async function appRoleClient(handle: DatabaseHandle): Promise<postgres.Sql> {
  return postgres(await testDatabaseUrl(handle), { max: 3, onnotice: () => {}, connection: { role: APP_ROLE } });
}

/** A raw client as the owner (the server's superuser in tests). */
export async function ownerClient(handle: DatabaseHandle): Promise<postgres.Sql> {
  return postgres(await testDatabaseUrl(handle), { max: 1, onnotice: () => {} });
}

/**
 * AU-1 tampering: runs a statement against audit_event as the owner with the append-only
 * trigger off, as an attacker holding the database could. PGlite has one connection, so it
 * switches that connection to the owner and back.
 */
export async function tamperWithAudit(handle: DatabaseHandle, statement: string): Promise<void> {
  if (handle.driver === 'postgres') {
    const owner = await ownerClient(handle);
    try {
      await owner.unsafe('alter table audit_event disable trigger audit_event_no_update_or_delete');
      await owner.unsafe(statement);
      await owner.unsafe('alter table audit_event enable trigger audit_event_no_update_or_delete');
    } finally {
      await owner.end();
    }
    return;
  }
  await handle.db.execute(sql`set role postgres`);
  await handle.db.execute(sql`alter table audit_event disable trigger audit_event_no_update_or_delete`);
  await handle.db.execute(sql.raw(statement));
  await handle.db.execute(sql`alter table audit_event enable trigger audit_event_no_update_or_delete`);
  await handle.db.execute(sql.raw(`set role ${APP_ROLE}`));
}
