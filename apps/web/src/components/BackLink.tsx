import type { ReactNode } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';

type Props = { href: string; children?: ReactNode; inverse?: boolean };

export function BackLink({ href, children = 'Back', inverse = false }: Props) {
  return (
    <AppLink href={href} className={cx('govuk-back-link', inverse && 'govuk-back-link--inverse')}>
      {children}
    </AppLink>
  );
}
