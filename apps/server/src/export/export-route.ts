import { type ExportFormat, exportChildRecord } from '@ecaf/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { answerText, type DownloadRouteDeps, hasPermissionOrAudit, refusalOf, startedElsewhere } from '../downloads';
import { exportFilename, renderChildRecordPdf } from './child-record-pdf';

export const CHILD_EXPORT_JSON_ROUTE = '/api/children/:childId/export.json';
export const CHILD_EXPORT_PDF_ROUTE = '/api/children/:childId/export.pdf';

const paramsSchema = z.object({ childId: z.uuid() });

export type ExportRouteDeps = DownloadRouteDeps;

const NOT_FOUND_TEXT = 'We could not find that child.';

/**
 * GET /api/children/:childId/export.json and /export.pdf: the right of access export (issue 4
 * item 7, UK GDPR Art. 15), everything held about one child. Reached by a plain link with the
 * session cookie alone, like the assessment PDF. Managers of the child's authority only; the
 * service checks again and writes the 'child.exported' audit event in the transaction that reads.
 * 401 when signed out, 404 for anything refused (a merged record names the one it was merged into).
 */
export function registerChildRecordExportRoutes(app: FastifyInstance, deps: ExportRouteDeps): void {
  const route = (format: ExportFormat) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (startedElsewhere(request)) return answerText(reply, 404, NOT_FOUND_TEXT);
    const params = paramsSchema.safeParse(request.params);
    try {
      const ctx = await deps.contextFor(request, reply);
      const { user } = ctx;
      if (!user) return answerText(reply, 401, NOT_FOUND_TEXT);
      if (!params.success) return answerText(reply, 404, NOT_FOUND_TEXT);
      const signedIn = { ...ctx, user };
      const input = { childId: params.data.childId, format };
      const permitted = await hasPermissionOrAudit(signedIn, 'child-record:export', {
        route: 'child.export',
        format,
        // The id asked for, unchecked: kept in the detail, not as the event's child.
        requestedChildId: input.childId,
      });
      if (!permitted) return answerText(reply, 404, NOT_FOUND_TEXT);
      const record = await exportChildRecord(signedIn, input);
      const body = format === 'pdf' ? await renderChildRecordPdf(record) : `${JSON.stringify(record, null, 2)}\n`;
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${exportFilename(record, format)}"`)
        .type(format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8')
        .send(body);
    } catch (error) {
      const refused = refusalOf(error);
      if (refused?.status === 401) return answerText(reply, 401, NOT_FOUND_TEXT);
      if (refused?.status === 404) {
        return refused.mergedIntoId
          ? answerText(
              reply,
              404,
              NOT_FOUND_TEXT,
              `This record was merged into another. Export that record instead: /api/children/${refused.mergedIntoId}/export.${format}`,
            )
          : answerText(reply, 404, NOT_FOUND_TEXT);
      }
      request.log.error({ error: deps.describeError(error) }, 'right of access export failed');
      return answerText(reply, 500, NOT_FOUND_TEXT);
    }
  };
  app.get(CHILD_EXPORT_JSON_ROUTE, route('json'));
  app.get(CHILD_EXPORT_PDF_ROUTE, route('pdf'));
}
