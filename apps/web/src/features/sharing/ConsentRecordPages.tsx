import './sharing.css';
import { consentMethodLabels, consentMethods, formatDate, partsToIsoDate, todayInLondon } from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
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
import { Radios } from '../../components/Radios';
import { SummaryList } from '../../components/SummaryList';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { consentRecordRows, SharingHeading } from './ConsentRecord';
import {
  type ConfirmationFormValues,
  consentToShareFieldFor,
  correctionFormFrom,
  makeConfirmationFormSchema,
  makeCorrectionFormSchema,
  makeWithdrawalFormSchema,
  shareGiverChoices,
  type WithdrawalFormValues,
} from './consent-to-share-form';
import { giverHint, giverItems, NoOneCanConsent } from './GiverChoices';
import { sharingPaths } from './paths';
import {
  type ConsentToShareRecordView,
  type SharingNotice,
  type SharingView,
  useRefreshSharing,
  useSharing,
} from './sharing-data';
import { listInWords } from './sharing-words';

/**
 * The pages that act on the consent to share record that stands: confirm verbal consent (CO-4),
 * record a withdrawal (CO-5), correct a mistake (CO-6). Each loads the sharing view and says so
 * plainly when the record is not one it can act on (corrected or withdrawn meanwhile).
 */

type RecordPageProps = { view: SharingView; record: ConsentToShareRecordView };

function RecordPage({
  title,
  canAct,
  children,
}: {
  title: string;
  /** Why this record cannot be acted on here, or null when it can. */
  canAct: (record: ConsentToShareRecordView) => string | null;
  children: (props: RecordPageProps) => ReactNode;
}) {
  const { episodeId = '', consentId = '' } = useParams();
  const result = useSharing(episodeId);
  usePageTitle(result.isError ? undefined : title);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const paths = sharingPaths(episodeId);
  const record = view.consent.history.find((r) => r.id === consentId);
  const problem = !view.access.canShare
    ? 'Only the assessor, a co-assessor or the lead professional can change consent to share.'
    : !record
      ? 'We could not find that consent record.'
      : !record.standing
        ? 'This record has been corrected. Changes are made to the correction, which is the record that stands.'
        : canAct(record);

  return (
    <>
      <BackLink href={paths.sharing}>Back to consent to share and the team</BackLink>
      {record && problem === null ? (
        children({ view, record })
      ) : (
        <>
          <SharingHeading view={view} title={title} />
          <InsetText>{problem}</InsetText>
          <p className="govuk-body">
            <AppLink className="govuk-link" href={paths.sharing}>
              Return to consent to share and the team
            </AppLink>
          </p>
        </>
      )}
    </>
  );
}

// ---- CO-4 ----

const CONFIRM_TITLE = 'Record the written confirmation of verbal consent';

export function ConfirmConsentToSharePage() {
  return (
    <RecordPage
      title={CONFIRM_TITLE}
      canAct={(record) =>
        record.method !== 'verbal'
          ? 'Only verbal consent needs to be confirmed.'
          : record.confirmedOn !== null
            ? `This consent was confirmed on ${formatDate(record.confirmedOn)}.`
            : record.status === 'withdrawn'
              ? 'This consent has been withdrawn.'
              : null
      }
    >
      {(props) => <ConfirmForm {...props} />}
    </RecordPage>
  );
}

function ConfirmForm({ view, record }: RecordPageProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshSharing();
  const confirm = useMutation(trpc.sharing.confirmConsent.mutationOptions());
  const paths = sharingPaths(view.episode.id);
  const schema = useMemo(
    () =>
      makeConfirmationFormSchema({
        episodeId: view.episode.id,
        consentId: record.id,
        decidedOn: record.decidedOn,
        today: todayInLondon,
      }),
    [view.episode.id, record.id, record.decidedOn],
  );
  const defaultValues: ConfirmationFormValues = { confirmedOn: { day: '', month: '', year: '' } };
  const form = useZodForm(schema, { defaultValues });
  const error = useFieldError(form);

  return (
    <Form
      form={form}
      pageTitle={CONFIRM_TITLE}
      serverPathToField={(path) => consentToShareFieldFor(path, {})}
      onSubmit={async (input) => {
        await confirm.mutateAsync(input);
        await refresh();
        const state: SharingNotice = { notice: 'Written confirmation of consent to share recorded' };
        await navigate(paths.sharing, { state });
      }}
    >
      <SharingHeading view={view} title={CONFIRM_TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Given by', value: record.givenBy.name },
              { key: 'Date given', value: formatDate(record.decidedOn) },
              record.confirmationDueOn ? { key: 'Confirm by', value: formatDate(record.confirmationDueOn) } : null,
            ]}
          />
          <DateInput
            id="confirmedOn"
            legend="When did they confirm their consent in writing?"
            legendSize="m"
            hint="For example, 27 3 2026"
            error={error('confirmedOn')}
            day={form.register('confirmedOn.day')}
            month={form.register('confirmedOn.month')}
            year={form.register('confirmedOn.year')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Save confirmation</Button>
            <AppLink className="govuk-link" href={paths.sharing}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}

// ---- CO-6 ----

const CORRECT_TITLE = 'Correct the record of consent to share';

export function CorrectConsentToSharePage() {
  return (
    <RecordPage title={CORRECT_TITLE} canAct={() => null}>
      {(props) => <CorrectForm {...props} />}
    </RecordPage>
  );
}

function CorrectForm({ view, record }: RecordPageProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshSharing();
  const correct = useMutation(trpc.sharing.correctConsent.mutationOptions());
  const paths = sharingPaths(view.episode.id);
  const { child, consentGivers } = view;
  const schema = useMemo(
    () =>
      makeCorrectionFormSchema({
        episodeId: view.episode.id,
        consentId: record.id,
        child,
        givers: consentGivers,
        today: todayInLondon,
        original: { confirmedOn: record.confirmedOn },
      }),
    [view.episode.id, record.id, record.confirmedOn, child, consentGivers],
  );
  const form = useZodForm(schema, { defaultValues: correctionFormFrom(record) });
  const error = useFieldError(form);
  const dateParts = useWatch({ control: form.control, name: 'date' });
  const on =
    partsToIsoDate({ day: dateParts.day ?? '', month: dateParts.month ?? '', year: dateParts.year ?? '' }) ??
    todayInLondon();
  const choices = shareGiverChoices(consentGivers, child, on);

  return (
    <Form
      form={form}
      pageTitle={CORRECT_TITLE}
      serverPathToField={(path) => consentToShareFieldFor(path, {})}
      onSubmit={async (input) => {
        await correct.mutateAsync(input);
        await refresh();
        const state: SharingNotice = { notice: 'Correction recorded. The original record is kept in the history.' };
        await navigate(paths.sharing, { state });
      }}
    >
      <SharingHeading view={view} title={CORRECT_TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Correct who gave consent, how or when, if the record is wrong. The original record stays in the history with
            your reason.
          </p>
          <InsetText>
            To change who may see the assessment, record new consent to share instead. A correction keeps the scopes of
            the original.
          </InsetText>
          {choices.offered.length === 0 ? (
            <NoOneCanConsent choices={choices} childId={child.id} />
          ) : (
            <Radios
              legend="Who gave consent to share?"
              legendSize="s"
              hint={giverHint(choices)}
              items={giverItems(choices, child.name)}
              {...form.register('givenBy')}
              error={error('givenBy')}
            />
          )}
          <Radios
            legend="How was consent given?"
            legendSize="s"
            items={consentMethods.map((value) => ({ value, label: consentMethodLabels[value] }))}
            {...form.register('method')}
            error={error('method')}
          />
          <DateInput
            id="date"
            legend="When was consent given?"
            legendSize="s"
            hint="For example, 27 3 2026"
            error={error('date')}
            day={form.register('date.day')}
            month={form.register('date.month')}
            year={form.register('date.year')}
          />
          <Textarea
            label="Why are you correcting the record?"
            labelClassName="govuk-label--s"
            hint="For example, the wrong date was entered"
            rows={4}
            {...form.register('reason')}
            error={error('reason')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Save correction</Button>
            <AppLink className="govuk-link" href={paths.sharing}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}

// ---- CO-5 ----

const WITHDRAW_TITLE = 'Record that consent to share was withdrawn';

export function WithdrawConsentToSharePage() {
  return (
    <RecordPage
      title={WITHDRAW_TITLE}
      canAct={(record) => (record.status === 'withdrawn' ? 'This consent has already been withdrawn.' : null)}
    >
      {(props) => <WithdrawForm {...props} />}
    </RecordPage>
  );
}

function WithdrawForm({ view, record }: RecordPageProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshSharing();
  const withdraw = useMutation(trpc.sharing.withdrawConsent.mutationOptions());
  const paths = sharingPaths(view.episode.id);
  const { child, consentGivers } = view;
  const schema = useMemo(
    () => makeWithdrawalFormSchema({ episodeId: view.episode.id, consentId: record.id }),
    [view.episode.id, record.id],
  );
  const defaultValues: WithdrawalFormValues = { withdrawnBy: undefined, reason: '' };
  const form = useZodForm(schema, { defaultValues });
  const error = useFieldError(form);
  const choices = shareGiverChoices(consentGivers, child, todayInLondon());
  const leaving = view.team.filter((m) => m.leftAt === null && m.basis === 'consent').map((m) => m.name);

  return (
    <Form
      form={form}
      pageTitle={WITHDRAW_TITLE}
      serverPathToField={(path) => consentToShareFieldFor(path, {})}
      onSubmit={async (input) => {
        const answer = await withdraw.mutateAsync(input);
        await refresh();
        const left = answer.teamMembersEnded;
        const state: SharingNotice = {
          notice: `Withdrawal of consent to share recorded. ${
            left === 0
              ? 'No one had to leave the team.'
              : `${left} ${left === 1 ? 'person has' : 'people have'} left the team.`
          }`,
        };
        await navigate(paths.sharing, { state });
      }}
    >
      <SharingHeading view={view} title={WITHDRAW_TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Record this when the family tells you they no longer agree to their information being shared. They can also
            withdraw consent themselves in the family view.
          </p>
          <WarningText>Withdrawal takes effect as soon as you record it. It cannot be undone.</WarningText>
          <h2 className="govuk-heading-m">What happens next</h2>
          <ul className="govuk-list govuk-list--bullet">
            <li>Sharing under this consent stops at once.</li>
            <li>
              {leaving.length === 0
                ? 'No one is in the team under this consent, so no one leaves the team.'
                : `${listInWords(leaving)} joined the team under this consent and will leave it now.`}
            </li>
            <li>
              Only the lead professional and managers keep access to the assessment, so that the episode can be closed.
              If there is no lead professional yet, the assessor keeps access too.
            </li>
            <li>Anything shared without consent on one of its grounds is not affected.</li>
            <li>The lead professional is told (or the assessor, if there is no lead professional yet).</li>
            <li>The family can give consent again later. You would then record new consent to share.</li>
          </ul>
          <h2 className="govuk-heading-m">The consent being withdrawn</h2>
          <SummaryList rows={consentRecordRows(record, view.consent.history, { withRecordedBy: false })} />
          {choices.offered.length === 0 ? (
            <NoOneCanConsent choices={choices} childId={child.id} />
          ) : (
            <Radios
              legend="Who withdrew consent?"
              legendSize="s"
              items={giverItems(choices, child.name)}
              {...form.register('withdrawnBy')}
              error={error('withdrawnBy')}
            />
          )}
          <Textarea
            label="Why did they withdraw consent? (optional)"
            labelClassName="govuk-label--s"
            rows={4}
            {...form.register('reason')}
            error={error('reason')}
          />
          <ButtonGroup>
            <Button variant="warning" disabled={form.formState.isSubmitting}>
              Record withdrawal
            </Button>
            <AppLink className="govuk-link" href={paths.sharing}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
