import './sharing.css';
import { practitionerSearchSchema } from '@ecaf/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { formatTimestampAsDate, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { TeamFamilySection } from '../lead-professional/TeamFamilySection';
import { ConsentToShareTag, SharingHeading } from './ConsentRecord';
import { sharingPaths } from './paths';
import { type SharingView, standingRecord, type TeamMemberView, useRefreshSharing, useSharing } from './sharing-data';
import { describeCandidates, describeScope, teamBasisLabels } from './sharing-words';

const TITLE = 'Team Around the Child';

/** A message shown once; the count makes a repeat of the same message take focus again. */
type Notice = { text: string; count: number };

function problemText(error: unknown): string {
  return appErrorOf(error)?.fieldErrors?.userId ?? errorMessage(error);
}

/** `/episodes/:episodeId/team`: who is in the team, adding (SH-4, refusals shown before choosing) and removing. */
export function TeamPage() {
  const { episodeId = '' } = useParams();
  const result = useSharing(episodeId);
  const [success, setSuccess] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<Notice | null>(null);
  const [removing, setRemoving] = useState<TeamMemberView | null>(null);
  usePageTitle(result.isError ? undefined : removing ? `Remove ${removing.name} from the team` : TITLE, {
    error: problem !== null,
  });

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const paths = sharingPaths(episodeId);

  const notify = (text: string) => {
    setProblem(null);
    setRemoving(null);
    setSuccess((last) => ({ text, count: (last?.count ?? 0) + 1 }));
  };
  const fail = (error: unknown) => {
    setSuccess(null);
    setProblem((last) => ({ text: problemText(error), count: (last?.count ?? 0) + 1 }));
  };

  if (removing) {
    return (
      <ConfirmRemoval
        view={view}
        member={removing}
        problem={problem}
        onRemoved={notify}
        onProblem={fail}
        onCancel={() => {
          setProblem(null);
          setRemoving(null);
        }}
      />
    );
  }

  return (
    <>
      <BackLink href={paths.episode}>Back to the CAF</BackLink>
      {problem && <ErrorSummary errors={[{ text: problem.text }]} focusKey={problem.count} />}
      {success && <NotificationBanner key={success.count} type="success" text={success.text} />}
      <SharingHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConsentScope view={view} />
        </div>
      </div>
      <CurrentMembers view={view} onRemove={setRemoving} />
      <TeamFamilySection
        episodeId={episodeId}
        onDone={notify}
        onProblem={(text) => {
          setSuccess(null);
          setProblem((last) => ({ text, count: (last?.count ?? 0) + 1 }));
        }}
      />
      <p className="govuk-body">
        <AppLink className="govuk-link" href={paths.sharing}>
          See past team members and consent to share
        </AppLink>
      </p>
      {view.access.canShare ? (
        <FindTeamMember view={view} onAdded={notify} onProblem={fail} />
      ) : (
        <InsetText>Only the assessor, a co-assessor or the lead professional can add or remove team members.</InsetText>
      )}
    </>
  );
}

/** SH-4 in view before anyone is chosen: who the consent lets join. */
function ConsentScope({ view }: { view: SharingView }) {
  const standing = standingRecord(view);
  return (
    <>
      <h2 className="govuk-heading-m">Who can join</h2>
      <p className="govuk-body">
        Practitioners can join the team only if the family&apos;s consent to share includes their organisation, or if
        information was shared with them without consent on one of its grounds.
      </p>
      <SummaryList
        rows={[
          { key: 'Consent to share', value: <ConsentToShareTag status={view.consent.status} /> },
          standing ? { key: 'Basic information', value: describeScope(standing.basicScope) } : null,
          standing
            ? { key: 'Additional (sensitive) information', value: describeScope(standing.additionalScope) }
            : null,
        ]}
      />
    </>
  );
}

function CurrentMembers({ view, onRemove }: { view: SharingView; onRemove: (member: TeamMemberView) => void }) {
  const current = view.team.filter((m) => m.leftAt === null);
  const canShare = view.access.canShare;
  if (current.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Team members</h2>
        <p className="govuk-body">No practitioners from other services have joined the team yet.</p>
      </>
    );
  }
  return (
    <Table
      caption="Team members"
      captionClassName="govuk-table__caption--m"
      head={[
        { content: 'Name' },
        { content: 'Organisation' },
        { content: 'Joined' },
        { content: 'Basis' },
        ...(canShare ? [{ content: <span className="govuk-visually-hidden">Actions</span> }] : []),
      ]}
      firstCellIsHeader
      rows={current.map((member) => ({
        key: member.userId,
        cells: [
          {
            content: (
              <>
                {member.name}
                {member.jobTitle && (
                  <>
                    <br />
                    <span className="govuk-body-s">{member.jobTitle}</span>
                  </>
                )}
              </>
            ),
          },
          { content: orNotRecorded(member.organisation) },
          { content: formatTimestampAsDate(member.joinedAt) },
          { content: teamBasisLabels[member.basis] },
          ...(canShare
            ? [
                {
                  content: (
                    <Button
                      type="button"
                      variant="secondary"
                      className="govuk-!-margin-bottom-0"
                      onClick={() => onRemove(member)}
                    >
                      Remove<span className="govuk-visually-hidden"> {member.name} from the team</span>
                    </Button>
                  ),
                },
              ]
            : []),
        ],
      }))}
    />
  );
}

/** GOV.UK "are you sure" before a member leaves the team. */
function ConfirmRemoval({
  view,
  member,
  problem,
  onRemoved,
  onProblem,
  onCancel,
}: {
  view: SharingView;
  member: TeamMemberView;
  problem: Notice | null;
  onRemoved: (text: string) => void;
  onProblem: (error: unknown) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshSharing();
  const remove = useMutation(trpc.sharing.removeTeamMember.mutationOptions());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      {problem && <ErrorSummary errors={[{ text: problem.text }]} focusKey={problem.count} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">CAF {view.episode.reference}</span>
          <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
            Remove {member.name} from the team?
          </h1>
          <p className="govuk-body">
            {member.name}
            {member.organisation ? ` (${member.organisation})` : ''} will leave the Team Around the Child today and will
            no longer be able to see this assessment. They stay in the team&apos;s history.
          </p>
          <ButtonGroup>
            <Button
              type="button"
              variant="warning"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { episodeId: view.episode.id, userId: member.userId },
                  {
                    onSuccess: async () => {
                      await refresh();
                      onRemoved(`${member.name} has left the team`);
                    },
                    onError: onProblem,
                  },
                )
              }
            >
              Yes, remove {member.name}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              No, keep them in the team
            </Button>
          </ButtonGroup>
        </div>
      </div>
    </>
  );
}

function FindTeamMember({
  view,
  onAdded,
  onProblem,
}: {
  view: SharingView;
  onAdded: (text: string) => void;
  onProblem: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshSharing();
  const episodeId = view.episode.id;
  const paths = sharingPaths(episodeId);
  const [query, setQuery] = useState<string | null>(null);
  const form = useZodForm(practitionerSearchSchema, { defaultValues: { query: '' } });
  const error = useFieldError(form);
  const found = useQuery({
    ...trpc.sharing.findTeamCandidates.queryOptions({ episodeId, query: query ?? '' }),
    enabled: query !== null,
  });
  const add = useMutation(trpc.sharing.addTeamMember.mutationOptions());
  const results = query !== null && !found.isFetching && found.data ? found.data : null;
  const anyRefused = results?.some((candidate) => !candidate.allowed) ?? false;

  return (
    <>
      <Form form={form} pageTitle={TITLE} onSubmit={(values) => setQuery(values.query)}>
        <h2 className="govuk-heading-m">Add a team member</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Input
              label="Name or email address of the practitioner"
              hint="Enter at least 2 characters. Only practitioners in your local authority are found."
              autoComplete="off"
              spellCheck={false}
              {...form.register('query')}
              error={error('query')}
            />
            <Button variant="secondary">Search</Button>
          </div>
        </div>
      </Form>
      <div role="status">
        {query !== null &&
          (found.isFetching ? (
            <p className="govuk-body">Searching…</p>
          ) : found.isError ? (
            <p className="govuk-body">{errorMessage(found.error)}</p>
          ) : results ? (
            <p className="govuk-body">{describeCandidates(results, query)}</p>
          ) : null)}
      </div>
      {results && results.length > 0 && (
        <Table
          caption="Practitioners found"
          captionClassName="govuk-visually-hidden"
          head={[{ content: 'Name' }, { content: 'Organisation' }, { content: 'Email' }, { content: 'Can they join?' }]}
          firstCellIsHeader
          rows={results.map((candidate) => ({
            key: candidate.userId,
            cells: [
              { content: candidate.name },
              { content: orNotRecorded(candidate.organisation) },
              { content: candidate.email, className: 'app-sharing-email' },
              {
                content: candidate.allowed ? (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    disabled={add.isPending}
                    onClick={() =>
                      add.mutate(
                        { episodeId, userId: candidate.userId },
                        {
                          onSuccess: async (added) => {
                            await refresh();
                            setQuery(null);
                            form.reset({ query: '' });
                            onAdded(`${added.name} has joined the team`);
                          },
                          onError: onProblem,
                        },
                      )
                    }
                  >
                    Add<span className="govuk-visually-hidden"> {candidate.name}</span> to the team
                  </Button>
                ) : (
                  <>
                    <Tag colour="grey">Cannot join</Tag>
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{candidate.refusal}</p>
                  </>
                ),
              },
            ],
          }))}
        />
      )}
      {anyRefused && (
        <>
          <p className="govuk-body">To include someone the consent does not cover:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <AppLink className="govuk-link" href={paths.recordConsent}>
                record new consent to share
              </AppLink>{' '}
              that includes their organisation, or
            </li>
            <li>
              <AppLink className="govuk-link" href={paths.withoutConsent}>
                record sharing without consent
              </AppLink>{' '}
              if one of its grounds applies
            </li>
          </ul>
        </>
      )}
    </>
  );
}
