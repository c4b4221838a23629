import type { ReactNode } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';

type Props = {
  items: ReadonlyArray<{ href: string; text: ReactNode; active?: boolean }>;
  label?: string;
  className?: string;
};

/** MOJ sub navigation: tabs-like links between the views of one record. */
export function SubNavigation({ items, label = 'Secondary navigation region', className }: Props) {
  return (
    <nav className={cx('moj-sub-navigation', className)} aria-label={label}>
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.href}>
            <AppLink
              className="moj-sub-navigation__link"
              aria-current={item.active ? 'page' : undefined}
              href={item.href}
            >
              {item.text}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
