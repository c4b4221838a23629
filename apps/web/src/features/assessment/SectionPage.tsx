import { getSection, type SaveSectionInput, type SectionDefinition } from '@ecaf/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Details } from '../../components/Details';
import { ErrorSummary, focusField } from '../../components/ErrorSummary';
import { fieldIdFor } from '../../components/field-id';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { WarningText } from '../../components/WarningText';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { signInPath } from '../../lib/return-to';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { AutosaveStatusLine, offlineMessage, signedOutMessage } from './autosave/AutosaveStatusLine';
import { draftKey } from './autosave/decide';
import type { AutosaveSnapshot, AutosaveStatus, SectionAutosave } from './autosave/section-autosave';
import { useSectionAutosave } from './autosave/useSectionAutosave';
import { ConflictResolver } from './ConflictResolver';
import { contentFromValues, type SectionContent } from './form-values';
import { episodePaths } from './paths';
import { personOptions } from './people';
import { SectionFields } from './SectionFields';
import { presentSection, SectionSummary, withWithheldAnswers } from './SectionSummary';
import { formatSavedAt } from './time';
import type { AssessmentView } from './view';

/** Why a content section cannot be changed here, shown before the user tries (CF-3, CF-6). */
type ReadOnlyReason = 'completed' | 'no-permission' | 'consent';

function readOnlyReason(view: AssessmentView): ReadOnlyReason | null {
  if (view.version.status === 'completed') return 'completed';
  if (!view.access.canEdit) return 'no-permission';
  if (view.consent.status !== 'given') return 'consent';
  return null;
}

/** The save contract names the section's own content type; this content was built from that section's definition. */
function saveInput(input: {
  episodeId: string;
  versionNumber: number;
  sectionId: string;
  baseRevision: number;
  content: SectionContent;
}): SaveSectionInput {
  return input as SaveSectionInput;
}

/** `/episodes/:episodeId/sections/:sectionId`: one section of the assessment's newest version. */
export function SectionPage() {
  const { episodeId = '', sectionId = '' } = useParams();
  const trpc = useTRPC();
  const section = getSection(sectionId);
  const view = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  usePageTitle(section ? (view.isPending ? 'Assessment section' : undefined) : 'Page not found');

  if (!section) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">
          The assessment has no such section.{' '}
          <AppLink className="govuk-link" href={episodePaths(episodeId).taskList}>
            Go to the task list
          </AppLink>
          .
        </p>
      </>
    );
  }
  if (view.isPending || me.isPending) return <PageLoading />;
  if (view.isError) return <QueryProblem error={view.error} withHeading />;

  return (
    <>
      <BackLink href={episodePaths(episodeId).taskList}>Back to task list</BackLink>
      <ChildIdentityBar child={view.data.child} />
      {section.kind === 'derived' ? (
        <DerivedSection view={view.data} section={section} />
      ) : (
        <ContentSection
          key={`${section.id}-${view.data.version.number}`}
          view={view.data}
          section={section}
          userId={me.data?.user?.id ?? null}
        />
      )}
    </>
  );
}

function SectionHeading({ view, section }: { view: AssessmentView; section: SectionDefinition }) {
  return (
    <>
      <span className="govuk-caption-l">
        {view.episode.reference}, section {section.number}
      </span>
      <h1 className="govuk-heading-l">{section.title}</h1>
      {section.description && <p className="govuk-body">{section.description}</p>}
    </>
  );
}

/** Sections 1, 2, 6 and 11: filled by eCAF and other flows, shown read-only. */
function DerivedSection({ view, section }: { view: AssessmentView; section: SectionDefinition }) {
  usePageTitle(section.title);
  const paths = episodePaths(view.episode.id);
  const fields = presentSection(section, view.version.derived[section.id] ?? {});
  const completed = view.version.status === 'completed';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SectionHeading view={view} section={section} />
        {section.id === 'child' && (
          <InsetText>
            <p className="govuk-body">
              {completed
                ? `These are the child's details as they were when version ${view.version.number} was completed.`
                : "The child's details are entered once, on the child's record, and every assessment shows them as they are now."}
            </p>
            <p className="govuk-body">
              <AppLink className="govuk-link" href={`/children/${view.child.id}`}>
                Go to {view.child.name}&apos;s record
              </AppLink>{' '}
              to check or change them.
            </p>
          </InsetText>
        )}
        {section.id === 'consent' && (
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.consent}>
              Consent to assess and store
            </AppLink>
          </p>
        )}
        {section.id === 'assessor' && (
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.coAssessors}>
              Co-assessors
            </AppLink>
          </p>
        )}
        {fields.length === 0 ? (
          <p className="govuk-body">Nothing has been recorded here yet.</p>
        ) : (
          <SectionSummary fields={fields} emptyText="Not recorded" />
        )}
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.taskList}>
            Return to task list
          </AppLink>
        </p>
      </div>
    </div>
  );
}

/** What to say at the top of the page when a save the user asked for did not happen. */
function explicitProblemText(status: AutosaveStatus): string | null {
  switch (status.kind) {
    case 'offline':
      return offlineMessage;
    case 'signed-out':
      return signedOutMessage;
    case 'refused':
      return status.message;
    case 'invalid':
      return status.message ?? null;
    default:
      return null;
  }
}

/** Sections 3 to 10: the assessment itself, saved as the user types (CF-7). */
function ContentSection({
  view,
  section,
  userId,
}: {
  view: AssessmentView;
  section: SectionDefinition;
  userId: string | null;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const episodeId = view.episode.id;
  const versionNumber = view.version.number;
  const paths = episodePaths(episodeId);
  const saved = view.version.sections.find((s) => s.sectionId === section.id);
  const reason = readOnlyReason(view);
  const people = useMemo(() => personOptions(view.assessors, view.consentGivers), [view.assessors, view.consentGivers]);

  const { autosave, snapshot } = useSectionAutosave({
    section,
    draftKey: userId ? draftKey({ userId, episodeId, versionNumber, sectionId: section.id }) : null,
    server: { content: saved?.content ?? {}, revision: saved?.revision ?? 0 },
    canSave: reason === null,
    // The plain client, not a react-query mutation: an ended session must not take the user
    // away from the page mid-sentence. The text is kept here and saved after signing in again.
    send: ({ content, baseRevision }) =>
      client.assessment.saveSection.mutate(
        saveInput({ episodeId, versionNumber, sectionId: section.id, baseRevision, content }),
      ),
    onSaved: (answer, content) => {
      const queryKey = trpc.assessment.get.queryKey({ episodeId });
      queryClient.setQueryData(queryKey, (old) => {
        if (!old || old.version.number !== versionNumber) return old;
        const others = old.version.sections.filter((s) => s.sectionId !== section.id);
        const updated = { sectionId: section.id, content, revision: answer.revision, updatedAt: answer.savedAt };
        return { ...old, version: { ...old.version, sections: [...others, updated] } };
      });
      // The task list and completion list are worked out by the server: fetch them when next shown.
      void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
    },
  });

  const [explicitProblem, setExplicitProblem] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const errorCount = Object.keys(snapshot?.errors ?? {}).length + (explicitProblem ? 1 : 0);
  usePageTitle(snapshot?.conflict ? undefined : section.title, { error: errorCount > 0 });

  const statusKind = snapshot?.status.kind;
  useEffect(() => {
    if (statusKind === 'saved') setExplicitProblem(null);
  }, [statusKind]);

  // A failed "Save and return" moves focus to the error summary (a failed autosave never moves focus).
  useEffect(() => {
    if (focusRequest === 0) return;
    document.querySelector<HTMLElement>('.govuk-error-summary')?.focus();
  }, [focusRequest]);

  // Arriving from check answers or the completion list at '#field-id': focus that field.
  const ready = snapshot?.ready === true;
  const focusedHash = useRef(false);
  useEffect(() => {
    if (!ready || focusedHash.current || location.hash.length < 2) return;
    focusedHash.current = true;
    focusField(decodeURIComponent(location.hash.slice(1)));
  }, [ready, location.hash]);

  if (!snapshot || !autosave || !snapshot.ready) return <PageLoading />;

  const links = {
    signIn: signInPath(location.pathname, 'signed-out'),
    consent: paths.consent,
    onSignIn: () => queryClient.removeQueries({ queryKey: trpc.auth.me.queryKey() }),
  };

  if (snapshot.conflict) {
    const conflict = snapshot.conflict;
    return (
      <>
        <AutosaveStatusLine snapshot={snapshot} links={links} live />
        <ConflictResolver
          section={section}
          mine={snapshot.values}
          saved={conflict}
          onResolve={(values) => autosave.resolveConflict(values, conflict)}
        />
      </>
    );
  }

  if (reason !== null) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SectionHeading view={view} section={section} />
          <ReadOnlyNotice view={view} reason={reason} />
          {snapshot.restoredFrom && (
            <KeptOnDevice section={section} snapshot={snapshot} autosave={autosave} reason={reason} />
          )}
          <SectionSummary
            fields={withWithheldAnswers(
              section,
              presentSection(section, saved?.content ?? {}),
              view.version.withheld[section.id],
            )}
          />
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.taskList}>
              Return to task list
            </AppLink>
          </p>
        </div>
      </div>
    );
  }

  async function saveAndReturn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!autosave) return;
    let status = await autosave.flush('explicit');
    // Typed while the save was on its way: save that too.
    for (let again = 0; status.kind === 'pending' && again < 3; again += 1) status = await autosave.flush('explicit');
    if (status.kind === 'saved' || status.kind === 'idle') {
      await navigate(paths.taskList);
      return;
    }
    if (status.kind === 'conflict') return;
    setExplicitProblem(explicitProblemText(status));
    setFocusRequest((count) => count + 1);
  }

  const summary = [
    ...(explicitProblem ? [{ text: explicitProblem }] : []),
    ...Object.entries(snapshot.errors).map(([path, message]) => ({ text: message, fieldId: fieldIdFor(path) })),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {summary.length > 0 && <ErrorSummary errors={summary} disableAutoFocus />}
        {snapshot.restoredFrom && (
          <NotificationBanner
            title="Text restored"
            text={`Text you typed on this device at ${formatSavedAt(snapshot.restoredFrom)} had not been saved. It is shown below and is being saved now.`}
          />
        )}
        <SectionHeading view={view} section={section} />
        <AutosaveStatusLine snapshot={snapshot} links={links} live id="autosave-status" />
        <form noValidate onSubmit={saveAndReturn}>
          <SectionFields
            key={snapshot.generation}
            section={section}
            values={snapshot.values}
            onChange={(values) => autosave.edit(values)}
            onFieldBlur={() => void autosave.flush('blur')}
            errors={snapshot.errors}
            people={people}
          />
          <AutosaveStatusLine snapshot={snapshot} links={links} />
          <ButtonGroup>
            <Button>Save and return to task list</Button>
          </ButtonGroup>
        </form>
      </div>
    </div>
  );
}

function ReadOnlyNotice({ view, reason }: { view: AssessmentView; reason: ReadOnlyReason }) {
  const paths = episodePaths(view.episode.id);
  switch (reason) {
    case 'completed':
      return (
        <InsetText>
          Version {view.version.number} of this assessment was completed
          {view.version.completedAt ? ` on ${formatTimestampAsDate(view.version.completedAt)}` : ''} and cannot be
          changed.
          {view.access.canStartReview && ' To make changes, start a review from the task list.'}
        </InsetText>
      );
    case 'no-permission':
      return (
        <InsetText>
          You can read this assessment but not change it. Only its assessor and co-assessors can change it.
        </InsetText>
      );
    case 'consent':
      return (
        <>
          <WarningText>
            {view.consent.status === 'refused'
              ? 'Consent to assess and store information was refused. Nothing can be written in this section unless consent is given.'
              : 'Record consent to assess and store information before you fill in this section.'}
          </WarningText>
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.consent}>
              {view.consent.status === 'refused' ? 'Consent to assess and store' : 'Record consent first'}
            </AppLink>
          </p>
        </>
      );
  }
}

/** Text typed on this device that cannot be saved as things stand: shown, kept, or thrown away at the user's word. */
function KeptOnDevice({
  section,
  snapshot,
  autosave,
  reason,
}: {
  section: SectionDefinition;
  snapshot: AutosaveSnapshot;
  autosave: SectionAutosave;
  reason: ReadOnlyReason;
}) {
  const when = snapshot.restoredFrom ? formatSavedAt(snapshot.restoredFrom) : '';
  const kept = presentSection(section, contentFromValues(section, snapshot.values).content);
  return (
    <>
      <WarningText>
        Text you typed on this device at {when} has not been saved.
        {reason === 'consent' && ' It will be saved when you open this section after consent has been recorded.'}
      </WarningText>
      <Details summary="Show the text kept on this device">
        <SectionSummary fields={kept} />
      </Details>
      <Button type="button" variant="secondary" onClick={() => autosave.discardDeviceCopy()}>
        Delete the text kept on this device
      </Button>
    </>
  );
}
