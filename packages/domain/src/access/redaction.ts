import type { ElementDefinition, FormDefinition } from '../assessment/form-definition';

/**
 * SH-2: the sensitive (S) elements are removed on the server for a reader outside the
 * additional-information scope, so they never reach that reader's browser. The paths removed
 * are returned so the page can say that something is withheld, and why.
 */
export function withoutSensitiveElements(
  definition: FormDefinition,
  content: Readonly<Record<string, unknown>>,
): { content: Record<string, unknown>; withheld: string[] } {
  const out: Record<string, unknown> = { ...content };
  const withheld: string[] = [];
  for (const section of definition.sections) {
    const sensitive = (section.elements as readonly ElementDefinition[]).filter((e) => e.sensitive === true);
    if (sensitive.length === 0) continue;
    // Every sensitive path is reported, answered or not, so the reader cannot tell which were.
    for (const element of sensitive) withheld.push(`${section.id}.${element.id}`);
    const sectionContent = out[section.id];
    if (sectionContent === null || typeof sectionContent !== 'object') continue;
    const kept: Record<string, unknown> = { ...(sectionContent as Record<string, unknown>) };
    for (const element of sensitive) delete kept[element.id];
    out[section.id] = kept;
  }
  return { content: out, withheld };
}

const isSensitive = (element: ElementDefinition) => element.sensitive === true;

/** The form as a reader outside the additional-information scope sees it: without the (S) elements. */
export function definitionWithoutSensitiveElements(definition: FormDefinition): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      elements: (section.elements as readonly ElementDefinition[]).filter((e) => !isSensitive(e)),
    })),
  };
}

/** The labels of the (S) elements of each section, so a page can say what is withheld and why. */
export function sensitiveElementLabels(definition: FormDefinition): Record<string, string[]> {
  return Object.fromEntries(
    definition.sections.map((section) => [
      section.id,
      (section.elements as readonly ElementDefinition[]).filter(isSensitive).map((e) => e.label),
    ]),
  );
}

export const WITHHELD_EXPLANATION =
  'Withheld: the family has not agreed to share additional (sensitive) information with your organisation.';
