import { consentMethodLabels, formatDate } from '@ecaf/domain';
import { SummaryList, type SummaryListRow } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatTimestampAsDate } from '../../lib/format';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import type { ConsentToShareRecordView, SharingView } from './sharing-data';
import { type ConsentToShareStatusOrNone, confirmationNote, consentToShareTag, describeScope } from './sharing-words';

export function ConsentToShareTag({ status }: { status: ConsentToShareStatusOrNone }) {
  const { text, colour } = consentToShareTag(status);
  return <Tag colour={colour}>{text}</Tag>;
}

/** The identity bar, the CAF reference and the page's heading: the top of every sharing page. */
export function SharingHeading({
  view,
  title,
}: {
  view: { child: SharingView['child']; episode: { reference: string } };
  title: string;
}) {
  return (
    <>
      <ChildIdentityBar child={view.child} />
      <span className="govuk-caption-l">CAF {view.episode.reference}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}

/** 'Consent given on 3 March 2026 by Sarah Jones'. */
export function consentRecordTitle(record: ConsentToShareRecordView): string {
  return `Consent given on ${formatDate(record.decidedOn)} by ${record.givenBy.name}`;
}

/**
 * One consent to share record as summary list rows: who, when, how, its scopes in words with the
 * organisations named, and what happened to it since (confirmed, withdrawn, corrected: CO-4 to CO-6).
 */
export function consentRecordRows(
  record: ConsentToShareRecordView,
  history: readonly ConsentToShareRecordView[],
  { withRecordedBy = true }: { withRecordedBy?: boolean } = {},
): (SummaryListRow | null)[] {
  const corrects = record.correctsId ? history.find((r) => r.id === record.correctsId) : undefined;
  const correctedBy = history.find((r) => r.correctsId === record.id);
  const confirmation = confirmationNote(record);
  return [
    { key: 'Status', value: <ConsentToShareTag status={record.status} /> },
    { key: 'Given by', value: record.givenBy.name },
    { key: 'Date given', value: formatDate(record.decidedOn) },
    {
      key: 'How',
      value: (
        <>
          {consentMethodLabels[record.method]}
          {confirmation && (
            <>
              <br />
              {confirmation}
            </>
          )}
        </>
      ),
    },
    { key: 'Basic information', value: describeScope(record.basicScope) },
    { key: 'Additional (sensitive) information', value: describeScope(record.additionalScope) },
    { key: 'What was explained', value: record.whatWasExplained, valueClassName: 'app-sharing-text' },
    record.withdrawnOn
      ? {
          key: 'Withdrawn',
          value: (
            <>
              On {formatDate(record.withdrawnOn)}
              {record.withdrawnBy ? ` by ${record.withdrawnBy}` : ''}
              {record.withdrawalRecordedBy ? ` (recorded by ${record.withdrawalRecordedBy})` : ''}
              {record.withdrawalReason ? (
                <>
                  <br />
                  <span className="app-sharing-text">Reason: {record.withdrawalReason}</span>
                </>
              ) : null}
            </>
          ),
        }
      : null,
    record.correctsId
      ? {
          key: 'Corrects',
          value: corrects
            ? `The record of consent given on ${formatDate(corrects.decidedOn)} by ${corrects.givenBy.name}`
            : 'An earlier record',
        }
      : null,
    record.correctionReason
      ? { key: 'Reason for the correction', value: record.correctionReason, valueClassName: 'app-sharing-text' }
      : null,
    correctedBy
      ? {
          key: 'Corrected',
          value: `On ${formatTimestampAsDate(correctedBy.recordedAt)} by ${correctedBy.recordedBy}, because: ${correctedBy.correctionReason ?? ''}`,
          valueClassName: 'app-sharing-text',
        }
      : null,
    withRecordedBy
      ? { key: 'Recorded by', value: `${record.recordedBy} on ${formatTimestampAsDate(record.recordedAt)}` }
      : null,
  ];
}

export function ConsentRecordSummary({
  record,
  history,
}: {
  record: ConsentToShareRecordView;
  history: readonly ConsentToShareRecordView[];
}) {
  return <SummaryList rows={consentRecordRows(record, history)} />;
}
