import './consent.css';
import type { AppRouter } from '@ecaf/api';
import {
  childAgeForConsent,
  consentCapacityLabels,
  consentMethodLabels,
  consentMethods,
  effectiveConsent,
  formatDate,
  partsToIsoDate,
  todayInLondon,
} from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { DateInput } from '../../components/DateInput';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import {
  CHILD_GIVER,
  consentFieldFor,
  consentGiverChoices,
  emptyConsentForm,
  makeConsentFormSchema,
} from './consent-form';

type Assessment = inferOutput<TRPCOptionsProxy<AppRouter>['assessment']['get']>;
type ConsentRecord = Assessment['consent']['history'][number];

const TITLE = 'Consent to assess and store information';

const decisionItems = [
  { value: 'given', label: 'Yes, consent was given' },
  { value: 'refused', label: 'No, consent was refused' },
];

export function ConsentPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const [recorded, setRecorded] = useState<{ decision: 'given' | 'refused'; count: number } | null>(null);
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const assessment = result.data;

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      {recorded && (
        <NotificationBanner key={recorded.count} type="success">
          <p className="govuk-notification-banner__heading">
            Consent to assess and store recorded as {recorded.decision}
          </p>
          <p className="govuk-body">
            <AppLink className="govuk-notification-banner__link" href={`/episodes/${episodeId}`}>
              Return to the task list
            </AppLink>
          </p>
        </NotificationBanner>
      )}
      <ChildIdentityBar child={assessment.child} />
      {assessment.access.canEdit ? (
        <RecordConsentForm
          // A fresh, empty form after each decision recorded.
          key={recorded?.count ?? 0}
          assessment={assessment}
          onRecorded={(decision) => setRecorded((last) => ({ decision, count: (last?.count ?? 0) + 1 }))}
        />
      ) : (
        <>
          <ConsentSummary assessment={assessment} />
          <InsetText>
            Only the assessor and co-assessors can record consent, and only while the assessment is a draft.
          </InsetText>
        </>
      )}
    </>
  );
}

/** Heading, where consent stands (CO-2) and every decision recorded so far (CO-6: nothing is deleted). */
function ConsentSummary({ assessment }: { assessment: Assessment }) {
  const { consent, episode } = assessment;
  // The record whose decision stands, found by the same rule the server applies.
  const decisions = consent.history.map((r) => ({
    decision: r.decision,
    capacity: r.capacity,
    decidedOn: r.decidedOn,
  }));
  const standing = effectiveConsent(decisions).standing;
  const standingId = standing === null ? null : (consent.history[decisions.indexOf(standing)]?.id ?? null);
  const newestFirst = [...consent.history].reverse();

  return (
    <>
      <span className="govuk-caption-l">CAF {episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Consent to assess and store information must be recorded before anything is saved in sections 3 to 10 of the
            assessment.
          </p>
          <SummaryList
            rows={[
              {
                key: 'Consent to assess and store',
                value: <ConsentStatusTag status={consent.status} />,
              },
            ]}
          />
          {consent.overridesParent && (
            <InsetText>
              The young person&apos;s own decision stands, although a parent or carer decided differently. A competent
              young person&apos;s decision overrides a parent&apos;s.
            </InsetText>
          )}
          <h2 className="govuk-heading-m">Decisions recorded</h2>
          {newestFirst.length === 0 ? (
            <p className="govuk-body">No decision about consent has been recorded yet.</p>
          ) : (
            <>
              <p className="govuk-body">Most recent first.</p>
              {newestFirst.map((record) => (
                <ConsentRecordCard key={record.id} record={record} stands={record.id === standingId} />
              ))}
            </>
          )}
        </div>
      </div>
    </>
  );
}

function ConsentStatusTag({ status }: { status: Assessment['consent']['status'] }) {
  if (status === 'given') return <Tag colour="green">Given</Tag>;
  if (status === 'refused') return <Tag colour="red">Refused</Tag>;
  return <Tag colour="grey">Not recorded</Tag>;
}

function ConsentRecordCard({ record, stands }: { record: ConsentRecord; stands: boolean }) {
  const titleId = `consent-record-${record.id}`;
  const title = `${record.decision === 'given' ? 'Consent given' : 'Consent refused'} on ${formatDate(record.decidedOn)}`;
  return (
    <section className="govuk-summary-card" aria-labelledby={titleId}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={titleId}>
          {title}
          {stands && (
            <>
              {' '}
              <Tag colour="blue">Current decision</Tag>
            </>
          )}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: record.decision === 'given' ? 'Given by' : 'Refused by', value: record.givenBy.name },
            { key: 'Capacity', value: consentCapacityLabels[record.capacity] },
            record.competenceReasons.trim() !== ''
              ? {
                  key: 'Why they were judged competent',
                  value: record.competenceReasons,
                  valueClassName: 'app-consent-text',
                }
              : null,
            { key: 'Date', value: formatDate(record.decidedOn) },
            { key: 'How', value: consentMethodLabels[record.method] },
            { key: 'What was explained', value: record.whatWasExplained, valueClassName: 'app-consent-text' },
            { key: 'Recorded by', value: `${record.recordedBy} on ${formatTimestampAsDate(record.recordedAt)}` },
          ]}
        />
      </div>
    </section>
  );
}

function RecordConsentForm({
  assessment,
  onRecorded,
}: {
  assessment: Assessment;
  onRecorded: (decision: 'given' | 'refused') => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.assessment.recordConsent.mutationOptions());
  const { episode, child, consentGivers } = assessment;
  const schema = useMemo(
    () => makeConsentFormSchema({ episodeId: episode.id, child, givers: consentGivers, today: todayInLondon }),
    [episode.id, child, consentGivers],
  );
  const form = useZodForm(schema, { defaultValues: emptyConsentForm() });
  const error = useFieldError(form);

  // Who may consent depends on the child's age on the date consent was given (CO-2).
  const dateParts = useWatch({ control: form.control, name: 'date' });
  const on =
    partsToIsoDate({ day: dateParts.day ?? '', month: dateParts.month ?? '', year: dateParts.year ?? '' }) ??
    todayInLondon();
  const age = childAgeForConsent(child, on);
  const choices = consentGiverChoices(consentGivers, age);

  const giverItems = choices.offered.map((giver) =>
    giver.kind === 'person'
      ? { value: giver.value, label: `${giver.name} (${giver.relationship})`, hint: 'Has parental responsibility' }
      : {
          value: CHILD_GIVER,
          label: `${child.name} (the young person)`,
          hint: giver.needsCompetenceReasons
            ? `Aged ${age}: they can consent only if you judge them competent`
            : `Aged ${age}: presumed competent to consent`,
          conditional: giver.needsCompetenceReasons ? (
            <Textarea
              label="Why do you judge them competent to consent?"
              hint="For example, they understand what the assessment involves, who will see the information and that they can change their mind"
              rows={4}
              {...form.register('competenceReasons')}
              error={error('competenceReasons')}
            />
          ) : undefined,
        },
  );

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={consentFieldFor}
      onSubmit={async (input) => {
        await record.mutateAsync(input);
        await Promise.all([queryClient.invalidateQueries(trpc.assessment.pathFilter())]);
        onRecorded(input.decision);
      }}
    >
      <ConsentSummary assessment={assessment} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Record a decision</h2>
          {choices.offered.length === 0 ? (
            <NoOneCanConsent
              childId={child.id}
              rule={choices.childCannotConsent ?? 'Ask a person with parental responsibility.'}
              notOffered={choices.notOffered}
            />
          ) : (
            <>
              <Radios
                legend="Did they give consent to assess and store information?"
                legendSize="s"
                items={decisionItems}
                {...form.register('decision')}
                error={error('decision')}
              />
              <Radios
                legend="Who made the decision?"
                legendSize="s"
                hint={
                  choices.childCannotConsent !== null || choices.notOffered.length > 0 ? (
                    <GiverRules
                      childCannotConsent={choices.childCannotConsent}
                      notOffered={choices.notOffered}
                      childId={child.id}
                    />
                  ) : undefined
                }
                items={giverItems}
                {...form.register('givenBy')}
                error={error('givenBy')}
              />
              <DateInput
                id="date"
                legend="When was the decision made?"
                legendSize="s"
                hint="For example, 27 3 2026"
                error={error('date')}
                day={form.register('date.day')}
                month={form.register('date.month')}
                year={form.register('date.year')}
              />
              <Radios
                legend="How was the decision given?"
                legendSize="s"
                items={consentMethods.map((value) => ({
                  value,
                  label: consentMethodLabels[value],
                  hint:
                    value === 'verbal'
                      ? 'Verbal consent must be confirmed in writing, or online by the family, within 14 days'
                      : undefined,
                }))}
                {...form.register('method')}
                error={error('method')}
              />
              <Textarea
                label="What did you explain to them?"
                labelClassName="govuk-label--s"
                hint="For example, why you are doing the assessment, what will be recorded and stored, who may see it and that they can withdraw consent at any time"
                rows={5}
                {...form.register('whatWasExplained')}
                error={error('whatWasExplained')}
              />
              <ButtonGroup>
                <Button disabled={form.formState.isSubmitting}>Save decision</Button>
                <AppLink className="govuk-link" href={`/episodes/${episode.id}`}>
                  Cancel
                </AppLink>
              </ButtonGroup>
            </>
          )}
        </div>
      </div>
    </Form>
  );
}

/** CO-2 shown before the user runs into it: who is not offered, and why. */
function GiverRules({
  childCannotConsent,
  notOffered,
  childId,
}: {
  childCannotConsent: string | null;
  notOffered: ReturnType<typeof consentGiverChoices>['notOffered'];
  childId: string;
}) {
  return (
    <>
      {childCannotConsent}
      {notOffered.length > 0 && (
        <>
          {childCannotConsent && ' '}
          Not listed, because they cannot consent:{' '}
          {notOffered.map((p) => `${p.name} (${p.relationship}), ${p.reason}`).join('; ')}. If this is wrong,{' '}
          <AppLink className="govuk-link" href={`/children/${childId}`}>
            correct the child&apos;s record
          </AppLink>
          .
        </>
      )}
    </>
  );
}

function NoOneCanConsent({
  childId,
  rule,
  notOffered,
}: {
  childId: string;
  rule: string;
  notOffered: ReturnType<typeof consentGiverChoices>['notOffered'];
}) {
  return (
    <>
      <WarningText>No one recorded for this child can give consent. {rule}</WarningText>
      {notOffered.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {notOffered.map((p) => (
            <li key={p.personId}>
              {p.name} ({p.relationship}): {p.reason}
            </li>
          ))}
        </ul>
      )}
      <p className="govuk-body">
        <AppLink className="govuk-link" href={`/children/${childId}`}>
          Add a parent or carer with parental responsibility to the child&apos;s record
        </AppLink>
      </p>
    </>
  );
}
