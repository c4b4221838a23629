import { actionStatusLabels, formatDate } from '@ecaf/domain';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { usePageTitle } from '../../lib/page-title';
import { DistanceChart } from './DistanceChart';
import { ClosedNotice } from './PlanPage';
import { planPaths } from './paths';
import { planNoticeFrom, usePlan } from './plan-data';
import { closureReasonText, PlanHeading } from './plan-words';

const TITLE = 'Reviews and distance travelled';

/** `/episodes/:episodeId/reviews`: every review (PL-2) and the distance travelled chart with its table. */
export function ReviewsPage() {
  const { episodeId = '' } = useParams();
  const location = useLocation();
  const result = usePlan(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const paths = planPaths(episodeId);
  const notice = planNoticeFrom(location.state);
  return (
    <>
      <BackLink href={paths.plan}>Back to the delivery plan</BackLink>
      {notice && <NotificationBanner type="success" title="Success" text={notice} />}
      <PlanHeading view={view} title={TITLE} />
      <ClosedNotice view={view} />
      {view.may.recordReview && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.recordReview}>
            Record a review
          </AppLink>
        </p>
      )}
      <h2 className="govuk-heading-m">Distance travelled</h2>
      <DistanceChart view={view} />
      <h2 className="govuk-heading-m">Reviews</h2>
      {view.reviews.length === 0 && <p className="govuk-body">No reviews have been recorded yet.</p>}
      {[...view.reviews].reverse().map((r) => (
        <SummaryList
          key={r.id}
          cardTitle={`Review ${r.number}: ${formatDate(r.heldOn)}`}
          rows={[
            { key: 'Who attended', value: r.attendees.map((a) => a.name).join(', ') },
            {
              key: 'Progress',
              value:
                r.progress.length === 0 ? (
                  'No open actions'
                ) : (
                  <ul className="govuk-list">
                    {r.progress.map((p) => (
                      <li key={p.actionId}>
                        {p.action}: {actionStatusLabels[p.status]}
                        {p.note ? `. ${p.note}` : ''}
                      </li>
                    ))}
                  </ul>
                ),
            },
            {
              key: 'Distance travelled',
              value: r.distances.map((d) => `${d.need}: ${d.score} out of 10`).join('; ') || 'None',
            },
            { key: "Child's comments", value: r.childComments },
            { key: "Parent's or carer's comments", value: r.parentComments },
            {
              key: 'What happens next',
              value: r.nextReviewOn
                ? `Next review on ${formatDate(r.nextReviewOn)}${r.startedVersionNumber ? `; version ${r.startedVersionNumber} of the assessment started` : ''}`
                : `Closed: ${closureReasonText(r.closureReason, r.closureReasonText ?? '')}`,
            },
            { key: 'Recorded by', value: r.recordedBy },
          ]}
        />
      ))}
    </>
  );
}
