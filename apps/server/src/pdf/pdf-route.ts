import { type Context, type CurrentUser, presentAssessmentVersion, presentedVersionOutput } from '@ecaf/api';
import { appendAuditEvent } from '@ecaf/db';
import { AppError, appErrorCodes, can } from '@ecaf/domain';
import { TRPCError } from '@trpc/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assessmentPdfFilename, renderAssessmentPdf } from './assessment-pdf';

export const ASSESSMENT_PDF_ROUTE = '/api/episodes/:episodeId/versions/:versionNumber/pdf';

const paramsSchema = z.object({
  episodeId: z.uuid(),
  versionNumber: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
});

/** What the PDF route needs from the host: the request's context, as the /trpc route builds it. */
export type PdfRouteDeps = {
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
function startedElsewhere(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  return typeof site === 'string' && site !== 'same-origin' && site !== 'none';
}

function refusal(error: unknown): 401 | 404 | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (!(cause instanceof AppError)) return null;
  if (cause.code === 'NOT_SIGNED_IN' || cause.code === 'SESSION_EXPIRED') return 401;
  // A refused read is "not found", as in the API, so a download link does not reveal that a CAF exists.
  if (cause.code === 'NOT_FOUND' || cause.code === 'FORBIDDEN') return 404;
  return null;
}

function answer(reply: FastifyReply, status: 401 | 404 | 500) {
  const message =
    status === 401
      ? appErrorCodes.NOT_SIGNED_IN.message
      : status === 404
        ? 'We could not find that assessment.'
        : appErrorCodes.INTERNAL.message;
  return reply.code(status).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send(message);
}

/** The role check the tRPC procedures make first (SH-1), audited as they audit it. */
async function mayView(ctx: Context & { user: CurrentUser }, route: string): Promise<boolean> {
  if (can(ctx.user.role, 'assessment:view')) return true;
  await ctx.db.transaction((tx) =>
    appendAuditEvent(tx, {
      at: ctx.now(),
      actorUserId: ctx.user.id,
      actorRole: ctx.user.role,
      action: 'access.denied',
      ipAddress: ctx.request.ipAddress,
      requestId: ctx.request.requestId,
      detail: { route, permission: 'assessment:view' },
    }),
  );
  return false;
}

/**
 * GET /api/episodes/:episodeId/versions/:versionNumber/pdf: one version of an assessment as a
 * PDF download (issue 3 item 8). A plain link cannot send the tRPC client header, so this read
 * is reached with the session cookie alone; the service checks access again and writes the
 * 'assessment.downloaded' audit event. 401 when signed out, 404 for anything refused.
 */
export function registerAssessmentPdfRoute(app: FastifyInstance, deps: PdfRouteDeps): void {
  app.get(ASSESSMENT_PDF_ROUTE, async (request, reply) => {
    if (startedElsewhere(request)) return answer(reply, 404);
    const params = paramsSchema.safeParse(request.params);
    try {
      const ctx = await deps.contextFor(request, reply);
      const { user } = ctx;
      if (!user) return answer(reply, 401);
      if (!params.success) return answer(reply, 404);
      const signedIn = { ...ctx, user };
      if (!(await mayView(signedIn, 'assessment.pdf'))) return answer(reply, 404);
      const presented = presentedVersionOutput.parse(await presentAssessmentVersion(signedIn, params.data, 'pdf'));
      const pdf = await renderAssessmentPdf(presented);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${assessmentPdfFilename(presented)}"`)
        .type('application/pdf')
        .send(pdf);
    } catch (error) {
      const status = refusal(error);
      if (status) return answer(reply, status);
      request.log.error({ error: deps.describeError(error) }, 'assessment PDF failed');
      return answer(reply, 500);
    }
  });
}
