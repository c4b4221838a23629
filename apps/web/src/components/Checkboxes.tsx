import {
  type ChangeEvent,
  Fragment,
  type FocusEvent as ReactFocusEvent,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { type ChoiceItem, choiceItemId } from './choice-items';
import { cx, describedBy } from './cx';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset, type LegendProps } from './Fieldset';
import { fieldIdFor } from './field-id';
import { Hint } from './Hint';

export type CheckboxesProps = LegendProps & {
  name: string;
  items: ChoiceItem[];
  idPrefix?: string;
  hint?: ReactNode;
  error?: string | undefined;
  small?: boolean;
  className?: string;
  formGroupClassName?: string;
  fieldset?: boolean;
  /** The checked values, when the page watches them; otherwise read from the checkboxes. */
  values?: readonly string[] | undefined;
  defaultValues?: readonly string[];
  /**
   * A single checkbox that means true/false (react-hook-form gives a boolean when the input has
   * no value attribute). The one item's `value` is then ignored.
   */
  boolean?: boolean;
  disabled?: boolean;
  onChange?: (event: ChangeEvent<HTMLInputElement>) => unknown;
  onBlur?: (event: ReactFocusEvent<HTMLInputElement>) => unknown;
  ref?: Ref<HTMLInputElement>;
  required?: boolean;
};

/** GOV.UK checkboxes with conditional reveal done in React. Spread `register('field')` into it. */
export function Checkboxes({
  name,
  items,
  idPrefix: idPrefixProp,
  hint,
  error,
  small = false,
  className,
  formGroupClassName,
  fieldset = true,
  values,
  defaultValues,
  boolean = false,
  disabled,
  onChange,
  onBlur,
  ref,
  required,
  legend,
  legendSize,
  legendClassName,
  legendIsPageHeading,
}: CheckboxesProps) {
  const idPrefix = idPrefixProp ?? fieldIdFor(name);
  const container = useRef<HTMLDivElement>(null);
  const [checkedValues, setCheckedValues] = useState<readonly string[]>(defaultValues ?? []);
  const current = values ?? checkedValues;
  const hasConditional = items.some((item) => item.divider === undefined && item.conditional !== undefined);

  const readChecked = useCallback(() => {
    const inputs = container.current?.querySelectorAll<HTMLInputElement>(
      ':scope > .govuk-checkboxes__item > input.govuk-checkboxes__input',
    );
    if (!inputs) return;
    setCheckedValues(
      Array.from(inputs)
        .filter((input) => input.checked)
        .map((input) => input.value),
    );
  }, []);

  useEffect(() => {
    if (hasConditional && values === undefined) readChecked();
  }, [hasConditional, values, readChecked]);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    readChecked();
    onChange?.(event);
  }

  const hintId = hint !== undefined ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const groupDescribedBy = describedBy(hintId, errorId);

  const inner = (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div
        ref={container}
        className={cx('govuk-checkboxes', small && 'govuk-checkboxes--small', className)}
        data-module="govuk-checkboxes"
      >
        {items.map((item, index) => {
          const position = index + 1;
          if (item.divider !== undefined) {
            return (
              <div key={`divider-${position}`} className="govuk-checkboxes__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = choiceItemId(idPrefix, item, position);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = item.hint !== undefined ? `${itemId}-item-hint` : undefined;
          const inputValue = boolean ? undefined : item.value;
          const isChecked = boolean ? current.length > 0 : current.includes(item.value);
          const hasReveal = item.conditional !== undefined;
          return (
            <Fragment key={item.value}>
              <div className="govuk-checkboxes__item">
                <input
                  ref={ref}
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={inputValue}
                  defaultChecked={(defaultValues ?? values ?? []).includes(item.value)}
                  disabled={item.disabled || disabled}
                  required={required}
                  aria-controls={hasReveal ? conditionalId : undefined}
                  aria-describedby={describedBy(fieldset ? undefined : groupDescribedBy, itemHintId)}
                  onChange={handleChange}
                  onBlur={onBlur}
                />
                <label className={cx('govuk-label', 'govuk-checkboxes__label', item.labelClassName)} htmlFor={itemId}>
                  {item.label}
                </label>
                {item.hint !== undefined && (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                )}
              </div>
              {hasReveal && (
                <div
                  className={cx('govuk-checkboxes__conditional', !isChecked && 'govuk-checkboxes__conditional--hidden')}
                  id={conditionalId}
                >
                  {item.conditional}
                </div>
              )}
            </Fragment>
          );
        })}
      </div>
    </>
  );

  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      {fieldset ? (
        <Fieldset
          describedBy={groupDescribedBy}
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
