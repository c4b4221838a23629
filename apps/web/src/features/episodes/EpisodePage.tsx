import { getSection } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { sectionStatus, TaskList, type TaskListItem, type TaskStatus } from '../../components/TaskList';
import { errorMessage } from '../../lib/errors';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { useDraftSections } from '../assessment/autosave/useDraftSections';
import { episodePaths } from '../assessment/paths';
import type { AssessmentView } from '../assessment/view';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { LeadProfessionalSummary } from '../lead-professional/LeadProfessionalSummary';
import { PlanSummary } from '../plan/PlanSummary';
import { sharingPaths } from '../sharing/paths';
import { consentToShareTag } from '../sharing/sharing-words';
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

const notStarted: TaskStatus = sectionStatus('not_started');

function consentTask(view: AssessmentView): TaskListItem {
  const { status } = view.consent;
  return {
    title: 'Consent to assess and store',
    href: episodePaths(view.episode.id).consent,
    status:
      status === 'given'
        ? sectionStatus('completed')
        : status === 'refused'
          ? { text: 'Refused', tag: 'red' }
          : notStarted,
    ...(status === 'given' ? {} : { hint: 'Needed before anything is written in the assessment' }),
  };
}

function childSeenTask(view: AssessmentView): TaskListItem {
  const { childSeen } = view;
  return {
    title: 'Child seen',
    href: episodePaths(view.episode.id).childSeen,
    status: childSeen.allowed ? sectionStatus('completed') : notStarted,
    ...(childSeen.allowed || !childSeen.message ? {} : { hint: childSeen.message }),
  };
}

function checkTask(view: AssessmentView): TaskListItem {
  const completed = view.version.status === 'completed';
  const missing = view.completion.length;
  // A reader who cannot complete the assessment (a team member, a manager) only reads the answers.
  const canComplete = view.access.canEdit;
  return {
    title: completed || !canComplete ? 'Check your answers' : 'Check your answers and complete',
    href: episodePaths(view.episode.id).check,
    status: completed ? sectionStatus('completed') : notStarted,
    ...(completed || !canComplete
      ? {}
      : {
          hint:
            missing === 0
              ? 'Everything needed is done: you can complete the assessment'
              : `${missing} ${missing === 1 ? 'thing' : 'things'} to finish before you can complete the assessment`,
        }),
  };
}

/** `/episodes/:episodeId`: the CAF's task list (GOV.UK "complete multiple tasks"). */
export function EpisodePage() {
  const { episodeId = '' } = useParams();
  const location = useLocation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const result = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const startReview = useMutation(trpc.assessment.startReview.mutationOptions());
  const [reviewStarted, setReviewStarted] = useState<number | null>(null);
  const unsaved = useDraftSections(me.data?.user?.id, episodeId, result.data?.version.number);
  usePageTitle(result.data ? `CAF ${result.data.episode.reference}` : result.isError ? undefined : 'CAF', {
    error: startReview.isError,
  });

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;

  const view = result.data;
  const { episode, child, assessors, version, versions, taskList } = view;
  const paths = episodePaths(episode.id);
  const sharing = sharingPaths(episode.id);
  const justStarted = startedReferenceIn(location.state);
  const completedCount = taskList.filter((task) => task.status === 'completed').length;
  const firstStarted = versions[0]?.startedAt ?? version.startedAt;

  async function onStartReview() {
    const answer = await startReview.mutateAsync({ episodeId }).catch(() => null);
    if (!answer) return;
    await queryClient.invalidateQueries({ queryKey: trpc.assessment.get.queryKey({ episodeId }) });
    setReviewStarted(answer.versionNumber);
  }

  return (
    <>
      {startReview.isError && <ErrorSummary errors={[{ text: errorMessage(startReview.error) }]} />}
      {justStarted && <NotificationBanner type="success" text={`CAF ${justStarted} started for ${child.name}`} />}
      {reviewStarted !== null && (
        <NotificationBanner
          type="success"
          text={`Review started: version ${reviewStarted} is a new draft, copied from version ${reviewStarted - 1}`}
        />
      )}
      <ChildIdentityBar child={child} />
      <span className="govuk-caption-l">
        CAF for{' '}
        <AppLink className="govuk-link govuk-link--no-visited-state" href={`/children/${child.id}`}>
          {child.name}
        </AppLink>
      </span>
      <h1 className="govuk-heading-l">{episode.reference}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Status', value: <EpisodeStatusTag status={episode.status} /> },
              {
                key: 'Consent to share',
                value: <ConsentToShareStatus status={view.consentToShare.status} />,
                actions: [{ href: sharing.sharing, text: 'View', visuallyHiddenText: 'consent to share and the team' }],
              },
              { key: 'Started', value: formatTimestampAsDate(firstStarted) },
              {
                key: assessors.length === 1 ? 'Assessor' : 'Assessors',
                value:
                  assessors.length === 0
                    ? 'None'
                    : assessors.map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name)).join('; '),
              },
              {
                key: 'Assessment version',
                value: `Version ${version.number} (${version.status === 'completed' ? 'completed' : 'draft'})`,
              },
            ]}
          />

          {view.access.sensitive === 'hidden' && (
            <InsetText>
              Some sensitive information in this assessment is withheld from you, because the family has not agreed to
              share additional (sensitive) information with your organisation. Each section says what is withheld.
            </InsetText>
          )}

          {version.status === 'completed' && (
            <InsetText>
              <p className="govuk-body">
                Version {version.number} was completed
                {version.completedAt ? ` on ${formatTimestampAsDate(version.completedAt)}` : ''}. It can no longer be
                changed.
              </p>
              {view.access.canStartReview && (
                <>
                  <p className="govuk-body">
                    A review starts version {version.number + 1}, a new draft copied from this one.
                  </p>
                  <Button
                    type="button"
                    className="govuk-!-margin-bottom-0"
                    onClick={() => void onStartReview()}
                    disabled={startReview.isPending}
                  >
                    Start a review
                  </Button>
                </>
              )}
            </InsetText>
          )}

          <h2 className="govuk-heading-m">Consent and child seen</h2>
          <TaskList idPrefix="before" items={[consentTask(view), childSeenTask(view)]} />

          <h2 className="govuk-heading-m" id="assessment-heading">
            Assessment
          </h2>
          <p className="govuk-body">
            You have completed {completedCount} of {taskList.length} sections.
          </p>
          <TaskList
            idPrefix="assessment"
            items={taskList.map((task): TaskListItem => {
              const section = getSection(task.sectionId);
              const hint = unsaved.has(task.sectionId)
                ? 'Some text typed on this device is not saved yet'
                : section?.kind === 'derived'
                  ? section.description
                  : undefined;
              return {
                title: `${task.number}. ${task.title}`,
                href: paths.section(task.sectionId),
                status: sectionStatus(task.status),
                ...(hint ? { hint } : {}),
              };
            })}
          />

          <h2 className="govuk-heading-m">Complete the assessment</h2>
          <TaskList idPrefix="complete" items={[checkTask(view)]} />

          <LeadProfessionalSummary episodeId={episodeId} />

          <h2 className="govuk-heading-m">Sharing, the team and who has looked</h2>
          <ul className="govuk-list">
            <li>
              <AppLink className="govuk-link" href={sharing.sharing}>
                Consent to share and the team
              </AppLink>
            </li>
            {view.access.canShare && (
              <>
                <li>
                  <AppLink className="govuk-link" href={sharing.team}>
                    Add or remove team members
                  </AppLink>
                </li>
                <li>
                  <AppLink className="govuk-link" href={sharing.withoutConsent}>
                    Record sharing without consent
                  </AppLink>
                </li>
                <li>
                  <AppLink className="govuk-link" href={sharing.familyInvitations}>
                    Invite a family member
                  </AppLink>
                </li>
              </>
            )}
            {view.access.canSeeWhoLooked && (
              <li>
                <AppLink className="govuk-link" href={sharing.whoLooked}>
                  Who has looked at this record
                </AppLink>
              </li>
            )}
          </ul>

          <PlanSummary episodeId={view.episode.id} />

          <h2 className="govuk-heading-m">Versions, printing and co-assessors</h2>
          <ul className="govuk-list">
            <li>
              <AppLink className="govuk-link" href={paths.versions}>
                Versions and comparison
              </AppLink>
            </li>
            <li>
              <AppLink className="govuk-link" href={paths.print(version.number)}>
                Print or download
              </AppLink>
            </li>
            <li>
              <AppLink className="govuk-link" href={paths.coAssessors}>
                Co-assessors
              </AppLink>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}

/** CO-3 to CO-5 at a glance: where consent to share stands. */
function ConsentToShareStatus({ status }: { status: AssessmentView['consentToShare']['status'] }) {
  const { text, colour } = consentToShareTag(status);
  return <Tag colour={colour}>{text}</Tag>;
}
