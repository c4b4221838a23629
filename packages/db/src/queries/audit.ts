import { createHash } from 'node:crypto';
import { asc, gt, sql } from 'drizzle-orm';
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

/** What the hash covers: every column a reader relies on, apart from the chain's own link. */
function hashedFields(event: AuditEventInput) {
  return {
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
  };
}

/** The formula `append_audit_event` (migration 0005) applies in SQL. */
export const CURRENT_HASH_VERSION = 2;

/**
 * An event's hash by the formula of `hashVersion` (the row's `hash_version`), or null for a
 * version this code does not know:
 * 1, events written before migration 0005: sha256 of the canonical JSON with `prevHash` inside;
 * 2, since: sha256 of `prevHash` followed by the canonical JSON without it (the database
 *    prepends the previous hash, so the event is linked in the statement that inserts it).
 */
export function hashAuditEvent(
  prevHash: string,
  event: AuditEventInput,
  hashVersion: number = CURRENT_HASH_VERSION,
): string | null {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  if (hashVersion === 2) return sha256(prevHash + canonicalJson(hashedFields(event)));
  if (hashVersion === 1) return sha256(canonicalJson({ prevHash, ...hashedFields(event) }));
  return null;
}

/**
 * Appends one event to the chain, in one round trip (`append_audit_event`, migration 0005: lock,
 * read the last hash, insert with the hash computed in SQL). Call it inside the transaction that
 * does the audited work, as late as possible: the advisory lock that keeps the chain linear is
 * held until commit.
 */
export async function appendAuditEvent(tx: DbOrTx, event: AuditEventInput): Promise<void> {
  const detail = event.detail ?? null;
  await tx.execute(sql`select append_audit_event(
    ${event.at.toISOString()}::timestamptz, ${event.actorUserId}::uuid, ${event.actorRole}::text, ${event.action}::text,
    ${event.childId ?? null}::uuid, ${event.episodeId ?? null}::uuid, ${event.ground ?? null}::text,
    ${event.ipAddress ?? null}::text, ${event.requestId ?? null}::text,
    ${detail === null ? null : JSON.stringify(detail)}::jsonb, ${canonicalJson(hashedFields(event))}::text)`);
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
      const expected = hashAuditEvent(
        prevHash,
        { ...row, detail: (row.detail as Record<string, unknown> | null) ?? null },
        row.hashVersion,
      );
      if (expected === null) {
        return { ok: false, events, brokenAtId: row.id, problem: `unknown hash version ${row.hashVersion}` };
      }
      if (row.hash !== expected) {
        return { ok: false, events, brokenAtId: row.id, problem: 'event content does not match its hash' };
      }
      prevHash = row.hash;
      afterId = row.id;
    }
  }
}
