import { getSection } from '@ecaf/domain';
import { useEffect, useRef } from 'react';
import { AppLink } from '../../components/LinkContext';
import { type CompletionProblem, completionProblemHref } from './paths';

/** Where a problem is fixed, in words: 'Section 10. Conclusions, solutions and actions'. */
export function problemPlace(problem: CompletionProblem): string {
  if (problem.sectionId === 'child-seen') return 'Child seen';
  if (problem.sectionId === 'consent') return 'Consent to assess and store';
  const section = getSection(problem.sectionId);
  return section ? `${section.number}. ${section.title}` : problem.sectionId;
}

function ProblemList({ episodeId, problems }: { episodeId: string; problems: readonly CompletionProblem[] }) {
  return (
    <ul className="govuk-list govuk-error-summary__list">
      {problems.map((problem) => (
        <li key={`${problem.sectionId}-${problem.field ?? ''}-${problem.message}`}>
          <AppLink href={completionProblemHref(episodeId, problem)}>
            {problem.message}
            <span className="govuk-visually-hidden"> ({problemPlace(problem)})</span>
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * CF-5 refused: a GOV.UK error summary listing every problem, each a link to the page where it
 * is fixed (the ErrorSummary component links only within the page). Takes focus when shown.
 */
export function CompletionErrorSummary({
  episodeId,
  problems,
  message,
  focusKey,
}: {
  episodeId: string;
  problems: readonly CompletionProblem[];
  message?: string | undefined;
  focusKey: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey re-runs the focus on purpose
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {message && <p>{message}</p>}
          {problems.length > 0 && <ProblemList episodeId={episodeId} problems={problems} />}
        </div>
      </div>
    </div>
  );
}

/** CF-5 before the user runs into it: what is still missing, as links, in an inset. */
export function StillToDo({ episodeId, problems }: { episodeId: string; problems: readonly CompletionProblem[] }) {
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-s">Before you can complete this assessment</h2>
      <ul className="govuk-list govuk-list--bullet">
        {problems.map((problem) => (
          <li key={`${problem.sectionId}-${problem.field ?? ''}-${problem.message}`}>
            <AppLink className="govuk-link" href={completionProblemHref(episodeId, problem)}>
              {problem.message}
              <span className="govuk-visually-hidden"> ({problemPlace(problem)})</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
