import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Textarea } from '../../components/Textarea';
import { useTRPC } from '../../lib/trpc';
import { makeUndoMergeFormSchema } from './duplicate-forms';
import { useRefreshAfterDecision } from './duplicates-data';

export const UNDO_ID_PREFIX = 'undo';
/** The reason field's id: the success banner after a merge links straight to it. */
export const UNDO_REASON_ID = `${UNDO_ID_PREFIX}-reason`;

type Props = {
  mergeId: string;
  survivorName: string;
  mergedName: string;
  pageTitle: string;
  /** Shown between the error summary and the form (the page's heading, say), so the summary is at the top. */
  afterSummary?: ReactNode;
  onUndone: (answer: { mergedId: string }) => unknown;
};

/**
 * CH-2 "Undo merge", with a reason: the merged record is a record of its own again, with
 * everything it held before. Used straight after a merge and from the list of recent merges.
 */
export function UndoMergeForm({ mergeId, survivorName, mergedName, pageTitle, afterSummary, onUndone }: Props) {
  const trpc = useTRPC();
  const refresh = useRefreshAfterDecision();
  const undo = useMutation(trpc.duplicates.undoMerge.mutationOptions());
  const schema = useMemo(() => makeUndoMergeFormSchema(mergeId), [mergeId]);
  const form = useZodForm(schema, { defaultValues: { reason: '' } });
  const error = useFieldError(form);
  return (
    <Form
      form={form}
      pageTitle={pageTitle}
      fieldIdPrefix={UNDO_ID_PREFIX}
      afterSummary={afterSummary}
      // Only the reason is the manager's to correct; anything else is a problem with no field.
      serverPathToField={(path) => (path === 'reason' ? 'reason' : '')}
      onSubmit={async (input) => {
        const answer = await undo.mutateAsync(input);
        await refresh();
        await onUndone(answer);
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m" id="undo-merge-heading">
            Undo this merge
          </h2>
          <p className="govuk-body">
            {mergedName}&apos;s record will be a record of its own again, with what it held before it was merged into{' '}
            {survivorName}&apos;s.
          </p>
          <Textarea
            label="Why is the merge being undone?"
            labelClassName="govuk-label--s"
            rows={3}
            {...form.register('reason')}
            id={UNDO_REASON_ID}
            error={error('reason')}
          />
          <Button variant="warning" disabled={undo.isPending}>
            Undo merge
          </Button>
        </div>
      </div>
    </Form>
  );
}
