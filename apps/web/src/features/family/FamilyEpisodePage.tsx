import './family.css';
import type { AppRouter } from '@ecaf/api';
import { formatDate, saveFamilyViewsInputSchema } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Form } from '../../components/form/Form';
import { FormFieldErrors } from '../../components/form/FormFieldErrors';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryList } from '../../components/SummaryList';
import { Table } from '../../components/Table';
import { Tag, type TagColour } from '../../components/Tag';
import { Textarea } from '../../components/Textarea';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import {
  type ConsentToShareStatus,
  consentMethodWords,
  consentStatusWords,
  scopeInWords,
  versionStatusWords,
} from './plain-words';

type FamilyEpisode = inferOutput<TRPCOptionsProxy<AppRouter>['family']['episode']>;
type Version = FamilyEpisode['versions'][number];

/** What the withdrawal page hands back, to say it is done. */
export type FamilyEpisodeState = { consentWithdrawn?: { leadProfessionalEmailed: boolean } };

const statusColours: Record<ConsentToShareStatus, TagColour> = {
  active: 'green',
  awaiting_confirmation: 'yellow',
  lapsed: 'grey',
  withdrawn: 'red',
};

const timeInLondon = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** '3 March 2026, 10:15am' in England's time. */
function whenInWords(timestamp: string): string {
  return `${formatTimestampAsDate(timestamp)}, ${timeInLondon.format(new Date(timestamp)).replace(/\s/g, '').toLowerCase()}`;
}

/**
 * The family view of one CAF (screen 6), in plain English: what has been written down (every
 * version), who is helping, what they agreed to share, who has looked at the record, and their
 * own views. Read-only apart from their views and their consent.
 */
export function FamilyEpisodePage() {
  const { episodeId = '' } = useParams();
  const location = useLocation();
  const state = (location.state ?? {}) as FamilyEpisodeState;
  const trpc = useTRPC();
  const result = useQuery(trpc.family.episode.queryOptions({ episodeId }));
  const title = result.data
    ? result.data.you.party === 'child'
      ? 'Your CAF record'
      : `${result.data.child.name}’s CAF record`
    : undefined;
  usePageTitle(result.isError ? undefined : title);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;

  return (
    <>
      <BackLink href="/family">Back to your family’s records</BackLink>
      {state.consentWithdrawn && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">You have withdrawn your consent to share information</p>
          <p className="govuk-body">
            Sharing has stopped.{' '}
            {state.consentWithdrawn.leadProfessionalEmailed
              ? 'We have emailed the lead professional to tell them.'
              : 'The lead professional can see that you have withdrawn it on the record.'}{' '}
            They will contact you about what happens next.
          </p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">CAF {view.episode.reference}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Started on {formatTimestampAsDate(view.episode.startedAt)}. This is what the people helping your family have
            written down, who they are, and who has looked at the record.
          </p>
          <nav aria-labelledby="contents-heading" className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-s" id="contents-heading">
              On this page
            </h2>
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href="#written-down">
                  What has been written down
                </a>
              </li>
              <li>
                <a className="govuk-link" href="#your-views">
                  Add your views
                </a>
              </li>
              <li>
                <a className="govuk-link" href="#helping">
                  Who is helping your family
                </a>
              </li>
              <li>
                <a className="govuk-link" href="#agreed">
                  What you agreed to
                </a>
              </li>
              <li>
                <a className="govuk-link" href="#who-looked">
                  Who has looked at the record
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
      <WrittenDown view={view} />
      <YourViews view={view} />
      <Helping view={view} />
      <Agreed view={view} />
      <WhoLooked episodeId={view.episode.id} />
    </>
  );
}

function WrittenDown({ view }: { view: FamilyEpisode }) {
  const [newest, ...older] = view.versions;
  return (
    <section aria-labelledby="written-down" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="written-down">
        What has been written down
      </h2>
      {view.versions.length > 1 && (
        <p className="govuk-body">
          The assessment has been written {view.versions.length} times: each review starts a new version. The newest is
          first. Older versions are kept as they were finished.
        </p>
      )}
      {newest && <VersionContent version={newest} />}
      {older.map((version) => (
        <Details
          key={version.number}
          summary={`Version ${version.number}, ${version.completedAt ? `finished on ${formatTimestampAsDate(version.completedAt)}` : versionStatusWords[version.status].toLowerCase()}`}
        >
          <VersionContent version={version} />
        </Details>
      ))}
    </section>
  );
}

function VersionContent({ version }: { version: Version }) {
  const answered = version.sections.filter((s) => s.fields.length > 0);
  return (
    <div className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-m">
        Version {version.number}{' '}
        <Tag colour={version.status === 'draft' ? 'yellow' : 'green'}>{versionStatusWords[version.status]}</Tag>
      </h3>
      <p className="govuk-body">
        Started on {formatTimestampAsDate(version.startedAt)}
        {version.completedAt ? `, finished on ${formatTimestampAsDate(version.completedAt)}` : ''}.
      </p>
      {answered.length === 0 && <p className="govuk-body">Nothing has been written in this version yet.</p>}
      {answered.map((section) => (
        <div className="govuk-summary-card" key={section.sectionId}>
          <div className="govuk-summary-card__title-wrapper">
            <h4 className="govuk-summary-card__title">
              {section.number}. {section.title}
            </h4>
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={section.fields.map((field) => ({
                key: field.label,
                value: field.value,
                valueClassName: 'app-family-text',
              }))}
            />
          </div>
        </div>
      ))}
    </div>
  );
}

/** What the server said is saved now, when another save came first (CF-7). */
type Conflict = { text: string; updatedAt: string | null; count: number };

function YourViews({ view }: { view: FamilyEpisode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.family.saveViews.mutationOptions());
  const [saved, setSaved] = useState<{ at: string; count: number } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const { views } = view;
  const form = useZodForm(saveFamilyViewsInputSchema, {
    defaultValues: {
      episodeId: view.episode.id,
      versionNumber: views.versionNumber ?? 1,
      baseRevision: views.revision,
      views: views.text,
    },
  });
  const error = useFieldError(form);
  const label = views.field === 'childViews' ? 'Your views' : 'Your views as a parent or carer';

  return (
    <section aria-labelledby="your-views" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="your-views">
        Add your views
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {!views.canAdd ? (
            <>
              <InsetText>{views.reason}</InsetText>
              {views.text.trim() !== '' && (
                <SummaryList rows={[{ key: label, value: views.text, valueClassName: 'app-family-text' }]} />
              )}
            </>
          ) : (
            <Form
              form={form}
              onSubmit={async (values) => {
                try {
                  const result = await save.mutateAsync(values);
                  // Keep what they wrote; the next save builds on the revision just written.
                  form.reset({ ...values, baseRevision: result.revision });
                  setConflict(null);
                  setSaved((last) => ({ at: result.savedAt, count: (last?.count ?? 0) + 1 }));
                  await queryClient.invalidateQueries(trpc.family.whoLooked.pathFilter());
                } catch (caught) {
                  const appError = appErrorOf(caught);
                  setSaved(null);
                  if (appError?.code === 'STALE_REVISION') {
                    const details = (appError.details ?? {}) as {
                      revision?: number;
                      text?: unknown;
                      updatedAt?: string;
                    };
                    // CF-7: their text stays in the box; saving again writes it over what is saved now.
                    form.setValue('baseRevision', details.revision ?? values.baseRevision);
                    setConflict((last) => ({
                      text: typeof details.text === 'string' ? details.text : '',
                      updatedAt: details.updatedAt ?? null,
                      count: (last?.count ?? 0) + 1,
                    }));
                    throw new FormFieldErrors({
                      views:
                        'Someone else saved this part of the assessment after you opened the page. Your text is still in the box. Check what is saved now, below, then save again.',
                    });
                  }
                  throw new FormFieldErrors({ views: appError?.message ?? errorMessage(caught) });
                }
              }}
            >
              {saved && (
                <NotificationBanner
                  key={saved.count}
                  type="success"
                  text={`Your views were saved at ${whenInWords(saved.at)}.`}
                />
              )}
              <p className="govuk-body">
                Tell the people helping your family what you think about the assessment and what should happen next.
                What you write is added to version {views.versionNumber} of the assessment, where the team can read it.
              </p>
              <Textarea
                label={label}
                labelClassName="govuk-label--m"
                hint="You can change this until the assessment is finished."
                rows={8}
                {...form.register('views')}
                error={error('views')}
              />
              {conflict && (
                <InsetText>
                  <h3 className="govuk-heading-s">What is saved now</h3>
                  <p className="govuk-body app-family-text">
                    {conflict.text.trim() === '' ? 'Nothing has been saved in your part yet.' : conflict.text}
                  </p>
                </InsetText>
              )}
              <Button disabled={form.formState.isSubmitting}>Save your views</Button>
            </Form>
          )}
        </div>
      </div>
    </section>
  );
}

function Helping({ view }: { view: FamilyEpisode }) {
  const { contact } = view;
  return (
    <section aria-labelledby="helping" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="helping">
        Who is helping your family
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {contact ? (
            <>
              <h3 className="govuk-heading-m">{contact.isLeadProfessional ? 'Lead professional' : 'Who to contact'}</h3>
              <p className="govuk-body">
                {contact.isLeadProfessional
                  ? 'The lead professional coordinates the help your family gets. Contact them with any questions.'
                  : 'A lead professional has not been chosen yet. Until then, contact the practitioner doing the assessment.'}
              </p>
              <SummaryList
                rows={[
                  { key: 'Name', value: contact.name },
                  contact.jobTitle ? { key: 'Job title', value: contact.jobTitle } : null,
                  contact.organisation ? { key: 'Organisation', value: contact.organisation } : null,
                  contact.telephone ? { key: 'Telephone', value: contact.telephone } : null,
                  {
                    key: 'Email',
                    value: (
                      <a className="govuk-link" href={`mailto:${contact.email}`}>
                        {contact.email}
                      </a>
                    ),
                  },
                ]}
              />
            </>
          ) : null}
          <h3 className="govuk-heading-m">Doing the assessment</h3>
          <ul className="govuk-list govuk-list--bullet">
            {view.assessors.map((a) => (
              <li key={`${a.role}-${a.name}`}>
                {a.name}
                {a.organisation ? `, ${a.organisation}` : ''}
                {a.role === 'co_assessor' ? ' (helping with the assessment)' : ''}
              </li>
            ))}
          </ul>
          <h3 className="govuk-heading-m">The team around your family</h3>
          {view.team.length === 0 ? (
            <p className="govuk-body">No one else has joined the team yet.</p>
          ) : (
            <Table
              caption="The team around your family"
              captionClassName="govuk-visually-hidden"
              head={[{ content: 'Name' }, { content: 'Job title' }, { content: 'Organisation' }]}
              firstCellIsHeader
              rows={view.team.map((m, index) => ({
                key: `${m.name}-${index}`,
                cells: [
                  { content: m.name },
                  { content: m.jobTitle ?? 'Not recorded' },
                  { content: m.organisation ?? 'Not recorded' },
                ],
              }))}
            />
          )}
        </div>
      </div>
    </section>
  );
}

function Agreed({ view }: { view: FamilyEpisode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const confirm = useMutation(trpc.family.confirmConsent.mutationOptions());
  const [problem, setProblem] = useState<{ text: string; count: number } | null>(null);
  const share = view.consentToShare;
  const assess = view.consentToAssess;

  return (
    <section aria-labelledby="agreed" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="agreed">
        What you agreed to
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h3 className="govuk-heading-m">Sharing information</h3>
          {problem && <ErrorSummary errors={[{ text: problem.text }]} focusKey={problem.count} />}
          {!share ? (
            <p className="govuk-body">
              No agreement to share information has been recorded. Until it is, only the people doing the assessment,
              the lead professional and managers of early help can see the record.
            </p>
          ) : (
            <>
              <SummaryList
                rows={[
                  {
                    key: 'Status',
                    value: <Tag colour={statusColours[share.status]}>{consentStatusWords[share.status]}</Tag>,
                  },
                  { key: 'Agreed by', value: share.givenBy.isYou ? `You (${share.givenBy.name})` : share.givenBy.name },
                  { key: 'Date', value: formatDate(share.decidedOn) },
                  { key: 'How', value: consentMethodWords[share.method] },
                  { key: 'Who can see basic information', value: scopeInWords(share.basicScope) },
                  {
                    key: 'Who can see sensitive information',
                    value: scopeInWords(share.additionalScope),
                  },
                  { key: 'What was explained', value: share.whatWasExplained, valueClassName: 'app-family-text' },
                  share.confirmedOn ? { key: 'Confirmed on', value: formatDate(share.confirmedOn) } : null,
                  share.withdrawnOn ? { key: 'Withdrawn on', value: formatDate(share.withdrawnOn) } : null,
                ]}
              />
              <p className="govuk-body">
                Basic information is what the assessment says about your family. Sensitive information is about things
                like health, mental health and sexual health.
              </p>
              {share.canConfirm && (
                <>
                  <InsetText>
                    You agreed by talking to a practitioner. Please confirm it
                    {share.confirmationDueOn ? ` by ${formatDate(share.confirmationDueOn)}` : ''}. If you do not,
                    nothing will be shared after that date.
                  </InsetText>
                  <Button
                    type="button"
                    disabled={confirm.isPending}
                    onClick={() =>
                      confirm.mutate(
                        { episodeId: view.episode.id, consentId: share.id },
                        {
                          onSuccess: async () => {
                            setProblem(null);
                            await queryClient.invalidateQueries(trpc.family.episode.pathFilter());
                          },
                          onError: (caught) =>
                            setProblem((last) => ({ text: errorMessage(caught), count: (last?.count ?? 0) + 1 })),
                        },
                      )
                    }
                  >
                    Confirm I agree to share information
                  </Button>
                </>
              )}
              {share.canWithdraw ? (
                <p className="govuk-body">
                  <AppLink className="govuk-link" href={`/family/episodes/${view.episode.id}/withdraw-consent`}>
                    Withdraw your consent to share information
                  </AppLink>
                </p>
              ) : share.status !== 'withdrawn' ? (
                <p className="govuk-body">
                  Only {share.givenBy.name}, who agreed, can withdraw this consent here. If you want it changed, contact
                  the lead professional.
                </p>
              ) : null}
            </>
          )}
          <h3 className="govuk-heading-m">The assessment</h3>
          {!assess ? (
            <p className="govuk-body">No one has been asked to agree to the assessment yet.</p>
          ) : (
            <SummaryList
              rows={[
                {
                  key: 'Agreement to the assessment',
                  value:
                    assess.status === 'given'
                      ? 'Agreed: information can be written down and kept'
                      : assess.status === 'refused'
                        ? 'Not agreed: nothing more can be written down'
                        : 'Not recorded',
                },
                { key: 'Decided by', value: assess.givenBy },
                { key: 'Date', value: formatDate(assess.decidedOn) },
                { key: 'How', value: consentMethodWords[assess.method] },
              ]}
            />
          )}
        </div>
      </div>
    </section>
  );
}

function WhoLooked({ episodeId }: { episodeId: string }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.family.whoLooked.queryOptions({ episodeId }));
  return (
    <section aria-labelledby="who-looked" className="govuk-!-margin-bottom-9">
      <h2 className="govuk-heading-l" id="who-looked">
        Who has looked at the record
      </h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Every time someone opens the record it is written down: who it was, when, and why they are allowed to see
            it. This includes you. The most recent is first.
          </p>
        </div>
      </div>
      {result.isPending ? (
        <PageLoading text="Loading the list…" />
      ) : result.isError ? (
        <p className="govuk-body">{errorMessage(result.error)}</p>
      ) : result.data.reads.length === 0 ? (
        <p className="govuk-body">No one has looked at the record yet.</p>
      ) : (
        <>
          <Table
            caption="Who has looked at the record"
            captionClassName="govuk-visually-hidden"
            head={[
              { content: 'When' },
              { content: 'Who' },
              { content: 'What they did' },
              { content: 'Why they can see it' },
            ]}
            rows={result.data.reads.map((read) => ({
              key: String(read.id),
              cells: [
                { content: whenInWords(read.at) },
                {
                  content: [read.who, read.jobTitle, read.organisation].filter(Boolean).join(', '),
                },
                { content: read.what },
                { content: read.why },
              ],
            }))}
          />
          {result.data.nextBefore !== null && (
            <p className="govuk-body">
              These are the {result.data.reads.length} most recent. To see them all, ask the lead professional.
            </p>
          )}
        </>
      )}
    </section>
  );
}
