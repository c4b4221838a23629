import { formatDate } from '../child/age';
import type { FieldDefinition, FormDefinition, GroupDefinition, SectionDefinition } from './form-definition';

/**
 * CF-6: any two versions side by side, field by field, with changes highlighted. Labels come
 * from the form definition; values are shown as the form shows them (option labels, dates as
 * '3 March 2026', people by name), null when not answered. Keys in the content that the
 * definition no longer has are not compared.
 */

export type FieldComparison = {
  /** Where the value is stored: 'conclusions.agreedActions.0.action'. */
  path: string;
  /** 'Agreed actions, action 1: Action', or the field's own label at the top level. */
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
};

export type SectionComparison = {
  sectionId: string;
  number: string;
  title: string;
  changed: boolean;
  fields: FieldComparison[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One shape for "not answered" ('', null, missing, empty list) and text compared trimmed. */
function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical);
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])] as const)
      .filter(([, v]) => v !== null);
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  return value;
}

function display(field: FieldDefinition, value: unknown): string | null {
  const v = canonical(value);
  if (v === null) return null;
  switch (field.type) {
    case 'radios':
    case 'select':
      return field.options.find((o) => o.value === v)?.label ?? String(v);
    case 'checkboxes':
      return Array.isArray(v)
        ? v.map((item) => field.options.find((o) => o.value === item)?.label ?? String(item)).join(', ')
        : String(v);
    case 'yesNo':
      return v === 'yes' ? 'Yes' : v === 'no' ? 'No' : String(v);
    case 'date':
      return typeof v === 'string' ? formatDate(v) : String(v);
    case 'person':
      return isRecord(v) && typeof v.name === 'string' ? v.name : JSON.stringify(v);
    case 'text':
    case 'textarea':
      return typeof v === 'string' ? v : JSON.stringify(v);
  }
}

function compareField(
  field: FieldDefinition,
  path: string,
  label: string,
  before: unknown,
  after: unknown,
): FieldComparison {
  return {
    path,
    label,
    before: display(field, before),
    after: display(field, after),
    changed: JSON.stringify(canonical(before)) !== JSON.stringify(canonical(after)),
  };
}

function compareGroup(group: GroupDefinition, path: string, before: unknown, after: unknown): FieldComparison[] {
  const row = (rows: unknown, i: number) => (Array.isArray(rows) && isRecord(rows[i]) ? rows[i] : {});
  if (!group.repeatable) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    return group.fields.map((f) => compareField(f, `${path}.${f.id}`, `${group.label}: ${f.label}`, b[f.id], a[f.id]));
  }
  const count = Math.max(Array.isArray(before) ? before.length : 0, Array.isArray(after) ? after.length : 0);
  const item = group.itemLabel ?? 'entry';
  return Array.from({ length: count }, (_, i) => {
    const b = row(before, i);
    const a = row(after, i);
    return group.fields.map((f) =>
      compareField(f, `${path}.${i}.${f.id}`, `${group.label}, ${item} ${i + 1}: ${f.label}`, b[f.id], a[f.id]),
    );
  }).flat();
}

function compareSection(section: SectionDefinition, before: unknown, after: unknown): SectionComparison {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = section.elements.flatMap((element) => {
    const path = `${section.id}.${element.id}`;
    return element.kind === 'group'
      ? compareGroup(element, path, b[element.id], a[element.id])
      : [compareField(element, path, element.label, b[element.id], a[element.id])];
  });
  return {
    sectionId: section.id,
    number: section.number,
    title: section.title,
    changed: fields.some((f) => f.changed),
    fields,
  };
}

/**
 * Compares two versions' content (keyed by section id). Every content section is included;
 * a derived section only when either version holds something for it (a snapshot of the
 * child's details, say).
 */
export function compareVersions(definition: FormDefinition, older: unknown, newer: unknown): SectionComparison[] {
  const before = isRecord(older) ? older : {};
  const after = isRecord(newer) ? newer : {};
  return definition.sections
    .filter((s) => s.kind === 'content' || canonical(before[s.id]) !== null || canonical(after[s.id]) !== null)
    .map((s) => compareSection(s, before[s.id], after[s.id]));
}

export type PresentedField = { path: string; label: string; value: string | null };
export type PresentedSection = { sectionId: string; number: string; title: string; fields: PresentedField[] };

/**
 * One version as the form shows it, for check-your-answers, print and PDF: every content
 * section and each derived section that holds something, with labels and display values.
 */
export function presentVersion(definition: FormDefinition, content: unknown): PresentedSection[] {
  return compareVersions(definition, {}, content).map((section) => ({
    sectionId: section.sectionId,
    number: section.number,
    title: section.title,
    fields: section.fields.map((f) => ({ path: f.path, label: f.label, value: f.after })),
  }));
}
