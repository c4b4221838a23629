import {
  type CloseEpisodeData,
  type ClosureReason,
  checkClosureReason,
  closeEpisodeInputSchema,
  type ReopenEpisodeInput,
  reopenEpisodeInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';

/** PL-3: the close form, checked with the domain's schema and rule. */
export const closeFormFields = z.object({ reason: z.string().optional(), reasonText: z.string() });

export function makeCloseFormSchema(episodeId: string) {
  const candidate = (form: z.output<typeof closeFormFields>) => ({
    episodeId,
    reason: form.reason,
    reasonText: form.reason === 'other' ? form.reasonText : '',
  });
  return closeFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const parsed = closeEpisodeInputSchema.safeParse(candidate(form));
      for (const issue of parsed.error?.issues ?? []) report(issue.path.map(String).join('.'), issue.message);
      const errors = checkClosureReason({
        reason: (form.reason as ClosureReason | undefined) ?? null,
        reasonText: form.reasonText,
      });
      for (const [path, message] of Object.entries(errors)) report(path, message);
    })
    .transform((form): CloseEpisodeData => closeEpisodeInputSchema.parse(candidate(form)));
}

/** PL-3: the reopen form: the shared schema, with the episode id added. */
export const reopenFormFields = z.object({ reason: z.string() });

export function makeReopenFormSchema(episodeId: string) {
  return reopenFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const parsed = reopenEpisodeInputSchema.safeParse({ episodeId, reason: form.reason });
      for (const issue of parsed.error?.issues ?? []) report(issue.path.map(String).join('.'), issue.message);
    })
    .transform((form): ReopenEpisodeInput => reopenEpisodeInputSchema.parse({ episodeId, reason: form.reason }));
}
