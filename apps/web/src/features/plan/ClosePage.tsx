import { closureReasonLabels, closureReasons } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { makeCloseFormSchema, makeReopenFormSchema } from './closure-forms';
import { planPaths } from './paths';
import { type PlanNotice, type PlanView, usePlan, useRefreshPlan } from './plan-data';
import { PlanHeading } from './plan-words';

const CLOSE_TITLE = 'Close this CAF';
const REOPEN_TITLE = 'Reopen this CAF';

function useClosurePage(title: string) {
  const { episodeId = '' } = useParams();
  const result = usePlan(episodeId);
  usePageTitle(result.isError ? undefined : title);
  return { episodeId, result };
}

/** `/episodes/:episodeId/close`: PL-3, the lead professional or a manager closes with a reason. */
export function ClosePage() {
  const { episodeId, result } = useClosurePage(CLOSE_TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  return (
    <>
      <BackLink href={planPaths(episodeId).plan}>Back to the delivery plan</BackLink>
      {view.may.close ? (
        <CloseForm view={view} />
      ) : (
        <>
          <PlanHeading view={view} title={CLOSE_TITLE} />
          <InsetText>
            {view.episode.status === 'closed'
              ? 'This CAF is already closed.'
              : 'Only the lead professional or a manager can close this CAF.'}
          </InsetText>
        </>
      )}
    </>
  );
}

function CloseForm({ view }: { view: PlanView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshPlan();
  const close = useMutation(trpc.plan.close.mutationOptions());
  const schema = useMemo(() => makeCloseFormSchema(view.episode.id), [view.episode.id]);
  const form = useZodForm(schema, { defaultValues: { reason: undefined, reasonText: '' } });
  const error = useFieldError(form);
  const paths = planPaths(view.episode.id);
  return (
    <Form
      form={form}
      pageTitle={CLOSE_TITLE}
      onSubmit={async (input) => {
        await close.mutateAsync(input);
        await refresh();
        const state: PlanNotice = { notice: 'The CAF is closed. It can be reopened if it is needed again.' };
        await navigate(paths.plan, { state });
      }}
    >
      <PlanHeading view={view} title={CLOSE_TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A closed CAF can be read but not changed. The lead professional or a manager can reopen it, with a reason.
          </p>
          <Radios
            legend="Why is the CAF being closed?"
            legendSize="m"
            items={closureReasons.map((r) => ({
              value: r,
              label: closureReasonLabels[r],
              conditional:
                r === 'other' ? (
                  <Textarea
                    label="Reason for closing"
                    rows={3}
                    {...form.register('reasonText')}
                    error={error('reasonText')}
                  />
                ) : undefined,
            }))}
            {...form.register('reason')}
            error={error('reason')}
          />
          <ButtonGroup>
            <Button variant="warning" disabled={form.formState.isSubmitting}>
              Close the CAF
            </Button>
            <AppLink className="govuk-link" href={paths.plan}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}

/** `/episodes/:episodeId/reopen`: PL-3, reopened with a reason (refused while the child has another open CAF). */
export function ReopenPage() {
  const { episodeId, result } = useClosurePage(REOPEN_TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  return (
    <>
      <BackLink href={planPaths(episodeId).plan}>Back to the delivery plan</BackLink>
      {view.may.reopen ? (
        <ReopenForm view={view} />
      ) : (
        <>
          <PlanHeading view={view} title={REOPEN_TITLE} />
          <InsetText>
            {view.episode.status !== 'closed'
              ? 'This CAF is not closed.'
              : 'Only the lead professional or a manager can reopen this CAF.'}
          </InsetText>
        </>
      )}
    </>
  );
}

function ReopenForm({ view }: { view: PlanView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshPlan();
  const reopen = useMutation(trpc.plan.reopen.mutationOptions());
  const schema = useMemo(() => makeReopenFormSchema(view.episode.id), [view.episode.id]);
  const form = useZodForm(schema, { defaultValues: { reason: '' } });
  const error = useFieldError(form);
  const paths = planPaths(view.episode.id);
  return (
    <Form
      form={form}
      pageTitle={REOPEN_TITLE}
      onSubmit={async (input) => {
        await reopen.mutateAsync(input);
        await refresh();
        const state: PlanNotice = { notice: 'The CAF has been reopened.' };
        await navigate(paths.plan, { state });
      }}
    >
      <PlanHeading view={view} title={REOPEN_TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Textarea
            label="Why is the CAF being reopened?"
            labelClassName="govuk-label--m"
            rows={4}
            {...form.register('reason')}
            error={error('reason')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Reopen the CAF</Button>
            <AppLink className="govuk-link" href={paths.plan}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
