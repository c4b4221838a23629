import { formatDate } from '@ecaf/domain';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../lib/page-title';
import { PlanLinks } from './PlanLinks';
import { planPaths } from './paths';
import { type PlanView, planNoticeFrom, usePlan } from './plan-data';
import { ActionStatusTag, closureReasonText, PlanHeading } from './plan-words';

const TITLE = 'Delivery plan';

/** `/episodes/:episodeId/plan`: the actions (PL-1) with their owners, due dates, status and overdue flags. */
export function PlanPage() {
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
      <BackLink href={paths.episode}>Back to the CAF</BackLink>
      {notice && <NotificationBanner type="success" title="Success" text={notice} />}
      <PlanHeading view={view} title={TITLE} />
      <ClosedNotice view={view} />
      <SummaryList
        rows={[
          {
            key: 'Next review',
            value:
              view.nextReviewOn === null ? (
                'No review date set'
              ) : (
                <>
                  {formatDate(view.nextReviewOn)} {view.reviewOverdue && <Tag colour="red">Review overdue</Tag>}
                </>
              ),
          },
          {
            key: 'Actions',
            value: `${view.counts.total} in total: ${view.counts.open} open, ${view.counts.overdue} overdue, ${view.counts.done} done`,
          },
          { key: 'Reviews held', value: String(view.reviews.length) },
        ]}
      />
      <ActionsTable view={view} />
      {view.may.coordinate && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.addAction}>
            Add an action
          </AppLink>
        </p>
      )}
      <h2 className="govuk-heading-m">Reviews and closure</h2>
      <PlanLinks view={view} />
    </>
  );
}

/** PL-3: a closed CAF says so, and that it is read-only. */
export function ClosedNotice({ view }: { view: PlanView }) {
  if (view.episode.status !== 'closed') return null;
  const closed = view.closures.filter((c) => c.event === 'closed').at(-1);
  return (
    <InsetText>
      <p className="govuk-body govuk-!-font-weight-bold">This CAF is closed and can only be read.</p>
      {closed && (
        <p className="govuk-body">
          Closed on {formatDate(closed.at.slice(0, 10))} by {closed.by}:{' '}
          {closureReasonText(closed.reason, closed.reasonText)}.
        </p>
      )}
    </InsetText>
  );
}

function ActionsTable({ view }: { view: PlanView }) {
  if (view.actions.length === 0) {
    return (
      <p className="govuk-body">
        There are no actions yet. The agreed actions become the delivery plan when the assessment is completed.
      </p>
    );
  }
  return (
    <Table
      caption="Actions"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={[
        { content: 'Need' },
        { content: 'Action' },
        { content: 'Who' },
        { content: 'By when' },
        { content: 'Status' },
        { content: <span className="govuk-visually-hidden">Update</span> },
      ]}
      rows={view.actions.map((a) => {
        const latest = a.notes.at(-1);
        return {
          key: a.id,
          cells: [
            { content: a.need },
            {
              content: (
                <>
                  {a.action}
                  {a.desiredOutcome && (
                    <span className="govuk-hint govuk-!-margin-bottom-0">Desired outcome: {a.desiredOutcome}</span>
                  )}
                  {latest && (
                    <span className="govuk-hint govuk-!-margin-bottom-0">
                      Latest progress ({formatDate(latest.writtenAt.slice(0, 10))}, {latest.writtenBy}): {latest.note}
                    </span>
                  )}
                </>
              ),
            },
            { content: a.owner.name },
            { content: formatDate(a.dueOn) },
            {
              content: (
                <>
                  <ActionStatusTag status={a.status} />
                  {a.overdue && (
                    <>
                      {' '}
                      <Tag colour="red">Overdue</Tag>
                    </>
                  )}
                </>
              ),
            },
            {
              content: a.mayUpdate ? (
                <AppLink className="govuk-link" href={planPaths(view.episode.id).updateAction(a.id)}>
                  Update<span className="govuk-visually-hidden"> {a.action}</span>
                </AppLink>
              ) : null,
            },
          ],
        };
      })}
    />
  );
}
