import { createHash } from 'node:crypto';
import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../client';
import { auditEvent } from '../schema/audit';

export type AuditEventInput = {
  at: Date;
  actorUserId: string | null;
  actorRole: string | null;
  /** What happened, as `subject.verb`: `child.viewed`, `auth.sign_in_failed`, `episode.started`. */
  action: string;
  childId?: string | null;
  episodeId?: string | null;
  ground?: string | null;
  ipAddress?: string | null;
  requestId?: string | null;
  detail?: Record<string, unknown> | null;
};

export const GENESIS_HASH = '0'.repeat(64);

// Postgres stores jsonb with its own key order, so the hash covers a canonical form instead.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function hashAuditEvent(prevHash: string, event: AuditEventInput): string {
  const body = canonicalJson({
    prevHash,
    at: event.at.toISOString(),
    actorUserId: event.actorUserId,
    actorRole: event.actorRole,
    action: event.action,
    childId: event.childId ?? null,
    episodeId: event.episodeId ?? null,
    ground: event.ground ?? null,
    ipAddress: event.ipAddress ?? null,
    requestId: event.requestId ?? null,
    detail: event.detail ?? null,
  });
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Appends one event to the chain. Call it inside the transaction that does the audited work,
 * as late as possible: the advisory lock that keeps the chain linear is held until commit.
 */
export async function appendAuditEvent(tx: DbOrTx, event: AuditEventInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ecaf.audit_event.chain'))`);
  const [last] = await tx.select({ hash: auditEvent.hash }).from(auditEvent).orderBy(desc(auditEvent.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvent).values({
    at: event.at,
    actorUserId: event.actorUserId,
    actorRole: event.actorRole,
    action: event.action,
    childId: event.childId ?? null,
    episodeId: event.episodeId ?? null,
    ground: event.ground ?? null,
    ipAddress: event.ipAddress ?? null,
    requestId: event.requestId ?? null,
    detail: event.detail ?? null,
    prevHash,
    hash: hashAuditEvent(prevHash, event),
  });
}

export type AuditVerification =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAtId: number; problem: string };

/** AU-1: walks the whole chain in id order, a page at a time, and reports the first broken link. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let events = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvent)
      .where(gt(auditEvent.id, afterId))
      .orderBy(asc(auditEvent.id))
      .limit(pageSize);
    if (rows.length === 0) return { ok: true, events };
    for (const row of rows) {
      events += 1;
      if (row.prevHash !== prevHash) {
        return { ok: false, events, brokenAtId: row.id, problem: 'previous hash does not match the event before it' };
      }
      const expected = hashAuditEvent(prevHash, {
        ...row,
        detail: (row.detail as Record<string, unknown> | null) ?? null,
      });
      if (row.hash !== expected) {
        return { ok: false, events, brokenAtId: row.id, problem: 'event content does not match its hash' };
      }
      prevHash = row.hash;
      afterId = row.id;
    }
  }
}
