import { actionProgressFormSchema, actionStatuses, actionStatusLabels, formatDate } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
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
import { SummaryList } from '../../components/SummaryList';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { planPaths } from './paths';
import { type PlanActionView, type PlanNotice, type PlanView, usePlan, useRefreshPlan } from './plan-data';
import { ActionStatusTag, PlanHeading } from './plan-words';

const TITLE = 'Update an action';

/** `/episodes/:episodeId/plan/actions/:actionId`: LP-4, the owner (or the lead professional) records progress. */
export function UpdateActionPage() {
  const { episodeId = '', actionId = '' } = useParams();
  const result = usePlan(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const action = view.actions.find((a) => a.id === actionId);
  const paths = planPaths(episodeId);
  return (
    <>
      <BackLink href={paths.plan}>Back to the delivery plan</BackLink>
      {!action ? (
        <>
          <PlanHeading view={view} title={TITLE} />
          <p className="govuk-body">We could not find that action in this plan.</p>
        </>
      ) : action.mayUpdate ? (
        <UpdateForm view={view} action={action} />
      ) : (
        <>
          <PlanHeading view={view} title={TITLE} />
          <InsetText>
            {view.episode.status === 'closed'
              ? 'This CAF is closed and can only be read.'
              : 'Only the owner of this action or the lead professional can update it.'}
          </InsetText>
        </>
      )}
    </>
  );
}

function UpdateForm({ view, action }: { view: PlanView; action: PlanActionView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshPlan();
  const update = useMutation(trpc.plan.updateAction.mutationOptions());
  const form = useZodForm(actionProgressFormSchema, { defaultValues: { status: action.status, note: '' } });
  const error = useFieldError(form);
  const paths = planPaths(view.episode.id);
  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (values) => {
        await update.mutateAsync({
          episodeId: view.episode.id,
          actionId: action.id,
          baseRevision: action.revision,
          ...values,
        });
        await refresh();
        const state: PlanNotice = { notice: 'Progress on the action recorded.' };
        await navigate(paths.plan, { state });
      }}
    >
      <PlanHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Need', value: action.need },
              { key: 'Action', value: action.action },
              { key: 'Desired outcome', value: action.desiredOutcome || 'Not recorded' },
              { key: 'Who', value: action.owner.name },
              { key: 'By when', value: formatDate(action.dueOn) },
              { key: 'Status now', value: <ActionStatusTag status={action.status} /> },
            ]}
          />
          {action.notes.length > 0 && (
            <>
              <h2 className="govuk-heading-s">Progress so far</h2>
              <ul className="govuk-list">
                {action.notes.map((n) => (
                  <li key={`${n.writtenAt}-${n.note}`}>
                    {formatDate(n.writtenAt.slice(0, 10))}, {n.writtenBy}: {n.note}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Radios
            legend="What is the status of this action?"
            legendSize="s"
            items={actionStatuses.map((s) => ({ value: s, label: actionStatusLabels[s] }))}
            {...form.register('status')}
            error={error('status')}
          />
          <Textarea
            label="Progress note"
            labelClassName="govuk-label--s"
            hint="What has happened since the last update"
            rows={4}
            {...form.register('note')}
            error={error('note')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Save progress</Button>
            <AppLink className="govuk-link" href={paths.plan}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
