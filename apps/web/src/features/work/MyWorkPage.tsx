import {
  filterWorkItems,
  formatDate,
  sortWorkItems,
  type WorkFilter,
  type WorkItem,
  type WorkItemGroup,
  type WorkSortKey,
  workItemGroupLabels,
  workItemGroups,
  workItemKindLabels,
} from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { type FormEvent, useState } from 'react';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { CountCards } from '../../components/CountCards';
import { DueTag } from '../../components/DueTag';
import { AppLink } from '../../components/LinkContext';
import { Select } from '../../components/Select';
import { SortableTable, type SortState, sortRows, toggleSort } from '../../components/SortableTable';
import { Table } from '../../components/Table';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';

type MyWork = inferOutput<ReturnType<typeof useTRPC>['work']['mine']>;
type MyEpisode = MyWork['episodes'][number];
type EpisodeSortKey = 'reference' | 'child' | 'role' | 'since' | 'nextReview';

function itemHref(item: WorkItem): string {
  if (item.kind === 'concern') return `/children/${item.childId}`;
  if (item.kind === 'verbal_consent') return `/episodes/${item.episodeId}/sharing`;
  return item.episodeId ? `/episodes/${item.episodeId}` : `/children/${item.childId}`;
}

const groupItems = [
  { value: 'all', text: 'Everything' },
  ...workItemGroups.map((g) => ({ value: g, text: workItemGroupLabels[g] })),
];

function WorkFilters({ filter, onApply }: { filter: WorkFilter; onApply: (filter: WorkFilter) => void }) {
  const [group, setGroup] = useState<string>(filter.group);
  const [overdueOnly, setOverdueOnly] = useState(filter.overdueOnly);
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ group: group as WorkItemGroup | 'all', overdueOnly });
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Filter things to do" className="govuk-!-margin-bottom-4">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select
            name="workKind"
            id="work-kind"
            label="Show"
            labelClassName="govuk-label--s"
            items={groupItems}
            value={group}
            onChange={(e) => setGroup(e.target.value)}
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
                    id="work-overdue-only"
                    name="overdueOnly"
                    type="checkbox"
                    checked={overdueOnly}
                    onChange={(e) => setOverdueOnly(e.target.checked)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor="work-overdue-only">
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

function ToDo({ items }: { items: readonly WorkItem[] }) {
  const [filter, setFilter] = useState<WorkFilter>({ group: 'all', overdueOnly: false });
  const [sort, setSort] = useState<SortState<WorkSortKey>>(null);
  const shown = sortWorkItems(filterWorkItems(items, filter), sort);
  return (
    <section aria-labelledby="todo-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="todo-heading">
        Things to do
      </h2>
      <WorkFilters filter={filter} onApply={setFilter} />
      <p className="govuk-body" role="status">
        Showing {shown.length} of {items.length} {items.length === 1 ? 'thing' : 'things'} to do
        {sort === null ? ', most urgent first' : ''}.
      </p>
      {shown.length > 0 && (
        <SortableTable<WorkItem, WorkSortKey>
          caption="Things to do"
          captionClassName="govuk-visually-hidden"
          rows={shown}
          rowKey={(item) => item.id}
          sort={sort}
          onSort={(key) => setSort((current) => toggleSort(current, key))}
          columns={[
            {
              key: 'date',
              heading: 'Date',
              cell: (item) => (
                <>
                  {formatDate(item.date)}
                  <br />
                  <DueTag due={item.due} />
                </>
              ),
            },
            {
              key: 'kind',
              heading: 'What',
              cell: (item) => (
                <>
                  <strong>{workItemKindLabels[item.kind]}</strong>
                  <br />
                  {item.summary}
                  {item.owner !== null && <span className="govuk-hint govuk-!-margin-0">Owner: {item.owner}</span>}
                </>
              ),
            },
            {
              key: 'child',
              heading: 'Child',
              cell: (item) => item.childName,
            },
            {
              key: 'reference',
              heading: 'CAF',
              cell: (item) => (
                <AppLink className="govuk-link" href={itemHref(item)}>
                  {item.reference ?? 'Child record'}
                  <span className="govuk-visually-hidden">
                    {' '}
                    : {workItemKindLabels[item.kind]} for {item.childName}
                  </span>
                </AppLink>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

const roleLabels: Record<MyEpisode['role'], string> = {
  lead_professional: 'Lead professional',
  team_member: 'Team member',
};

function MyEpisodes({ episodes }: { episodes: readonly MyEpisode[] }) {
  // Most recently assigned or joined first, as the server sends them, until a column is chosen.
  const [sort, setSort] = useState<SortState<EpisodeSortKey>>(null);
  const shown = sortRows(episodes, sort, (e, key) => {
    switch (key) {
      case 'reference':
        return e.reference;
      case 'child':
        return e.childName;
      case 'role':
        return roleLabels[e.role];
      case 'since':
        return e.since;
      case 'nextReview':
        return e.nextReviewOn ?? '9999-12-31';
    }
  });
  if (episodes.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">My CAFs</h2>
        <p className="govuk-body">You are not the lead professional or on the team of any open CAF.</p>
      </>
    );
  }
  return (
    <SortableTable<MyEpisode, EpisodeSortKey>
      caption="My CAFs"
      captionClassName="govuk-table__caption--m"
      id="my-episodes"
      rows={shown}
      rowKey={(e) => e.episodeId}
      sort={sort}
      onSort={(key) => setSort((current) => toggleSort(current, key))}
      columns={[
        {
          key: 'reference',
          heading: 'Reference',
          cell: (e) => (
            <AppLink className="govuk-link" href={`/episodes/${e.episodeId}`}>
              {e.reference}
              <span className="govuk-visually-hidden"> for {e.childName}</span>
            </AppLink>
          ),
        },
        { key: 'child', heading: 'Child', cell: (e) => e.childName },
        { key: 'role', heading: 'My role', cell: (e) => roleLabels[e.role] },
        { key: 'since', heading: 'Since', cell: (e) => formatTimestampAsDate(e.since) },
        {
          key: 'nextReview',
          heading: 'Next review',
          cell: (e) => (e.nextReviewOn ? formatDate(e.nextReviewOn) : 'Not set'),
        },
      ]}
    />
  );
}

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
  const { drafts, counts, items, episodes } = work.data;

  return (
    <>
      <h1 className="govuk-heading-l">My work</h1>

      <section aria-labelledby="today-heading" className="govuk-!-margin-bottom-6">
        <h2 className="govuk-heading-m" id="today-heading">
          Today, {formatDate(work.data.today)}
        </h2>
        <CountCards
          labelledBy="today-heading"
          cards={[
            { key: 'overdue', label: 'Overdue', count: counts.overdue },
            { key: 'today', label: 'Due today', count: counts.dueToday },
            { key: 'soon', label: 'Due in the next 14 days', count: counts.dueSoon },
            { key: 'concerns', label: 'New concerns', count: counts.newConcerns },
          ]}
        />
      </section>

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

      {items.length > 0 ? (
        <ToDo items={items} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Things to do</h2>
          <p className="govuk-body">Nothing is due in the next 14 days.</p>
        </>
      )}

      <MyEpisodes episodes={episodes} />

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
