import { type FieldValues, type UseFormReturn, useFormState } from 'react-hook-form';
import { errorAt } from './collect-errors';

/** `error('child.givenNames')` → that field's message, for a component's `error` prop. */
export function useFieldError<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>) {
  const { errors } = useFormState({ control: form.control });
  return (path: string) => errorAt(errors, path);
}
