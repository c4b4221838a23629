import { assignLeadProfessionalInputSchema, handOverLeadProfessionalInputSchema } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Select } from '../../components/Select';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { Textarea } from '../../components/Textarea';
import { formatTimestampAsDate, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { useLeadProfessional, useRefreshTeam } from './lead-professional-data';

const TITLE = 'Lead professional';

type View = NonNullable<ReturnType<typeof useLeadProfessional>['data']>;

/** `/episodes/:episodeId/lead-professional`: who it is, how to reach them, the history (LP-3), assign or hand over. */
export function LeadProfessionalPage() {
  const { episodeId = '' } = useParams();
  const result = useLeadProfessional(episodeId);
  const [success, setSuccess] = useState<string | null>(null);
  usePageTitle(result.isError ? undefined : TITLE);
  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      {success && <NotificationBanner type="success" text={success} />}
      <span className="govuk-caption-l">CAF {view.episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            The lead professional coordinates the Team Around the Child, the plan, reviews and closure, and is the
            family&apos;s single point of contact. There is one at a time. They must be a practitioner in the team, and
            the family&apos;s view on who it should be is recorded each time the role is given.
          </p>
          <Current view={view} />
        </div>
      </div>
      <History view={view} />
      {view.mayAssign ? (
        view.current ? (
          <HandOver view={view} onDone={setSuccess} />
        ) : view.notReady ? (
          <InsetText>{view.notReady}</InsetText>
        ) : (
          <Assign view={view} onDone={setSuccess} />
        )
      ) : (
        <InsetText>
          Only the lead professional, a manager, or the assessor before a lead professional is assigned can change the
          lead professional.
        </InsetText>
      )}
    </>
  );
}

function Current({ view }: { view: View }) {
  const lead = view.current;
  if (!lead) {
    return (
      <>
        <h2 className="govuk-heading-m">Current lead professional</h2>
        <p className="govuk-body">No lead professional has been assigned yet.</p>
      </>
    );
  }
  return (
    <>
      <h2 className="govuk-heading-m">Current lead professional</h2>
      <SummaryList
        rows={[
          { key: 'Name', value: lead.name },
          { key: 'Job title', value: orNotRecorded(lead.jobTitle) },
          { key: 'Organisation', value: orNotRecorded(lead.organisation) },
          { key: 'Telephone', value: orNotRecorded(lead.telephone) },
          {
            key: 'Email',
            value: (
              <a className="govuk-link" href={`mailto:${lead.email}`}>
                {lead.email}
              </a>
            ),
          },
        ]}
      />
    </>
  );
}

function History({ view }: { view: View }) {
  if (view.history.length === 0) return null;
  return (
    <Table
      caption="History of lead professionals"
      captionClassName="govuk-table__caption--m"
      head={[
        { content: 'Lead professional' },
        { content: 'From' },
        { content: 'Until' },
        { content: "The family's view" },
        { content: 'Handover note' },
      ]}
      firstCellIsHeader
      rows={view.history.map((row) => ({
        key: row.id,
        cells: [
          {
            content: (
              <>
                {row.name}
                {row.organisation && (
                  <>
                    <br />
                    <span className="govuk-body-s">{row.organisation}</span>
                  </>
                )}
              </>
            ),
          },
          { content: `${formatTimestampAsDate(row.assignedAt)}, assigned by ${row.assignedBy}` },
          {
            content: row.endedAt
              ? `${formatTimestampAsDate(row.endedAt)}${row.endedBy ? `, by ${row.endedBy}` : ''}`
              : 'Now',
          },
          { content: row.familyView || 'Not recorded' },
          { content: row.handoverNote || (row.endedAt ? 'Not recorded' : '') },
        ],
      }))}
    />
  );
}

function candidateItems(view: View) {
  return [
    { value: '', text: 'Choose a practitioner' },
    ...view.candidates.map((c) => ({
      value: c.userId,
      text: `${c.name}${c.organisation ? `, ${c.organisation}` : ''} (${c.relation})${c.eligible ? '' : ' – cannot be lead professional'}`,
      disabled: !c.eligible,
    })),
  ];
}

function Assign({ view, onDone }: { view: View; onDone: (text: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeam();
  const assign = useMutation(trpc.leadProfessional.assign.mutationOptions());
  const form = useZodForm(assignLeadProfessionalInputSchema, {
    defaultValues: { episodeId: view.episode.id, userId: '', familyView: '' },
  });
  const error = useFieldError(form);
  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (values) => {
        await assign.mutateAsync(values);
        await refresh();
        form.reset({ episodeId: view.episode.id, userId: '', familyView: '' });
        onDone('The lead professional has been assigned');
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Assign a lead professional</h2>
          <Select
            label="Who will be the lead professional?"
            hint="A practitioner in the team, or the assessor or a co-assessor (they join the team)."
            items={candidateItems(view)}
            {...form.register('userId')}
            error={error('userId')}
          />
          <Textarea
            label="What is the family's view on who should be the lead professional?"
            hint="Ask the child or young person and their family, and record what they said."
            rows={4}
            {...form.register('familyView')}
            error={error('familyView')}
          />
          <Button disabled={assign.isPending}>Assign lead professional</Button>
        </div>
      </div>
    </Form>
  );
}

function HandOver({ view, onDone }: { view: View; onDone: (text: string) => void }) {
  const trpc = useTRPC();
  const refresh = useRefreshTeam();
  const handOver = useMutation(trpc.leadProfessional.handOver.mutationOptions());
  const empty = { episodeId: view.episode.id, toUserId: '', note: '', familyView: '' };
  const form = useZodForm(handOverLeadProfessionalInputSchema, { defaultValues: empty });
  const error = useFieldError(form);
  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (values) => {
        await handOver.mutateAsync(values);
        await refresh();
        form.reset(empty);
        onDone('The lead professional role has been handed over');
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Hand over the lead professional role</h2>
          <p className="govuk-body">
            The lead professional stays in the team until the role is handed over to another member. The handover is
            kept in the history.
          </p>
          <Select
            label="Who is the role handed over to?"
            items={candidateItems(view)}
            {...form.register('toUserId')}
            error={error('toUserId')}
          />
          <Textarea
            label="Handover note"
            hint="What the new lead professional needs to know: the plan, actions due, contacts."
            rows={5}
            {...form.register('note')}
            error={error('note')}
          />
          <Textarea
            label="What is the family's view on who should be the lead professional?"
            rows={4}
            {...form.register('familyView')}
            error={error('familyView')}
          />
          <Button disabled={handOver.isPending}>Hand over the role</Button>
        </div>
      </div>
    </Form>
  );
}
