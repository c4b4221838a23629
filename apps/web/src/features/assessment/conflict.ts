import { compareVersions, type FieldComparison, type FormDefinition, type SectionDefinition } from '@ecaf/domain';
import {
  contentFromValues,
  type SectionContent,
  type SectionFormValues,
  valueAt,
  valuesFromContent,
  withValueAt,
} from './form-values';

/**
 * CF-7: a save refused because someone else saved the section first. The user sees, for each
 * answer that differs, their text beside the saved text and chooses one (or writes a merged
 * text); nothing is lost on the way. An answer is a field, one field of a §8 domain element, or
 * a whole table (rows are not matched one by one: the user keeps one table or the other).
 */
export type ConflictUnit = {
  /** The path in the section: 'reasonForAssessment', 'health.strengths', 'agreedActions'. */
  path: string;
  label: string;
  /** A text answer, which the user may also rewrite by hand. */
  editable: boolean;
  /** As the form shows it; null when not answered. */
  mine: string | null;
  saved: string | null;
};

export type ConflictChoice = { choice: 'mine' } | { choice: 'saved' } | { choice: 'edit'; text: string };

function sectionDefinition(section: SectionDefinition): FormDefinition {
  return { id: 'section', version: 1, title: section.title, sections: [section] };
}

function rowsText(fields: readonly FieldComparison[], side: 'before' | 'after', groupLabel: string): string | null {
  const lines = fields
    .filter((f) => f[side] !== null)
    .map((f) => {
      const label = f.label.startsWith(`${groupLabel}, `) ? f.label.slice(groupLabel.length + 2) : f.label;
      return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${f[side]}`;
    });
  return lines.length === 0 ? null : lines.join('\n');
}

/** The answers that differ between the user's values and the saved content. */
export function conflictUnits(
  section: SectionDefinition,
  mine: SectionFormValues,
  savedContent: SectionContent,
): ConflictUnit[] {
  const myContent = contentFromValues(section, mine).content;
  const [compared] = compareVersions(
    sectionDefinition(section),
    { [section.id]: savedContent },
    { [section.id]: myContent },
  );
  const fields = compared?.fields ?? [];
  const at = (path: string) => fields.find((f) => f.path === `${section.id}.${path}`);

  return section.elements.flatMap((element): ConflictUnit[] => {
    if (element.kind === 'field') {
      const field = at(element.id);
      if (!field?.changed) return [];
      const editable = element.type === 'text' || element.type === 'textarea';
      return [{ path: element.id, label: element.label, editable, mine: field.after, saved: field.before }];
    }
    if (!element.repeatable) {
      return element.fields.flatMap((f) => {
        const field = at(`${element.id}.${f.id}`);
        if (!field?.changed) return [];
        const editable = f.type === 'text' || f.type === 'textarea';
        const label = `${element.label}: ${f.label}`;
        return [{ path: `${element.id}.${f.id}`, label, editable, mine: field.after, saved: field.before }];
      });
    }
    const rows = fields.filter((f) => f.path.startsWith(`${section.id}.${element.id}.`));
    if (!rows.some((f) => f.changed)) return [];
    return [
      {
        path: element.id,
        label: element.label,
        editable: false,
        mine: rowsText(rows, 'after', element.label),
        saved: rowsText(rows, 'before', element.label),
      },
    ];
  });
}

/**
 * The values after the user's choices: their own values, with each answer they chose from the
 * saved text (or wrote afresh) put in. Answers that did not differ stay as the user had them,
 * so a date still being typed is not lost either.
 */
export function mergeConflict(
  section: SectionDefinition,
  mine: SectionFormValues,
  savedContent: SectionContent,
  choices: Readonly<Record<string, ConflictChoice>>,
): SectionFormValues {
  const saved = valuesFromContent(section, savedContent);
  let merged = mine;
  for (const [path, choice] of Object.entries(choices)) {
    if (choice.choice === 'saved') merged = withValueAt(merged, path, valueAt(saved, path));
    else if (choice.choice === 'edit') merged = withValueAt(merged, path, choice.text);
  }
  return merged;
}
