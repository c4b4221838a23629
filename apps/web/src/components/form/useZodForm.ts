import { zodResolver } from '@hookform/resolvers/zod';
import { type FieldValues, type Resolver, type UseFormProps, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';

export type ZodFormSchema = z.ZodType<FieldValues, FieldValues>;

export type ZodForm<S extends ZodFormSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

/**
 * react-hook-form reports an unanswered radio group as `null`; the shared schemas mean
 * "not answered" by `undefined` (optional fields, or the field's own "Select …" message).
 */
export function nullsToUndefined(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(nullsToUndefined);
  if (typeof value === 'object' && value !== undefined && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nullsToUndefined(item)]));
  }
  return value;
}

/**
 * react-hook-form driven by a shared zod schema (from @ecaf/domain, never redeclared here).
 * GOV.UK validates when the user submits, so errors are not re-checked on every key press, and
 * focus goes to the error summary rather than the first field.
 */
export function useZodForm<S extends ZodFormSchema>(
  schema: S,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver'> = {},
): ZodForm<S> {
  // zodResolver's overloads cannot follow a generic schema type; it is the same schema's types.
  const zod = zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = (values, context, resolverOptions) =>
    zod(nullsToUndefined(values) as typeof values, context, resolverOptions);
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    ...options,
  });
}
