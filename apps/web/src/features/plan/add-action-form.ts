import {
  type AddPlanActionData,
  addPlanActionInputSchema,
  type DateParts,
  dateParts,
  datePartsError,
  partsToIsoDate,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';
import type { PlanView } from './plan-data';
import { attendeeValue } from './review-form';

/** PL-1: a new action for the plan, checked with the shared schema; the owner is one of the team or family. */
export const addActionFormFields = z.object({
  need: z.string(),
  action: z.string(),
  desiredOutcome: z.string(),
  owner: z.string().optional(),
  dueOn: dateParts,
});
export type AddActionFormValues = z.input<typeof addActionFormFields>;

export const emptyAddActionForm = (): AddActionFormValues => ({
  need: '',
  action: '',
  desiredOutcome: '',
  owner: undefined,
  dueOn: { day: '', month: '', year: '' },
});

function ownerFor(view: PlanView, value: string | undefined) {
  const option = view.attendeeOptions.find((o) => attendeeValue(o) === value);
  if (!option) return undefined;
  return option.kind === 'child'
    ? { kind: 'child', name: option.name }
    : { kind: option.kind, id: option.id, name: option.name };
}

function isoDateFor(parts: DateParts): string {
  return partsToIsoDate(parts) ?? (datePartsError(parts, 'The due date') === null ? '' : 'invalid');
}

export function makeAddActionFormSchema(view: PlanView) {
  const candidate = (form: z.output<typeof addActionFormFields>) => ({
    episodeId: view.episode.id,
    need: form.need,
    action: form.action,
    desiredOutcome: form.desiredOutcome,
    owner: ownerFor(view, form.owner),
    dueOn: isoDateFor(form.dueOn),
  });
  return addActionFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const dateProblem = datePartsError(form.dueOn, 'The due date');
      if (dateProblem) report('dueOn', dateProblem);
      const parsed = addPlanActionInputSchema.safeParse(candidate(form));
      for (const issue of parsed.error?.issues ?? []) {
        const [field = ''] = issue.path.map(String);
        report(
          field === 'episodeId' ? '' : field,
          field === 'dueOn' && form.dueOn.day === '' ? 'Enter the due date' : issue.message,
        );
      }
      if (parsed.success && parsed.data.dueOn < view.today)
        report('dueOn', 'The due date must be today or in the future');
    })
    .transform((form): AddPlanActionData => addPlanActionInputSchema.parse(candidate(form)));
}
