import {
  type CompletionRequirement,
  cafFormDefinition,
  type ElementDefinition,
  type SectionDefinition,
  type SectionId,
} from './form-definition';

export const taskStatuses = ['not_started', 'in_progress', 'completed'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusLabels: Record<TaskStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

export type TaskListItem = { sectionId: SectionId; number: string; title: string; status: TaskStatus };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a stored value counts as an answer: blank text, empty lists and empty objects do not. */
export function isAnswered(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(isAnswered);
  if (isRecord(value)) return Object.values(value).some(isAnswered);
  return true;
}

function requirementMet(
  requirement: CompletionRequirement,
  section: SectionDefinition,
  content: Record<string, unknown>,
) {
  switch (requirement.kind) {
    case 'answered':
      return isAnswered(content[requirement.elementId]);
    case 'answerOrReason':
      return isAnswered(content[requirement.elementId]) || isAnswered(content[requirement.reasonElementId]);
    case 'anyGroupField':
      return section.elements.some((element: ElementDefinition) => {
        if (element.kind !== 'group') return false;
        const rows = element.repeatable ? content[element.id] : [content[element.id]];
        return (
          Array.isArray(rows) &&
          rows.some((row) => isRecord(row) && requirement.fieldIds.some((id) => isAnswered(row[id])))
        );
      });
    case 'minItems': {
      const rows = content[requirement.groupId];
      if (!Array.isArray(rows)) return requirement.min <= 0;
      const complete = rows.filter((row) => isRecord(row) && requirement.fieldIds.every((id) => isAnswered(row[id])));
      return complete.length >= requirement.min;
    }
  }
}

/** `field` is the element (or 'group.field') to link to from the error summary. */
export type CompletionProblem = { sectionId: SectionId; field?: string; message: string };

/** Where a requirement's problem is fixed: the element, or the first comment box of the domain. */
function requirementField(requirement: CompletionRequirement, section: SectionDefinition): string | undefined {
  switch (requirement.kind) {
    case 'answered':
    case 'answerOrReason':
      return requirement.elementId;
    case 'minItems':
      return requirement.groupId;
    case 'anyGroupField': {
      const group = section.elements.find((element) => element.kind === 'group');
      const fieldId = requirement.fieldIds[0];
      return group && fieldId ? `${group.id}.${fieldId}` : undefined;
    }
  }
}

/**
 * What is still missing for this section to be complete (CF-5 lists them for the whole
 * assessment). Empty when complete, or when the section has no requirements.
 */
export function sectionCompletionProblems(sectionId: SectionId, sectionContent: unknown): CompletionProblem[] {
  const section = cafFormDefinition.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  const content = isRecord(sectionContent) ? sectionContent : {};
  const requirements: readonly CompletionRequirement[] = section.completion;
  return requirements
    .filter((requirement) => !requirementMet(requirement, section, content))
    .map((requirement) => {
      const field = requirementField(requirement, section);
      return field === undefined
        ? { sectionId, message: requirement.message }
        : { sectionId, field, message: requirement.message };
    });
}

/**
 * The assessment's task list (GOV.UK "complete multiple tasks").
 *
 * - No content yet (no draft): every task is not started.
 * - A content section is not started until something in it is answered, then in progress until
 *   its completion requirements are met. A section without requirements is completed as soon
 *   as anything is answered, since nothing in it is compulsory.
 * - A derived section's status is not in the content: the caller says it in `derived` (for
 *   example the consent section is completed once consent is recorded); if it does not, the
 *   section shows as not started.
 */
export function taskListFor(
  content: Record<string, unknown> | null,
  derived: Partial<Record<SectionId, TaskStatus>> = {},
): TaskListItem[] {
  return cafFormDefinition.sections.map((section) => {
    const item = { sectionId: section.id, number: section.number, title: section.title };
    if (content === null) return { ...item, status: 'not_started' };
    if (section.kind === 'derived') return { ...item, status: derived[section.id] ?? 'not_started' };
    const sectionContent = content[section.id];
    if (!isAnswered(sectionContent)) return { ...item, status: 'not_started' };
    const problems = sectionCompletionProblems(section.id, sectionContent);
    return { ...item, status: problems.length === 0 ? 'completed' : 'in_progress' };
  });
}
