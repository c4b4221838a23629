import { type ReactNode, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { ErrorSummary } from '../ErrorSummary';
import { fieldIdFor } from '../field-id';
import { collectErrors, FORM_ERROR_PATH, inPageOrder } from './collect-errors';
import { FormFieldErrors } from './FormFieldErrors';

type Props<TInput extends FieldValues, TOutput> = {
  form: UseFormReturn<TInput, unknown, TOutput>;
  /**
   * Called with the parsed values. Throw (or let a tRPC error escape) to show the problem: field
   * errors from the server appear beside their fields and in the summary; anything else becomes
   * a sentence at the top of the summary. Catch errors you want to show differently.
   */
  onSubmit: (values: TOutput) => unknown;
  /** Translates a server field path to this form's path (e.g. `child.dateOfBirth` → `dateOfBirth`). */
  serverPathToField?: (path: string) => string;
  /** The page's title: set on `document.title`, with 'Error: ' in front while there are errors. */
  pageTitle?: string;
  children: ReactNode;
  className?: string;
  id?: string;
  /**
   * Put in front of every field id this form's error summary links to (`decision` →
   * `<prefix>-decision`), for a page with several forms of the same fields. Give the fields
   * the same prefixed ids.
   */
  fieldIdPrefix?: string;
  /**
   * Shown between the error summary and the form, outside the `<form>` (another form, say, that
   * must not nest in this one). With it, the summary is rendered just before the `<form>`.
   */
  afterSummary?: ReactNode;
};

/** Problems reported with no field: shown in the summary without a link. */
function isFormLevel(path: string): boolean {
  return path === '' || path === 'form' || path.startsWith('root');
}

/**
 * A GOV.UK form on react-hook-form: `novalidate` (the schema validates), an error summary built
 * from the client's and the server's field errors that takes focus after a failed submit, and
 * the user's answers kept whatever happens (the form is never reset on error).
 */
export function Form<TInput extends FieldValues, TOutput>({
  form,
  onSubmit,
  serverPathToField = (path) => path,
  pageTitle,
  children,
  className,
  id,
  fieldIdPrefix,
  afterSummary,
}: Props<TInput, TOutput>) {
  const fieldId = (path: string) => (fieldIdPrefix ? `${fieldIdPrefix}-${fieldIdFor(path)}` : fieldIdFor(path));
  const [failedSubmits, setFailedSubmits] = useState(0);
  const { errors } = form.formState;
  const problems = collectErrors(errors);
  const hasProblems = problems.length > 0;
  usePageTitle(pageTitle, { error: hasProblems });
  const ordered =
    typeof document === 'undefined'
      ? problems
      : inPageOrder(
          problems,
          (path) => document.getElementById(fieldId(path)) ?? document.getElementById(`${fieldId(path)}-day`),
        );

  function showServerError(error: unknown) {
    const fieldErrors = error instanceof FormFieldErrors ? error.fieldErrors : appErrorOf(error)?.fieldErrors;
    let shown = false;
    for (const [serverPath, message] of Object.entries(fieldErrors ?? {})) {
      const path = serverPathToField(serverPath);
      form.setError((isFormLevel(path) ? FORM_ERROR_PATH : path) as Path<TInput>, { type: 'server', message });
      shown = true;
    }
    // No field to point at: the whole problem in one sentence at the top of the summary.
    if (!shown) form.setError(FORM_ERROR_PATH as Path<TInput>, { type: 'server', message: errorMessage(error) });
  }

  const submit = form.handleSubmit(
    async (values) => {
      try {
        await onSubmit(values);
      } catch (error) {
        showServerError(error);
        setFailedSubmits((count) => count + 1);
      }
    },
    () => setFailedSubmits((count) => count + 1),
  );

  const summary = hasProblems && (
    <ErrorSummary
      focusKey={failedSubmits}
      errors={ordered.map((problem) =>
        isFormLevel(problem.path)
          ? { text: problem.message }
          : { text: problem.message, fieldId: fieldId(problem.path) },
      )}
    />
  );
  const formElement = (
    <form noValidate onSubmit={submit} className={className} id={id}>
      {afterSummary === undefined && summary}
      {children}
    </form>
  );
  if (afterSummary === undefined) return formElement;
  return (
    <>
      {summary}
      {afterSummary}
      {formElement}
    </>
  );
}
