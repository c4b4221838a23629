import {
  type ElementDefinition,
  type FormDefinition,
  type PresentedField,
  presentVersion,
  type SectionDefinition,
  WITHHELD_EXPLANATION,
} from '@ecaf/domain';
import { SummaryList } from '../../components/SummaryList';

/** Text as written, its line breaks kept. */
export function MultilineText({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one answer
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

/**
 * The presented fields in the section's order, with a row for each table that has no rows yet
 * (`presentVersion` has nothing to show for it), so every question of the section is listed.
 */
export function withEmptyTables(section: SectionDefinition, fields: readonly PresentedField[]): PresentedField[] {
  const elements: readonly ElementDefinition[] = section.elements;
  return elements.flatMap((element) => {
    const path = `${section.id}.${element.id}`;
    const own = fields.filter((f) => f.path === path || f.path.startsWith(`${path}.`));
    if (own.length > 0 || element.kind !== 'group' || !element.repeatable) return own;
    return [{ path, label: element.label, value: null }];
  });
}

/** One section's answers with labels and display values, as `presentVersion` gives them. */
export function presentSection(section: SectionDefinition, content: unknown): PresentedField[] {
  const definition: FormDefinition = { id: 'section', version: 1, title: section.title, sections: [section] };
  return withEmptyTables(section, presentVersion(definition, { [section.id]: content })[0]?.fields ?? []);
}

/**
 * SH-2: the rows of a section with each element withheld from this reader (the server names them
 * by label and sends none of their answers) shown once, in its place in the form, instead of its
 * questions. `rowFor` makes the row that says it is withheld and why.
 */
export function withWithheld<T extends { path: string }>(
  section: SectionDefinition | undefined,
  rows: readonly T[],
  withheld: readonly string[] | undefined,
  rowFor: (element: { path: string; label: string }) => T,
): T[] {
  if (!withheld || withheld.length === 0) return [...rows];
  const elements: readonly ElementDefinition[] = section?.elements ?? [];
  const pathOf = (element: ElementDefinition) => `${section?.id ?? ''}.${element.id}`;
  const under = (path: string, element: ElementDefinition) =>
    path === pathOf(element) || path.startsWith(`${pathOf(element)}.`);
  const hidden = elements.filter((element) => withheld.includes(element.label));
  const out: T[] = [];
  for (const element of elements) {
    if (hidden.includes(element)) out.push(rowFor({ path: pathOf(element), label: element.label }));
    else out.push(...rows.filter((row) => under(row.path, element)));
  }
  out.push(...rows.filter((row) => !elements.some((element) => under(row.path, element))));
  // A label the form no longer has is still said to be withheld.
  for (const label of withheld) {
    if (!hidden.some((element) => element.label === label)) out.push(rowFor({ path: `withheld.${label}`, label }));
  }
  return out;
}

/** SH-2 for a summary list of answers: a withheld element's row says so, and why. */
export function withWithheldAnswers(
  section: SectionDefinition | undefined,
  fields: readonly PresentedField[],
  withheld: readonly string[] | undefined,
): PresentedField[] {
  return withWithheld(section, fields, withheld, ({ path, label }) => ({ path, label, value: WITHHELD_EXPLANATION }));
}

/** The field id on the section page for a presented path ('conclusions.agreedActions.0.owner' → 'agreedActions-0-owner'). */
export function fieldIdOfPath(sectionId: string, path: string): string {
  const inSection = path.startsWith(`${sectionId}.`) ? path.slice(sectionId.length + 1) : path;
  return inSection.replace(/\./g, '-');
}

type Props = {
  fields: readonly PresentedField[];
  /** Where each answer is changed, if it can be. */
  changeHref?: ((field: PresentedField) => string | null) | undefined;
  emptyText?: string;
};

/** GOV.UK summary list of a section's answers (check answers, read-only sections). */
export function SectionSummary({ fields, changeHref, emptyText = 'Not answered' }: Props) {
  return (
    <SummaryList
      rows={fields.map((field) => {
        const href = changeHref?.(field) ?? null;
        return {
          key: field.label,
          value: field.value === null ? emptyText : <MultilineText text={field.value} />,
          ...(href ? { actions: [{ href, text: 'Change', visuallyHiddenText: field.label.toLowerCase() }] } : {}),
        };
      })}
    />
  );
}
