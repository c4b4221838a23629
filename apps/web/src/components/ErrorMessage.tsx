import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = { id?: string; children: ReactNode; className?: string; visuallyHiddenText?: string };

export function ErrorMessage({ id, children, className, visuallyHiddenText = 'Error' }: Props) {
  return (
    <p id={id} className={cx('govuk-error-message', className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
        </>
      ) : (
        children
      )}
    </p>
  );
}
