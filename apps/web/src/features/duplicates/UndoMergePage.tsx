import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { SummaryList } from '../../components/SummaryList';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { formatSavedAt } from '../assessment/time';
import type { DuplicatesNotice, RecentMerge } from './duplicates-data';
import { duplicatePaths } from './duplicates-words';
import { UndoMergeForm } from './UndoMergeForm';

const TITLE = 'Undo a merge';

/** `/duplicates/merges/:mergeId/undo` (CH-2): one of the recent merges, undone with a reason. */
export function UndoMergePage() {
  const { mergeId = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const overview = useQuery(trpc.duplicates.overview.queryOptions());
  usePageTitle(overview.isError ? undefined : TITLE);
  const back = <BackLink href={duplicatePaths.list}>Back to possible duplicates</BackLink>;

  if (overview.isPending) {
    return (
      <>
        {back}
        <PageLoading />
      </>
    );
  }
  if (overview.isError) {
    return (
      <>
        {back}
        <QueryProblem error={overview.error} withHeading />
      </>
    );
  }
  const merge = overview.data.recentMerges.find((m) => m.id === mergeId);
  const heading = (
    <>
      <span className="govuk-caption-l">Possible duplicate children</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
    </>
  );
  if (!merge) {
    return (
      <>
        {back}
        {heading}
        <p className="govuk-body">
          This merge is not among the recent merges. Open the pair from the{' '}
          <AppLink className="govuk-link" href={duplicatePaths.list}>
            list of possible duplicates
          </AppLink>{' '}
          to see what was decided.
        </p>
      </>
    );
  }
  const summary = (
    <>
      {heading}
      <MergeSummary merge={merge} />
    </>
  );
  if (merge.undoneAt) {
    return (
      <>
        {back}
        {summary}
        <InsetText>This merge was undone on {formatTimestampAsDate(merge.undoneAt)}.</InsetText>
      </>
    );
  }
  return (
    <>
      {back}
      <UndoMergeForm
        mergeId={merge.id}
        survivorName={merge.survivor.name}
        mergedName={merge.merged.name}
        pageTitle={TITLE}
        afterSummary={summary}
        onUndone={async () => {
          const state: DuplicatesNotice = {
            notice: `The merge has been undone. ${merge.merged.name}'s record is a record of its own again.`,
          };
          await navigate(duplicatePaths.list, { state });
        }}
      />
    </>
  );
}

function MergeSummary({ merge }: { merge: RecentMerge }) {
  return (
    <SummaryList
      rows={[
        {
          key: 'Record kept',
          value: (
            <AppLink className="govuk-link" href={`/children/${merge.survivor.id}`}>
              {merge.survivor.name}
            </AppLink>
          ),
        },
        { key: 'Record merged into it', value: merge.merged.name },
        { key: 'Merged', value: `${formatSavedAt(merge.mergedAt)} by ${merge.mergedByName}` },
        { key: 'Reason', value: merge.reason },
      ]}
    />
  );
}
