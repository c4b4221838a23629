import { actionStatuses, actionStatusLabels, closureReasonLabels, closureReasons, formatDate } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { planPaths } from './paths';
import { type PlanNotice, type PlanView, usePlan, useRefreshPlan } from './plan-data';
import { PlanHeading } from './plan-words';
import { attendeeValue, emptyReviewForm, makeReviewFormSchema, reviewFieldFor } from './review-form';

const TITLE = 'Record a review';
const scores = Array.from({ length: 11 }, (_, i) => String(i));

/** `/episodes/:episodeId/reviews/new`: PL-2, everything a review records, in one form. */
export function RecordReviewPage() {
  const { episodeId = '' } = useParams();
  const result = usePlan(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  return (
    <>
      <BackLink href={planPaths(episodeId).plan}>Back to the delivery plan</BackLink>
      {view.may.recordReview ? (
        <ReviewForm view={view} />
      ) : (
        <>
          <PlanHeading view={view} title={TITLE} />
          <InsetText>
            {view.episode.status === 'closed'
              ? 'This CAF is closed and can only be read.'
              : view.episode.status === 'draft'
                ? 'A review can be recorded once the assessment is completed.'
                : 'Only the lead professional can record a review.'}
          </InsetText>
        </>
      )}
    </>
  );
}

function ReviewForm({ view }: { view: PlanView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshPlan();
  const record = useMutation(trpc.plan.recordReview.mutationOptions());
  const schema = useMemo(() => makeReviewFormSchema(view), [view]);
  const form = useZodForm(schema, { defaultValues: emptyReviewForm(view) });
  const error = useFieldError(form);
  const paths = planPaths(view.episode.id);
  const openActions = view.actions.filter((a) => a.open);
  const next = form.watch('next');

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={reviewFieldFor}
      onSubmit={async (input) => {
        const done = await record.mutateAsync(input);
        await refresh();
        const state: PlanNotice = {
          notice: done.closed
            ? `Review ${done.number} recorded. The CAF is closed.`
            : `Review ${done.number} recorded. Version ${done.startedVersionNumber ?? ''} of the assessment has been started.`,
        };
        await navigate(paths.reviews, { state });
      }}
    >
      <PlanHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <DateInput
            id="heldOn"
            legend="When was the review held?"
            legendSize="m"
            hint={`For example, ${formatDate(view.today)}`}
            error={error('heldOn')}
            day={form.register('heldOn.day')}
            month={form.register('heldOn.month')}
            year={form.register('heldOn.year')}
          />
          <Checkboxes
            legend="Who attended?"
            legendSize="m"
            hint="Select everyone who took part"
            items={view.attendeeOptions.map((o) => ({
              value: attendeeValue(o),
              label: o.name,
              hint: o.detail || undefined,
            }))}
            {...form.register('attendees')}
            error={error('attendees')}
          />

          <h2 className="govuk-heading-m">Progress on each action</h2>
          {openActions.length === 0 && <p className="govuk-body">There are no open actions.</p>}
          {openActions.map((action, i) => (
            <div key={action.id}>
              <Radios
                legend={`${action.action} (${action.owner.name}, due ${formatDate(action.dueOn)})`}
                legendSize="s"
                hint={`Need: ${action.need}`}
                small
                items={actionStatuses.map((s) => ({ value: s, label: actionStatusLabels[s] }))}
                {...form.register(`progress.${i}.status`)}
                error={error(`progress.${i}.status`)}
              />
              <Textarea
                label={
                  <>
                    Comment on progress<span className="govuk-visually-hidden"> for {action.action}</span>
                  </>
                }
                rows={2}
                {...form.register(`progress.${i}.note`)}
                error={error(`progress.${i}.note`)}
              />
            </div>
          ))}

          <h2 className="govuk-heading-m">Distance travelled</h2>
          <p className="govuk-body">For each need, 0 means the need is not met at all and 10 means it is fully met.</p>
          {view.needs.map((need, i) => (
            <Radios
              key={need}
              legend={`How well is this need met now: ${need}?`}
              legendSize="s"
              inline
              small
              items={scores.map((score) => ({ value: score, label: score }))}
              {...form.register(`distances.${i}.score`)}
              error={error(`distances.${i}.score`)}
            />
          ))}

          <h2 className="govuk-heading-m">Comments</h2>
          <Textarea
            label="The child's comments"
            labelClassName="govuk-label--s"
            hint="Or why they could not be obtained"
            rows={3}
            {...form.register('childComments')}
            error={error('childComments')}
          />
          <Textarea
            label="The parent's or carer's comments"
            labelClassName="govuk-label--s"
            hint="Or why they could not be obtained"
            rows={3}
            {...form.register('parentComments')}
            error={error('parentComments')}
          />

          <Radios
            legend="What happens next?"
            legendSize="m"
            value={next}
            items={[
              {
                value: 'next_review',
                label: 'Set the next review date',
                hint: `Within ${view.reviewLimitWeeks} weeks of this review. A new version of the assessment is started.`,
                conditional: (
                  <DateInput
                    id="nextReviewOn"
                    legend="Date of the next review"
                    legendSize="s"
                    error={error('nextReviewOn')}
                    day={form.register('nextReviewOn.day')}
                    month={form.register('nextReviewOn.month')}
                    year={form.register('nextReviewOn.year')}
                  />
                ),
              },
              {
                value: 'close',
                label: 'Close the CAF',
                conditional: (
                  <Radios
                    legend="Why is the CAF being closed?"
                    legendSize="s"
                    items={closureReasons.map((r) => ({
                      value: r,
                      label: closureReasonLabels[r],
                      conditional:
                        r === 'other' ? (
                          <Textarea
                            label="Reason for closing"
                            rows={2}
                            {...form.register('closureReasonText')}
                            error={error('closureReasonText')}
                          />
                        ) : undefined,
                    }))}
                    {...form.register('closureReason')}
                    error={error('closureReason')}
                  />
                ),
              },
            ]}
            {...form.register('next')}
            error={error('next')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Record the review</Button>
            <AppLink className="govuk-link" href={paths.plan}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
