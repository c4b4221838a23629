import { type FieldError, get } from 'react-hook-form';

export type FormProblem = { path: string; message: string };

/** The key react-hook-form errors use for problems with the whole form. */
export const FORM_ERROR_PATH = 'root.server';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    (value.message === undefined || typeof value.message === 'string')
  );
}

/**
 * Flattens react-hook-form's nested errors into `{ path, message }` (paths like
 * `parents.0.name`), in the order the errors object holds them. `root` errors come first.
 */
export function collectErrors(errors: object): FormProblem[] {
  const problems: FormProblem[] = [];
  const rootErrors: FormProblem[] = [];
  function walk(value: unknown, path: string) {
    if (!isRecord(value)) return;
    const fieldError = isFieldError(value);
    if (fieldError) {
      if (value.message) (path.startsWith('root') ? rootErrors : problems).push({ path, message: value.message });
      // A field array can carry its own error beside its items' errors.
    }
    for (const [key, child] of Object.entries(value)) {
      // An error's own keys; elsewhere these are field names (a field called `message`, say).
      if (fieldError && (key === 'ref' || key === 'types' || key === 'message' || key === 'type')) continue;
      walk(child, path === '' ? key : `${path}.${key}`);
    }
  }
  walk(errors, '');
  return [...rootErrors, ...problems];
}

/** The error message at a path, for the `error` prop of a field. */
export function errorAt(errors: object, path: string): string | undefined {
  const error: unknown = get(errors, path);
  return isFieldError(error) && error.message ? error.message : undefined;
}

/**
 * Sorts problems into the order their fields appear on the page, so the error summary reads
 * top to bottom like the form. Problems whose field is not on the page keep their place at the end.
 */
export function inPageOrder(problems: FormProblem[], elementFor: (path: string) => Element | null): FormProblem[] {
  const withElements = problems.map((problem, index) => ({ problem, index, element: elementFor(problem.path) }));
  return withElements
    .sort((a, b) => {
      if (a.element && b.element && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      if (a.element && !b.element) return -1;
      if (!a.element && b.element) return 1;
      return a.index - b.index;
    })
    .map(({ problem }) => problem);
}
