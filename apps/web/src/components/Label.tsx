import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = {
  htmlFor?: string;
  children: ReactNode;
  className?: string;
  /** Wraps the label in the page's `<h1>` (question pages with one field). */
  isPageHeading?: boolean;
  id?: string;
};

export function Label({ htmlFor, children, className, isPageHeading = false, id }: Props) {
  const label = (
    <label className={cx('govuk-label', className)} htmlFor={htmlFor} id={id}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
