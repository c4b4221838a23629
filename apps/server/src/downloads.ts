import type { Context, CurrentUser } from '@ecaf/api';
import { appendAuditEvent } from '@ecaf/db';
import { AppError, appErrorCodes, can, type Permission } from '@ecaf/domain';
import { TRPCError } from '@trpc/server';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What the download routes (the assessment PDF, the right of access export) share. A plain link
 * cannot send the tRPC client header, so these reads are reached with the session cookie alone
 * and guard themselves the same way: fetch metadata, the role's permission (audited), then the
 * service's own access check.
 */

/** What a download route needs from the host: the request's context, as the /trpc route builds it. */
export type DownloadRouteDeps = {
  contextFor(request: FastifyRequest, reply: FastifyReply): Promise<Context>;
  /** Where an unexpected failure is described without its message (which may hold personal data). */
  describeError(error: unknown): Record<string, unknown>;
};

/**
 * Fetch metadata (sent by every current browser): a download that another site started, by a
 * link or a form, is refused, since the session cookie is SameSite=Lax and would go with it.
 * A link in eCAF is 'same-origin'; a typed or bookmarked address is 'none'; no header (an older
 * browser or a script) is let through to the session check.
 */
export function startedElsewhere(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return typeof site === 'string' && site !== 'same-origin' && site !== 'none';
}

export type Refused = { status: 401 } | { status: 404; mergedIntoId: string | null };

/** A service's typed refusal as a download answers it; null for anything unexpected. */
export function refusalOf(error: unknown): Refused | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (!(cause instanceof AppError)) return null;
  if (cause.code === 'NOT_SIGNED_IN' || cause.code === 'SESSION_EXPIRED') return { status: 401 };
  // A refused read is "not found", as in the API, so a link does not reveal that a record exists.
  if (cause.code === 'NOT_FOUND' || cause.code === 'FORBIDDEN') {
    const merged = (cause.details as { mergedIntoId?: unknown } | undefined)?.mergedIntoId;
    return { status: 404, mergedIntoId: typeof merged === 'string' ? merged : null };
  }
  return null;
}

export function answerText(reply: FastifyReply, status: 401 | 404 | 500, notFound: string, message?: string) {
  const text =
    message ??
    (status === 401 ? appErrorCodes.NOT_SIGNED_IN.message : status === 404 ? notFound : appErrorCodes.INTERNAL.message);
  return reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(text);
}

/** The role check the tRPC procedures make first (SH-1), audited as they audit a refusal. */
export async function hasPermissionOrAudit(
  ctx: Context & { user: CurrentUser },
  permission: Permission,
  detail: Record<string, unknown>,
): Promise<boolean> {
  if (can(ctx.user.role, permission)) return true;
  await ctx.db.transaction((tx) =>
    appendAuditEvent(tx, {
      at: ctx.now(),
      actorUserId: ctx.user.id,
      actorRole: ctx.user.role,
      action: 'access.denied',
      ipAddress: ctx.request.ipAddress,
      requestId: ctx.request.requestId,
      detail: { ...detail, permission },
    }),
  );
  return false;
}
