import { formatDate } from '@ecaf/domain';
import { Tag } from '../../components/Tag';
import { PlanLinks } from './PlanLinks';
import { planPaths } from './paths';
import { usePlan } from './plan-data';

/** The episode page's "Plan and reviews" section: next review, counts, and the ways in. */
export function PlanSummary({ episodeId }: { episodeId: string }) {
  const result = usePlan(episodeId);
  const _paths = planPaths(episodeId);
  const view = result.data;
  return (
    <>
      <h2 className="govuk-heading-m">Plan and reviews</h2>
      {result.isPending ? (
        <p className="govuk-body">Loading…</p>
      ) : !view ? (
        <p className="govuk-body">The plan could not be loaded.</p>
      ) : (
        <>
          {view.episode.status === 'closed' && (
            <p className="govuk-body">
              <Tag colour="grey">Closed</Tag> This CAF is closed and can only be read.
            </p>
          )}
          <p className="govuk-body">
            {view.nextReviewOn ? (
              <>
                Next review: {formatDate(view.nextReviewOn)}{' '}
                {view.reviewOverdue && <Tag colour="red">Review overdue</Tag>}
              </>
            ) : (
              'No review date set.'
            )}
          </p>
          <p className="govuk-body">
            {view.counts.total === 0
              ? 'The plan starts when the assessment is completed.'
              : `${view.counts.open} open actions (${view.counts.overdue} overdue), ${view.counts.done} done. ${view.reviews.length} reviews held.`}
          </p>
          <PlanLinks view={view} withPlan />
        </>
      )}
    </>
  );
}
