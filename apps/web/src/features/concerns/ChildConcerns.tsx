import { formatDate } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { QueryProblem } from '../../app/QueryProblem';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { formatTimestampAsDate } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { concernPaths } from './concern-forms';

/**
 * Screen 4's parts on the child page: who is working with the child (IN-1), the concerns (IN-2)
 * and the way to the chronology.
 */
export function ChildConcerns({ childId, childName }: { childId: string; childName: string }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.concerns.listForChild.queryOptions({ childId }));
  const paths = concernPaths(childId);

  if (result.isPending) return <p className="govuk-body">Loading who is working with {childName}…</p>;
  if (result.isError) return <QueryProblem error={result.error} />;
  const view = result.data;

  return (
    <>
      {view.involvements.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Who is working with this child</h2>
          <p className="govuk-body">No service has recorded that it is working with {childName}.</p>
        </>
      ) : (
        <Table
          caption="Who is working with this child"
          captionClassName="govuk-table__caption--m"
          head={[{ content: 'Service' }, { content: 'Contact' }, { content: 'Since' }, { content: 'Status' }]}
          rows={view.involvements.map((i) => ({
            key: i.id,
            cells: [
              {
                content: (
                  <>
                    <strong>{i.organisationName}</strong>
                    <br />
                    {i.service}
                  </>
                ),
              },
              {
                content: (
                  <>
                    {i.practitionerName}
                    <br />
                    {[i.practitionerTelephone, i.practitionerEmail].filter(Boolean).join(', ')}
                  </>
                ),
              },
              { content: formatDate(i.startedOn) },
              {
                content: i.endedOn ? `Ended ${formatDate(i.endedOn)}` : <Tag colour="green">Current</Tag>,
              },
            ],
          }))}
        />
      )}
      {view.hiddenInvolvements > 0 && (
        <p className="govuk-body" data-testid="hidden-involvements">
          {view.hiddenInvolvements === 1
            ? 'One more service is working with this child.'
            : `${view.hiddenInvolvements} more services are working with this child.`}{' '}
          It is a sensitive service (such as sexual health, mental health or substance misuse), so it is shown only to
          its own staff unless the child or family has agreed that others may see it.
        </p>
      )}
      {view.canRecordInvolvement && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.recordInvolvement}>
            Record your involvement
          </AppLink>
        </p>
      )}

      <h2 className="govuk-heading-m">Concerns</h2>
      {view.concerns.length === 0 ? (
        <p className="govuk-body">No concerns have been raised about {childName}.</p>
      ) : (
        <Table
          caption="Concerns"
          captionClassName="govuk-visually-hidden"
          head={[{ content: 'Concern' }, { content: 'Raised' }, { content: 'Status' }]}
          rows={view.concerns.map((c) => ({
            key: c.id,
            cells: [
              {
                content: (
                  <>
                    {c.description}
                    {c.resolution !== null && (
                      <>
                        <br />
                        <span className="govuk-hint govuk-!-margin-bottom-0">
                          Resolved by {c.resolvedByName}: {c.resolution}
                        </span>
                      </>
                    )}
                  </>
                ),
              },
              { content: `${formatTimestampAsDate(c.raisedAt)} by ${c.raisedByName}` },
              {
                content:
                  c.resolvedAt !== null ? (
                    <>
                      <Tag colour="grey">Resolved</Tag> {formatTimestampAsDate(c.resolvedAt)}
                    </>
                  ) : c.canResolve ? (
                    <>
                      <Tag colour="red">Open</Tag>{' '}
                      <AppLink className="govuk-link" href={paths.resolveConcern(c.id)}>
                        Resolve
                        <span className="govuk-visually-hidden">
                          {' '}
                          concern raised on {formatTimestampAsDate(c.raisedAt)}
                        </span>
                      </AppLink>
                    </>
                  ) : (
                    <Tag colour="red">Open</Tag>
                  ),
              },
            ],
          }))}
        />
      )}
      {view.canRaiseConcern && (
        <p className="govuk-body">
          <AppLink className="govuk-link" href={paths.raiseConcern}>
            Raise a concern
          </AppLink>
        </p>
      )}

      <h2 className="govuk-heading-m">Chronology</h2>
      <p className="govuk-body">
        <AppLink className="govuk-link" href={paths.chronology}>
          See the chronology of events for {childName}
        </AppLink>
      </p>
    </>
  );
}
