import { useMutation, useQuery } from '@tanstack/react-query';
import { Button } from '../../components/Button';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { errorMessage } from '../../lib/errors';
import { formatTimestampAsDate, orNotRecorded } from '../../lib/format';
import { useTRPC } from '../../lib/trpc';
import { useRefreshTeam } from './lead-professional-data';

/**
 * The rest of the Team Around the Child on the team page: family members (added and removed by
 * the lead professional, LP-4), everyone's joining and leaving dates, and requests to join (CF-1).
 */
export function TeamFamilySection({
  episodeId,
  onDone,
  onProblem,
}: {
  episodeId: string;
  onDone: (text: string) => void;
  onProblem: (text: string) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshTeam();
  const team = useQuery(trpc.team.get.queryOptions({ episodeId }));
  const add = useMutation(trpc.team.addFamilyMember.mutationOptions());
  const remove = useMutation(trpc.team.removeFamilyMember.mutationOptions());
  if (team.isPending) return null;
  if (team.isError) return <p className="govuk-body">{errorMessage(team.error)}</p>;
  const view = team.data;
  const busy = add.isPending || remove.isPending;
  const ref = (m: { kind: 'person' | 'child'; personId: string | null }) =>
    m.kind === 'child' || m.personId === null
      ? ({ kind: 'child' } as const)
      : ({ kind: 'person', personId: m.personId } as const);
  const run = (promise: Promise<unknown>, text: string) =>
    promise.then(
      async () => {
        await refresh();
        onDone(text);
      },
      (error: unknown) => onProblem(errorMessage(error)),
    );

  return (
    <>
      <Table
        caption="Family members in the team"
        captionClassName="govuk-table__caption--m"
        head={[
          { content: 'Name' },
          { content: 'Relationship' },
          { content: 'Joined' },
          { content: 'Left' },
          ...(view.canCoordinate ? [{ content: <span className="govuk-visually-hidden">Actions</span> }] : []),
        ]}
        firstCellIsHeader
        rows={view.family.map((m) => ({
          key: m.id,
          cells: [
            { content: m.name },
            { content: m.relationship },
            { content: formatTimestampAsDate(m.joinedAt) },
            { content: m.leftAt ? formatTimestampAsDate(m.leftAt) : 'In the team' },
            ...(view.canCoordinate
              ? [
                  {
                    content:
                      m.leftAt === null ? (
                        <Button
                          type="button"
                          variant="secondary"
                          className="govuk-!-margin-bottom-0"
                          disabled={busy}
                          onClick={() =>
                            run(remove.mutateAsync({ episodeId, member: ref(m) }), `${m.name} has left the team`)
                          }
                        >
                          Remove<span className="govuk-visually-hidden"> {m.name} from the team</span>
                        </Button>
                      ) : (
                        ''
                      ),
                  },
                ]
              : []),
          ],
        }))}
      />
      {view.family.length === 0 && <p className="govuk-body">No family members have been added to the team.</p>}
      {view.canCoordinate && view.familyCandidates.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Add a family member to the team</h3>
          <ul className="govuk-list">
            {view.familyCandidates.map((c) => (
              <li key={c.personId ?? 'child'}>
                <Button
                  type="button"
                  variant="secondary"
                  disabled={busy}
                  onClick={() => run(add.mutateAsync({ episodeId, member: ref(c) }), `${c.name} has joined the team`)}
                >
                  Add {c.name} ({c.relationship.toLowerCase()})
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {!view.canCoordinate && (
        <p className="govuk-body">Only the lead professional adds or removes family members of the team.</p>
      )}
      <Table
        caption="Practitioners who have been in the team"
        captionClassName="govuk-table__caption--m"
        head={[{ content: 'Name' }, { content: 'Organisation' }, { content: 'Joined' }, { content: 'Left' }]}
        firstCellIsHeader
        rows={view.practitioners.map((p) => ({
          key: `${p.userId}-${p.joinedAt}`,
          cells: [
            {
              content: `${p.name}${p.userId === view.leadProfessionalUserId && p.leftAt === null ? ' (lead professional)' : ''}`,
            },
            { content: orNotRecorded(p.organisation) },
            { content: formatTimestampAsDate(p.joinedAt) },
            { content: p.leftAt ? formatTimestampAsDate(p.leftAt) : 'In the team' },
          ],
        }))}
      />
      <p className="govuk-body">
        <AppLink className="govuk-link" href={`/episodes/${episodeId}/lead-professional`}>
          Lead professional
        </AppLink>
        {view.canCoordinate && (
          <>
            {' · '}
            <AppLink className="govuk-link" href={`/episodes/${episodeId}/team/requests`}>
              Requests to join the team
            </AppLink>
          </>
        )}
      </p>
    </>
  );
}
