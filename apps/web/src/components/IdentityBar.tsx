import type { ReactNode } from 'react';
import { cx } from './cx';

type Props = {
  /** Who this page is about (the child's name). */
  title: ReactNode;
  /** Label/value pairs shown under the title (date of birth, age, NHS number). */
  details?: ReadonlyArray<{ label: string; value: ReactNode }>;
  /** Actions on the right (the MOJ pattern's menu area): buttons or links. */
  actions?: ReactNode;
  className?: string;
};

/** MOJ identity bar: tells the user whose record they are looking at. */
export function IdentityBar({ title, details = [], actions, className }: Props) {
  return (
    <div className={cx('moj-identity-bar', className)}>
      <div className="moj-identity-bar__container">
        <div className="moj-identity-bar__details">
          <span className="moj-identity-bar__title">
            <strong>{title}</strong>
            {details.length > 0 && (
              <span className="app-identity-bar__meta">
                {details.map((detail) => (
                  <span className="app-identity-bar__meta-item" key={detail.label}>
                    {detail.label}: <strong>{detail.value}</strong>
                  </span>
                ))}
              </span>
            )}
          </span>
        </div>
        {/* The MOJ layout justifies these inline blocks apart, which needs a space between them. */}{' '}
        {actions !== undefined && (
          <div className="moj-identity-bar__actions">
            <div className="moj-identity-bar__menu">{actions}</div>
          </div>
        )}
      </div>
    </div>
  );
}
