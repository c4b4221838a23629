import { formatDate } from '@ecaf/domain';
import { AppLink } from '../../components/LinkContext';
import { Tag } from '../../components/Tag';
import { planPaths } from './paths';
import { usePlan } from './plan-data';

/** The episode page's "Plan and reviews" section: next review, counts, and the ways in. */
export function PlanSummary({ episodeId }: { episodeId: string }) {
  const result = usePlan(episodeId);
  const paths = planPaths(episodeId);
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
          <ul className="govuk-list">
            <li>
              <AppLink className="govuk-link" href={paths.plan}>
                Delivery plan
              </AppLink>
            </li>
            <li>
              <AppLink className="govuk-link" href={paths.reviews}>
                Reviews and distance travelled
              </AppLink>
            </li>
            {view.may.recordReview && (
              <li>
                <AppLink className="govuk-link" href={paths.recordReview}>
                  Record a review
                </AppLink>
              </li>
            )}
            {view.may.close && (
              <li>
                <AppLink className="govuk-link" href={paths.close}>
                  Close this CAF
                </AppLink>
              </li>
            )}
            {view.may.reopen && (
              <li>
                <AppLink className="govuk-link" href={paths.reopen}>
                  Reopen this CAF
                </AppLink>
              </li>
            )}
          </ul>
        </>
      )}
    </>
  );
}
