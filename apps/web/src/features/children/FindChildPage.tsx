import { appErrorCodes, can, childSearchInputSchema } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { AppLink } from '../../components/LinkContext';
import { Table } from '../../components/Table';
import { Tag } from '../../components/Tag';
import { displayNhsNumber, orNotRecorded } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { birthDateText } from './child-labels';
import { MatchBandTag, MatchReasons } from './MatchReasons';

/** What the search page keeps in the browser history entry (never in the URL: it may be a name). */
export type FindChildState = { query?: string };
/** What the register page is given when it is opened from a search. */
export type RegisterFromSearchState = { fromSearch: string };

function queryFromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'query' in state && typeof state.query === 'string')
    return state.query;
  return '';
}

export function FindChildPage() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  // SH-3: say so at once rather than offer a search the server will refuse.
  if (me.data?.user && !can(me.data.user.role, 'child-index:search')) return <CannotSearch />;
  return <FindChild />;
}

function CannotSearch() {
  usePageTitle('You cannot see this page');
  return (
    <>
      <h1 className="govuk-heading-l">You cannot see this page</h1>
      <p className="govuk-body">{appErrorCodes.FORBIDDEN.message}</p>
    </>
  );
}

function FindChild() {
  const trpc = useTRPC();
  const location = useLocation();
  const navigate = useNavigate();
  // Back from a child's page shows the same results again.
  const [query, setQuery] = useState(() => queryFromState(location.state));
  const form = useZodForm(childSearchInputSchema, { defaultValues: { query } });
  const error = useFieldError(form);
  const search = useQuery(trpc.children.search.queryOptions({ query }, { enabled: query !== '' }));
  const results = search.data?.results ?? [];

  return (
    <>
      <Form
        form={form}
        pageTitle={query ? 'Search results – Find a child' : 'Find a child'}
        onSubmit={(values) => {
          if (values.query === query) void search.refetch();
          setQuery(values.query);
          void navigate('.', { replace: true, state: { query: values.query } satisfies FindChildState });
        }}
      >
        <h1 className="govuk-heading-l">Find a child</h1>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <Input
              label="Search by name, date of birth, postcode, NHS number or UPN"
              labelClassName="govuk-label--s"
              hint="For example, Amelia Jones 3/4/2015 LS6 2AB, or 943 476 5919. Include a name, an NHS number or a UPN: a postcode or date of birth on its own finds no one."
              type="search"
              autoComplete="off"
              spellCheck={false}
              {...form.register('query')}
              error={error('query')}
            />
            <Button>Search</Button>
          </div>
        </div>
      </Form>

      {query !== '' &&
        (search.isPending ? (
          <PageLoading text="Searching…" />
        ) : search.isError ? (
          <QueryProblem error={search.error} />
        ) : (
          <>
            <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
              {results.length === 0
                ? 'No children found'
                : `${results.length} ${results.length === 1 ? 'child' : 'children'} found`}
            </h2>
            {results.length > 0 && (
              <Table
                labelledBy="results-heading"
                head={[
                  { content: 'Name' },
                  { content: 'Date of birth' },
                  { content: 'Postcode' },
                  { content: 'NHS number' },
                  { content: 'Open CAF' },
                  { content: 'How likely' },
                  { content: 'Why it matched' },
                ]}
                rows={results.map((child) => ({
                  key: child.id,
                  cells: [
                    {
                      content: (
                        <AppLink className="govuk-link" href={`/children/${child.id}`}>
                          {child.name}
                        </AppLink>
                      ),
                    },
                    { content: birthDateText(child) },
                    { content: orNotRecorded(child.postcode) },
                    { content: displayNhsNumber(child.nhsNumber) },
                    { content: child.hasOpenEpisode ? <Tag colour="green">Open CAF</Tag> : 'No' },
                    { content: <MatchBandTag band={child.band} /> },
                    { content: <MatchReasons reasons={child.reasons} against={child.against} /> },
                  ],
                }))}
              />
            )}
            <p className="govuk-body">
              {results.length === 0
                ? 'Check the spelling, or add the date of birth or postcode to the name. If the child is not registered yet, you can register them.'
                : 'If none of these is the child, you can register them.'}
            </p>
            <Link
              to="/children/new"
              state={{ fromSearch: query } satisfies RegisterFromSearchState}
              role="button"
              draggable="false"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              Register a new child
            </Link>
          </>
        ))}
    </>
  );
}
