import { formatDate } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';

export function MyWorkPage() {
  usePageTitle('My work');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const work = useQuery(trpc.work.mine.queryOptions());
  const markRead = useMutation(
    trpc.work.markNotificationRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.work.mine.queryKey() }),
    }),
  );

  if (work.isPending) {
    return (
      <>
        <h1 className="govuk-heading-l">My work</h1>
        <PageLoading />
      </>
    );
  }
  if (work.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">My work</h1>
        <QueryProblem error={work.error} />
      </>
    );
  }
  const unread = work.data.notifications.filter((n) => !n.read);
  const { verbalConsentsToConfirm: verbal, drafts } = work.data;

  return (
    <>
      <h1 className="govuk-heading-l">My work</h1>

      {unread.length > 0 && (
        <section aria-labelledby="notifications-heading" className="govuk-!-margin-bottom-8">
          <h2 className="govuk-heading-m" id="notifications-heading">
            Notifications
          </h2>
          <ul className="govuk-list">
            {unread.map((n) => (
              <li key={n.id} className="govuk-!-margin-bottom-4">
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>{formatTimestampAsDate(n.createdAt)}:</strong> {n.message}
                </p>
                {n.episodeId && (
                  <AppLink className="govuk-link govuk-!-margin-right-4" href={`/episodes/${n.episodeId}/sharing`}>
                    See consent and sharing
                  </AppLink>
                )}
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                  onClick={() => markRead.mutate({ notificationId: n.id })}
                  disabled={markRead.isPending}
                >
                  Mark as read
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {verbal.length > 0 && (
        <Table
          caption="Verbal consents to confirm in writing"
          captionClassName="govuk-table__caption--m"
          head={[{ content: 'Reference' }, { content: 'Given verbally' }, { content: 'Confirm by' }]}
          rows={verbal.map((v) => ({
            key: v.episodeId,
            cells: [
              {
                content: (
                  <AppLink className="govuk-link" href={`/episodes/${v.episodeId}/sharing`}>
                    {v.reference}
                  </AppLink>
                ),
              },
              { content: formatDate(v.decidedOn) },
              {
                content: (
                  <>
                    {formatDate(v.dueOn)}{' '}
                    {v.overdue && <Tag colour="red">Overdue: nothing is shared until it is confirmed</Tag>}
                  </>
                ),
              },
            ],
          }))}
        />
      )}

      {drafts.length === 0 ? (
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
          rows={drafts.map((draft) => ({
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
