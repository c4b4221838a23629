import { requestToJoinInputSchema } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Panel } from '../../components/Panel';
import { Textarea } from '../../components/Textarea';
import { errorMessage } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/**
 * CF-1: instead of starting a second CAF, ask the open CAF's lead professional to join its team.
 * Shown inside the checklist's form, so it is not a form itself: the button checks the message
 * with the same schema as the server and sends it.
 */
export function AskToJoin({ childId }: { childId: string }) {
  const trpc = useTRPC();
  const ask = useMutation(trpc.team.requestToJoin.mutationOptions());
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const headingId = useId();
  if (sent) {
    return (
      <Panel title="Request sent">{`The lead professional of ${sent} has been asked to add you to the team.`}</Panel>
    );
  }
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id={headingId}>
        Ask to join the team
      </h2>
      <Textarea
        name="joinMessage"
        label="Message to the lead professional"
        hint="Say who you are and how you work with the child."
        rows={4}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
        error={problem ?? undefined}
      />
      <Button
        type="button"
        variant="secondary"
        disabled={ask.isPending}
        onClick={() => {
          const parsed = requestToJoinInputSchema.safeParse({ childId, message });
          if (!parsed.success) {
            setProblem(parsed.error.issues[0]?.message ?? 'Enter a message');
            return;
          }
          setProblem(null);
          ask.mutate(parsed.data, {
            onSuccess: (answer) => setSent(answer.reference),
            onError: (error) => setProblem(errorMessage(error)),
          });
        }}
      >
        Ask to join the team
      </Button>
    </section>
  );
}
