import type { ReactNode } from 'react';
import { cx } from './cx';

/** govuk-frontend 6 tag colours ('turquoise' and 'pink' are its deprecated names for teal/magenta). */
export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'purple'
  | 'magenta'
  | 'red'
  | 'orange'
  | 'yellow'
  | 'turquoise'
  | 'pink';

type Props = { children: ReactNode; colour?: TagColour; className?: string; id?: string };

/** GOV.UK tag. Without a colour it is the default (blue) tag. */
export function Tag({ children, colour, className, id }: Props) {
  return (
    <strong className={cx('govuk-tag', colour && `govuk-tag--${colour}`, className)} id={id}>
      {children}
    </strong>
  );
}
