import { type ChronologyGroup, chronologyGroupLabels, chronologyGroups, formatDate } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { AppLink } from '../../components/LinkContext';
import { Select } from '../../components/Select';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ConcernHeading } from './ConcernPageFrame';
import { concernPaths } from './concern-forms';
import type { ChronologyView } from './concerns-data';

const TITLE = 'Chronology';
const ALL = 'all';

type Entry = ChronologyView['entries'][number];

/** The time of an event in England, for a timed event: '3 March 2026 at 10:15am'. */
function when(entry: Entry): string {
  if (entry.dateOnly) return formatDate(entry.at);
  const date = new Date(entry.at);
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  })
    .format(date)
    .replace(' ', '');
  return `${day} at ${time}`;
}

/** `/children/:childId/chronology`: screen 4's chronology as an MOJ timeline, newest first. */
export function ChronologyPage() {
  const { childId = '' } = useParams();
  const trpc = useTRPC();
  const child = useQuery(trpc.children.get.queryOptions({ childId }));
  const chronology = useQuery(trpc.concerns.chronology.queryOptions({ childId }));
  const [group, setGroup] = useState<ChronologyGroup | typeof ALL>(ALL);
  const failed = child.isError ? child.error : chronology.isError ? chronology.error : null;
  usePageTitle(failed ? undefined : TITLE);

  if (failed) return <QueryProblem error={failed} withHeading />;
  if (!child.data || !chronology.data) return <PageLoading />;

  const paths = concernPaths(childId);
  const entries = chronology.data.entries.filter((e) => group === ALL || e.group === group);

  return (
    <>
      <BackLink href={paths.child}>Back to {child.data.child.name}</BackLink>
      <ConcernHeading childName={child.data.child.name} title={TITLE} />
      <p className="govuk-body">
        Everything recorded about {child.data.child.name} in eCAF, newest first. Events inside a CAF are shown only if
        you can see that CAF.
      </p>
      <Select
        name="kind"
        label="Show"
        items={[
          { value: ALL, text: 'All events' },
          ...chronologyGroups.map((g) => ({ value: g, text: chronologyGroupLabels[g] })),
        ]}
        value={group}
        onChange={(event) => setGroup(event.target.value as ChronologyGroup | typeof ALL)}
      />
      <p className="govuk-body" role="status">
        {entries.length === 1 ? '1 event' : `${entries.length} events`}
      </p>
      {entries.length > 0 && (
        <div className="moj-timeline">
          {entries.map((entry) => (
            <div className="moj-timeline__item" key={entry.key}>
              <div className="moj-timeline__header">
                <h2 className="moj-timeline__title">{entry.title}</h2>
                {entry.actorName && <p className="moj-timeline__byline">by {entry.actorName}</p>}
              </div>
              <p className="moj-timeline__date">
                <time dateTime={entry.at}>{when(entry)}</time>
              </p>
              {(entry.detail || entry.episodeId) && (
                <div className="moj-timeline__description">
                  {entry.detail && <p className="govuk-body">{entry.detail}</p>}
                  {entry.episodeId && (
                    <AppLink className="govuk-link" href={`/episodes/${entry.episodeId}`}>
                      Open the CAF<span className="govuk-visually-hidden"> for: {entry.title}</span>
                    </AppLink>
                  )}
                </div>
              )}
            </div>
          ))}
        </div>
      )}
    </>
  );
}
