import type { ReactNode } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';
import { Tag, type TagColour } from './Tag';

/** A task's status: plain text, or a coloured tag. */
export type TaskStatus = { text: ReactNode; tag?: TagColour | 'default'; className?: string };

export type TaskListItem = {
  title: ReactNode;
  /** Without a link the task cannot be started yet. */
  href?: string;
  hint?: ReactNode;
  status: TaskStatus;
  className?: string;
};

/**
 * The three statuses of a CAF section, as the GOV.UK task list pattern shows them: completed as
 * plain text, the others as tags (govuk-frontend 6 has no light blue, so: blue and grey).
 */
export type SectionStatus = 'not_started' | 'in_progress' | 'completed';

export function sectionStatus(status: SectionStatus): TaskStatus {
  switch (status) {
    case 'completed':
      return { text: 'Completed' };
    case 'in_progress':
      return { text: 'In progress', tag: 'blue' };
    case 'not_started':
      return { text: 'Not started', tag: 'grey' };
  }
}

type Props = { items: readonly TaskListItem[]; idPrefix?: string; className?: string };

/** GOV.UK task list ("complete multiple tasks" pattern). */
export function TaskList({ items, idPrefix = 'task-list', className }: Props) {
  return (
    <ul className={cx('govuk-task-list', className)}>
      {items.map((item, index) => {
        const position = index + 1;
        const hintId = `${idPrefix}-${position}-hint`;
        const statusId = `${idPrefix}-${position}-status`;
        const hasHint = item.hint !== undefined;
        return (
          <li
            // Ids are positional, as in govuk-frontend, so the position is the identity.
            key={`task-${position}`}
            className={cx(
              'govuk-task-list__item',
              item.href !== undefined && 'govuk-task-list__item--with-link',
              item.className,
            )}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href !== undefined ? (
                <AppLink
                  className="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={hasHint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </AppLink>
              ) : (
                <div>{item.title}</div>
              )}
              {hasHint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
            </div>
            <div className={cx('govuk-task-list__status', item.status.className)} id={statusId}>
              {item.status.tag !== undefined ? (
                <Tag colour={item.status.tag === 'default' ? undefined : item.status.tag}>{item.status.text}</Tag>
              ) : (
                item.status.text
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
