import './sharing.css';
import { formatDate, sharedInformationLabels, withoutConsentGroundLabels } from '@ecaf/domain';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { WarningText } from '../../components/WarningText';
import { formatTimestampAsDate, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { consentRecordRows, consentRecordTitle, SharingHeading } from './ConsentRecord';
import { sharingPaths } from './paths';
import { noticeFrom, type SharingView, standingRecord, useSharing } from './sharing-data';
import { confirmationNote, teamBasisLabels } from './sharing-words';

const TITLE = 'Consent to share and the team';

/** `/episodes/:episodeId/sharing`: consent to share as it stands, its history, the team and shares without consent. */
export function SharingPage() {
  const { episodeId = '' } = useParams();
  const location = useLocation();
  const result = useSharing(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const paths = sharingPaths(episodeId);
  const notice = noticeFrom(location.state);

  return (
    <>
      <BackLink href={paths.episode}>Back to the CAF</BackLink>
      {notice && <NotificationBanner type="success" text={notice} />}
      <SharingHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ConsentAsItStands view={view} />
          <ConsentHistory view={view} />
          <Team view={view} />
          <SharesWithoutConsent view={view} />
          {view.access.canSeeWhoLooked && (
            <>
              <h2 className="govuk-heading-m">Who has looked at this record</h2>
              <p className="govuk-body">
                Every time someone opens this record it is logged, with the reason they were allowed to see it.
              </p>
              <p className="govuk-body">
                <AppLink className="govuk-link" href={paths.whoLooked}>
                  See who has looked at this record
                </AppLink>
              </p>
            </>
          )}
        </div>
      </div>
    </>
  );
}

/** CO-3 to CO-5: the consent that stands, in words, with what can be done about it. */
function ConsentAsItStands({ view }: { view: SharingView }) {
  const paths = sharingPaths(view.episode.id);
  const standing = standingRecord(view);
  const { canShare } = view.access;

  return (
    <>
      <h2 className="govuk-heading-m">Consent to share</h2>
      {standing === null ? (
        <p className="govuk-body">
          No consent to share has been recorded. Until it is, only the assessor, co-assessors, the lead professional and
          managers can see the assessment, and practitioners from other services cannot join the team.
        </p>
      ) : (
        <>
          {standing.status === 'lapsed' && <WarningText>{confirmationNote(standing)}</WarningText>}
          {standing.status === 'withdrawn' && (
            <WarningText>
              Consent to share was withdrawn{standing.withdrawnOn ? ` on ${formatDate(standing.withdrawnOn)}` : ''}.
              Nothing is shared under it: only the lead professional and managers can see the assessment.
            </WarningText>
          )}
          <SummaryList rows={consentRecordRows(standing, view.consent.history)} />
          {canShare && standing.status !== 'withdrawn' && (
            <ul className="govuk-list">
              {(standing.status === 'awaiting_confirmation' || standing.status === 'lapsed') && (
                <li>
                  <AppLink className="govuk-link" href={paths.confirmConsent(standing.id)}>
                    Record the written confirmation
                  </AppLink>
                </li>
              )}
              <li>
                <AppLink className="govuk-link" href={paths.correctConsent(standing.id)}>
                  Correct a mistake in this record
                </AppLink>
              </li>
              <li>
                <AppLink className="govuk-link" href={paths.withdrawConsent(standing.id)}>
                  Record that the family withdrew consent
                </AppLink>
              </li>
            </ul>
          )}
        </>
      )}
      {canShare ? (
        <Button href={paths.recordConsent} variant={standing === null ? 'primary' : 'secondary'}>
          {standing === null ? 'Record consent to share' : 'Record new consent to share'}
        </Button>
      ) : (
        <InsetText>
          Only the assessor, a co-assessor or the lead professional can record consent to share or change the team.
        </InsetText>
      )}
    </>
  );
}

/** CO-6: every record ever made, newest first; corrections beside what they correct. Nothing is deleted. */
function ConsentHistory({ view }: { view: SharingView }) {
  const { history } = view.consent;
  if (history.length < 2) return null;
  const newestFirst = [...history].reverse();
  return (
    <>
      <h2 className="govuk-heading-m">History of consent to share</h2>
      <p className="govuk-body">
        Every record is kept, newest first. A correction is added as a new record and the record it corrects stays here.
      </p>
      {newestFirst.map((record) => {
        const titleId = `consent-to-share-${record.id}`;
        return (
          <section key={record.id} className="govuk-summary-card" aria-labelledby={titleId}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title" id={titleId}>
                {record.correctsId ? 'Correction: ' : ''}
                {consentRecordTitle(record)}
                {record.standing && <span className="govuk-visually-hidden"> (the record that stands)</span>}
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList rows={consentRecordRows(record, history)} />
            </div>
          </section>
        );
      })}
    </>
  );
}

/** The Team Around the Child now and before, on which basis each joined, and the lead professional. */
function Team({ view }: { view: SharingView }) {
  const paths = sharingPaths(view.episode.id);
  const current = view.team.filter((m) => m.leftAt === null);
  const past = view.team.filter((m) => m.leftAt !== null);
  const lead = view.leadProfessional;
  const nameCell = (m: SharingView['team'][number]) => (
    <>
      {m.name}
      {m.jobTitle && (
        <>
          <br />
          <span className="govuk-body-s">{m.jobTitle}</span>
        </>
      )}
    </>
  );

  return (
    <>
      <h2 className="govuk-heading-m">Team Around the Child</h2>
      <h3 className="govuk-heading-s">Lead professional</h3>
      {lead ? (
        <SummaryList
          rows={[
            { key: 'Name', value: lead.name },
            { key: 'Job title', value: orNotRecorded(lead.jobTitle) },
            { key: 'Organisation', value: orNotRecorded(lead.organisation) },
            { key: 'Telephone', value: orNotRecorded(lead.telephone) },
            { key: 'Email', value: lead.email },
          ]}
        />
      ) : (
        <p className="govuk-body">No lead professional has been assigned yet.</p>
      )}
      {current.length === 0 ? (
        <>
          <h3 className="govuk-heading-s">Team members now</h3>
          <p className="govuk-body">No practitioners from other services have joined the team.</p>
        </>
      ) : (
        <Table
          caption="Team members now"
          captionClassName="govuk-table__caption--s"
          head={[{ content: 'Name' }, { content: 'Organisation' }, { content: 'Joined' }, { content: 'Basis' }]}
          firstCellIsHeader
          rows={current.map((m) => ({
            key: `${m.userId}-${m.joinedAt}`,
            cells: [
              { content: nameCell(m) },
              { content: orNotRecorded(m.organisation) },
              { content: formatTimestampAsDate(m.joinedAt) },
              { content: teamBasisLabels[m.basis] },
            ],
          }))}
        />
      )}
      {past.length > 0 && (
        <Table
          caption="Past team members"
          captionClassName="govuk-table__caption--s"
          head={[
            { content: 'Name' },
            { content: 'Organisation' },
            { content: 'Joined' },
            { content: 'Left' },
            { content: 'Basis' },
          ]}
          firstCellIsHeader
          rows={past.map((m) => ({
            key: `${m.userId}-${m.joinedAt}`,
            cells: [
              { content: nameCell(m) },
              { content: orNotRecorded(m.organisation) },
              { content: formatTimestampAsDate(m.joinedAt) },
              { content: m.leftAt ? formatTimestampAsDate(m.leftAt) : '' },
              { content: teamBasisLabels[m.basis] },
            ],
          }))}
        />
      )}
      {view.access.canShare && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.team}>
            Add or remove team members
          </AppLink>
        </p>
      )}
    </>
  );
}

/** CO-7: shares without consent, for those who may share and for managers (the server decides who gets them). */
function SharesWithoutConsent({ view }: { view: SharingView }) {
  const paths = sharingPaths(view.episode.id);
  const shares = view.sharesWithoutConsent;
  const seesShares = view.access.canShare || view.access.ground === 'manager';
  if (!seesShares && shares.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Sharing without consent</h2>
      {shares.length === 0 ? (
        <p className="govuk-body">Nothing has been shared without consent.</p>
      ) : (
        [...shares].reverse().map((share) => {
          const titleId = `share-${share.id}`;
          return (
            <section key={share.id} className="govuk-summary-card" aria-labelledby={titleId}>
              <div className="govuk-summary-card__title-wrapper">
                <h3 className="govuk-summary-card__title" id={titleId}>
                  Shared with {share.recipient.name} on {formatTimestampAsDate(share.sharedAt)}
                </h3>
              </div>
              <div className="govuk-summary-card__content">
                <SummaryList
                  rows={[
                    { key: 'Ground', value: withoutConsentGroundLabels[share.ground] },
                    { key: 'Reason', value: share.reason, valueClassName: 'app-sharing-text' },
                    { key: 'What was shared', value: sharedInformationLabels[share.shared] },
                    {
                      key: 'Shared with',
                      value: share.recipient.organisation
                        ? `${share.recipient.name}, ${share.recipient.organisation}`
                        : share.recipient.name,
                    },
                    { key: 'Recorded by', value: share.sharedBy },
                  ]}
                />
              </div>
            </section>
          );
        })
      )}
      {view.access.canShare && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.withoutConsent}>
            Record sharing without consent
          </AppLink>
        </p>
      )}
    </>
  );
}
