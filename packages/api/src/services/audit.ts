import { type AuditEventInput, appendAuditEvent, type DbOrTx } from '@ecaf/db';
import type { Context } from '../context';

type Event = Omit<AuditEventInput, 'at' | 'actorUserId' | 'actorRole' | 'ipAddress' | 'requestId'> & {
  /** Who acted, when it is not the signed-in user (sign-in itself, a failed sign-in). */
  actor?: { id: string; role: string } | null;
};

/** Writes one audit event inside the caller's transaction (AU-2, SH-5). */
export function audit(ctx: Pick<Context, 'now' | 'user' | 'request'>, tx: DbOrTx, event: Event): Promise<void> {
  const { actor = ctx.user, ...rest } = event;
  return appendAuditEvent(tx, {
    ...rest,
    at: ctx.now(),
    actorUserId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    ipAddress: ctx.request.ipAddress,
    requestId: ctx.request.requestId,
  });
}
