import {
  type ActionStatus,
  type ClosureReason,
  checkReview,
  type DateParts,
  dateParts,
  datePartsError,
  isIsoDate,
  partsToIsoDate,
  type RecordReviewData,
  recordReviewInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import { reportOnce } from '../consent/report-once';
import type { PlanView } from './plan-data';

/**
 * PL-2: the review form's own fields (dates in parts, choices as strings) checked with the
 * domain's schema and rule, so the page and the server say the same things about the same fields.
 */

export const reviewFormFields = z.object({
  heldOn: dateParts,
  attendees: z.array(z.string()).or(z.string()).or(z.literal(false)).optional(),
  progress: z.array(z.object({ actionId: z.string(), status: z.string().optional(), note: z.string() })),
  distances: z.array(z.object({ need: z.string(), score: z.string().optional() })),
  childComments: z.string(),
  parentComments: z.string(),
  next: z.string().optional(),
  nextReviewOn: dateParts,
  closureReason: z.string().optional(),
  closureReasonText: z.string(),
});
export type ReviewFormValues = z.input<typeof reviewFormFields>;

const emptyDate = (): DateParts => ({ day: '', month: '', year: '' });

export function emptyReviewForm(view: PlanView): ReviewFormValues {
  return {
    heldOn: emptyDate(),
    attendees: [],
    progress: view.actions.filter((a) => a.open).map((a) => ({ actionId: a.id, status: undefined, note: '' })),
    distances: view.needs.map((need) => ({ need, score: undefined })),
    childComments: '',
    parentComments: '',
    next: undefined,
    nextReviewOn: emptyDate(),
    closureReason: undefined,
    closureReasonText: '',
  };
}

/** A checkbox value for an attendee option: 'user:<id>', 'person:<id>' or 'child:'. */
export function attendeeValue(option: { kind: string; id: string | null }): string {
  return `${option.kind}:${option.id ?? ''}`;
}

function isoDateFor(parts: DateParts, name: string): string {
  return partsToIsoDate(parts) ?? (datePartsError(parts, name) === null ? '' : 'invalid');
}

function candidate(form: z.output<typeof reviewFormFields>, view: PlanView) {
  const chosen = Array.isArray(form.attendees)
    ? form.attendees
    : typeof form.attendees === 'string'
      ? [form.attendees]
      : [];
  return {
    episodeId: view.episode.id,
    heldOn: isoDateFor(form.heldOn, 'The date of the review'),
    attendees: view.attendeeOptions
      .filter((o) => chosen.includes(attendeeValue(o)))
      .map((o) => ({ kind: o.kind, id: o.id, name: o.name })),
    progress: form.progress.map((p) => ({ actionId: p.actionId, status: p.status, note: p.note })),
    distances: form.distances.map((d) => ({
      need: d.need,
      score: d.score === undefined ? undefined : Number(d.score),
    })),
    childComments: form.childComments,
    parentComments: form.parentComments,
    next: form.next,
    nextReviewOn: form.next === 'next_review' ? isoDateFor(form.nextReviewOn, 'The next review date') : '',
    closureReason: form.next === 'close' ? (form.closureReason ?? null) : null,
    closureReasonText: form.next === 'close' ? form.closureReasonText : '',
  };
}

/** The server's field path as this form's: the same paths, except the parts of a date. */
export function reviewFieldFor(serverPath: string): string {
  return serverPath === 'episodeId' ? '' : serverPath;
}

export function makeReviewFormSchema(view: PlanView) {
  return reviewFormFields
    .superRefine((form, ctx) => {
      const report = reportOnce(ctx);
      const heldOnProblem = datePartsError(form.heldOn, 'The date of the review');
      if (heldOnProblem) report('heldOn', heldOnProblem);
      if (form.next === 'next_review') {
        const nextProblem = datePartsError(form.nextReviewOn, 'The next review date');
        if (nextProblem) report('nextReviewOn', nextProblem);
      }
      const c = candidate(form, view);
      const parsed = recordReviewInputSchema.safeParse(c);
      for (const issue of parsed.error?.issues ?? [])
        report(reviewFieldFor(issue.path.map(String).join('.')), issue.message);
      // The rule's problems too, on what could be read, so the summary lists everything at once.
      const loose: RecordReviewData = parsed.success
        ? parsed.data
        : {
            ...c,
            heldOn: isIsoDate(c.heldOn) ? c.heldOn : view.today,
            attendees: c.attendees.map((a) => ({ ...a, id: a.id ?? null })),
            progress: c.progress.flatMap((p) =>
              p.status === undefined ? [] : [{ actionId: p.actionId, status: p.status as ActionStatus, note: p.note }],
            ),
            distances: c.distances.flatMap((d) => (d.score === undefined ? [] : [{ need: d.need, score: d.score }])),
            next: c.next === 'close' ? 'close' : 'next_review',
            closureReason: (c.closureReason as ClosureReason | null) ?? null,
          };
      const errors = checkReview(loose, {
        today: view.today,
        reviewLimitWeeks: view.reviewLimitWeeks,
        openActions: view.actions.filter((a) => a.open),
        needs: view.needs,
      });
      for (const [path, message] of Object.entries(errors)) {
        if (form.next === undefined && ['nextReviewOn', 'closureReason', 'closureReasonText'].includes(path)) continue;
        report(path, message);
      }
    })
    .transform((form): RecordReviewData => recordReviewInputSchema.parse(candidate(form, view)));
}
