import './sharing.css';
import {
  additionalScopeKinds,
  cafFormDefinition,
  consentMethodLabels,
  consentMethods,
  partsToIsoDate,
  sensitiveElementLabels,
  shareScopeKinds,
  shareScopeLabels,
  todayInLondon,
} from '@ecaf/domain';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Checkboxes } from '../../components/Checkboxes';
import { DateInput } from '../../components/DateInput';
import { Details } from '../../components/Details';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { SharingHeading } from './ConsentRecord';
import {
  consentToShareFieldFor,
  emptyConsentToShareForm,
  makeConsentToShareFormSchema,
  shareGiverChoices,
} from './consent-to-share-form';
import { giverHint, giverItems, NoOneCanConsent } from './GiverChoices';
import { sharingPaths } from './paths';
import { type SharingNotice, type SharingView, useRefreshSharing, useSharing } from './sharing-data';

const TITLE = 'Record consent to share';

/** The (S) elements of the form, which additional information means (SH-2). */
const sensitiveLabels = Object.values(sensitiveElementLabels(cafFormDefinition)).flat();

/** `/episodes/:episodeId/sharing/consent`: the family's consent to share, with its two scopes (CO-3). */
export function RecordConsentToSharePage() {
  const { episodeId = '' } = useParams();
  const result = useSharing(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const paths = sharingPaths(episodeId);

  return (
    <>
      <BackLink href={paths.sharing}>Back to consent to share and the team</BackLink>
      {view.access.canShare ? (
        <RecordConsentToShareForm view={view} />
      ) : (
        <>
          <SharingHeading view={view} title={TITLE} />
          <InsetText>Only the assessor, a co-assessor or the lead professional can record consent to share.</InsetText>
        </>
      )}
    </>
  );
}

function RecordConsentToShareForm({ view }: { view: SharingView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshSharing();
  const record = useMutation(trpc.sharing.recordConsent.mutationOptions());
  const paths = sharingPaths(view.episode.id);
  const { child, consentGivers, organisations } = view;
  const schema = useMemo(
    () =>
      makeConsentToShareFormSchema({
        episodeId: view.episode.id,
        child,
        givers: consentGivers,
        today: todayInLondon,
      }),
    [view.episode.id, child, consentGivers],
  );
  const form = useZodForm(schema, { defaultValues: emptyConsentToShareForm() });
  const error = useFieldError(form);

  // Who may decide depends on the child's age on the date consent was given (CO-2).
  const dateParts = useWatch({ control: form.control, name: 'date' });
  const on =
    partsToIsoDate({ day: dateParts.day ?? '', month: dateParts.month ?? '', year: dateParts.year ?? '' }) ??
    todayInLondon();
  const choices = shareGiverChoices(consentGivers, child, on);
  const organisationItems = organisations.map((o) => ({ value: o.id, label: o.name }));

  const organisationsFor = (name: 'basicOnly' | 'basicExcept' | 'additionalOnly' | 'additionalExcept') => (
    <Checkboxes
      legend={`Which organisations may ${name.endsWith('Only') ? '' : 'not '}see ${
        name.startsWith('basic') ? 'basic' : 'additional'
      } information?`}
      legendSize="s"
      small
      items={organisationItems}
      {...form.register(name)}
      error={error(name)}
    />
  );

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={(path) => consentToShareFieldFor(path, form.getValues())}
      onSubmit={async (input) => {
        await record.mutateAsync(input);
        await refresh();
        const state: SharingNotice = { notice: 'Consent to share recorded' };
        await navigate(paths.sharing, { state });
      }}
    >
      <SharingHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Record who the family agreed may see the assessment. They decide separately for basic information and for
            additional (sensitive) information. Only practitioners from organisations they agree to can join the Team
            Around the Child.
          </p>
          <Details summary="What counts as additional (sensitive) information">
            <p className="govuk-body">These parts of the assessment:</p>
            <ul className="govuk-list govuk-list--bullet">
              {sensitiveLabels.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
            <p className="govuk-body">Basic information is everything else in the assessment.</p>
          </Details>
          {choices.offered.length === 0 ? (
            <NoOneCanConsent choices={choices} childId={child.id} />
          ) : (
            <>
              <Radios
                legend="Who gave consent to share?"
                legendSize="s"
                hint={giverHint(choices)}
                items={giverItems(choices, child.name)}
                {...form.register('givenBy')}
                error={error('givenBy')}
              />
              <Radios
                legend="How was consent given?"
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
              <Radios
                legend="Who may see basic information?"
                legendSize="s"
                hint="The assessment without its sensitive parts"
                items={shareScopeKinds.map((kind) => ({
                  value: kind,
                  label: shareScopeLabels[kind],
                  conditional:
                    kind === 'only'
                      ? organisationsFor('basicOnly')
                      : kind === 'all_except'
                        ? organisationsFor('basicExcept')
                        : undefined,
                }))}
                {...form.register('basicScope')}
                error={error('basicScope')}
              />
              <Radios
                legend="Who may see additional (sensitive) information?"
                legendSize="s"
                hint="Only services that may also see basic information can see it"
                items={additionalScopeKinds.map((kind) => ({
                  value: kind,
                  label: shareScopeLabels[kind],
                  conditional:
                    kind === 'only'
                      ? organisationsFor('additionalOnly')
                      : kind === 'all_except'
                        ? organisationsFor('additionalExcept')
                        : undefined,
                }))}
                {...form.register('additionalScope')}
                error={error('additionalScope')}
              />
              <Textarea
                label="What did you explain about sharing?"
                labelClassName="govuk-label--s"
                hint="For example, who will see the assessment, why, and that they can withdraw consent at any time"
                rows={5}
                {...form.register('whatWasExplained')}
                error={error('whatWasExplained')}
              />
              <ButtonGroup>
                <Button disabled={form.formState.isSubmitting}>Save consent to share</Button>
                <AppLink className="govuk-link" href={paths.sharing}>
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
