import {
  type ChangeEvent,
  type FocusEvent as ReactFocusEvent,
  type ReactNode,
  type Ref,
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

export type RadiosProps = LegendProps & {
  name: string;
  items: ChoiceItem[];
  /** Defaults to the name with dots replaced by hyphens; the first radio gets this id. */
  idPrefix?: string;
  hint?: ReactNode;
  error?: string | undefined;
  inline?: boolean;
  small?: boolean;
  className?: string;
  formGroupClassName?: string;
  /** Wrap in a fieldset with a legend (default). Set false for a single question in a wider group. */
  fieldset?: boolean;
  /** The current value, when the page watches it; otherwise read from the radios themselves. */
  value?: string | null | undefined;
  /** The value checked when first rendered (without react-hook-form). */
  defaultValue?: string;
  disabled?: boolean;
  // react-hook-form `register()` props
  onChange?: (event: ChangeEvent<HTMLInputElement>) => unknown;
  onBlur?: (event: ReactFocusEvent<HTMLInputElement>) => unknown;
  ref?: Ref<HTMLInputElement>;
  required?: boolean;
};

/**
 * GOV.UK radios, with conditional reveal done in React: content under a radio shows while that
 * radio is checked. Works with `{...register('field')}` (the same ref goes on every radio).
 */
export function Radios({
  name,
  items,
  idPrefix: idPrefixProp,
  hint,
  error,
  inline = false,
  small = false,
  className,
  formGroupClassName,
  fieldset = true,
  value,
  defaultValue,
  disabled,
  onChange,
  onBlur,
  ref,
  required,
  legend,
  legendSize,
  legendClassName,
  legendIsPageHeading,
}: RadiosProps) {
  const idPrefix = idPrefixProp ?? fieldIdFor(name);
  const container = useRef<HTMLDivElement>(null);
  const [checkedValue, setCheckedValue] = useState<string | undefined>(defaultValue);
  const current = value === undefined ? checkedValue : (value ?? undefined);
  const hasConditional = items.some((item) => item.divider === undefined && item.conditional !== undefined);

  // react-hook-form checks the default value's radio through the ref; read it back once.
  useEffect(() => {
    if (!hasConditional || value !== undefined) return;
    const checked = container.current?.querySelector<HTMLInputElement>(
      `input.govuk-radios__input[name="${CSS.escape(name)}"]:checked`,
    );
    if (checked) setCheckedValue(checked.value);
  }, [hasConditional, value, name]);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    setCheckedValue(event.target.value);
    onChange?.(event);
  }

  const hintId = hint !== undefined ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;

  const inner = (
    <>
      {hint !== undefined && <Hint id={hintId}>{hint}</Hint>}
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div
        ref={container}
        className={cx('govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small', className)}
        data-module="govuk-radios"
      >
        {items.map((item, index) => {
          const position = index + 1;
          if (item.divider !== undefined) {
            return (
              <div key={`divider-${position}`} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = choiceItemId(idPrefix, item, position);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = item.hint !== undefined ? `${itemId}-item-hint` : undefined;
          const isChecked = current === item.value;
          return (
            <RadioItem
              key={item.value}
              itemId={itemId}
              name={name}
              value={item.value}
              label={item.label}
              labelClassName={item.labelClassName}
              hint={item.hint}
              hintId={itemHintId}
              conditional={item.conditional}
              conditionalId={conditionalId}
              isChecked={isChecked}
              defaultChecked={(defaultValue ?? value ?? undefined) === item.value}
              disabled={item.disabled || disabled}
              required={required}
              onChange={handleChange}
              onBlur={onBlur}
              inputRef={ref}
            />
          );
        })}
      </div>
    </>
  );

  return (
    <div className={cx('govuk-form-group', error && 'govuk-form-group--error', formGroupClassName)}>
      {fieldset ? (
        <Fieldset
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

type RadioItemProps = {
  itemId: string;
  name: string;
  value: string;
  label: ReactNode;
  labelClassName: string | undefined;
  hint: ReactNode;
  hintId: string | undefined;
  conditional: ReactNode;
  conditionalId: string;
  isChecked: boolean;
  defaultChecked: boolean;
  disabled: boolean | undefined;
  required: boolean | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: RadiosProps['onBlur'];
  inputRef: Ref<HTMLInputElement> | undefined;
};

function RadioItem(props: RadioItemProps) {
  const hasConditional = props.conditional !== undefined;
  return (
    <>
      <div className="govuk-radios__item">
        <input
          ref={props.inputRef}
          className="govuk-radios__input"
          id={props.itemId}
          name={props.name}
          type="radio"
          value={props.value}
          defaultChecked={props.defaultChecked}
          disabled={props.disabled}
          required={props.required}
          aria-controls={hasConditional ? props.conditionalId : undefined}
          aria-describedby={props.hintId}
          onChange={props.onChange}
          onBlur={props.onBlur}
        />
        <label className={cx('govuk-label', 'govuk-radios__label', props.labelClassName)} htmlFor={props.itemId}>
          {props.label}
        </label>
        {props.hint !== undefined && (
          <div id={props.hintId} className="govuk-hint govuk-radios__hint">
            {props.hint}
          </div>
        )}
      </div>
      {hasConditional && (
        <div
          className={cx('govuk-radios__conditional', !props.isChecked && 'govuk-radios__conditional--hidden')}
          id={props.conditionalId}
        >
          {props.conditional}
        </div>
      )}
    </>
  );
}
