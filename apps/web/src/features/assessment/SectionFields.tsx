import {
  type DateParts,
  DEFAULT_MAX_ITEMS,
  type ElementDefinition,
  type FieldDefinition,
  type FieldErrors,
  type GroupDefinition,
  type OptionDefinition,
  type PersonReference,
  type SectionDefinition,
} from '@ecaf/domain';
import { type FocusEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { findFieldElement } from '../../components/ErrorSummary';
import { Fieldset } from '../../components/Fieldset';
import { fieldIdFor } from '../../components/field-id';
import { Hint } from '../../components/Hint';
import { Input } from '../../components/Input';
import { Radios } from '../../components/Radios';
import { Select, type SelectItem } from '../../components/Select';
import { Textarea } from '../../components/Textarea';
import {
  type ElementFormValue,
  emptyFieldValue,
  emptyRow,
  type FieldFormValue,
  isDateParts,
  type RowValues,
  type SectionFormValues,
} from './form-values';
import { type PersonOption, personOptionValue } from './people';

/**
 * The generic renderer of a form section (CF form as data): every element of the definition
 * becomes GOV.UK fields, so adding a field to `cafFormDefinition` adds it here with no other
 * change. Ids follow the paths the server's field errors and the completion list use
 * ('reasonForAssessment', 'health.strengths', 'agreedActions.0.owner'), with dots as hyphens.
 *
 * The fields are controlled by `values`, except radios and checkboxes, which read their values
 * when they mount: remount this (a new `key`) when the values are replaced from outside.
 */
type Props = {
  section: SectionDefinition;
  values: SectionFormValues;
  onChange: (values: SectionFormValues) => void;
  /** Focus left a field (a date's three boxes count as one). */
  onFieldBlur?: (path: string) => void;
  errors?: FieldErrors;
  /** Who a 'person' field can name. */
  people?: readonly PersonOption[];
};

type Size = 'm' | 's' | undefined;

const yesNoItems = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const sensitiveHint = 'Sensitive: shared only with services that consent allows to see additional information.';

export function SectionFields({ section, values, onChange, onFieldBlur, errors = {}, people = [] }: Props) {
  const elements: readonly ElementDefinition[] = section.elements;
  return (
    <>
      {elements.map((element) => {
        const setValue = (value: ElementFormValue) => onChange({ ...values, [element.id]: value });
        const value = values[element.id];
        if (element.kind === 'field') {
          return (
            <FieldControl
              key={element.id}
              field={element}
              path={element.id}
              value={(value as FieldFormValue | undefined) ?? emptyFieldValue(element)}
              onChange={setValue}
              onBlur={onFieldBlur}
              error={errors[element.id]}
              size="m"
              people={people}
            />
          );
        }
        if (element.repeatable) {
          return (
            <RepeatableGroup
              key={element.id}
              group={element}
              rows={Array.isArray(value) ? value.filter(isRow) : []}
              onChange={setValue}
              onBlur={onFieldBlur}
              errors={errors}
              people={people}
            />
          );
        }
        return (
          <SingleGroup
            key={element.id}
            group={element}
            row={isRow(value) ? value : emptyRow(element)}
            onChange={setValue}
            onBlur={onFieldBlur}
            errors={errors}
            people={people}
          />
        );
      })}
    </>
  );
}

function isRow(value: ElementFormValue | string | undefined): value is RowValues {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !isDateParts(value) && !('kind' in value)
  );
}

/** A group's hint, and that it is sensitive (SH-2), each on a line of its own. */
function groupHint(group: GroupDefinition): ReactNode {
  if (!group.hint && !group.sensitive) return undefined;
  return (
    <>
      {group.hint && <span className="govuk-!-display-block">{group.hint}</span>}
      {group.sensitive && <span className="govuk-!-display-block">{sensitiveHint}</span>}
    </>
  );
}

type GroupProps = {
  group: GroupDefinition;
  onBlur: ((path: string) => void) | undefined;
  errors: FieldErrors;
  people: readonly PersonOption[];
};

/** A §8 domain element (strengths, needs, evidence or opinion): one fieldset. */
function SingleGroup({
  group,
  row,
  onChange,
  onBlur,
  errors,
  people,
}: GroupProps & { row: RowValues; onChange: (row: RowValues) => void }) {
  const id = fieldIdFor(group.id);
  const hint = groupHint(group);
  return (
    <div className={errors[group.id] ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <Fieldset
        id={id}
        legend={<h2 className="govuk-fieldset__heading">{group.label}</h2>}
        legendSize="m"
        describedBy={hint !== undefined ? `${id}-hint` : undefined}
      >
        {hint !== undefined && <Hint id={`${id}-hint`}>{hint}</Hint>}
        {errors[group.id] && <ErrorMessage id={`${id}-error`}>{errors[group.id]}</ErrorMessage>}
        <RowFields
          group={group}
          path={group.id}
          row={row}
          onChange={onChange}
          onBlur={onBlur}
          errors={errors}
          people={people}
          size="s"
        />
      </Fieldset>
    </div>
  );
}

function RowFields({
  group,
  path,
  row,
  onChange,
  onBlur,
  errors,
  people,
  size,
}: GroupProps & { path: string; row: RowValues; onChange: (row: RowValues) => void; size: Size }) {
  return (
    <>
      {group.fields.map((field) => (
        <FieldControl
          key={field.id}
          field={field}
          path={`${path}.${field.id}`}
          value={row[field.id] ?? emptyFieldValue(field)}
          onChange={(value) => onChange({ ...row, [field.id]: value })}
          onBlur={onBlur}
          error={errors[`${path}.${field.id}`]}
          size={size}
          people={people}
        />
      ))}
    </>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

let rowKeySequence = 0;
const newRowKey = () => {
  rowKeySequence += 1;
  return `row-${rowKeySequence}`;
};

/**
 * A table the user adds rows to, as the MOJ "add another" pattern: each row a fieldset with a
 * legend ('Person 1') and its own Remove button, then an 'Add another person' button, up to
 * the group's most items.
 */
function RepeatableGroup({
  group,
  rows,
  onChange,
  onBlur,
  errors,
  people,
}: GroupProps & { rows: readonly RowValues[]; onChange: (rows: RowValues[]) => void }) {
  const id = fieldIdFor(group.id);
  const itemLabel = group.itemLabel ?? 'entry';
  const maxItems = group.maxItems ?? DEFAULT_MAX_ITEMS;
  const [keys, setKeys] = useState<string[]>(() => rows.map(newRowKey));
  // Rows replaced from outside (fewer or more than we know): keep one key per row.
  const rowKeys = keys.length === rows.length ? keys : rows.map((_, index) => keys[index] ?? `${id}-extra-${index}`);
  const focusAfter = useRef<string | null>(null);

  useEffect(() => {
    if (focusAfter.current === null) return;
    findFieldElement(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  function add() {
    const index = rows.length;
    setKeys([...rowKeys, newRowKey()]);
    onChange([...rows, emptyRow(group)]);
    const first = group.fields[0];
    focusAfter.current = first ? fieldIdFor(`${group.id}.${index}.${first.id}`) : `${id}-add`;
  }

  function remove(index: number) {
    setKeys(rowKeys.filter((_, i) => i !== index));
    onChange(rows.filter((_, i) => i !== index));
    focusAfter.current = `${id}-add`;
  }

  const hint = groupHint(group);
  const error = errors[group.id];
  return (
    <div id={id} tabIndex={-1} className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {group.label}
      </h2>
      {hint !== undefined && <Hint>{hint}</Hint>}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div className="moj-add-another">
        {rows.length === 0 ? (
          <p className="govuk-body">None added yet.</p>
        ) : (
          <div className="moj-add-another__items">
            {rows.map((row, index) => {
              const number = index + 1;
              return (
                <div className="moj-add-another__item" key={rowKeys[index]}>
                  <Fieldset
                    className="moj-add-another__fieldset"
                    legend={`${capitalise(itemLabel)} ${number}`}
                    legendClassName="moj-add-another__item-title govuk-fieldset__legend--s"
                  >
                    <div className="moj-add-another__item-container">
                      <RowFields
                        group={group}
                        path={`${group.id}.${index}`}
                        row={row}
                        onChange={(changed) => onChange(rows.map((r, i) => (i === index ? changed : r)))}
                        onBlur={onBlur}
                        errors={errors}
                        people={people}
                        size={undefined}
                      />
                      <div className="moj-add-another__remove-button-container">
                        <Button
                          type="button"
                          variant="secondary"
                          className="moj-add-another__remove-button"
                          onClick={() => remove(index)}
                        >
                          Remove {itemLabel} {number}
                        </Button>
                      </div>
                    </div>
                  </Fieldset>
                </div>
              );
            })}
          </div>
        )}
        <div className="moj-add-another__add-button-container">
          {rows.length < maxItems ? (
            <Button
              type="button"
              variant="secondary"
              className="moj-add-another__add-button"
              id={`${id}-add`}
              onClick={add}
            >
              {rows.length === 0 ? `Add ${withArticle(itemLabel)}` : `Add another ${itemLabel}`}
            </Button>
          ) : (
            <p className="govuk-body" id={`${id}-add`} tabIndex={-1}>
              You cannot add more than {maxItems}.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

/** Focus moved outside the element matching `selector` that holds the event's target. */
function leftGroup(event: FocusEvent<HTMLElement>, selector: string): boolean {
  const group = event.currentTarget.closest(selector);
  const next = event.relatedTarget;
  return !(group && next instanceof Node && group.contains(next));
}

type FieldProps = {
  field: FieldDefinition;
  path: string;
  value: FieldFormValue;
  onChange: (value: FieldFormValue) => void;
  onBlur: ((path: string) => void) | undefined;
  error: string | undefined;
  size: Size;
  people: readonly PersonOption[];
};

function FieldControl({ field, path, value, onChange, onBlur, error, size, people }: FieldProps) {
  const id = fieldIdFor(path);
  const labelClassName = size ? `govuk-label--${size}` : undefined;
  const blur = () => onBlur?.(path);
  const text = typeof value === 'string' ? value : '';

  switch (field.type) {
    case 'text':
      return (
        <Input
          id={id}
          name={path}
          label={field.label}
          labelClassName={labelClassName}
          hint={field.hint}
          error={error}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={blur}
        />
      );
    case 'textarea':
      return (
        <Textarea
          id={id}
          name={path}
          label={field.label}
          labelClassName={labelClassName}
          hint={field.hint}
          error={error}
          rows={size === 'm' ? 6 : 4}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={blur}
        />
      );
    case 'date': {
      const parts: DateParts = isDateParts(value) ? value : { day: '', month: '', year: '' };
      const part = (key: keyof DateParts) => ({
        value: parts[key],
        onChange: (event: { target: { value: string } }) => onChange({ ...parts, [key]: event.target.value }),
        onBlur: (event: FocusEvent<HTMLInputElement>) => {
          if (leftGroup(event, '.govuk-date-input')) blur();
        },
      });
      return (
        <DateInput
          id={id}
          namePrefix={path}
          legend={field.label}
          legendSize={size}
          hint={field.hint ?? 'For example, 27 3 2026'}
          error={error}
          day={part('day')}
          month={part('month')}
          year={part('year')}
        />
      );
    }
    case 'yesNo':
    case 'radios': {
      const items = 'options' in field ? choiceItems(field.options) : yesNoItems;
      return (
        <Radios
          idPrefix={id}
          name={path}
          legend={field.label}
          legendSize={size}
          hint={field.hint}
          error={error}
          inline={field.type === 'yesNo'}
          small={size === 's'}
          items={items}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={(event) => {
            if (leftGroup(event, '.govuk-radios')) blur();
          }}
        />
      );
    }
    case 'checkboxes': {
      const checked = Array.isArray(value) ? value : [];
      return (
        <Checkboxes
          idPrefix={id}
          name={path}
          legend={field.label}
          legendSize={size}
          hint={field.hint}
          error={error}
          items={choiceItems(field.options)}
          values={checked}
          onChange={(event) => {
            const { value: item, checked: on } = event.target;
            onChange(on ? [...checked.filter((v) => v !== item), item] : checked.filter((v) => v !== item));
          }}
          onBlur={(event) => {
            if (leftGroup(event, '.govuk-checkboxes')) blur();
          }}
        />
      );
    }
    case 'select':
      return (
        <Select
          id={id}
          name={path}
          label={field.label}
          labelClassName={labelClassName}
          hint={field.hint}
          error={error}
          items={selectItems(field.options)}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={blur}
        />
      );
    case 'person':
      return (
        <PersonSelect
          id={id}
          path={path}
          field={field}
          labelClassName={labelClassName}
          value={isPerson(value) ? value : null}
          onChange={onChange}
          onBlur={blur}
          error={error}
          people={people}
        />
      );
  }
}

function choiceItems(options: readonly OptionDefinition[]) {
  return options.map((option) => ({
    value: option.value,
    label: option.label,
    ...(option.hint ? { hint: option.hint } : {}),
  }));
}

function isPerson(value: FieldFormValue): value is PersonReference {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'kind' in value;
}

/** Options grouped under their hints when every option has one (ethnicity under its group). */
function selectItems(options: readonly { value: string; label: string; hint?: string }[]): SelectItem[] {
  const first: SelectItem = { value: '', text: 'Select an option' };
  if (options.length === 0 || !options.every((o) => o.hint)) {
    return [first, ...options.map((o) => ({ value: o.value, text: o.label }))];
  }
  const groups = [...new Set(options.map((o) => o.hint ?? ''))];
  return [
    first,
    ...groups.map((label) => ({
      label,
      options: options.filter((o) => o.hint === label).map((o) => ({ value: o.value, text: o.label })),
    })),
  ];
}

function PersonSelect({
  id,
  path,
  field,
  labelClassName,
  value,
  onChange,
  onBlur,
  error,
  people,
}: {
  id: string;
  path: string;
  field: FieldDefinition;
  labelClassName: string | undefined;
  value: PersonReference | null;
  onChange: (value: PersonReference | null) => void;
  onBlur: () => void;
  error: string | undefined;
  people: readonly PersonOption[];
}) {
  // Someone chosen earlier who is no longer offered (a co-assessor removed) stays chosen.
  const known = value === null || people.some((p) => personOptionValue(p.person) === personOptionValue(value));
  const options: PersonOption[] =
    known || value === null ? [...people] : [...people, { person: value, label: value.name, group: 'Practitioners' }];
  const items: SelectItem[] = [
    { value: '', text: 'Select a person' },
    ...(['Practitioners', 'Family'] as const)
      .map((group) => ({
        label: group === 'Practitioners' ? 'Practitioners on this assessment' : 'Parents and carers',
        options: options
          .filter((o) => o.group === group)
          .map((o) => ({ value: personOptionValue(o.person), text: o.label })),
      }))
      .filter((group) => group.options.length > 0),
  ];
  return (
    <Select
      id={id}
      name={path}
      label={field.label}
      labelClassName={labelClassName}
      hint={field.hint}
      error={error}
      items={items}
      value={value ? personOptionValue(value) : ''}
      onChange={(event) => {
        const chosen = options.find((o) => personOptionValue(o.person) === event.target.value);
        onChange(chosen ? chosen.person : null);
      }}
      onBlur={onBlur}
    />
  );
}
