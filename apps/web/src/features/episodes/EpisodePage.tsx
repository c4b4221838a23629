import { type TaskStatus, taskStatusLabels } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { TaskList, type TaskStatus as TaskStatusView } from '../../components/TaskList';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { EpisodeStatusTag } from './episode-status';

/** What the page is told when it opens straight after the CAF was started. */
export type EpisodePageState = { startedReference?: string };

function startedReferenceIn(state: unknown): string | null {
  if (
    typeof state === 'object' &&
    state !== null &&
    'startedReference' in state &&
    typeof state.startedReference === 'string'
  ) {
    return state.startedReference;
  }
  return null;
}

/** GOV.UK task list statuses: completed as plain text, the others as tags. */
function taskStatus(status: TaskStatus): TaskStatusView {
  const text = taskStatusLabels[status];
  if (status === 'completed') return { text };
  return { text, tag: status === 'in_progress' ? 'blue' : 'grey' };
}

export function EpisodePage() {
  const { episodeId = '' } = useParams();
  const location = useLocation();
  const trpc = useTRPC();
  const result = useQuery(trpc.episodes.get.queryOptions({ episodeId }));
  usePageTitle(result.data ? `CAF ${result.data.episode.reference}` : result.isError ? undefined : 'CAF');

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;

  const { episode, child, assessors, version, taskList } = result.data;
  const justStarted = startedReferenceIn(location.state);
  const completed = taskList.filter((task) => task.status === 'completed').length;

  return (
    <>
      {justStarted && <NotificationBanner type="success" text={`CAF ${justStarted} started for ${child.name}`} />}
      <ChildIdentityBar child={child} />
      <span className="govuk-caption-l">
        CAF for{' '}
        <AppLink className="govuk-link govuk-link--no-visited-state" href={`/children/${child.id}`}>
          {child.name}
        </AppLink>
      </span>
      <h1 className="govuk-heading-l">{episode.reference}</h1>
      <SummaryList
        rows={[
          { key: 'Status', value: <EpisodeStatusTag status={episode.status} /> },
          { key: 'Started', value: formatTimestampAsDate(episode.startedAt) },
          {
            key: assessors.length === 1 ? 'Assessor' : 'Assessors',
            value:
              assessors.length === 0
                ? 'None'
                : assessors.map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name)).join('; '),
          },
          { key: 'Assessment version', value: `Version ${version.number} (${version.status})` },
        ]}
      />
      <h2 className="govuk-heading-m" id="assessment-heading">
        Assessment
      </h2>
      <p className="govuk-body">
        You have completed {completed} of {taskList.length} sections.
      </p>
      <TaskList
        idPrefix="assessment"
        items={taskList.map((task) => ({
          title: `${task.number}. ${task.title}`,
          status: taskStatus(task.status),
        }))}
      />
    </>
  );
}
