import { formatSavedAt } from '../assessment/time';
import type { DuplicateReviewRun } from './duplicates-data';
import { pairsText, progressText } from './duplicates-words';

type Props = { run: Pick<DuplicateReviewRun, 'processed' | 'total' | 'pairsFound' | 'startedAt' | 'startedByName'> };

/**
 * A running review's progress: a native <progress> named by its visible label ('1,234 of 5,000
 * children checked'). Screen readers hear it when they reach it, not at each tick: the page's
 * live region says only that the review started and finished.
 */
export function ReviewProgress({ run }: Props) {
  const known = run.total > 0;
  const percent = known ? Math.round((Math.min(run.processed, run.total) / run.total) * 100) : 0;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label govuk-label--s" htmlFor="duplicate-review-progress">
        {progressText(run)}
      </label>
      {/* Without a value while the children are counted: an indeterminate bar. */}
      <progress
        id="duplicate-review-progress"
        className="app-progress"
        max={known ? run.total : undefined}
        value={known ? Math.min(run.processed, run.total) : undefined}
      >
        {percent}%
      </progress>
      <p className="govuk-body govuk-!-margin-top-2">
        Started at {formatSavedAt(run.startedAt)} by {run.startedByName}. {pairsText(run.pairsFound)} found so far. You
        can leave this page: the review carries on.
      </p>
    </div>
  );
}
