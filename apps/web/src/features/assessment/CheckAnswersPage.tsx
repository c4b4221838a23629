import { cafFormDefinition, getSection, type PresentedField, presentVersion } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { AppLink } from '../../components/LinkContext';
import { Panel } from '../../components/Panel';
import { WarningText } from '../../components/WarningText';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { useDraftSections } from './autosave/useDraftSections';
import { CompletionErrorSummary, StillToDo } from './CompletionProblems';
import { type CompletionProblem, episodePaths, problemsFrom } from './paths';
import { fieldIdOfPath, SectionSummary, withEmptyTables, withWithheldAnswers } from './SectionSummary';
import type { AssessmentView } from './view';

/** Where a check-answers row is changed, when this user may change it now. */
function changeHrefFor(view: AssessmentView, sectionId: string) {
  const paths = episodePaths(view.episode.id);
  const editable = view.access.canEdit && view.version.status === 'draft';
  const section = getSection(sectionId);
  return (field: PresentedField): string | null => {
    if (!editable || !section) return null;
    if (section.kind === 'content') return paths.section(sectionId, fieldIdOfPath(sectionId, field.path));
    if (sectionId === 'child') return `/children/${view.child.id}`;
    if (sectionId === 'consent') return paths.consent;
    return null;
  };
}

type Refusal = { message: string; problems: CompletionProblem[] };

/** `/episodes/:episodeId/check`: GOV.UK check answers, then complete the assessment (CF-5). */
export function CheckAnswersPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const view = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const complete = useMutation(trpc.assessment.complete.mutationOptions());
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [completed, setCompleted] = useState<{ versionNumber: number; completedAt: string } | null>(null);
  const unsaved = useDraftSections(me.data?.user?.id, episodeId, view.data?.version.number);
  usePageTitle(
    completed
      ? 'Assessment completed'
      : view.isError
        ? undefined
        : 'Check your answers before completing the assessment',
    { error: refusal !== null },
  );

  if (view.isPending) return <PageLoading />;
  if (view.isError) return <QueryProblem error={view.error} withHeading />;
  const data = view.data;
  const paths = episodePaths(episodeId);

  if (completed) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Assessment completed">
            Version {completed.versionNumber} of {data.episode.reference}
            <br />
            completed on {formatTimestampAsDate(completed.completedAt)}
          </Panel>
          <p className="govuk-body">
            This version can no longer be changed. Any changes from now on are made by starting a review.
          </p>
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.taskList}>
              Return to the task list
            </AppLink>
          </p>
        </div>
      </div>
    );
  }

  async function onComplete() {
    try {
      const answer = await complete.mutateAsync({ episodeId, versionNumber: data.version.number });
      setRefusal(null);
      setCompleted(answer);
    } catch (caught) {
      const appError = appErrorOf(caught);
      setRefusal({
        message: appError?.message ?? errorMessage(caught),
        problems: appError?.code === 'INCOMPLETE' ? problemsFrom(appError.details) : [],
      });
      setAttempts((n) => n + 1);
    } finally {
      // The completion list, task list and version status are the server's: fetch them again.
      await queryClient.invalidateQueries({ queryKey: trpc.assessment.get.queryKey({ episodeId }) });
    }
  }

  const isDraft = data.version.status === 'draft';
  const sections = presentVersion(cafFormDefinition, { ...data.version.derived, ...contentOf(data) });
  const unsavedSections = cafFormDefinition.sections.filter((s) => unsaved.has(s.id));

  return (
    <>
      <BackLink href={paths.taskList}>Back to task list</BackLink>
      {refusal && (
        <CompletionErrorSummary
          episodeId={episodeId}
          problems={refusal.problems}
          message={refusal.problems.length === 1 ? undefined : refusal.message}
          focusKey={attempts}
        />
      )}
      <ChildIdentityBar child={data.child} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {data.episode.reference}, version {data.version.number}
          </span>
          <h1 className="govuk-heading-l">Check your answers before completing the assessment</h1>
          {!isDraft && (
            <p className="govuk-body">
              This version was completed
              {data.version.completedAt ? ` on ${formatTimestampAsDate(data.version.completedAt)}` : ''} and cannot be
              changed.
            </p>
          )}
          {isDraft && unsavedSections.length > 0 && (
            <WarningText>
              Some text typed on this device has not been saved yet:{' '}
              {unsavedSections.map((s, index) => (
                <span key={s.id}>
                  {index > 0 && ', '}
                  <AppLink className="govuk-link" href={paths.section(s.id)}>
                    {s.number}. {s.title}
                  </AppLink>
                </span>
              ))}
              . Open each section to save it before you complete the assessment.
            </WarningText>
          )}
          {isDraft && !refusal && data.completion.length > 0 && (
            <StillToDo episodeId={episodeId} problems={data.completion} />
          )}
        </div>
      </div>
      {sections.map((section) => (
        <div key={section.sectionId}>
          <h2 className="govuk-heading-m" id={`check-${section.sectionId}`}>
            {section.number}. {section.title}
          </h2>
          <SectionSummary
            fields={withWithheldAnswers(
              getSection(section.sectionId),
              withSectionTables(section.sectionId, section.fields),
              data.version.withheld[section.sectionId],
            )}
            changeHref={changeHrefFor(data, section.sectionId)}
            emptyText={getSection(section.sectionId)?.kind === 'derived' ? 'Not recorded' : 'Not answered'}
          />
        </div>
      ))}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {isDraft && data.access.canEdit && (
            <>
              <h2 className="govuk-heading-m">Now complete the assessment</h2>
              <p className="govuk-body">
                When you complete the assessment, version {data.version.number} is kept as it is and can no longer be
                changed. Any later changes are made by starting a review.
              </p>
              <Button type="button" onClick={() => void onComplete()} disabled={complete.isPending}>
                Complete assessment
              </Button>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function withSectionTables(sectionId: string, fields: readonly PresentedField[]): PresentedField[] {
  const section = getSection(sectionId);
  return section ? withEmptyTables(section, fields) : [...fields];
}

function contentOf(view: AssessmentView): Record<string, unknown> {
  return Object.fromEntries(view.version.sections.map((s) => [s.sectionId, s.content]));
}
