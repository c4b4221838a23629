import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx, describedBy } from './cx';
import { ErrorMessage } from './ErrorMessage';
import { fieldIdFor } from './field-id';
import { Hint } from './Hint';
import { Label } from './Label';
import { type FieldWidth, widthClass } from './widths';

export type InputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'prefix' | 'className'> & {
  /** Defaults to the field's name with dots replaced by hyphens. */
  id?: string;
  name: string;
  label: ReactNode;
  labelClassName?: string;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  width?: FieldWidth;
  className?: string;
  prefix?: ReactNode;
  suffix?: ReactNode;
  formGroupClassName?: string;
};

/** GOV.UK text input. Spread react-hook-form's `register('field')` into it. */
export function Input({
  id: idProp,
  name,
  label,
  labelClassName,
  labelIsPageHeading = false,
  hint,
  error,
  width,
  className,
  prefix,
  suffix,
  formGroupClassName,
  type = 'text',
  'aria-describedby': extraDescribedBy,
  ...rest
}: InputProps) {
  const id = idProp ?? fieldIdFor(name);
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const input = (
    <input
      className={cx('govuk-input', widthClass('input', width), className, error && 'govuk-input--error')}
      id={id}
      name={name}
      type={type}
      aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
      {...rest}
    />
  );
  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      <Label htmlFor={id} className={labelClassName} isPageHeading={labelIsPageHeading}>
        {label}
      </Label>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      {prefix !== undefined || suffix !== undefined ? (
        <div className="govuk-input__wrapper">
          {prefix !== undefined && (
            <div className="govuk-input__prefix" aria-hidden="true">
              {prefix}
            </div>
          )}
          {input}
          {suffix !== undefined && (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          )}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
