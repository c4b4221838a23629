import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = { summary: ReactNode; children: ReactNode; open?: boolean; id?: string; className?: string };

/** GOV.UK details: the native `<details>` element, so it needs no script. */
export function Details({ summary, children, open, id, className }: Props) {
  return (
    <details id={id} className={cx('govuk-details', className)} open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
