import { can, ethnicityLabel, type Sex, sexLabels, type YesNoNotKnown, yesNoNotKnownLabels } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { displayDate, displayNhsNumber, formatTimestampAsDate, NOT_RECORDED, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildConcerns } from '../concerns/ChildConcerns';
import { noticeOf } from '../concerns/concern-forms';
import { EpisodeStatusTag, isOpenStatus } from '../episodes/episode-status';
import { ChildIdentityBar } from './ChildIdentityBar';
import { mergedIntoIdOf } from './merged-record';

function yesNoNotKnown(value: string | null): string {
  return value && value in yesNoNotKnownLabels ? yesNoNotKnownLabels[value as YesNoNotKnown] : NOT_RECORDED;
}

function MultilineText({ text }: { text: string | null }) {
  const value = orNotRecorded(text);
  const lines = value.split('\n');
  return (
    <>
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of one address
        <span key={index}>
          {line}
          {index < lines.length - 1 && <br />}
        </span>
      ))}
    </>
  );
}

/** Where the server sends the right of access export (issue 4 item 7): files, not pages of this app. */
function childExportPath(childId: string, format: 'pdf' | 'json'): string {
  return `/api/children/${childId}/export.${format}`;
}

/** Managers only (the server refuses anyone else): everything held about the child, for a subject access request. */
function RightOfAccess({ childId, childName }: { childId: string; childName: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Right of access</h2>
      <p className="govuk-body">
        Each file holds everything eCAF has about {childName} (identifying details, parents and carers, every CAF with
        every version of its assessment, consents, sharing, the team around the child and a log of everyone who has
        looked at the record), and each download is recorded in the audit log.
      </p>
      <ul className="govuk-list">
        <li>
          {/* A file from the server, not a page of this app: a plain link, not the router's. */}
          <a className="govuk-link" href={childExportPath(childId, 'pdf')}>
            Download as PDF<span className="govuk-visually-hidden"> (everything held about {childName})</span>
          </a>
        </li>
        <li>
          <a className="govuk-link" href={childExportPath(childId, 'json')}>
            Download as JSON<span className="govuk-visually-hidden"> (everything held about {childName})</span>
          </a>
        </li>
      </ul>
    </>
  );
}

const MERGED_TITLE = 'This record has been merged';

/** CH-2: the tombstone of a record merged into another: where the child's record is now. */
function MergedRecord({ mergedIntoId }: { mergedIntoId: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{MERGED_TITLE}</h1>
      <p className="govuk-body">
        A manager found that this record and another were the same child, and merged them. Everything this record held
        (parents and carers, CAFs, concerns) is now in the other record.
      </p>
      <p className="govuk-body">
        <AppLink className="govuk-link" href={`/children/${mergedIntoId}`}>
          Go to the child&apos;s record
        </AppLink>
      </p>
    </>
  );
}

/** What the page is told when it is opened straight after registering the child. */
export type ChildPageState = { registered?: boolean };

function wasJustRegistered(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'registered' in state && state.registered === true;
}

export function ChildPage() {
  const { childId = '' } = useParams();
  const location = useLocation();
  const trpc = useTRPC();
  const result = useQuery(trpc.children.get.queryOptions({ childId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const mayExport = me.data?.user ? can(me.data.user.role, 'child-record:export') : false;
  const mayStartCaf = me.data?.user ? can(me.data.user.role, 'episode:start') : false;
  const mergedIntoId = result.isError ? mergedIntoIdOf(result.error) : null;
  usePageTitle(
    result.data ? result.data.child.name : mergedIntoId ? MERGED_TITLE : result.isError ? undefined : 'Child',
  );

  if (result.isPending) return <PageLoading />;
  if (mergedIntoId) return <MergedRecord mergedIntoId={mergedIntoId} />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;

  const { child, parents, episodes } = result.data;
  const openEpisode = episodes.find((episode) => isOpenStatus(episode.status));

  return (
    <>
      {wasJustRegistered(location.state) && (
        <NotificationBanner type="success" text={`${child.name} has been registered`} />
      )}
      {noticeOf(location.state) && <NotificationBanner type="success" text={noticeOf(location.state) ?? ''} />}
      <ChildIdentityBar
        child={child}
        actions={
          openEpisode || !mayStartCaf ? undefined : (
            <Button href={`/children/${child.id}/caf/new`} className="govuk-!-margin-bottom-0">
              Start a CAF
            </Button>
          )
        }
      />
      <span className="govuk-caption-l">Child</span>
      <h1 className="govuk-heading-l">{child.name}</h1>

      {openEpisode && (
        <InsetText>
          {child.name} has an open CAF,{' '}
          <AppLink className="govuk-link" href={`/episodes/${openEpisode.id}`}>
            {openEpisode.reference}
          </AppLink>
          . Contact {openEpisode.assessorName}
          {openEpisode.assessorOrganisation ? ` at ${openEpisode.assessorOrganisation}` : ''} to join the team around
          the child.
        </InsetText>
      )}

      <h2 className="govuk-heading-m">Details</h2>
      <SummaryList
        rows={[
          { key: 'Given names', value: orNotRecorded(child.givenNames) },
          { key: 'Family name', value: orNotRecorded(child.familyName) },
          { key: 'Also known as', value: orNotRecorded(child.alsoKnownAs) },
          { key: 'Sex', value: child.sex ? (sexLabels[child.sex as Sex] ?? child.sex) : NOT_RECORDED },
          child.isUnborn
            ? { key: 'Expected date of delivery', value: displayDate(child.expectedDateOfDelivery) }
            : { key: 'Date of birth', value: displayDate(child.dateOfBirth) },
          child.isUnborn && { key: "Mother's name", value: orNotRecorded(child.motherName) },
          { key: 'Address', value: <MultilineText text={child.address} /> },
          { key: 'Postcode', value: orNotRecorded(child.postcode) },
          { key: 'Telephone', value: orNotRecorded(child.telephone) },
          {
            key: 'Ethnicity',
            value: child.ethnicity
              ? [ethnicityLabel(child.ethnicity) ?? child.ethnicity, child.ethnicityOther].filter(Boolean).join(': ')
              : NOT_RECORDED,
          },
          { key: 'First language', value: orNotRecorded(child.firstLanguage) },
          { key: "Parent's first language", value: orNotRecorded(child.parentFirstLanguage) },
          { key: 'Interpreter needed', value: child.interpreterNeeded ? 'Yes' : 'No' },
          {
            key: 'Disability',
            value:
              child.disability === 'yes' && child.disabilityDetails
                ? `Yes: ${child.disabilityDetails}`
                : yesNoNotKnown(child.disability),
          },
          { key: 'Special requirements', value: orNotRecorded(child.specialRequirements) },
          { key: 'NHS number', value: displayNhsNumber(child.nhsNumber) },
          { key: 'Unique pupil number (UPN)', value: orNotRecorded(child.upn) },
          { key: 'School or setting', value: orNotRecorded(child.schoolName) },
          { key: 'GP practice', value: orNotRecorded(child.gpPractice) },
          { key: 'Religion', value: orNotRecorded(child.religion) },
          { key: 'Young carer', value: yesNoNotKnown(child.youngCarer) },
          { key: 'Special educational needs', value: yesNoNotKnown(child.specialEducationalNeeds) },
        ]}
      />

      {parents.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Parents and carers</h2>
          <p className="govuk-body">No parents or carers are recorded.</p>
        </>
      ) : (
        <Table
          caption="Parents and carers"
          captionClassName="govuk-table__caption--m"
          head={[
            { content: 'Name' },
            { content: 'Relationship' },
            { content: 'Parental responsibility' },
            { content: 'Contact' },
          ]}
          rows={parents.map((parent) => ({
            key: parent.id,
            cells: [
              { content: parent.name },
              { content: parent.relationship },
              { content: parent.parentalResponsibility ? 'Yes' : 'No' },
              {
                content: (
                  <>
                    {[parent.telephone, parent.email].filter(Boolean).join(', ') || NOT_RECORDED}
                    {parent.address && (
                      <>
                        <br />
                        <MultilineText text={parent.address} />
                      </>
                    )}
                  </>
                ),
              },
            ],
          }))}
        />
      )}

      {episodes.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">CAFs</h2>
          <p className="govuk-body">No CAF has been started for {child.name}.</p>
        </>
      ) : (
        <Table
          caption="CAFs"
          captionClassName="govuk-table__caption--m"
          head={[{ content: 'Reference' }, { content: 'Status' }, { content: 'Started' }, { content: 'Assessor' }]}
          rows={episodes.map((episode) => ({
            key: episode.id,
            cells: [
              {
                content: (
                  <AppLink className="govuk-link" href={`/episodes/${episode.id}`}>
                    {episode.reference}
                  </AppLink>
                ),
              },
              { content: <EpisodeStatusTag status={episode.status} /> },
              { content: formatTimestampAsDate(episode.startedAt) },
              {
                content: episode.assessorOrganisation
                  ? `${episode.assessorName}, ${episode.assessorOrganisation}`
                  : episode.assessorName,
              },
            ],
          }))}
        />
      )}

      <ChildConcerns childId={child.id} childName={child.name} />

      {mayExport && <RightOfAccess childId={child.id} childName={child.name} />}
    </>
  );
}
