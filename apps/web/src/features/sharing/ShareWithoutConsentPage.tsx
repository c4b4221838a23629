import './sharing.css';
import {
  practitionerSearchSchema,
  sharedInformationKinds,
  sharedInformationLabels,
  withoutConsentGroundLabels,
  withoutConsentGrounds,
} from '@ecaf/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import type { ZodForm } from '../../components/form/useZodForm';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { errorMessage } from '../../lib/errors';
import { orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { describeResults } from '../co-assessors/co-assessors';
import { SharingHeading } from './ConsentRecord';
import { sharingPaths } from './paths';
import { type SharingNotice, type SharingView, useRefreshSharing, useSharing } from './sharing-data';
import {
  emptyWithoutConsentForm,
  makeWithoutConsentFormSchema,
  RECIPIENT_OUTSIDE,
  RECIPIENT_PRACTITIONER,
  withoutConsentFieldFor,
} from './without-consent-form';

const TITLE = 'Record sharing without consent';

/** `/episodes/:episodeId/sharing/without-consent`: CO-7, on a recorded ground, flagged to managers. */
export function ShareWithoutConsentPage() {
  const { episodeId = '' } = useParams();
  const result = useSharing(episodeId);
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;

  return (
    <>
      <BackLink href={sharingPaths(episodeId).sharing}>Back to consent to share and the team</BackLink>
      {view.access.canShare ? (
        <WithoutConsentForm view={view} />
      ) : (
        <>
          <SharingHeading view={view} title={TITLE} />
          <InsetText>
            Only the assessor, a co-assessor or the lead professional can record sharing without consent.
          </InsetText>
        </>
      )}
    </>
  );
}

type WithoutConsentForm = ZodForm<ReturnType<typeof makeWithoutConsentFormSchema>>;

function WithoutConsentForm({ view }: { view: SharingView }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshSharing();
  const share = useMutation(trpc.sharing.shareWithoutConsent.mutationOptions());
  const paths = sharingPaths(view.episode.id);
  const schema = useMemo(() => makeWithoutConsentFormSchema(view.episode.id), [view.episode.id]);
  const form = useZodForm(schema, { defaultValues: emptyWithoutConsentForm() });
  const error = useFieldError(form);

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      serverPathToField={withoutConsentFieldFor}
      onSubmit={async (input) => {
        await share.mutateAsync(input);
        await refresh();
        const state: SharingNotice = { notice: 'Sharing without consent recorded. It has been flagged to managers.' };
        await navigate(paths.sharing, { state });
      }}
    >
      <SharingHeading view={view} title={TITLE} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Share information without the family&apos;s consent only when one of these grounds applies. Share only what
            is needed, with the people who need it.
          </p>
          <WarningText>Every share without consent is flagged to managers.</WarningText>
          <Radios
            legend="On what ground did you share without consent?"
            legendSize="s"
            items={withoutConsentGrounds.map((ground) => ({
              value: ground,
              label: withoutConsentGroundLabels[ground],
            }))}
            {...form.register('ground')}
            error={error('ground')}
          />
          <Textarea
            label="Why did the information have to be shared without consent?"
            labelClassName="govuk-label--s"
            hint="Say what the risk is and why asking for consent was not possible or would have increased it"
            rows={5}
            {...form.register('reason')}
            error={error('reason')}
          />
          <Radios
            legend="What did you share?"
            legendSize="s"
            items={sharedInformationKinds.map((kind) => ({ value: kind, label: sharedInformationLabels[kind] }))}
            {...form.register('shared')}
            error={error('shared')}
          />
          <Radios
            legend="Who did you share it with?"
            legendSize="s"
            items={[
              {
                value: RECIPIENT_PRACTITIONER,
                label: 'A practitioner who uses eCAF',
                hint: 'They join the Team Around the Child and can see what you shared',
                conditional: <FindRecipient episodeId={view.episode.id} form={form} error={error('recipientUserId')} />,
              },
              {
                value: RECIPIENT_OUTSIDE,
                label: 'Someone who does not use eCAF',
                conditional: (
                  <>
                    <Input
                      label="Their name"
                      autoComplete="off"
                      spellCheck={false}
                      {...form.register('recipientName')}
                      error={error('recipientName')}
                    />
                    <Input
                      label="Their organisation"
                      autoComplete="off"
                      {...form.register('recipientOrganisation')}
                      error={error('recipientOrganisation')}
                    />
                  </>
                ),
              },
            ]}
            {...form.register('recipientKind')}
            error={error('recipientKind')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Record sharing without consent</Button>
            <AppLink className="govuk-link" href={paths.sharing}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}

/**
 * A search inside the form (forms cannot nest): Enter in the box or the Search button looks
 * practitioners up, and the one chosen is a radio of the form.
 */
function FindRecipient({
  episodeId,
  form,
  error,
}: {
  episodeId: string;
  form: WithoutConsentForm;
  error: string | undefined;
}) {
  const trpc = useTRPC();
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [searchProblem, setSearchProblem] = useState<string | null>(null);
  const found = useQuery({
    ...trpc.sharing.findTeamCandidates.queryOptions({ episodeId, query: query ?? '' }),
    enabled: query !== null,
  });

  function search() {
    const parsed = practitionerSearchSchema.safeParse({ query: text });
    if (!parsed.success) {
      setSearchProblem(parsed.error.issues[0]?.message ?? 'Enter a name or email address');
      return;
    }
    setSearchProblem(null);
    setQuery(parsed.data.query);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches, as in a search form, rather than submitting the whole share.
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  }

  const results = query !== null && !found.isFetching && found.data && found.data.length > 0 ? found.data : null;

  return (
    <>
      <Input
        // Before there are results to choose from, a problem with the choice points at the search box.
        id={results ? 'recipientSearch' : 'recipientUserId'}
        name="recipientSearch"
        label="Name or email address of the practitioner"
        hint="Enter at least 2 characters. Only practitioners in your local authority are found."
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        error={searchProblem ?? (results ? undefined : error)}
      />
      <Button type="button" variant="secondary" onClick={search}>
        Search
      </Button>
      <div role="status">
        {query !== null &&
          (found.isFetching ? (
            <p className="govuk-body">Searching…</p>
          ) : found.isError ? (
            <p className="govuk-body">{errorMessage(found.error)}</p>
          ) : found.data ? (
            <p className="govuk-body">
              {found.data.length === 0
                ? `No practitioners found for ‘${query}’ who are not already in the team`
                : describeResults(found.data.length, query)}
            </p>
          ) : null)}
      </div>
      {results && (
        <Radios
          legend="Choose the practitioner"
          legendSize="s"
          items={results.map((p) => ({
            value: p.userId,
            label: p.name,
            hint: `${orNotRecorded(p.organisation)}, ${p.email}`,
          }))}
          {...form.register('recipientUserId')}
          error={error}
        />
      )}
    </>
  );
}
