import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = { id?: string; children: ReactNode; className?: string };

export function Hint({ id, children, className }: Props) {
  return (
    <div id={id} className={cx('govuk-hint', className)}>
      {children}
    </div>
  );
}
