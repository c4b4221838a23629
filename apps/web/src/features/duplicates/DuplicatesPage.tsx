import './duplicates.css';
import { formatDate } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Pagination } from '../../components/Pagination';
import { SubNavigation } from '../../components/SubNavigation';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { WarningText } from '../../components/WarningText';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { formatSavedAt } from '../assessment/time';
import { asListItem } from '../children/child-labels';
import { MatchBandTag } from '../children/MatchReasons';
import {
  type DuplicateReviewRun,
  type DuplicatesOverview,
  duplicatesNoticeFrom,
  type RecentMerge,
} from './duplicates-data';
import {
  announcementFor,
  duplicatePaths,
  type PairStatus,
  pageCount,
  pageFrom,
  paginationItems,
  pairStatuses,
  pairStatusFrom,
  pairStatusLabels,
  pairsHref,
  REVIEW_STARTED,
} from './duplicates-words';
import { ReviewProgress } from './ReviewProgress';

const TITLE = 'Possible duplicate children';

/**
 * `/duplicates` (CH-2): the latest duplicate review and a button to run it again, its progress
 * while it runs, the pairs it found by decision, and recent merges with "Undo merge".
 */
export function DuplicatesPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const overview = useQuery(trpc.duplicates.overview.queryOptions());
  usePageTitle(overview.isError ? undefined : TITLE);
  const notice = duplicatesNoticeFrom(location.state);

  if (overview.isPending) return <PageLoading />;
  if (overview.isError) return <QueryProblem error={overview.error} withHeading />;
  const o = overview.data;

  return (
    <>
      {notice && <NotificationBanner type="success" text={notice} />}
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The duplicate review compares every child&apos;s record with the others, and lists the pairs that may be the
            same child registered twice. Check each pair: merge the records if they are the same child, or mark them as
            different children. A merge can be undone.
          </p>
        </div>
      </div>
      <ReviewRun overview={o} />
      <Pairs overview={o} />
      <RecentMerges merges={o.recentMerges} />
    </>
  );
}

/** The latest review, its progress while it runs (polled every second), and the button to run it. */
function ReviewRun({ overview }: { overview: DuplicatesOverview }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const latest = overview.latestRun;
  const [startedRunId, setStartedRunId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const runId = startedRunId ?? latest?.id ?? null;

  const runQuery = useQuery({
    ...trpc.duplicates.run.queryOptions({ runId: runId ?? '' }),
    enabled: runId !== null,
    initialData: latest && latest.id === runId ? latest : undefined,
    // Polled while it runs; once finished or failed, it stays as it is.
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
  const run: DuplicateReviewRun | null = runQuery.data ?? null;

  // Announce the end once, on the change from running, never each tick; then read the new pairs.
  const previousStatus = useRef(run?.status);
  useEffect(() => {
    if (!run) return;
    const said = announcementFor(previousStatus.current, run);
    previousStatus.current = run.status;
    if (said) {
      setAnnouncement(said);
      void queryClient.invalidateQueries(trpc.duplicates.overview.queryFilter());
      void queryClient.invalidateQueries(trpc.duplicates.pairs.pathFilter());
      void queryClient.invalidateQueries(trpc.dashboard.pathFilter());
    }
  }, [run, queryClient, trpc]);

  const heading = useRef<HTMLHeadingElement>(null);
  const start = useMutation(trpc.duplicates.start.mutationOptions());
  const [startProblem, setStartProblem] = useState<string | null>(null);
  async function startReview() {
    setStartProblem(null);
    try {
      const { runId: started } = await start.mutateAsync();
      previousStatus.current = 'running';
      setStartedRunId(started);
      setAnnouncement(REVIEW_STARTED);
      // The button goes while the review runs: focus stays in this section rather than falling to the page.
      heading.current?.focus();
      await queryClient.invalidateQueries(trpc.duplicates.overview.queryFilter());
    } catch (error) {
      setStartProblem(errorMessage(error));
      // Someone else started one: show theirs.
      if (appErrorOf(error)?.code === 'DUPLICATE_REVIEW_RUNNING') {
        await queryClient.invalidateQueries(trpc.duplicates.overview.queryFilter());
      }
    }
  }

  const running = run?.status === 'running';
  return (
    <section aria-labelledby="review-heading" className="govuk-!-margin-bottom-8">
      {startProblem && <ErrorSummary errors={[{ text: startProblem }]} />}
      <h2 className="govuk-heading-m app-duplicates__heading" id="review-heading" ref={heading} tabIndex={-1}>
        The duplicate review
      </h2>
      {/* Says only that a review started or ended: the progress bar is not read out at every tick. */}
      <div role="status" aria-live="polite" aria-atomic="true">
        {announcement && <p className="govuk-body govuk-!-font-weight-bold">{announcement}</p>}
      </div>
      {run === null ? (
        <p className="govuk-body">
          {runId === null ? 'The duplicate review has not been run yet.' : 'Starting the duplicate review…'}
        </p>
      ) : running ? (
        <ReviewProgress run={run} />
      ) : (
        <LatestRun run={run} />
      )}
      <SummaryList
        rows={[
          { key: 'Children in the index', value: overview.children.toLocaleString('en-GB') },
          {
            key: 'How records are compared',
            value:
              overview.model.source === 'trained'
                ? `With a model trained on ${overview.model.records.toLocaleString('en-GB')} of this authority's records${
                    overview.model.trainedAt ? ` on ${formatTimestampAsDate(overview.model.trainedAt)}` : ''
                  }`
                : `With the model that comes with eCAF (trained on ${overview.model.records.toLocaleString('en-GB')} records), until one is trained on this authority's records`,
          },
        ]}
      />
      {!running && (
        <Button type="button" onClick={() => void startReview()} disabled={start.isPending}>
          {run === null ? 'Run the duplicate review' : 'Run the duplicate review again'}
        </Button>
      )}
    </section>
  );
}

function LatestRun({ run }: { run: DuplicateReviewRun }) {
  if (run.status === 'failed') {
    return (
      <WarningText>
        The last duplicate review, started at {formatSavedAt(run.startedAt)}, stopped because of a problem
        {run.error ? `: ${run.error}` : ''}. Run it again.
      </WarningText>
    );
  }
  return (
    <SummaryList
      rows={[
        {
          key: 'Last review',
          value: run.finishedAt ? `Finished at ${formatSavedAt(run.finishedAt)}` : formatSavedAt(run.startedAt),
        },
        { key: 'Run by', value: run.startedByName },
        { key: 'Children checked', value: run.processed.toLocaleString('en-GB') },
        { key: 'Possible duplicates found', value: run.pairsFound.toLocaleString('en-GB') },
        { key: 'Still to check', value: run.openPairs.toLocaleString('en-GB') },
      ]}
    />
  );
}

const emptyText: Record<PairStatus, string> = {
  open: 'No pairs are waiting to be checked.',
  merged: 'No pairs from this review have been merged.',
  not_duplicate: 'No pairs from this review have been marked as different children.',
};

/** The pairs of the latest review, by decision (tabs), a page at a time. */
function Pairs({ overview }: { overview: DuplicatesOverview }) {
  const latest = overview.latestRun;
  if (!latest || latest.status === 'running') {
    return (
      <section aria-labelledby="pairs-heading" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-m" id="pairs-heading">
          Pairs to check
        </h2>
        <p className="govuk-body">
          {latest ? 'The pairs will be listed when the review finishes.' : 'Run the duplicate review to find them.'}
        </p>
      </section>
    );
  }
  return <PairsList runId={latest.id} />;
}

function PairsList({ runId }: { runId: string }) {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const status = pairStatusFrom(params.get('status'));
  const page = pageFrom(params.get('page'));
  const pairs = useQuery(trpc.duplicates.pairs.queryOptions({ runId, status, page }));
  const heading = `Pairs found: ${pairStatusLabels[status].toLowerCase()}`;

  return (
    <section aria-labelledby="pairs-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="pairs-heading">
        Pairs found by the last review
      </h2>
      <SubNavigation
        label="Pairs by decision"
        items={pairStatuses.map((s) => ({ href: pairsHref(s), text: pairStatusLabels[s], active: s === status }))}
      />
      {pairs.isPending ? (
        <PageLoading />
      ) : pairs.isError ? (
        <QueryProblem error={pairs.error} />
      ) : pairs.data.total === 0 ? (
        <p className="govuk-body">{emptyText[status]}</p>
      ) : (
        <>
          <Table
            caption={`${heading} (${pairs.data.total.toLocaleString('en-GB')})`}
            captionClassName="govuk-table__caption--s"
            head={[
              { content: 'First record' },
              { content: 'Second record' },
              { content: 'How likely', className: 'app-duplicates__band' },
              { content: 'Why' },
              { content: <span className="govuk-visually-hidden">Action</span> },
            ]}
            rows={pairs.data.pairs.map((pair) => ({
              key: pair.id,
              cells: [
                { content: <ChildCell child={pair.a} /> },
                { content: <ChildCell child={pair.b} /> },
                { content: <MatchBandTag band={pair.band} />, className: 'app-duplicates__band' },
                { content: asListItem(pair.explanation) },
                {
                  content: (
                    <AppLink className="govuk-link" href={duplicatePaths.pair(pair.id)}>
                      {status === 'open' ? 'Compare' : 'View'}
                      <span className="govuk-visually-hidden">
                        {' '}
                        {pair.a.name} and {pair.b.name}
                      </span>
                    </AppLink>
                  ),
                },
              ],
            }))}
          />
          <PairsPagination status={status} page={page} total={pairs.data.total} pageSize={pairs.data.pageSize} />
        </>
      )}
    </section>
  );
}

function ChildCell({ child }: { child: { name: string; dateOfBirth: string | null; postcode: string | null } }) {
  return (
    <>
      {child.name}
      <br />
      <span className="govuk-body-s">
        {child.dateOfBirth ? `Born ${formatDate(child.dateOfBirth)}` : 'Date of birth not recorded'}
        {child.postcode ? `, ${child.postcode}` : ''}
      </span>
    </>
  );
}

function PairsPagination({
  status,
  page,
  total,
  pageSize,
}: {
  status: PairStatus;
  page: number;
  total: number;
  pageSize: number;
}) {
  const last = pageCount(total, pageSize);
  if (last <= 1) return null;
  return (
    <Pagination
      label="Pages of pairs"
      previousHref={page > 1 ? pairsHref(status, page - 1) : undefined}
      nextHref={page < last ? pairsHref(status, page + 1) : undefined}
      pages={paginationItems(page, last).map((n) =>
        n === null ? null : { number: n, href: pairsHref(status, n), current: n === page },
      )}
    />
  );
}

function RecentMerges({ merges }: { merges: readonly RecentMerge[] }) {
  return (
    <section aria-labelledby="merges-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="merges-heading">
        Recent merges
      </h2>
      {merges.length === 0 ? (
        <p className="govuk-body">No records have been merged recently.</p>
      ) : (
        <Table
          caption="Recent merges"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Record kept' },
            { content: 'Record merged into it' },
            { content: 'Merged' },
            { content: 'Reason' },
            { content: <span className="govuk-visually-hidden">Action</span> },
          ]}
          rows={merges.map((merge) => ({
            key: merge.id,
            cells: [
              {
                content: (
                  <AppLink className="govuk-link" href={`/children/${merge.survivor.id}`}>
                    {merge.survivor.name}
                  </AppLink>
                ),
              },
              { content: merge.merged.name },
              { content: `${formatSavedAt(merge.mergedAt)} by ${merge.mergedByName}` },
              { content: merge.reason },
              {
                content: merge.undoneAt ? (
                  `Undone on ${formatTimestampAsDate(merge.undoneAt)}`
                ) : (
                  <AppLink className="govuk-link" href={duplicatePaths.undoMerge(merge.id)}>
                    Undo merge
                    <span className="govuk-visually-hidden">
                      {' '}
                      of {merge.merged.name} into {merge.survivor.name}
                    </span>
                  </AppLink>
                ),
              },
            ],
          }))}
        />
      )}
    </section>
  );
}
