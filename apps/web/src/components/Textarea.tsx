import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx, describedBy } from './cx';
import { ErrorMessage } from './ErrorMessage';
import { fieldIdFor } from './field-id';
import { Hint } from './Hint';
import { Label } from './Label';

export type TextareaProps = Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'className'> & {
  id?: string;
  name: string;
  label: ReactNode;
  labelClassName?: string;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  formGroupClassName?: string;
};

/** GOV.UK textarea. Spread react-hook-form's `register('field')` into it. */
export function Textarea({
  id: idProp,
  name,
  label,
  labelClassName,
  labelIsPageHeading = false,
  hint,
  error,
  className,
  formGroupClassName,
  rows = 5,
  'aria-describedby': extraDescribedBy,
  ...rest
}: TextareaProps) {
  const id = idProp ?? fieldIdFor(name);
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <textarea
        className={cx('govuk-textarea', error && 'govuk-textarea--error', className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        {...rest}
      />
    </div>
  );
}
