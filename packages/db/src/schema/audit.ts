import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * AU-1: append-only. Updates and deletes are refused by a trigger (see the migration) and,
 * on PostgreSQL, by the application role's grants. Each row carries the hash of the previous
 * row, so `pnpm audit:verify` can find the first tampered link.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    childId: uuid('child_id'),
    episodeId: uuid('episode_id'),
    /** SH-5: the ground of access (role, team membership, consent id). */
    ground: text('ground'),
    ipAddress: text('ip_address'),
    requestId: text('request_id'),
    detail: jsonb('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /**
     * Which formula `hash` was computed with (`hashAuditEvent` in queries/audit.ts): 1 for events
     * written before migration 0005 (and by any server still running older code during a deploy,
     * hence the default), 2 for events written by the `append_audit_event` function since.
     */
    hashVersion: smallint('hash_version').notNull().default(1),
  },
  (t) => [
    index('audit_event_child_idx').on(t.childId, t.at),
    index('audit_event_actor_idx').on(t.actorUserId, t.at),
    // SH-5 "who has looked at this record", newest first.
    index('audit_event_episode_idx').on(t.episodeId, t.at),
  ],
);
