import { type ActionStatus, actionStatusLabels, type ClosureReason, closureReasonLabels } from '@ecaf/domain';
import { Tag, type TagColour } from '../../components/Tag';
import { ChildIdentityBar } from '../children/ChildIdentityBar';
import type { PlanView } from './plan-data';

const statusColours: Record<ActionStatus, TagColour> = {
  not_started: 'grey',
  in_progress: 'blue',
  done: 'green',
  no_longer_needed: 'purple',
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <Tag colour={statusColours[status]}>{actionStatusLabels[status]}</Tag>;
}

export function closureReasonText(reason: ClosureReason | null, text: string): string {
  if (reason === null) return text;
  return reason === 'other' && text ? `Other: ${text}` : closureReasonLabels[reason];
}

/** The child, the CAF reference and the page's heading. */
export function PlanHeading({ view, title }: { view: Pick<PlanView, 'child' | 'episode'>; title: string }) {
  return (
    <>
      <ChildIdentityBar child={view.child} />
      <span className="govuk-caption-l">CAF {view.episode.reference}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}
