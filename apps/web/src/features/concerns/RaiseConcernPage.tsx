import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { AppLink } from '../../components/LinkContext';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { useTRPC } from '../../lib/trpc';
import { ConcernHeading, ConcernPageFrame, type FrameProps } from './ConcernPageFrame';
import { type ConcernsNotice, concernFieldFor, concernPaths, makeRaiseFormSchema } from './concern-forms';
import { useRefreshConcerns } from './concerns-data';

const TITLE = 'Raise a concern';

/** `/children/:childId/concerns/new`: IN-2, the lead professional and managers are told. */
export function RaiseConcernPage() {
  return <ConcernPageFrame title={TITLE}>{(props) => <RaiseForm {...props} />}</ConcernPageFrame>;
}

function RaiseForm({ childId, childName }: FrameProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshConcerns();
  const raise = useMutation(trpc.concerns.raise.mutationOptions());
  const schema = useMemo(() => makeRaiseFormSchema(childId), [childId]);
  const form = useZodForm(schema, { defaultValues: { description: '' } });
  const error = useFieldError(form);
  const paths = concernPaths(childId);

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={concernFieldFor}
      onSubmit={async (input) => {
        await raise.mutateAsync(input);
        await refresh();
        const state: ConcernsNotice = {
          notice: 'Your concern has been recorded. The lead professional and managers have been told.',
        };
        await navigate(paths.child, { state });
      }}
    >
      <ConcernHeading childName={childName} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WarningText>
            If you think a child is at risk of significant harm, follow your safeguarding procedures now. If a child is
            in immediate danger, call 999.
          </WarningText>
          <p className="govuk-body">
            The lead professional of {childName}&apos;s CAF, if there is one, and the managers of your local authority
            will be told. A concern cannot be deleted: it stays on the record until it is resolved with a reason.
          </p>
          <Textarea
            label="What is your concern?"
            labelClassName="govuk-label--s"
            hint="Say what you saw or heard, when, and what you have done about it"
            rows={6}
            {...form.register('description')}
            error={error('description')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Raise concern</Button>
            <AppLink className="govuk-link" href={paths.child}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
