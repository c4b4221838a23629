import type { ReactNode } from 'react';
import { cx } from './cx';

export function InsetText({ children, id, className }: { children: ReactNode; id?: string; className?: string }) {
  return (
    <div id={id} className={cx('govuk-inset-text', className)}>
      {children}
    </div>
  );
}
