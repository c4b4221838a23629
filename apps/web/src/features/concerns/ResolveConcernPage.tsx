import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { SummaryList } from '../../components/SummaryList';
import { Textarea } from '../../components/Textarea';
import { formatTimestampAsDate } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { ConcernHeading, ConcernPageFrame, type FrameProps } from './ConcernPageFrame';
import { type ConcernsNotice, concernFieldFor, concernPaths, makeResolveFormSchema } from './concern-forms';
import type { ChildConcernView } from './concerns-data';
import { useRefreshConcerns } from './concerns-data';

const TITLE = 'Resolve a concern';

/** `/children/:childId/concerns/:concernId/resolve`: IN-2, resolved once with a reason. */
export function ResolveConcernPage() {
  const { concernId = '' } = useParams();
  return (
    <ConcernPageFrame title={TITLE}>
      {(props) => {
        const concern = props.view.concerns.find((c) => c.id === concernId);
        const problem = !concern
          ? 'We could not find that concern.'
          : concern.resolvedAt !== null
            ? 'This concern has already been resolved.'
            : !concern.canResolve
              ? 'Only the lead professional, a manager or the person who raised the concern can resolve it.'
              : null;
        return concern && problem === null ? (
          <ResolveForm {...props} concern={concern} />
        ) : (
          <>
            <ConcernHeading childName={props.childName} title={TITLE} />
            <InsetText>{problem}</InsetText>
          </>
        );
      }}
    </ConcernPageFrame>
  );
}

function ResolveForm({ childId, childName, concern }: FrameProps & { concern: ChildConcernView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshConcerns();
  const resolve = useMutation(trpc.concerns.resolve.mutationOptions());
  const schema = useMemo(() => makeResolveFormSchema(concern.id), [concern.id]);
  const form = useZodForm(schema, { defaultValues: { resolution: '' } });
  const error = useFieldError(form);
  const paths = concernPaths(childId);

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={concernFieldFor}
      onSubmit={async (input) => {
        await resolve.mutateAsync(input);
        await refresh();
        const state: ConcernsNotice = { notice: 'The concern has been resolved' };
        await navigate(paths.child, { state });
      }}
    >
      <ConcernHeading childName={childName} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Concern', value: concern.description },
              { key: 'Raised by', value: concern.raisedByName },
              { key: 'Raised on', value: formatTimestampAsDate(concern.raisedAt) },
            ]}
          />
          <Textarea
            label="How was the concern resolved?"
            labelClassName="govuk-label--s"
            hint="Say what was done and why no further action is needed. The concern and your reason stay on the record."
            rows={5}
            {...form.register('resolution')}
            error={error('resolution')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Resolve concern</Button>
            <AppLink className="govuk-link" href={paths.child}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
