import {
  checklistAnswers,
  checklistDecisionLabels,
  checklistDecisions,
  checklistQuestions,
  checklistSchema,
} from '@ecaf/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { AppLink } from '../../components/LinkContext';
import { Panel } from '../../components/Panel';
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { appErrorOf } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { AskToJoin } from '../lead-professional/AskToJoin';
import type { EpisodePageState } from './EpisodePage';
import { type OpenEpisodeContact, openEpisodeContactFrom } from './open-episode-contact';

const answerLabels: Record<(typeof checklistAnswers)[number], string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'Not sure',
};

const CHECKLIST_TITLE = 'Before you start a CAF';

type SafeguardingRoute = { title: string; telephone: string | null; email: string | null; text: string | null };

type Outcome =
  | { kind: 'safeguarding_referral'; route: SafeguardingRoute }
  | { kind: 'refer_specialist' | 'no_further_action' };

export function StartCafPage() {
  const { childId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.children.get.queryOptions({ childId }));
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const { child } = result.data;

  return (
    <>
      <ChildIdentityBar child={child} />
      {outcome === null ? (
        <ChecklistForm childId={child.id} childName={child.name} onOutcome={setOutcome} />
      ) : outcome.kind === 'safeguarding_referral' ? (
        <SafeguardingReferral childId={child.id} childName={child.name} route={outcome.route} />
      ) : (
        <DecisionRecorded childId={child.id} childName={child.name} decision={outcome.kind} />
      )}
    </>
  );
}

function ChecklistForm({
  childId,
  childName,
  onOutcome,
}: {
  childId: string;
  childName: string;
  onOutcome: (outcome: Outcome) => void;
}) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const start = useMutation(trpc.episodes.start.mutationOptions());
  const [openEpisode, setOpenEpisode] = useState<OpenEpisodeContact | null>(null);
  const form = useZodForm(checklistSchema, { defaultValues: { notes: '' } });
  const error = useFieldError(form);

  return (
    <Form
      form={form}
      pageTitle={CHECKLIST_TITLE}
      // CF-1: who to contact and the request to join sit under the error summary that says a CAF is
      // open, outside the checklist's <form>: the request is a form of its own.
      afterSummary={
        openEpisode ? (
          <>
            <OpenEpisode contact={openEpisode} />
            <AskToJoin childId={childId} pageTitle={CHECKLIST_TITLE} />
          </>
        ) : undefined
      }
      onSubmit={async (checklist) => {
        try {
          const answer = await start.mutateAsync({ childId, checklist });
          if (answer.outcome === 'episode_started') {
            await navigate(`/episodes/${answer.episodeId}`, {
              state: { startedReference: answer.reference } satisfies EpisodePageState,
            });
          } else if (answer.outcome === 'safeguarding_referral') {
            onOutcome({ kind: 'safeguarding_referral', route: answer.route });
          } else {
            onOutcome({ kind: answer.outcome });
          }
        } catch (caught) {
          const appError = appErrorOf(caught);
          if (appError?.code === 'EPISODE_ALREADY_OPEN') setOpenEpisode(openEpisodeContactFrom(appError.details));
          throw caught;
        }
      }}
    >
      <span className="govuk-caption-l">{childName}</span>
      <h1 className="govuk-heading-l">{CHECKLIST_TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Answer what you can about the child. These questions are optional, but they help you decide whether a CAF is
            the right next step.
          </p>
          {checklistQuestions.map((question) => (
            <Radios
              key={question.id}
              legend={question.label}
              legendSize="s"
              inline
              items={checklistAnswers.map((value) => ({ value, label: answerLabels[value] }))}
              {...form.register(question.id)}
              error={error(question.id)}
            />
          ))}
          <Radios
            legend="Are there immediate concerns that the child is suffering or at risk of significant harm?"
            legendSize="m"
            hint="If there are, a CAF is not started: you will be shown how to make a safeguarding referral."
            inline
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
            ]}
            {...form.register('immediateConcern')}
            error={error('immediateConcern')}
          />
          <Radios
            legend="What have you decided to do?"
            legendSize="m"
            hint="Only if there are no immediate concerns."
            items={checklistDecisions.map((value) => ({ value, label: checklistDecisionLabels[value] }))}
            {...form.register('decision')}
            error={error('decision')}
          />
          <Textarea
            label="Notes (optional)"
            labelClassName="govuk-label--s"
            rows={4}
            {...form.register('notes')}
            error={error('notes')}
          />
          <ButtonGroup>
            <Button>Continue</Button>
            <AppLink className="govuk-link" href={`/children/${childId}`}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}

/** CF-1: who to contact to join the child's existing CAF instead of starting another. */
function OpenEpisode({ contact }: { contact: OpenEpisodeContact }) {
  return (
    <section aria-labelledby="open-episode-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-m" id="open-episode-heading">
        Contact the {contact.role === 'lead_professional' ? 'lead professional' : 'assessor'} of the open CAF
      </h2>
      <SummaryList
        rows={[
          contact.reference ? { key: 'CAF reference', value: contact.reference } : null,
          { key: 'Name', value: contact.name },
          contact.organisation ? { key: 'Organisation', value: contact.organisation } : null,
          contact.telephone ? { key: 'Telephone', value: contact.telephone } : null,
          contact.email
            ? {
                key: 'Email',
                value: (
                  <a className="govuk-link" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </a>
                ),
              }
            : null,
        ]}
      />
    </section>
  );
}

function SafeguardingReferral({
  childId,
  childName,
  route,
}: {
  childId: string;
  childName: string;
  route: SafeguardingRoute;
}) {
  usePageTitle('Make a safeguarding referral');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Make a safeguarding referral</h1>
        <WarningText>
          You said there are immediate concerns that {childName} is suffering or at risk of significant harm. Do not
          start a CAF. Make a safeguarding referral now.
        </WarningText>
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">{route.title}</h2>
          {route.text && <p className="govuk-body">{route.text}</p>}
          <SummaryList
            noBorder
            rows={[
              route.telephone ? { key: 'Telephone', value: route.telephone } : null,
              route.email
                ? {
                    key: 'Email',
                    value: (
                      <a className="govuk-link" href={`mailto:${route.email}`}>
                        {route.email}
                      </a>
                    ),
                  }
                : null,
            ]}
          />
        </div>
        <p className="govuk-body">The decision has been recorded.</p>
        <p className="govuk-body">
          <AppLink className="govuk-link" href={`/children/${childId}`}>
            Return to {childName}&apos;s record
          </AppLink>
        </p>
      </div>
    </div>
  );
}

function DecisionRecorded({
  childId,
  childName,
  decision,
}: {
  childId: string;
  childName: string;
  decision: 'refer_specialist' | 'no_further_action';
}) {
  usePageTitle('Decision recorded');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Decision recorded">{checklistDecisionLabels[decision]}</Panel>
        <p className="govuk-body">
          No CAF has been started for {childName}. Your checklist answers and decision are kept on the child&apos;s
          record.
        </p>
        <p className="govuk-body">
          <AppLink className="govuk-link" href={`/children/${childId}`}>
            Return to {childName}&apos;s record
          </AppLink>
        </p>
      </div>
    </div>
  );
}
