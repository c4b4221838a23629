import { useQuery } from '@tanstack/react-query';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';

export function MyWorkPage() {
  usePageTitle('My work');
  const trpc = useTRPC();
  const work = useQuery(trpc.work.mine.queryOptions());

  return (
    <>
      <h1 className="govuk-heading-l">My work</h1>
      {work.isPending ? (
        <PageLoading />
      ) : work.isError ? (
        <QueryProblem error={work.error} />
      ) : work.data.drafts.length === 0 ? (
        <>
          <h2 className="govuk-heading-m" id="drafts-heading">
            My draft CAFs
          </h2>
          <p className="govuk-body">You have no draft CAFs.</p>
          <p className="govuk-body">To start a CAF, find the child first.</p>
          <Button href="/children" variant="secondary">
            Find a child
          </Button>
        </>
      ) : (
        <Table
          caption="My draft CAFs"
          captionClassName="govuk-table__caption--m"
          head={[{ content: 'Reference' }, { content: 'Child' }, { content: 'Started' }]}
          rows={work.data.drafts.map((draft) => ({
            key: draft.episodeId,
            cells: [
              {
                content: (
                  <AppLink className="govuk-link" href={`/episodes/${draft.episodeId}`}>
                    {draft.reference}
                    <span className="govuk-visually-hidden"> for {draft.childName}</span>
                  </AppLink>
                ),
              },
              { content: draft.childName },
              { content: formatTimestampAsDate(draft.startedAt) },
            ],
          }))}
        />
      )}
    </>
  );
}
