import type { AppRouter } from '@ecaf/api';
import { useQuery } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { AppLink } from '../../components/LinkContext';
import { Select } from '../../components/Select';
import { Table } from '../../components/Table';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { VersionStatusTag } from './VersionStatusTag';
import { compareFormSchema, comparePath, defaultComparePair, printPath } from './versions';

type Assessment = inferOutput<TRPCOptionsProxy<AppRouter>['assessment']['get']>;

const TITLE = 'Assessment versions';

export function VersionsPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const { episode, child, versions } = result.data;
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      <ChildIdentityBar child={child} />
      <span className="govuk-caption-l">CAF {episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            A completed version is never changed. Each review starts a new version, copied from the last completed one.
            Every version can be viewed, printed and compared with another.
          </p>
        </div>
      </div>
      <Table
        caption="All versions, newest first"
        captionClassName="govuk-visually-hidden"
        head={[
          { content: 'Version' },
          { content: 'Status' },
          { content: 'Started' },
          { content: 'Completed' },
          { content: <span className="govuk-visually-hidden">Actions</span> },
        ]}
        firstCellIsHeader
        rows={newestFirst.map((v) => ({
          key: String(v.number),
          cells: [
            { content: `Version ${v.number}` },
            { content: <VersionStatusTag status={v.status} /> },
            { content: formatTimestampAsDate(v.startedAt) },
            { content: v.completedAt ? formatTimestampAsDate(v.completedAt) : 'Not completed' },
            {
              content: (
                <AppLink className="govuk-link" href={printPath(episodeId, v.number)}>
                  View<span className="govuk-visually-hidden"> version {v.number}</span>
                </AppLink>
              ),
            },
          ],
        }))}
      />
      <h2 className="govuk-heading-m">Compare versions</h2>
      {versions.length < 2 ? (
        <p className="govuk-body">There is only one version, so there is nothing to compare yet.</p>
      ) : (
        <CompareForm episodeId={episodeId} versions={versions} />
      )}
    </>
  );
}

function CompareForm({ episodeId, versions }: { episodeId: string; versions: Assessment['versions'] }) {
  const navigate = useNavigate();
  const pair = defaultComparePair(versions);
  const form = useZodForm(compareFormSchema, {
    defaultValues: { from: String(pair?.from ?? ''), to: String(pair?.to ?? '') },
  });
  const error = useFieldError(form);
  const items = [...versions]
    .sort((a, b) => a.number - b.number)
    .map((v) => ({
      value: String(v.number),
      text: `Version ${v.number} (${v.status === 'completed' ? 'completed' : 'draft'})`,
    }));

  return (
    <Form form={form} pageTitle={TITLE} onSubmit={({ from, to }) => navigate(comparePath(episodeId, from, to))}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select label="Compare version" items={items} {...form.register('from')} error={error('from')} />
        </div>
        <div className="govuk-grid-column-one-half">
          <Select label="with version" items={items} {...form.register('to')} error={error('to')} />
        </div>
      </div>
      <Button variant="secondary">Compare</Button>
    </Form>
  );
}
