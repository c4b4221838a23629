import './duplicates.css';
import { decideMerge } from '@ecaf/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { Details } from '../../components/Details';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { NotificationBanner } from '../../components/NotificationBanner';
import { Radios } from '../../components/Radios';
import { Table } from '../../components/Table';
import { Textarea } from '../../components/Textarea';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { asListItem, probabilityText } from '../children/child-labels';
import { MatchBandTag } from '../children/MatchReasons';
import { comparisonRows } from './compare-records';
import { makeMergeFormSchema, makeNotDuplicateFormSchema } from './duplicate-forms';
import {
  type DuplicatePairView,
  type DuplicatesNotice,
  type SideBySideChild,
  useRefreshAfterDecision,
} from './duplicates-data';
import { cafsText, duplicatePaths, evidenceWords, suggestedSurvivor, weightText } from './duplicates-words';
import { UNDO_REASON_ID, UndoMergeForm } from './UndoMergeForm';

const TITLE = 'Are these the same child?';

type Banner = { kind: 'merged'; survivorName: string; mergedName: string } | { kind: 'undone'; mergedName: string };

/** 'Record 1' and 'Record 2': two records of one child may well have the same name. */
function recordLabel(view: DuplicatePairView, childId: string): string {
  return childId === view.a.id ? 'record 1' : 'record 2';
}

function nameOf(view: DuplicatePairView, childId: string): string {
  return childId === view.a.id ? view.a.name : view.b.name;
}

/**
 * `/duplicates/pairs/:pairId` (CH-2): the two records side by side with what the engine found
 * comparing each detail, the evidence with its weights, and the decision: merge (keeping one of
 * the two) or mark as different children. After a merge, "Undo merge" is right there.
 */
export function PairPage() {
  const { pairId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.duplicates.pair.queryOptions({ pairId }));
  const [banner, setBanner] = useState<Banner | null>(null);
  usePageTitle(result.isError ? undefined : TITLE);

  const back = <BackLink href={duplicatePaths.list}>Back to possible duplicates</BackLink>;
  if (result.isPending) {
    return (
      <>
        {back}
        <PageLoading />
      </>
    );
  }
  if (result.isError) {
    return (
      <>
        {back}
        <QueryProblem error={result.error} withHeading />
      </>
    );
  }
  const view = result.data;
  const top = (
    <>
      {banner && <DecisionBanner banner={banner} />}
      <PairHeading view={view} />
    </>
  );
  const details = (
    <>
      <Comparison view={view} />
      <Evidence view={view} />
    </>
  );
  const openMerge = view.merge && !view.merge.undoneAt ? view.merge : null;

  return (
    <>
      {back}
      {view.pair.status === 'open' ? (
        <DecisionForms
          view={view}
          top={
            <>
              {top}
              {view.merge?.undoneAt && (
                <p className="govuk-body">
                  These records were merged, and the merge was undone on {formatTimestampAsDate(view.merge.undoneAt)}.
                </p>
              )}
              {details}
            </>
          }
          onMerged={(survivorId) =>
            setBanner({
              kind: 'merged',
              survivorName: nameOf(view, survivorId),
              mergedName: nameOf(view, survivorId === view.a.id ? view.b.id : view.a.id),
            })
          }
        />
      ) : (
        <>
          {openMerge ? (
            <UndoMergeForm
              mergeId={openMerge.id}
              survivorName={nameOf(view, openMerge.survivorId)}
              mergedName={nameOf(view, openMerge.survivorId === view.a.id ? view.b.id : view.a.id)}
              pageTitle={TITLE}
              afterSummary={
                <>
                  {top}
                  <Decided view={view} />
                </>
              }
              onUndone={() =>
                setBanner({
                  kind: 'undone',
                  mergedName: nameOf(view, openMerge.survivorId === view.a.id ? view.b.id : view.a.id),
                })
              }
            />
          ) : (
            <>
              {top}
              <Decided view={view} />
            </>
          )}
          {details}
        </>
      )}
    </>
  );
}

function DecisionBanner({ banner }: { banner: Banner }) {
  if (banner.kind === 'undone') {
    return (
      <NotificationBanner
        type="success"
        text={`The merge has been undone. ${banner.mergedName}'s record is a record of its own again.`}
      />
    );
  }
  return (
    <NotificationBanner type="success">
      <h3 className="govuk-notification-banner__heading">The records have been merged</h3>
      <p className="govuk-body">
        {banner.survivorName}&apos;s record now holds everything from the other record, which can no longer be found in
        a search. If this was a mistake,{' '}
        <a className="govuk-notification-banner__link" href={`#${UNDO_REASON_ID}`}>
          undo the merge
        </a>
        .
      </p>
    </NotificationBanner>
  );
}

function PairHeading({ view }: { view: DuplicatePairView }) {
  return (
    <>
      <span className="govuk-caption-l">Possible duplicate children</span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        <MatchBandTag band={view.pair.band} />
      </p>
      <p className="govuk-body">
        eCAF&apos;s estimate that these two records are the same child:{' '}
        <strong>{probabilityText(view.pair.probability)}</strong>.
      </p>
      <InsetText>{asListItem(view.pair.explanation)}.</InsetText>
    </>
  );
}

function Decided({ view }: { view: DuplicatePairView }) {
  const on = view.pair.decidedAt ? ` on ${formatTimestampAsDate(view.pair.decidedAt)}` : '';
  const { merge } = view;
  let text: string;
  if (view.pair.status === 'not_duplicate') {
    text = `These records were marked as different children${on}.`;
  } else if (merge?.undoneAt) {
    text = `These records were merged${on}, and the merge was undone on ${formatTimestampAsDate(merge.undoneAt)}.`;
  } else if (merge) {
    text = `These records were merged${on}. ${nameOf(view, merge.survivorId)}'s record (${recordLabel(view, merge.survivorId)}) was kept.`;
  } else {
    text = `These records were merged${on}.`;
  }
  return <p className="govuk-body">{text}</p>;
}

function RecordLink({ child, label }: { child: SideBySideChild; label: string }) {
  return (
    <AppLink className="govuk-link" href={`/children/${child.id}`}>
      Open {label}
      <span className="govuk-visually-hidden"> ({child.name})</span>
    </AppLink>
  );
}

function Comparison({ view }: { view: DuplicatePairView }) {
  const rows = comparisonRows(view.a, view.b, view.pair.fields);
  return (
    <Table
      caption="The two records side by side"
      captionClassName="govuk-table__caption--m"
      firstCellIsHeader
      head={[{ content: 'Detail' }, { content: 'Record 1' }, { content: 'Record 2' }, { content: 'What eCAF found' }]}
      rows={[
        {
          key: 'name',
          cells: [{ content: 'Name' }, { content: view.a.name }, { content: view.b.name }, { content: '' }],
        },
        ...rows.map((row) => ({
          key: row.key,
          cells: [
            { content: row.label },
            { content: row.a, className: 'app-duplicates__value' },
            { content: row.b, className: 'app-duplicates__value' },
            {
              content:
                row.found.length === 0 ? (
                  <span className="govuk-visually-hidden">Not compared</span>
                ) : row.found.length === 1 ? (
                  row.found[0]
                ) : (
                  <ul className="govuk-list govuk-!-margin-bottom-0">
                    {row.found.map((found) => (
                      <li key={found}>{found}</li>
                    ))}
                  </ul>
                ),
            },
          ],
        })),
        {
          key: 'records',
          cells: [
            { content: 'Record' },
            { content: <RecordLink child={view.a} label="record 1" /> },
            { content: <RecordLink child={view.b} label="record 2" /> },
            { content: '' },
          ],
        },
      ]}
    />
  );
}

function Evidence({ view }: { view: DuplicatePairView }) {
  const { fields } = view.pair;
  return (
    <section aria-labelledby="evidence-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="evidence-heading">
        The evidence
      </h2>
      {fields.length === 0 ? (
        <p className="govuk-body">No details could be compared.</p>
      ) : (
        <Table
          caption="What eCAF compared, strongest evidence first"
          captionClassName="govuk-table__caption--s"
          head={[
            { content: 'What eCAF found' },
            { content: 'Detail' },
            { content: 'Strength' },
            { content: 'Weight', format: 'numeric' },
          ]}
          rows={fields.map((field) => ({
            key: field.field,
            cells: [
              { content: asListItem(field.description) },
              { content: field.label },
              { content: evidenceWords(field.weight) },
              { content: weightText(field.weight), format: 'numeric' },
            ],
          }))}
        />
      )}
      <Details summary="How eCAF weighs the evidence">
        <p className="govuk-body">
          Each detail compared adds weight for or against the two records being the same child. Weights are in bits:
          each bit for doubles the odds that they are the same child, and each bit against halves them. A rare name that
          matches counts for more than a common one. eCAF adds the weights to how likely any two children are to be the
          same, which gives its estimate.
        </p>
        <p className="govuk-body">
          It is an estimate, not a decision: check the records, and ask the people who know the child if you are not
          sure.
        </p>
      </Details>
    </section>
  );
}

type DecisionFormsProps = {
  view: DuplicatePairView;
  /** The heading, comparison and evidence: shown below both error summaries, above both forms. */
  top: ReactNode;
  onMerged: (survivorId: string) => void;
};

/**
 * The two decisions, each a form of its own. The not-duplicate form wraps the merge form in its
 * `afterSummary` (outside its `<form>`), so both error summaries are at the top of the page.
 */
function DecisionForms({ view, top, onMerged }: DecisionFormsProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const refresh = useRefreshAfterDecision();
  const { a, b, pair } = view;

  const merge = useMutation(trpc.duplicates.merge.mutationOptions());
  const mergeSchema = useMemo(() => makeMergeFormSchema(pair.id, [a.id, b.id]), [pair.id, a.id, b.id]);
  const suggested = suggestedSurvivor(a, b);
  const mergeForm = useZodForm(mergeSchema, { defaultValues: { survivorId: suggested, reason: '' } });
  const mergeError = useFieldError(mergeForm);

  const notDuplicate = useMutation(trpc.duplicates.notDuplicate.mutationOptions());
  const notDuplicateSchema = useMemo(() => makeNotDuplicateFormSchema(pair.id), [pair.id]);
  const notDuplicateForm = useZodForm(notDuplicateSchema, { defaultValues: { reason: '' } });
  const notDuplicateError = useFieldError(notDuplicateForm);

  // One title for the page: 'Error: ' while either form shows errors.
  const hasErrors =
    Object.keys(mergeForm.formState.errors).length > 0 || Object.keys(notDuplicateForm.formState.errors).length > 0;
  usePageTitle(TITLE, { error: hasErrors });

  // CH-2 and CF-1: the domain's own rule says whether a merge can be offered at all.
  const mergeAllowed = decideMerge({ pairStatus: pair.status, survivor: a, merged: b });
  const sideHint = (side: SideBySideChild) =>
    `${cafsText(side)}; ${
      side.parentsAndCarers === 0
        ? 'no parents or carers'
        : side.parentsAndCarers === 1
          ? '1 parent or carer'
          : `${side.parentsAndCarers} parents and carers`
    }${side.id === suggested ? '. Suggested' : ''}`;

  const mergeSection = mergeAllowed.allowed ? (
    <Form
      form={mergeForm}
      fieldIdPrefix="merge"
      afterSummary={top}
      serverPathToField={(path) => (path === 'reason' || path === 'survivorId' ? path : '')}
      onSubmit={async (input) => {
        notDuplicateForm.clearErrors();
        const answer = await merge.mutateAsync(input);
        await refresh();
        onMerged(answer.survivorId);
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Merge these records</h2>
          <p className="govuk-body">
            The record you keep gets the other&apos;s CAFs, parents and carers, and concerns. The other record can no
            longer be found: it points to the one you keep. A merge can be undone.
          </p>
          <Radios
            legend="Which record should be kept?"
            legendSize="s"
            hint="eCAF suggests the record with an open CAF, or else the one with more CAFs."
            items={[
              { value: a.id, label: `Record 1: ${a.name}`, hint: sideHint(a) },
              { value: b.id, label: `Record 2: ${b.name}`, hint: sideHint(b) },
            ]}
            {...mergeForm.register('survivorId')}
            idPrefix="merge-survivorId"
            error={mergeError('survivorId')}
          />
          <Textarea
            label="Why are these the same child?"
            labelClassName="govuk-label--s"
            hint="For example, what you checked and with whom."
            rows={3}
            {...mergeForm.register('reason')}
            id="merge-reason"
            error={mergeError('reason')}
          />
          <Button disabled={merge.isPending}>Merge these records</Button>
        </div>
      </div>
    </Form>
  ) : (
    <>
      {top}
      <h2 className="govuk-heading-m">Merge these records</h2>
      <InsetText>{mergeAllowed.message}</InsetText>
    </>
  );

  return (
    <Form
      form={notDuplicateForm}
      fieldIdPrefix="not-duplicate"
      afterSummary={mergeSection}
      serverPathToField={(path) => (path === 'reason' ? 'reason' : '')}
      onSubmit={async (input) => {
        mergeForm.clearErrors();
        await notDuplicate.mutateAsync(input);
        await refresh();
        const state: DuplicatesNotice = {
          notice: `${a.name} and ${b.name} have been marked as different children.`,
        };
        await navigate(duplicatePaths.list, { state });
      }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">These are different children</h2>
          <p className="govuk-body">Both records stay as they are. Your decision and its reason are recorded.</p>
          <Textarea
            label="Why are these different children?"
            labelClassName="govuk-label--s"
            hint="For example, they are twins, or their NHS numbers are different."
            rows={3}
            {...notDuplicateForm.register('reason')}
            id="not-duplicate-reason"
            error={notDuplicateError('reason')}
          />
          <Button variant="secondary" disabled={notDuplicate.isPending}>
            Mark as different children
          </Button>
        </div>
      </div>
    </Form>
  );
}
