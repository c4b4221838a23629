import type { EpisodeStatus } from '@ecaf/domain';
import { Tag, type TagColour } from '../../components/Tag';

const statuses: Record<EpisodeStatus, { text: string; colour: TagColour }> = {
  draft: { text: 'Draft', colour: 'blue' },
  active: { text: 'Active', colour: 'green' },
  closed: { text: 'Closed', colour: 'grey' },
};

export function EpisodeStatusTag({ status }: { status: EpisodeStatus }) {
  const { text, colour } = statuses[status];
  return <Tag colour={colour}>{text}</Tag>;
}

export function isOpenStatus(status: EpisodeStatus): boolean {
  return status === 'draft' || status === 'active';
}
