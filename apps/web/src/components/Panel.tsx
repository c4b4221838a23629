import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  className?: string;
};

/** GOV.UK confirmation panel. */
export function Panel({ title, children, headingLevel = 1, className }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx('govuk-panel', 'govuk-panel--confirmation', className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
