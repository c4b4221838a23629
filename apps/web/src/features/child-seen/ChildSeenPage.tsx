import type { AppRouter } from '@ecaf/api';
import { formatDate, isoDateInLondon, seenAloneLabels, todayInLondon } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { DateInput } from '../../components/DateInput';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Radios } from '../../components/Radios';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { childSeenRows, emptyChildSeenForm, makeChildSeenFormSchema } from './child-seen-form';

type Assessment = inferOutput<TRPCOptionsProxy<AppRouter>['assessment']['get']>;

const dateOf = (timestamp: string) => isoDateInLondon(new Date(timestamp));

function titleFor(isUnborn: boolean) {
  return isUnborn ? 'Expectant mother seen' : 'Child seen';
}

export function ChildSeenPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const me = useQuery(trpc.auth.me.queryOptions());
  const [saved, setSaved] = useState<{ seenOn: string; count: number } | null>(null);
  usePageTitle(result.data ? titleFor(result.data.child.isUnborn) : result.isError ? undefined : 'Child seen');

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const assessment = result.data;
  const { child } = assessment;

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      {saved && (
        <NotificationBanner key={saved.count} type="success">
          <p className="govuk-notification-banner__heading">
            Visit recorded: {child.isUnborn ? 'the expectant mother' : 'the child'} was seen on{' '}
            {formatDate(saved.seenOn)}
          </p>
          <p className="govuk-body">
            <AppLink className="govuk-notification-banner__link" href={`/episodes/${episodeId}`}>
              Return to the task list
            </AppLink>
          </p>
        </NotificationBanner>
      )}
      <ChildIdentityBar child={child} />
      {assessment.access.canEdit ? (
        <RecordChildSeenForm
          // A fresh form after each visit recorded.
          key={saved?.count ?? 0}
          assessment={assessment}
          signedInName={me.data?.user?.name ?? ''}
          onSaved={(seenOn) => setSaved((last) => ({ seenOn, count: (last?.count ?? 0) + 1 }))}
        />
      ) : (
        <>
          <ChildSeenSummary assessment={assessment} />
          <InsetText>
            Only the assessor and co-assessors can record this, and only while the assessment is a draft.
          </InsetText>
        </>
      )}
    </>
  );
}

/** CF-4 in words, whether this version meets it, and every record. */
function ChildSeenSummary({ assessment }: { assessment: Assessment }) {
  const { child, version, childSeen, episode } = assessment;
  const who = child.isUnborn ? 'the expectant mother' : 'the child';
  const startedOn = dateOf(version.startedAt);
  const completedOn = version.completedAt ? dateOf(version.completedAt) : null;
  const rows = childSeenRows(childSeen.records, { startedOn, completedOn }, child.isUnborn);

  return (
    <>
      <span className="govuk-caption-l">CAF {episode.reference}</span>
      <h1 className="govuk-heading-l">{titleFor(child.isUnborn)}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {child.isUnborn && (
            <p className="govuk-body">
              For an unborn baby, record when a practitioner saw the expectant mother. Seeing her counts as seeing the
              baby.
            </p>
          )}
          {completedOn === null ? (
            <p className="govuk-body">
              Before version {version.number} of the assessment can be completed, {who} must be seen by a practitioner
              on or after {formatDate(startedOn)}, when this version was started, and before it is completed.
            </p>
          ) : (
            <p className="govuk-body">
              {`Version ${version.number} was started on ${formatDate(startedOn)} and completed on ${formatDate(completedOn)}.`}
            </p>
          )}
          {completedOn === null &&
            (childSeen.allowed ? (
              <InsetText>
                <Tag colour="green">Seen</Tag> {child.isUnborn ? 'The expectant mother has' : 'The child has'} been seen
                during this version.
              </InsetText>
            ) : (
              childSeen.message && <InsetText>{childSeen.message}</InsetText>
            ))}
        </div>
      </div>
      <Table
        caption="Visits recorded"
        captionClassName="govuk-table__caption--m"
        head={[
          { content: 'Date seen' },
          { content: 'Seen by' },
          ...(child.isUnborn ? [] : [{ content: 'Seen alone' }]),
          { content: 'Where' },
          { content: `Counts for version ${version.number}` },
        ]}
        rows={
          rows.length === 0
            ? [{ key: 'none', cells: [{ content: 'Nothing recorded yet.', colSpan: child.isUnborn ? 4 : 5 }] }]
            : rows.map((row) => ({
                key: row.id,
                cells: [
                  { content: formatDate(row.seenOn) },
                  { content: row.seenBy },
                  ...(child.isUnborn ? [] : [{ content: seenAloneLabels[row.seenAlone] }]),
                  { content: orNotRecorded(row.location) },
                  {
                    content: row.counts
                      ? 'Yes'
                      : row.seenOn < startedOn
                        ? 'No, seen before this version was started'
                        : 'No',
                  },
                ],
              }))
        }
      />
    </>
  );
}

function RecordChildSeenForm({
  assessment,
  signedInName,
  onSaved,
}: {
  assessment: Assessment;
  signedInName: string;
  onSaved: (seenOn: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.assessment.recordChildSeen.mutationOptions());
  const { episode, child } = assessment;
  const schema = useMemo(
    () => makeChildSeenFormSchema({ episodeId: episode.id, isUnborn: child.isUnborn, today: todayInLondon }),
    [episode.id, child.isUnborn],
  );
  const form = useZodForm(schema, { defaultValues: emptyChildSeenForm(signedInName) });
  const error = useFieldError(form);
  const who = child.isUnborn ? 'the expectant mother' : 'the child';

  return (
    <Form
      form={form}
      pageTitle={titleFor(child.isUnborn)}
      onSubmit={async (input) => {
        await record.mutateAsync(input);
        await Promise.all([queryClient.invalidateQueries(trpc.assessment.pathFilter())]);
        onSaved(input.seenOn);
      }}
    >
      <ChildSeenSummary assessment={assessment} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Record a visit</h2>
          <DateInput
            id="seenOn"
            legend={`When was ${who} seen?`}
            legendSize="s"
            hint="For example, 27 3 2026. It cannot be in the future."
            error={error('seenOn')}
            day={form.register('seenOn.day')}
            month={form.register('seenOn.month')}
            year={form.register('seenOn.year')}
          />
          <Input
            label={`Who saw ${who}?`}
            labelClassName="govuk-label--s"
            hint="The practitioner's name"
            autoComplete="off"
            spellCheck={false}
            {...form.register('seenBy')}
            error={error('seenBy')}
          />
          {!child.isUnborn && (
            <Radios
              legend="Was the child seen alone?"
              legendSize="s"
              items={(['yes', 'no'] as const).map((value) => ({ value, label: seenAloneLabels[value] }))}
              {...form.register('seenAlone')}
              error={error('seenAlone')}
            />
          )}
          <Input
            label={`Where was ${who} seen? (optional)`}
            labelClassName="govuk-label--s"
            hint="For example, at home, at school or at a children's centre"
            {...form.register('location')}
            error={error('location')}
          />
          <ButtonGroup>
            <Button disabled={form.formState.isSubmitting}>Save visit</Button>
            <AppLink className="govuk-link" href={`/episodes/${episode.id}`}>
              Cancel
            </AppLink>
          </ButtonGroup>
        </div>
      </div>
    </Form>
  );
}
