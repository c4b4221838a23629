import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx, describedBy } from './cx';
import { ErrorMessage } from './ErrorMessage';
import { fieldIdFor } from './field-id';
import { Hint } from './Hint';
import { Label } from './Label';
import { type FieldWidth, widthClass } from './widths';

export type SelectOption = { value: string; text: string; disabled?: boolean };
export type SelectGroup = { label: string; options: readonly SelectOption[] };
export type SelectItem = SelectOption | SelectGroup;

export type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'className' | 'children'> & {
  id?: string;
  name: string;
  label: ReactNode;
  labelClassName?: string;
  labelIsPageHeading?: boolean;
  hint?: ReactNode;
  error?: string | undefined;
  /** Options, or groups of options (rendered as `<optgroup>`). */
  items: readonly SelectItem[];
  width?: FieldWidth;
  className?: string;
  formGroupClassName?: string;
};

function isGroup(item: SelectItem): item is SelectGroup {
  return 'options' in item;
}

function Option({ option }: { option: SelectOption }) {
  return (
    <option value={option.value} disabled={option.disabled}>
      {option.text}
    </option>
  );
}

/** GOV.UK select. Spread `register('field')` into it; select a default through the form's values. */
export function Select({
  id: idProp,
  name,
  label,
  labelClassName,
  labelIsPageHeading = false,
  hint,
  error,
  items,
  width,
  className,
  formGroupClassName,
  'aria-describedby': extraDescribedBy,
  ...rest
}: SelectProps) {
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
      <select
        className={cx('govuk-select', widthClass('select', width), className, error && 'govuk-select--error')}
        id={id}
        name={name}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
        {...rest}
      >
        {items.map((item) =>
          isGroup(item) ? (
            <optgroup key={`group-${item.label}`} label={item.label}>
              {item.options.map((option) => (
                <Option key={option.value} option={option} />
              ))}
            </optgroup>
          ) : (
            <Option key={item.value} option={item} />
          ),
        )}
      </select>
    </div>
  );
}
