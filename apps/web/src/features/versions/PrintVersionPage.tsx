import './versions.css';
import { getSection } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { SummaryList } from '../../components/SummaryList';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { withWithheldAnswers } from '../assessment/SectionSummary';
import { VersionStatusTag } from './VersionStatusTag';
import { parseVersionNumber, pdfPath, versionsPath } from './versions';

export function PrintVersionPage() {
  const { episodeId = '', versionNumber: param } = useParams();
  const versionNumber = parseVersionNumber(param);
  if (versionNumber === null) return <VersionNotFound episodeId={episodeId} />;
  return <PrintVersion episodeId={episodeId} versionNumber={versionNumber} />;
}

function VersionNotFound({ episodeId }: { episodeId: string }) {
  usePageTitle('Page not found');
  return (
    <>
      <BackLink href={versionsPath(episodeId)}>Back to assessment versions</BackLink>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">There is no such version of this assessment.</p>
    </>
  );
}

/**
 * One version as it will be printed (and as the PDF shows it): the header, then every section
 * as a summary list. The site's header, footer and these buttons are left off the printout.
 */
function PrintVersion({ episodeId, versionNumber }: { episodeId: string; versionNumber: number }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.assessment.print.queryOptions({ episodeId, versionNumber }));
  // The browser prints the title at the top of each page: the reference, never the child's name.
  usePageTitle(
    result.data ? `Version ${versionNumber} of CAF ${result.data.reference}` : result.isError ? undefined : 'Version',
  );

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const { reference, childName, version, generatedAt, sections } = result.data;

  return (
    <div className="app-print-view">
      <div className="app-no-print">
        <BackLink href={versionsPath(episodeId)}>Back to assessment versions</BackLink>
      </div>
      <span className="govuk-caption-l">CAF {reference}</span>
      <h1 className="govuk-heading-l">
        {childName}: assessment version {version.number}
      </h1>
      <SummaryList
        rows={[
          { key: 'Reference', value: reference },
          { key: 'Child', value: childName },
          { key: 'Version', value: String(version.number) },
          { key: 'Status', value: <VersionStatusTag status={version.status} /> },
          { key: 'Started', value: formatTimestampAsDate(version.startedAt) },
          {
            key: 'Completed',
            value: version.completedAt ? formatTimestampAsDate(version.completedAt) : 'Not completed',
          },
          { key: 'Printed', value: formatTimestampAsDate(generatedAt) },
        ]}
      />
      <div className="app-no-print">
        <ButtonGroup>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            Print this page
          </Button>
          {/* A file from the server, not a page of this app: a plain link, not the router's. */}
          <a className="govuk-link" href={pdfPath(episodeId, version.number)}>
            Download as PDF
          </a>
        </ButtonGroup>
      </div>
      {sections.map((section) => (
        <section key={section.sectionId} className="app-print-section" aria-labelledby={`section-${section.sectionId}`}>
          <h2 className="govuk-heading-m" id={`section-${section.sectionId}`}>
            {section.number}. {section.title}
          </h2>
          {section.fields.length === 0 && section.withheld.length === 0 ? (
            <p className="govuk-body">Nothing recorded.</p>
          ) : (
            <SummaryList
              rows={withWithheldAnswers(getSection(section.sectionId), section.fields, section.withheld).map(
                (field) => ({
                  key: field.label,
                  value: field.value ?? <span className="app-compare__empty">Not answered</span>,
                  valueClassName: 'app-version-text',
                }),
              )}
            />
          )}
        </section>
      ))}
    </div>
  );
}
