import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { DateInput } from '../../components/DateInput';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { emptyAddActionForm, makeAddActionFormSchema } from './add-action-form';
import { planPaths } from './paths';
import { type PlanNotice, type PlanView, usePlan, useRefreshPlan } from './plan-data';
import { PlanHeading } from './plan-words';
import { attendeeValue } from './review-form';

const TITLE = 'Add an action';

/** `/episodes/:episodeId/plan/actions/new`: PL-1, LP-4, the lead professional adds an action. */
export function AddActionPage() {
  const { episodeId = '' } = useParams();
  const result = usePlan(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  return (
    <>
      <BackLink href={planPaths(episodeId).plan}>Back to the delivery plan</BackLink>
      {view.may.coordinate ? (
        <AddActionForm view={view} />
      ) : (
        <>
          <PlanHeading view={view} title={TITLE} />
          <InsetText>
            {view.episode.status === 'closed'
              ? 'This CAF is closed and can only be read.'
              : 'Only the lead professional can add actions to the plan.'}
          </InsetText>
        </>
      )}
    </>
  );
}

function AddActionForm({ view }: { view: PlanView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshPlan();
  const add = useMutation(trpc.plan.addAction.mutationOptions());
  const schema = useMemo(() => makeAddActionFormSchema(view), [view]);
  const form = useZodForm(schema, { defaultValues: emptyAddActionForm() });
  const error = useFieldError(form);
  const paths = planPaths(view.episode.id);
  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (input) => {
        await add.mutateAsync(input);
        await refresh();
        const state: PlanNotice = { notice: 'Action added to the plan.' };
        await navigate(paths.plan, { state });
      }}
    >
      <PlanHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Input
            label="Need it addresses"
            labelClassName="govuk-label--s"
            hint={view.needs.length > 0 ? `Needs in the plan: ${view.needs.join(', ')}` : undefined}
            {...form.register('need')}
            error={error('need')}
          />
          <Textarea
            label="Action"
            labelClassName="govuk-label--s"
            rows={3}
            {...form.register('action')}
            error={error('action')}
          />
          <Textarea
            label="Desired outcome"
            labelClassName="govuk-label--s"
            rows={2}
            {...form.register('desiredOutcome')}
            error={error('desiredOutcome')}
          />
          <Radios
            legend="Who is responsible?"
            legendSize="s"
            items={view.attendeeOptions.map((o) => ({
              value: attendeeValue(o),
              label: o.name,
              hint: o.detail || undefined,
            }))}
            {...form.register('owner')}
            error={error('owner')}
          />
          <DateInput
            id="dueOn"
            legend="By when?"
            legendSize="s"
            error={error('dueOn')}
            day={form.register('dueOn.day')}
            month={form.register('dueOn.month')}
            year={form.register('dueOn.year')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Add the action</Button>
            <AppLink className="govuk-link" href={paths.plan}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
