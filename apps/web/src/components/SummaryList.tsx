import type { ReactNode } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';

export type SummaryListAction = {
  href: string;
  text: ReactNode;
  /** Completes the link text for screen readers, e.g. 'name' → 'Change name'. */
  visuallyHiddenText?: string;
  className?: string;
};

export type SummaryListRow = {
  key: ReactNode;
  value: ReactNode;
  actions?: readonly SummaryListAction[];
  className?: string;
  keyClassName?: string;
  valueClassName?: string;
};

type Props = {
  rows: ReadonlyArray<SummaryListRow | false | null | undefined>;
  noBorder?: boolean;
  className?: string;
  /** The card title, if this list sits in a summary card (used in the hidden link text). */
  cardTitle?: string;
};

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: string | undefined }) {
  const hidden =
    action.visuallyHiddenText || cardTitle
      ? `${action.visuallyHiddenText ? ` ${action.visuallyHiddenText}` : ''}${cardTitle ? ` (${cardTitle})` : ''}`
      : undefined;
  return (
    <AppLink className={cx('govuk-link', action.className)} href={action.href}>
      {action.text}
      {hidden !== undefined && <span className="govuk-visually-hidden">{hidden}</span>}
    </AppLink>
  );
}

/** GOV.UK summary list: key/value rows with optional change links. */
export function SummaryList({ rows, noBorder = false, className, cardTitle }: Props) {
  const shown = rows.filter((row): row is SummaryListRow => Boolean(row));
  const anyRowHasActions = shown.some((row) => (row.actions?.length ?? 0) > 0);
  return (
    <dl className={cx('govuk-summary-list', noBorder && 'govuk-summary-list--no-border', className)}>
      {shown.map((row, index) => {
        const actions = row.actions ?? [];
        const [onlyAction] = actions;
        return (
          <div
            // Rows are positional: a row's key text may be a node, not a string.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond position
            key={index}
            className={cx(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className={cx('govuk-summary-list__key', row.keyClassName)}>{row.key}</dt>
            <dd className={cx('govuk-summary-list__value', row.valueClassName)}>{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 && onlyAction ? (
                  <ActionLink action={onlyAction} cardTitle={cardTitle} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, actionIndex) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: actions may share an href
                      <li className="govuk-summary-list__actions-list-item" key={actionIndex}>
                        <ActionLink action={action} cardTitle={cardTitle} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
