import './versions.css';
import { type FieldComparison, getSection, WITHHELD_EXPLANATION } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Details } from '../../components/Details';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { withWithheld } from '../assessment/SectionSummary';
import { VersionStatusTag } from './VersionStatusTag';
import {
  type CompareSectionView,
  compareView,
  describeChanges,
  parseVersionNumber,
  printPath,
  type VersionSummary,
  versionsPath,
} from './versions';

export function ComparePage() {
  const { episodeId = '' } = useParams();
  const [params] = useSearchParams();
  const from = parseVersionNumber(params.get('from'));
  const to = parseVersionNumber(params.get('to'));
  if (from === null || to === null) return <NoSuchComparison episodeId={episodeId} />;
  return <Comparison episodeId={episodeId} from={from} to={to} />;
}

function NoSuchComparison({ episodeId }: { episodeId: string }) {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">
        Choose the two versions to compare on the{' '}
        <AppLink className="govuk-link" href={versionsPath(episodeId)}>
          assessment versions
        </AppLink>{' '}
        page.
      </p>
    </>
  );
}

function Comparison({ episodeId, from, to }: { episodeId: string; from: number; to: number }) {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const onlyChanges = params.get('changes') === 'only';
  const result = useQuery(trpc.assessment.compare.queryOptions({ episodeId, from, to }));
  const title = `Compare version ${from} with version ${to}`;
  usePageTitle(result.isError ? undefined : title);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const comparison = result.data;
  const view = compareView(comparison.sections, onlyChanges);
  const labels = { before: `Version ${comparison.from.number}`, after: `Version ${comparison.to.number}` };

  function setOnlyChanges(only: boolean) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (only) next.set('changes', 'only');
        else next.delete('changes');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  return (
    <>
      <BackLink href={versionsPath(episodeId)}>Back to assessment versions</BackLink>
      <span className="govuk-caption-l">CAF {comparison.reference}</span>
      <h1 className="govuk-heading-l">{title}</h1>

      <Table
        caption="The two versions"
        captionClassName="govuk-visually-hidden"
        head={[
          { content: <span className="govuk-visually-hidden">Detail</span> },
          { content: labels.before },
          { content: labels.after },
        ]}
        firstCellIsHeader
        rows={[
          row('Status', comparison.from, comparison.to, (v) => <VersionStatusTag status={v.status} />),
          row('Started', comparison.from, comparison.to, (v) => formatTimestampAsDate(v.startedAt)),
          row('Completed', comparison.from, comparison.to, (v) =>
            v.completedAt ? formatTimestampAsDate(v.completedAt) : 'Not completed',
          ),
          row('Full version', comparison.from, comparison.to, (v) => (
            <AppLink className="govuk-link" href={printPath(episodeId, v.number)}>
              View version {v.number}
            </AppLink>
          )),
        ]}
      />

      <h2 className="govuk-heading-m">{describeChanges(view)}</h2>
      {view.changedSections.length > 0 && (
        <nav aria-label="Sections with changes">
          <ul className="govuk-list">
            {view.changedSections.map((section) => (
              <li key={section.sectionId}>
                <a className="govuk-link" href={`#section-${section.sectionId}`}>
                  {section.number}. {section.title}
                </a>{' '}
                ({section.changedCount} {section.changedCount === 1 ? 'change' : 'changes'})
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="only-changes"
              type="checkbox"
              checked={onlyChanges}
              onChange={(event) => setOnlyChanges(event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="only-changes">
              Show only changes
            </label>
          </div>
        </div>
      </div>
      <p className="govuk-body govuk-visually-hidden" role="status">
        {onlyChanges
          ? `Showing only the ${view.changedFields} changed ${view.changedFields === 1 ? 'question' : 'questions'}.`
          : `Showing all ${view.totalFields} questions.`}
      </p>

      {view.sections.map((section) => (
        <SectionComparisonView
          key={section.sectionId}
          section={section}
          labels={labels}
          withheld={comparison.sections.find((s) => s.sectionId === section.sectionId)?.withheld ?? []}
        />
      ))}
    </>
  );
}

function row(key: string, from: VersionSummary, to: VersionSummary, show: (version: VersionSummary) => ReactNode) {
  return { key, cells: [{ content: key }, { content: show(from) }, { content: show(to) }] };
}

function SectionComparisonView({
  section,
  labels,
  withheld,
}: {
  section: CompareSectionView;
  labels: { before: string; after: string };
  /** SH-2: labels of the elements withheld from this reader. */
  withheld: readonly string[];
}) {
  const headingId = `section-${section.sectionId}`;
  // A withheld element is one row that says so and why, across both versions.
  const rows = withWithheld(getSection(section.sectionId), section.rows, withheld, ({ path, label }) => ({
    path,
    label,
    before: WITHHELD_EXPLANATION,
    after: WITHHELD_EXPLANATION,
    changed: false,
  }));
  const table = <ComparisonTable labelledBy={headingId} rows={rows} labels={labels} />;
  return (
    <section className="app-compare__section" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m app-compare__heading" id={headingId} tabIndex={-1}>
        {section.number}. {section.title}{' '}
        {section.changedCount > 0 ? (
          <Tag colour="yellow">
            {section.changedCount} {section.changedCount === 1 ? 'change' : 'changes'}
          </Tag>
        ) : (
          <Tag colour="grey">No changes</Tag>
        )}
      </h2>
      {section.rows.length === 0 ? (
        <p className="govuk-body">Nothing recorded in either version.</p>
      ) : section.changedCount > 0 ? (
        table
      ) : (
        <Details
          summary={`Show the ${section.rows.length === 1 ? 'answer' : `${section.rows.length} answers`} in this section`}
        >
          {table}
        </Details>
      )}
    </section>
  );
}

function Value({ value }: { value: string | null }) {
  if (value === null) return <span className="app-compare__empty">Not answered</span>;
  return <span className="app-version-text">{value}</span>;
}

/** Question, version A, version B. A changed row says so in words (a tag), not by colour alone. */
function ComparisonTable({
  labelledBy,
  rows,
  labels,
}: {
  labelledBy: string;
  rows: readonly FieldComparison[];
  labels: { before: string; after: string };
}) {
  return (
    <Table
      labelledBy={labelledBy}
      className="app-compare__table"
      head={[
        { content: 'Question', className: 'govuk-!-width-one-third' },
        { content: labels.before, className: 'govuk-!-width-one-third' },
        { content: labels.after, className: 'govuk-!-width-one-third' },
      ]}
      firstCellIsHeader
      rows={rows.map((field) => {
        const changed = field.changed ? 'app-compare__cell--changed' : undefined;
        return {
          key: field.path,
          cells: [
            {
              className: changed,
              content: (
                <>
                  {field.label}
                  {field.changed && (
                    <>
                      {' '}
                      <Tag colour="yellow" className="app-compare__tag">
                        Changed
                      </Tag>
                    </>
                  )}
                </>
              ),
            },
            ...(field.before === WITHHELD_EXPLANATION && field.after === WITHHELD_EXPLANATION
              ? [{ colSpan: 2, content: WITHHELD_EXPLANATION }]
              : [
                  { className: changed, content: <Value value={field.before} /> },
                  { className: changed, content: <Value value={field.after} /> },
                ]),
          ],
        };
      })}
    />
  );
}
