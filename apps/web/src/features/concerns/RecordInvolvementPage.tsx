import { todayInLondon } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { useTRPC } from '../../lib/trpc';
import { ConcernHeading, ConcernPageFrame, type FrameProps } from './ConcernPageFrame';
import {
  type ConcernsNotice,
  concernFieldFor,
  concernPaths,
  emptyInvolvementForm,
  makeInvolvementFormSchema,
} from './concern-forms';
import { useRefreshConcerns } from './concerns-data';

const TITLE = 'Record your involvement';

/** `/children/:childId/involvement/new`: IN-1, "who else is working with this child". */
export function RecordInvolvementPage() {
  return (
    <ConcernPageFrame title={TITLE}>
      {(props) =>
        props.view.canRecordInvolvement ? (
          <InvolvementForm {...props} />
        ) : (
          <>
            <ConcernHeading childName={props.childName} title={TITLE} />
            <InsetText>Only a practitioner can record that their service is working with a child.</InsetText>
          </>
        )
      }
    </ConcernPageFrame>
  );
}

function InvolvementForm({ childId, childName, view }: FrameProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshConcerns();
  const record = useMutation(trpc.concerns.recordInvolvement.mutationOptions());
  const schema = useMemo(() => makeInvolvementFormSchema(childId, todayInLondon), [childId]);
  const form = useZodForm(schema, { defaultValues: emptyInvolvementForm() });
  const error = useFieldError(form);
  const paths = concernPaths(childId);

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={concernFieldFor}
      onSubmit={async (input) => {
        await record.mutateAsync(input);
        await refresh();
        const state: ConcernsNotice = { notice: 'Your involvement has been recorded' };
        await navigate(paths.child, { state });
      }}
    >
      <ConcernHeading childName={childName} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Other practitioners who can see {childName}&apos;s page will see that your service is working with them, and
            how to contact you.
          </p>
          <Input
            label="What is your service doing with the child?"
            labelClassName="govuk-label--s"
            hint="In a few words, for example ‘weekly mentoring’ or ‘speech and language therapy’"
            autoComplete="off"
            {...form.register('service')}
            error={error('service')}
          />
          <DateInput
            id="startedOn"
            legend="When did your involvement start?"
            legendSize="s"
            hint="For example, 27 3 2026"
            error={error('startedOn')}
            day={form.register('startedOn.day')}
            month={form.register('startedOn.month')}
            year={form.register('startedOn.year')}
          />
          {view.ownServiceIsSensitive && (
            <Checkboxes
              legend="Consent to show this involvement"
              legendSize="s"
              hint="Your service is a sensitive service. Other practitioners will only see that you are working with the child if the child or family has explicitly agreed."
              boolean
              items={[{ value: 'yes', label: 'The child or family explicitly agreed that others may see this' }]}
              {...form.register('explicitConsent')}
              error={error('explicitConsent')}
            />
          )}
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Record involvement</Button>
            <AppLink className="govuk-link" href={paths.child}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
