import { fieldIdFor } from '../../components/field-id';

/** The addresses of an episode's assessment pages (some are built by other features). */
export const episodePaths = (episodeId: string) => {
  const base = `/episodes/${episodeId}`;
  return {
    taskList: base,
    section: (sectionId: string, fieldId?: string) => `${base}/sections/${sectionId}${fieldId ? `#${fieldId}` : ''}`,
    check: `${base}/check`,
    consent: `${base}/consent`,
    childSeen: `${base}/child-seen`,
    versions: `${base}/versions`,
    print: (versionNumber: number) => `${base}/versions/${versionNumber}/print`,
    coAssessors: `${base}/co-assessors`,
  };
};

/** A CF-5 completion problem: where it is fixed. */
export type CompletionProblem = { sectionId: string; field?: string | undefined; message: string };

/**
 * Where the user fixes a completion problem: the child-seen or consent page, or the section
 * page at the field ('agreedActions' → '#agreedActions', 'health.strengths' → '#health-strengths').
 */
export function completionProblemHref(episodeId: string, problem: CompletionProblem): string {
  const paths = episodePaths(episodeId);
  if (problem.sectionId === 'child-seen') return paths.childSeen;
  if (problem.sectionId === 'consent') return paths.consent;
  return paths.section(problem.sectionId, problem.field ? fieldIdFor(problem.field) : undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problems in an INCOMPLETE refusal's details. */
export function problemsFrom(details: unknown): CompletionProblem[] {
  const problems = isRecord(details) ? details.problems : undefined;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((p): CompletionProblem[] =>
    isRecord(p) && typeof p.sectionId === 'string' && typeof p.message === 'string'
      ? [{ sectionId: p.sectionId, message: p.message, ...(typeof p.field === 'string' ? { field: p.field } : {}) }]
      : [],
  );
}
