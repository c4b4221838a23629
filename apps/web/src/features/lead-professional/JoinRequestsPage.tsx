import { decideJoinRequestInputSchema } from '@ecaf/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { formatTimestampAsDate, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { useRefreshTeam } from './lead-professional-data';

const TITLE = 'Requests to join the team';

/** `/episodes/:episodeId/team/requests`: the lead professional accepts or declines (CF-1, LP-4, SH-4). */
export function JoinRequestsPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.team.listRequests.queryOptions({ episodeId }));
  const [success, setSuccess] = useState<string | null>(null);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const { requests, episode } = result.data;
  const pending = requests.filter((r) => r.decision === null);
  const decided = requests.filter((r) => r.decision !== null);

  return (
    <>
      <BackLink href={`/episodes/${episodeId}/team`}>Back to the team</BackLink>
      {success && <NotificationBanner type="success" text={success} />}
      <span className="govuk-caption-l">CAF {episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Accept to add the practitioner to the team. They can join only if the family&apos;s consent to share
            includes their organisation. If you decline, tell them why.
          </p>
          {pending.length === 0 && <p className="govuk-body">There are no requests waiting for a decision.</p>}
          {pending.map((request) => (
            <Decide key={request.id} request={request} onDone={setSuccess} />
          ))}
          {decided.length > 0 && (
            <>
              <h2 className="govuk-heading-m">Decided requests</h2>
              <SummaryList
                rows={decided.map((r) => ({
                  key: `${r.name}, ${formatTimestampAsDate(r.requestedAt)}`,
                  value: `${r.decision === 'accepted' ? 'Accepted' : 'Declined'}${r.decidedBy ? ` by ${r.decidedBy}` : ''}${r.decisionReason ? `: ${r.decisionReason}` : ''}`,
                }))}
              />
            </>
          )}
        </div>
      </div>
    </>
  );
}

type Request = {
  id: string;
  name: string;
  jobTitle: string | null;
  organisation: string | null;
  email: string;
  telephone: string | null;
  message: string;
  requestedAt: string;
  consentRefusal: string | null;
};

function Decide({ request, onDone }: { request: Request; onDone: (text: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeam();
  const decide = useMutation(trpc.team.decideRequest.mutationOptions());
  const form = useZodForm(decideJoinRequestInputSchema, {
    defaultValues: { requestId: request.id, reason: '' },
  });
  const error = useFieldError(form);
  // Each waiting request has its own form on the page: its field ids (and so the error
  // summary's links) carry the request's id, so no two forms share an id.
  const idPrefix = `request-${request.id}`;
  return (
    <Form
      form={form}
      pageTitle={TITLE}
      fieldIdPrefix={idPrefix}
      onSubmit={async (values) => {
        await decide.mutateAsync(values);
        await refresh();
        onDone(
          values.decision === 'accepted'
            ? `${request.name} has joined the team`
            : `You declined ${request.name}'s request`,
        );
      }}
    >
      <h2 className="govuk-heading-m">
        {request.name}
        {request.organisation ? `, ${request.organisation}` : ''}
      </h2>
      <SummaryList
        rows={[
          { key: 'Job title', value: orNotRecorded(request.jobTitle) },
          { key: 'Asked on', value: formatTimestampAsDate(request.requestedAt) },
          { key: 'Message', value: request.message },
          { key: 'Telephone', value: orNotRecorded(request.telephone) },
          { key: 'Email', value: request.email },
        ]}
      />
      {request.consentRefusal && <WarningText>{request.consentRefusal}</WarningText>}
      <Radios
        legend={`Do you accept ${request.name}'s request?`}
        legendSize="s"
        items={[
          { value: 'accepted', label: 'Accept: add them to the team' },
          { value: 'declined', label: 'Decline' },
        ]}
        {...form.register('decision')}
        idPrefix={`${idPrefix}-decision`}
        error={error('decision')}
      />
      <Textarea
        label="Reason (needed if you decline)"
        rows={3}
        {...form.register('reason')}
        id={`${idPrefix}-reason`}
        error={error('reason')}
      />
      <Button disabled={decide.isPending}>Save decision</Button>
    </Form>
  );
}
