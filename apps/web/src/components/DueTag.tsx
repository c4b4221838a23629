import type { Due } from '@ecaf/domain';
import { Tag } from './Tag';

const dueTags: Record<Due, { text: string; colour: 'red' | 'orange' | 'blue' }> = {
  overdue: { text: 'Overdue', colour: 'red' },
  due_today: { text: 'Due today', colour: 'orange' },
  due_soon: { text: 'Due soon', colour: 'blue' },
};

/** PL-1, PL-2: overdue, due today, due soon; a concern has no due date, so it is "New". */
export function DueTag({ due }: { due: Due | null }) {
  if (due === null) return <Tag colour="grey">New</Tag>;
  const tag = dueTags[due];
  return <Tag colour={tag.colour}>{tag.text}</Tag>;
}
