import {
  type DashboardFiltersInput,
  dashboardEpisodeStatuses,
  formatDate,
  sharedInformationLabels,
  withoutConsentGroundLabels,
} from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { CountCards } from '../../components/CountCards';
import { DueTag } from '../../components/DueTag';
import { AppLink } from '../../components/LinkContext';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';

const statusLabels: Record<(typeof dashboardEpisodeStatuses)[number], string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

function filtersFrom(params: URLSearchParams): DashboardFiltersInput {
  const status = params.get('status');
  const organisationId = params.get('organisation');
  return {
    organisationId: organisationId || null,
    status: dashboardEpisodeStatuses.find((s) => s === status) ?? null,
    overdueOnly: params.get('overdue') === 'yes',
  };
}

type Organisation = { id: string; name: string };

/** GOV.UK selects and a checkbox, applied with a button; the filters live in the address. */
function Filters({
  organisations,
  current,
}: {
  organisations: readonly Organisation[];
  current: DashboardFiltersInput;
}) {
  const [, setParams] = useSearchParams();
  const [organisation, setOrganisation] = useState(current?.organisationId ?? '');
  const [status, setStatus] = useState<string>(current?.status ?? '');
  const [overdueOnly, setOverdueOnly] = useState(current?.overdueOnly ?? false);
  function submit(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (organisation) next.set('organisation', organisation);
    if (status) next.set('status', status);
    if (overdueOnly) next.set('overdue', 'yes');
    setParams(next);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Filter the dashboard" className="govuk-!-margin-bottom-6">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="organisation"
            id="dashboard-organisation"
            label="Organisation"
            labelClassName="govuk-label--s"
            hint="Of the lead professional, or else of the assessor"
            items={[
              { value: '', text: 'All organisations' },
              ...organisations.map((o) => ({ value: o.id, text: o.name })),
            ]}
            value={organisation}
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            name="status"
            id="dashboard-status"
            label="CAF status"
            labelClassName="govuk-label--s"
            hint="Draft, active or closed"
            items={[
              { value: '', text: 'All statuses' },
              ...dashboardEpisodeStatuses.map((s) => ({ value: s, text: statusLabels[s] })),
            ]}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Due</legend>
              <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                <div className="govuk-checkboxes__item">
                  <input
                    className="govuk-checkboxes__input"
                    id="dashboard-overdue-only"
                    name="overdue"
                    type="checkbox"
                    checked={overdueOnly}
                    onChange={(e) => setOverdueOnly(e.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="dashboard-overdue-only">
                    Overdue only
                  </label>
                </div>
              </div>
            </fieldset>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Apply filters
      </button>
    </form>
  );
}

/** A list section: heading, "showing 50 of 120" when capped, the table or a sentence saying none. */
function ListSection({
  id,
  title,
  total,
  shown,
  empty,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {total === 0 ? (
        <p className="govuk-body">{empty}</p>
      ) : (
        <>
          {shown < total && (
            <p className="govuk-body">
              Showing the first {shown} of {total.toLocaleString('en-GB')}.
            </p>
          )}
          {children}
        </>
      )}
    </section>
  );
}

const episodeLink = (episodeId: string, reference: string, childName: string) => (
  <AppLink className="govuk-link" href={`/episodes/${episodeId}`}>
    {reference}
    <span className="govuk-visually-hidden"> for {childName}</span>
  </AppLink>
);

export function ManagerDashboardPage() {
  usePageTitle('Dashboard');
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const filters = filtersFrom(params);
  const overview = useQuery(trpc.dashboard.overview.queryOptions(filters));

  if (overview.isPending || overview.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Dashboard</h1>
        {overview.isPending ? <PageLoading /> : <QueryProblem error={overview.error} />}
      </>
    );
  }
  const o = overview.data;
  const c = o.counts;

  return (
    <>
      <h1 className="govuk-heading-l">Dashboard</h1>
      <p className="govuk-body-l">The CAFs of your authority on {formatDate(o.today)}.</p>

      <Filters
        // A new address (another filter applied, or back) starts the form again from it.
        key={params.toString()}
        organisations={o.organisations}
        current={filters}
      />

      <section aria-labelledby="counts-heading" className="govuk-!-margin-bottom-6">
        <h2 className="govuk-heading-m" id="counts-heading">
          At a glance
        </h2>
        <CountCards
          labelledBy="counts-heading"
          cards={[
            { key: 'draft', label: 'Draft CAFs', count: c.byStatus.draft },
            { key: 'active', label: 'Active CAFs', count: c.byStatus.active },
            { key: 'closed', label: 'Closed CAFs', count: c.byStatus.closed },
            { key: 'no-lead', label: 'Without a lead professional', count: c.withoutLeadProfessional },
            { key: 'reviews', label: 'Reviews overdue', count: c.reviewsOverdue },
            { key: 'actions', label: 'Actions overdue', count: c.actionsOverdue },
            {
              key: 'verbal',
              label: 'Verbal consents unconfirmed after 14 days',
              count: c.verbalConsentsUnconfirmed,
            },
            { key: 'shares', label: 'Shared without consent', count: c.sharesWithoutConsent },
            { key: 'duplicates', label: 'Possible duplicates to check', count: c.possibleDuplicates },
          ]}
        />
      </section>

      <ListSection
        id="no-lead"
        title="Active CAFs without a lead professional"
        total={o.withoutLeadProfessional.total}
        shown={o.withoutLeadProfessional.rows.length}
        empty="Every active CAF has a lead professional."
      >
        <Table
          caption="Active CAFs without a lead professional"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'CAF' },
            { content: 'Child' },
            { content: 'Started' },
            { content: 'Assessor' },
            { content: 'Action' },
          ]}
          rows={o.withoutLeadProfessional.rows.map((r) => ({
            key: r.episodeId,
            cells: [
              { content: episodeLink(r.episodeId, r.reference, r.childName) },
              { content: r.childName },
              { content: formatDate(r.startedOn) },
              { content: r.assessorName },
              {
                content: (
                  <AppLink className="govuk-link" href={`/episodes/${r.episodeId}/lead-professional`}>
                    Assign a lead professional<span className="govuk-visually-hidden"> for {r.reference}</span>
                  </AppLink>
                ),
              },
            ],
          }))}
        />
      </ListSection>

      <ListSection
        id="reviews"
        title={o.filters.overdueOnly ? 'Reviews overdue' : 'Reviews overdue or due in the next 14 days'}
        total={o.reviews.total}
        shown={o.reviews.rows.length}
        empty="No reviews are due."
      >
        <Table
          caption="Reviews"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Review date' },
            { content: 'CAF' },
            { content: 'Child' },
            { content: 'Lead professional' },
          ]}
          rows={o.reviews.rows.map((r) => ({
            key: r.episodeId,
            cells: [
              {
                content: (
                  <>
                    {formatDate(r.nextReviewOn)} <DueTag due={r.due} />
                  </>
                ),
              },
              { content: episodeLink(r.episodeId, r.reference, r.childName) },
              { content: r.childName },
              { content: r.leadName ?? 'None assigned' },
            ],
          }))}
        />
      </ListSection>

      <ListSection
        id="actions"
        title={o.filters.overdueOnly ? 'Actions overdue' : 'Actions overdue or due in the next 14 days'}
        total={o.actions.total}
        shown={o.actions.rows.length}
        empty="No actions are due."
      >
        <Table
          caption="Actions"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Due' },
            { content: 'Action' },
            { content: 'Owner' },
            { content: 'CAF' },
            { content: 'Lead professional' },
          ]}
          rows={o.actions.rows.map((a) => ({
            key: a.actionId,
            cells: [
              {
                content: (
                  <>
                    {formatDate(a.dueOn)} <DueTag due={a.due} />
                  </>
                ),
              },
              { content: a.action },
              { content: a.ownerName },
              { content: episodeLink(a.episodeId, a.reference, a.childName) },
              { content: a.leadName ?? 'None assigned' },
            ],
          }))}
        />
      </ListSection>

      <ListSection
        id="verbal"
        title={
          o.filters.overdueOnly
            ? 'Verbal consents not confirmed within 14 days'
            : 'Verbal consents awaiting written confirmation'
        }
        total={o.verbalConsents.total}
        shown={o.verbalConsents.rows.length}
        empty="No verbal consent is waiting for confirmation."
      >
        <Table
          caption="Verbal consents"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Confirm by' },
            { content: 'Given verbally' },
            { content: 'CAF' },
            { content: 'Child' },
            { content: 'Lead professional' },
          ]}
          rows={o.verbalConsents.rows.map((v) => ({
            key: v.episodeId,
            cells: [
              {
                content: (
                  <>
                    {formatDate(v.dueOn)} <DueTag due={v.overdue ? 'overdue' : 'due_soon'} />
                  </>
                ),
              },
              { content: formatDate(v.decidedOn) },
              { content: episodeLink(v.episodeId, v.reference, v.childName) },
              { content: v.childName },
              { content: v.leadName ?? 'None assigned' },
            ],
          }))}
        />
      </ListSection>

      <ListSection
        id="shares"
        title="Shared without consent"
        total={o.sharesWithoutConsent.total}
        shown={o.sharesWithoutConsent.rows.length}
        empty="Nothing has been shared without consent."
      >
        <Table
          caption="Shared without consent"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Date' },
            { content: 'CAF' },
            { content: 'Ground' },
            { content: 'Shared' },
            { content: 'With' },
            { content: 'By' },
          ]}
          rows={o.sharesWithoutConsent.rows.map((s) => ({
            key: s.shareId,
            cells: [
              { content: formatTimestampAsDate(s.sharedAt) },
              { content: episodeLink(s.episodeId, s.reference, s.childName) },
              { content: withoutConsentGroundLabels[s.ground] },
              { content: sharedInformationLabels[s.shared] },
              { content: s.recipient },
              { content: s.sharedByName },
            ],
          }))}
        />
      </ListSection>

      <section aria-labelledby="duplicates-heading" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="duplicates-heading">
          Possible duplicate children
        </h2>
        <p className="govuk-body">
          {o.possibleDuplicates.openPairs === 0
            ? 'No pairs of records are waiting to be checked.'
            : `${o.possibleDuplicates.openPairs.toLocaleString('en-GB')} ${
                o.possibleDuplicates.openPairs === 1 ? 'pair of records may be' : 'pairs of records may be'
              } the same child.`}{' '}
          {o.possibleDuplicates.lastRunFinishedAt
            ? `The last duplicate review finished on ${formatTimestampAsDate(o.possibleDuplicates.lastRunFinishedAt)}.`
            : 'The duplicate review has not been run yet.'}
        </p>
        <p className="govuk-body">
          <AppLink className="govuk-link" href="/duplicates">
            Review possible duplicates
          </AppLink>
        </p>
      </section>
    </>
  );
}
