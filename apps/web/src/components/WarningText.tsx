import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = { children: ReactNode; iconFallbackText?: string; className?: string };

export function WarningText({ children, iconFallbackText = 'Warning', className }: Props) {
  return (
    <div className={cx('govuk-warning-text', className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span>
        {children}
      </strong>
    </div>
  );
}
