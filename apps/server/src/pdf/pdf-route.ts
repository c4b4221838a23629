import { presentAssessmentVersion, presentedVersionOutput } from '@ecaf/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { answerText, type DownloadRouteDeps, hasPermissionOrAudit, refusalOf, startedElsewhere } from '../downloads';
import { assessmentPdfFilename, renderAssessmentPdf } from './assessment-pdf';

export const ASSESSMENT_PDF_ROUTE = '/api/episodes/:episodeId/versions/:versionNumber/pdf';

const paramsSchema = z.object({
  episodeId: z.uuid(),
  versionNumber: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number),
});

export type PdfRouteDeps = DownloadRouteDeps;

const NOT_FOUND_TEXT = 'We could not find that assessment.';

/**
 * GET /api/episodes/:episodeId/versions/:versionNumber/pdf: one version of an assessment as a
 * PDF download (issue 3 item 8). A plain link cannot send the tRPC client header, so this read
 * is reached with the session cookie alone; the service checks access again and writes the
 * 'assessment.downloaded' audit event. 401 when signed out, 404 for anything refused.
 */
export function registerAssessmentPdfRoute(app: FastifyInstance, deps: PdfRouteDeps): void {
  app.get(ASSESSMENT_PDF_ROUTE, async (request, reply) => {
    if (startedElsewhere(request)) return answerText(reply, 404, NOT_FOUND_TEXT);
    const params = paramsSchema.safeParse(request.params);
    try {
      const ctx = await deps.contextFor(request, reply);
      const { user } = ctx;
      if (!user) return answerText(reply, 401, NOT_FOUND_TEXT);
      if (!params.success) return answerText(reply, 404, NOT_FOUND_TEXT);
      const signedIn = { ...ctx, user };
      if (!(await hasPermissionOrAudit(signedIn, 'assessment:view', { route: 'assessment.pdf' }))) {
        return answerText(reply, 404, NOT_FOUND_TEXT);
      }
      const presented = presentedVersionOutput.parse(await presentAssessmentVersion(signedIn, params.data, 'pdf'));
      const pdf = await renderAssessmentPdf(presented);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${assessmentPdfFilename(presented)}"`)
        .type('application/pdf')
        .send(pdf);
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) return answerText(reply, refused.status, NOT_FOUND_TEXT);
      request.log.error({ error: deps.describeError(error) }, 'assessment PDF failed');
      return answerText(reply, 500, NOT_FOUND_TEXT);
    }
  });
}
