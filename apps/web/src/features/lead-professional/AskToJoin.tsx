import { requestToJoinInputSchema } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Textarea } from '../../components/Textarea';
import { useTRPC } from '../../lib/trpc';

const ID_PREFIX = 'join';

/**
 * CF-1: instead of starting a second CAF, ask the open CAF's lead professional to join its team.
 * A form of its own (never inside the checklist's form), checked with the same schema as the
 * server: an error summary and the message's inline error on a failed submit, a success banner
 * once sent.
 */
export function AskToJoin({ childId, pageTitle }: { childId: string; pageTitle?: string }) {
  const trpc = useTRPC();
  const ask = useMutation(trpc.team.requestToJoin.mutationOptions());
  const form = useZodForm(requestToJoinInputSchema, { defaultValues: { childId, message: '' } });
  const error = useFieldError(form);
  const [sent, setSent] = useState<string | null>(null);
  const headingId = useId();
  if (sent) {
    return (
      <NotificationBanner
        type="success"
        title="Request sent"
        text={`The lead professional of ${sent} has been asked to add you to the team.`}
      />
    );
  }
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id={headingId}>
        Ask to join the team
      </h2>
      <Form
        form={form}
        // The page's title is the checklist's (already 'Error: …'): set it only for this form's errors.
        pageTitle={Object.keys(form.formState.errors).length > 0 ? pageTitle : undefined}
        fieldIdPrefix={ID_PREFIX}
        // Only the message is the user's to correct; anything else is a problem with no field.
        serverPathToField={(path) => (path === 'message' ? 'message' : '')}
        onSubmit={async (values) => {
          const answer = await ask.mutateAsync(values);
          setSent(answer.reference);
        }}
      >
        <Textarea
          label="Message to the lead professional"
          hint="Say who you are and how you work with the child."
          rows={4}
          {...form.register('message')}
          id={`${ID_PREFIX}-message`}
          error={error('message')}
        />
        <Button variant="secondary" disabled={ask.isPending}>
          Ask to join the team
        </Button>
      </Form>
    </section>
  );
}
