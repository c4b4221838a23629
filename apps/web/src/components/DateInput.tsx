import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx, describedBy } from './cx';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset, type LegendProps } from './Fieldset';
import { Hint } from './Hint';

export type DatePart = 'day' | 'month' | 'year';

/** Props for one part: spread `register('dateOfBirth.day')` here. */
export type DatePartProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'className' | 'type'> & {
  label?: string;
  className?: string;
};

export type DateInputProps = LegendProps & {
  /** The parts get `${id}-day`, `${id}-month`, `${id}-year`. */
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Which parts to highlight; with an error and no parts named, all parts are highlighted. */
  errorParts?: readonly DatePart[];
  /** Names default to `${namePrefix}-day` or `day` (govuk-frontend's defaults). */
  namePrefix?: string;
  day?: DatePartProps;
  month?: DatePartProps;
  year?: DatePartProps;
  /** Which parts to show (e.g. month and year only). */
  parts?: readonly DatePart[];
  className?: string;
  formGroupClassName?: string;
  fieldset?: boolean;
};

const partLabels: Record<DatePart, string> = { day: 'Day', month: 'Month', year: 'Year' };

/** GOV.UK date input: three text boxes in a fieldset, each with its own id and label. */
export function DateInput({
  id,
  hint,
  error,
  errorParts = [],
  namePrefix,
  day,
  month,
  year,
  parts = ['day', 'month', 'year'],
  className,
  formGroupClassName,
  fieldset = true,
  legend,
  legendSize,
  legendClassName,
  legendIsPageHeading,
}: DateInputProps) {
  const hintId = hint !== undefined ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const partProps: Record<DatePart, DatePartProps | undefined> = { day, month, year };

  const inner = (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className={cx('govuk-date-input', className)} id={id}>
        {parts.map((part) => {
          const { label, className: partClassName, name, inputMode = 'numeric', ...rest } = partProps[part] ?? {};
          const partId = `${id}-${part}`;
          const hasError = errorParts.length > 0 ? errorParts.includes(part) : Boolean(error);
          return (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
                  {label ?? partLabels[part]}
                </label>
                <input
                  className={cx(
                    'govuk-input',
                    'govuk-date-input__input',
                    hasError && 'govuk-input--error',
                    `govuk-input--width-${part === 'year' ? 4 : 2}`,
                    partClassName,
                  )}
                  id={partId}
                  name={name ?? (namePrefix ? `${namePrefix}-${part}` : part)}
                  type="text"
                  inputMode={inputMode}
                  {...rest}
                />
              </div>
            </div>
          );
        })}
      </div>
    </>
  );

  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      {fieldset ? (
        <Fieldset
          role="group"
          describedBy={describedBy(hintId, errorId)}
          legend={legend}
          legendSize={legendSize}
          legendClassName={legendClassName}
          legendIsPageHeading={legendIsPageHeading}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </div>
  );
}
