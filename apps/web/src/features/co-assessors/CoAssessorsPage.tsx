import type { AppRouter } from '@ecaf/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Table } from '../../components/Table';
import { appErrorOf, errorMessage } from '../../lib/errors';
import { orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import { assessorRoleLabels, assessorsInOrder, describeResults, practitionerSearchSchema } from './co-assessors';

type Assessment = inferOutput<TRPCOptionsProxy<AppRouter>['assessment']['get']>;

const TITLE = 'Assessor and co-assessors';

/** A message shown once; the count makes a repeat of the same message take focus again. */
type Notice = { text: string; count: number };

function problemText(error: unknown): string {
  const fieldErrors = appErrorOf(error)?.fieldErrors;
  return fieldErrors?.userId ?? errorMessage(error);
}

export function CoAssessorsPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.assessment.get.queryOptions({ episodeId }));
  const [success, setSuccess] = useState<Notice | null>(null);
  const [problem, setProblem] = useState<Notice | null>(null);
  usePageTitle(result.isError ? undefined : TITLE, { error: problem !== null });

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const assessment = result.data;

  const notify = (text: string) => {
    setProblem(null);
    setSuccess((last) => ({ text, count: (last?.count ?? 0) + 1 }));
  };
  const fail = (error: unknown) => {
    setSuccess(null);
    setProblem((last) => ({ text: problemText(error), count: (last?.count ?? 0) + 1 }));
  };

  return (
    <>
      <BackLink href={`/episodes/${episodeId}`}>Back to the CAF</BackLink>
      {problem && <ErrorSummary errors={[{ text: problem.text }]} focusKey={problem.count} />}
      {success && <NotificationBanner key={success.count} type="success" text={success.text} />}
      <ChildIdentityBar child={assessment.child} />
      <span className="govuk-caption-l">CAF {assessment.episode.reference}</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <Assessors assessment={assessment} onRemoved={notify} onProblem={fail} />
      {assessment.access.canManageCoAssessors ? (
        <FindPractitioner episodeId={episodeId} onAdded={notify} onProblem={fail} />
      ) : (
        <InsetText>Only the assessor who started this CAF can add or remove co-assessors.</InsetText>
      )}
    </>
  );
}

function useRefreshAssessors() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries(trpc.assessment.pathFilter())]);
}

function Assessors({
  assessment,
  onRemoved,
  onProblem,
}: {
  assessment: Assessment;
  onRemoved: (text: string) => void;
  onProblem: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshAssessors();
  const remove = useMutation(trpc.assessment.removeCoAssessor.mutationOptions());
  const canManage = assessment.access.canManageCoAssessors;

  return (
    <Table
      caption="Who is assessing"
      captionClassName="govuk-table__caption--m"
      head={[
        { content: 'Name' },
        { content: 'Organisation' },
        { content: 'Role' },
        ...(canManage ? [{ content: <span className="govuk-visually-hidden">Actions</span> }] : []),
      ]}
      firstCellIsHeader
      rows={assessorsInOrder(assessment.assessors).map((assessor) => ({
        key: assessor.userId,
        cells: [
          { content: assessor.name },
          { content: orNotRecorded(assessor.organisation) },
          { content: assessorRoleLabels[assessor.role] },
          ...(canManage
            ? [
                {
                  content:
                    assessor.role === 'co_assessor' ? (
                      <Button
                        type="button"
                        variant="secondary"
                        className="govuk-!-margin-bottom-0"
                        disabled={remove.isPending}
                        onClick={() =>
                          remove.mutate(
                            { episodeId: assessment.episode.id, userId: assessor.userId },
                            {
                              onSuccess: async () => {
                                await refresh();
                                onRemoved(`${assessor.name} is no longer a co-assessor`);
                              },
                              onError: onProblem,
                            },
                          )
                        }
                      >
                        Remove<span className="govuk-visually-hidden"> {assessor.name} as co-assessor</span>
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ],
      }))}
    />
  );
}

function FindPractitioner({
  episodeId,
  onAdded,
  onProblem,
}: {
  episodeId: string;
  onAdded: (text: string) => void;
  onProblem: (error: unknown) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshAssessors();
  const [query, setQuery] = useState<string | null>(null);
  const form = useZodForm(practitionerSearchSchema, { defaultValues: { query: '' } });
  const error = useFieldError(form);
  const found = useQuery({
    ...trpc.assessment.findPractitioners.queryOptions({ episodeId, query: query ?? '' }),
    enabled: query !== null,
  });
  const add = useMutation(trpc.assessment.addCoAssessor.mutationOptions());

  return (
    <>
      <Form form={form} pageTitle={TITLE} onSubmit={(values) => setQuery(values.query)}>
        <h2 className="govuk-heading-m">Add a co-assessor</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Input
              label="Name or email address of the practitioner"
              hint="Enter at least 2 characters. Only practitioners in your local authority are found."
              autoComplete="off"
              spellCheck={false}
              {...form.register('query')}
              error={error('query')}
            />
            <Button variant="secondary">Search</Button>
          </div>
        </div>
      </Form>
      <div role="status">
        {query !== null &&
          (found.isFetching ? (
            <p className="govuk-body">Searching…</p>
          ) : found.isError ? (
            <p className="govuk-body">{errorMessage(found.error)}</p>
          ) : found.data ? (
            <p className="govuk-body">{describeResults(found.data.length, query)}</p>
          ) : null)}
      </div>
      {query !== null && !found.isFetching && found.data && found.data.length > 0 && (
        <Table
          caption="Practitioners found"
          captionClassName="govuk-visually-hidden"
          head={[
            { content: 'Name' },
            { content: 'Organisation' },
            { content: 'Email' },
            { content: <span className="govuk-visually-hidden">Actions</span> },
          ]}
          firstCellIsHeader
          rows={found.data.map((practitioner) => ({
            key: practitioner.userId,
            cells: [
              { content: practitioner.name },
              { content: orNotRecorded(practitioner.organisation) },
              { content: practitioner.email },
              {
                content: (
                  <Button
                    type="button"
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    disabled={add.isPending}
                    onClick={() =>
                      add.mutate(
                        { episodeId, userId: practitioner.userId },
                        {
                          onSuccess: async (added) => {
                            await refresh();
                            setQuery(null);
                            form.reset({ query: '' });
                            onAdded(`${added.name} is now a co-assessor`);
                          },
                          onError: onProblem,
                        },
                      )
                    }
                  >
                    Add<span className="govuk-visually-hidden"> {practitioner.name}</span> as co-assessor
                  </Button>
                ),
              },
            ],
          }))}
        />
      )}
    </>
  );
}
