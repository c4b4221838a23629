import './sharing.css';
import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Table } from '../../components/Table';
import { errorMessage } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { formatSavedAt } from '../assessment/time';
import { SharingHeading } from './ConsentRecord';
import { sharingPaths } from './paths';
import { groundInWords, readActionInWords, whoLookedRole } from './sharing-words';

const TITLE = 'Who has looked at this record';

/**
 * `/episodes/:episodeId/who-looked` (SH-5): every read of the record, newest first, a page at a
 * time. The server decides who may see it (the lead professional, managers and the family).
 */
export function WhoLookedPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  // Each "Show older" adds the cursor of the next page; every page stays on screen.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((before) => trpc.sharing.whoLooked.queryOptions({ episodeId, before })),
  });
  const first = pages[0];
  usePageTitle(first?.isError ? undefined : TITLE);

  // After "Show older", focus moves to the first of the older reads.
  const firstNewRow = useRef<HTMLTableCellElement>(null);
  const focusWanted = useRef(false);
  const rows = pages.flatMap((page) => page.data?.reads ?? []);
  const firstOfLastPage = cursors.length > 1 ? pages.at(-1)?.data?.reads[0]?.id : undefined;
  useEffect(() => {
    if (focusWanted.current && firstOfLastPage !== undefined) {
      focusWanted.current = false;
      firstNewRow.current?.focus();
    }
  }, [firstOfLastPage]);

  if (!first || first.isPending) return <PageLoading />;
  if (first.isError) return <QueryProblem error={first.error} withHeading />;

  const last = pages.at(-1);
  const nextBefore = last?.data?.nextBefore ?? null;
  const loadingMore = last?.isPending === true;

  return (
    <>
      <BackLink href={sharingPaths(episodeId).episode}>Back to the CAF</BackLink>
      {/* Whose record: sent with the reads, so opening this list is not itself a read of the record. */}
      <SharingHeading view={first.data} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Everyone who has opened this assessment, its sharing details or the child&apos;s record, with the reason
            they were allowed to. The family can see this list too.
          </p>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="govuk-body">No one has looked at this record yet.</p>
      ) : (
        <Table
          caption="Who has looked, most recent first"
          captionClassName="govuk-table__caption--m"
          head={[
            { content: 'Who' },
            { content: 'Organisation and role' },
            { content: 'What they did' },
            { content: 'When' },
            { content: 'Allowed as' },
          ]}
          firstCellIsHeader
          rows={rows.map((read) => ({
            key: String(read.id),
            cells: [
              {
                content:
                  read.id === firstOfLastPage ? (
                    <span ref={firstNewRow} tabIndex={-1} className="app-sharing-focus-target">
                      {read.who}
                    </span>
                  ) : (
                    read.who
                  ),
              },
              { content: whoLookedRole(read) },
              { content: readActionInWords(read.action) },
              { content: formatSavedAt(read.at) },
              { content: groundInWords(read.ground) },
            ],
          }))}
        />
      )}
      <div role="status">
        {last?.isError ? (
          <p className="govuk-body">{errorMessage(last.error)}</p>
        ) : (
          <p className="govuk-body">
            {loadingMore
              ? 'Loading older reads…'
              : rows.length > 0
                ? `Showing ${rows.length} ${rows.length === 1 ? 'read' : 'reads'}${nextBefore === null ? ', back to the first.' : '.'}`
                : ''}
          </p>
        )}
      </div>
      {nextBefore !== null && (
        <Button
          type="button"
          variant="secondary"
          disabled={loadingMore}
          onClick={() => {
            focusWanted.current = true;
            setCursors((list) => [...list, nextBefore]);
          }}
        >
          Show older
        </Button>
      )}
    </>
  );
}
