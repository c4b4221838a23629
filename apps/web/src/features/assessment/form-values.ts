import {
  buildSectionSchema,
  type DateParts,
  datePartsError,
  type ElementDefinition,
  type FieldDefinition,
  type FieldErrors,
  type GroupDefinition,
  isoDateToParts,
  type PersonReference,
  partsToIsoDate,
  personReferenceSchema,
  type SectionDefinition,
} from '@ecaf/domain';

/**
 * What a section's form holds while someone types: the saved content's shape (keyed by element
 * id, as the form definition says), except that a date is its three GOV.UK boxes, so a date
 * half typed ('3', '', '') is kept as typed and never lost. `contentFromValues` turns it back
 * into the content the server validates with the same schema (`buildSectionSchema`).
 */
export type FieldFormValue = string | string[] | DateParts | PersonReference | null;
export type RowValues = Record<string, FieldFormValue>;
export type ElementFormValue = FieldFormValue | RowValues | RowValues[];
export type SectionFormValues = Record<string, ElementFormValue>;

export type SectionContent = Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isDateParts(value: unknown): value is DateParts {
  return isRecord(value) && typeof value.day === 'string' && typeof value.month === 'string';
}

// ---- Saved content → form values ----

export function emptyFieldValue(field: FieldDefinition): FieldFormValue {
  switch (field.type) {
    case 'date':
      return { day: '', month: '', year: '' };
    case 'checkboxes':
      return [];
    case 'person':
      return null;
    default:
      return '';
  }
}

export function fieldValueFrom(field: FieldDefinition, raw: unknown): FieldFormValue {
  switch (field.type) {
    case 'date':
      return isDateParts(raw) ? raw : isoDateToParts(typeof raw === 'string' ? raw : null);
    case 'checkboxes':
      return Array.isArray(raw) ? raw.filter((item): item is string => typeof item === 'string') : [];
    case 'person': {
      const parsed = personReferenceSchema.safeParse(raw);
      return parsed.success ? parsed.data : null;
    }
    default:
      return typeof raw === 'string' ? raw : '';
  }
}

export function rowFrom(group: GroupDefinition, raw: unknown): RowValues {
  const row = isRecord(raw) ? raw : {};
  return Object.fromEntries(group.fields.map((field) => [field.id, fieldValueFrom(field, row[field.id])]));
}

export function emptyRow(group: GroupDefinition): RowValues {
  return rowFrom(group, {});
}

function elementValueFrom(element: ElementDefinition, raw: unknown): ElementFormValue {
  if (element.kind === 'field') return fieldValueFrom(element, raw);
  if (!element.repeatable) return rowFrom(element, raw);
  return Array.isArray(raw) ? raw.map((row) => rowFrom(element, row)) : [];
}

/** A section's saved content as form values: every element present, in the definition's order. */
export function valuesFromContent(section: SectionDefinition, content: unknown): SectionFormValues {
  const saved = isRecord(content) ? content : {};
  return Object.fromEntries(
    section.elements.map((element) => [element.id, elementValueFrom(element, saved[element.id])]),
  );
}

// ---- Form values → content to save ----

function fieldContent(
  field: FieldDefinition,
  value: FieldFormValue | undefined,
  path: string,
  errors: FieldErrors,
): unknown {
  if (field.type !== 'date') return value ?? emptyFieldValue(field);
  const parts = isDateParts(value) ? value : { day: '', month: '', year: '' };
  const problem = datePartsError(parts, field.label);
  if (problem !== null) {
    errors[path] = problem;
    return '';
  }
  return partsToIsoDate(parts) ?? '';
}

function rowContent(group: GroupDefinition, row: unknown, path: string, errors: FieldErrors) {
  const values = isRecord(row) ? (row as RowValues) : {};
  return Object.fromEntries(
    group.fields.map((field) => [field.id, fieldContent(field, values[field.id], `${path}.${field.id}`, errors)]),
  );
}

const schemas = new WeakMap<SectionDefinition, ReturnType<typeof buildSectionSchema>>();

function schemaFor(section: SectionDefinition) {
  let schema = schemas.get(section);
  if (!schema) {
    schema = buildSectionSchema(section);
    schemas.set(section, schema);
  }
  return schema;
}

/**
 * The content to send for these values, and what is wrong with them: dates that are not real
 * dates (the GOV.UK date input's messages) and whatever the shared section schema refuses
 * (too long, say), keyed like the server's field errors ('element', 'group.0.field').
 * Content with errors is not sent: the form keeps the values and says what to correct.
 */
export function contentFromValues(
  section: SectionDefinition,
  values: SectionFormValues,
): { content: SectionContent; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const content: SectionContent = {};
  for (const element of section.elements) {
    const value = values[element.id];
    if (element.kind === 'field') {
      content[element.id] = fieldContent(element, value as FieldFormValue | undefined, element.id, errors);
    } else if (!element.repeatable) {
      content[element.id] = rowContent(element, value, element.id, errors);
    } else {
      const rows = Array.isArray(value) ? value : [];
      content[element.id] = rows.map((row, index) => rowContent(element, row, `${element.id}.${index}`, errors));
    }
  }
  const parsed = schemaFor(section).safeParse(content);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      errors[path] ??= issue.message;
    }
  }
  return { content, errors };
}

// ---- Reading and writing one path ('group.0.field') ----

export function valueAt(values: unknown, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isRecord(current)) current = current[part];
    else return undefined;
  }
  return current;
}

/** A copy of `values` with the value at `path` replaced; the path's containers must exist. */
export function withValueAt<T>(values: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return values;
  if (Array.isArray(values)) {
    const copy = [...values];
    const index = Number(head);
    copy[index] = rest.length === 0 ? value : withValueAt(copy[index], rest.join('.'), value);
    return copy as T;
  }
  const record: Record<string, unknown> = isRecord(values) ? values : {};
  return {
    ...record,
    [head]: rest.length === 0 ? value : withValueAt(record[head], rest.join('.'), value),
  } as T;
}
