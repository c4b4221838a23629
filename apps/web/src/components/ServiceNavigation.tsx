import { type ReactNode, useState, useSyncExternalStore } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';

export type ServiceNavigationItem = {
  href: string;
  text: ReactNode;
  /** This page (`aria-current="page"`). */
  current?: boolean;
  /** A page within this section (`aria-current="true"`). */
  active?: boolean;
};

type Props = {
  serviceName?: ReactNode;
  serviceUrl?: string;
  items?: readonly ServiceNavigationItem[];
  /** Content on the right-hand side (the `end` slot). */
  end?: ReactNode;
  /** Show the end slot on the same line as the navigation. */
  endInline?: boolean;
  navigationLabel?: string;
  menuButtonText?: string;
  navigationId?: string;
  ariaLabel?: string;
  collapseNavigationOnMobile?: boolean;
};

const tabletQuery = '(min-width: 40.0625em)';

function subscribe(onChange: () => void) {
  const mql = window.matchMedia(tabletQuery);
  mql.addEventListener('change', onChange);
  return () => mql.removeEventListener('change', onChange);
}

/** True from the tablet breakpoint up (govuk-frontend's service navigation breakpoint). */
function useIsTabletUp(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(tabletQuery).matches,
    () => true,
  );
}

/**
 * GOV.UK service navigation. The mobile menu toggle is React state (no govuk-frontend JS):
 * below the tablet breakpoint the list is hidden until the "Menu" button opens it.
 */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  items = [],
  end,
  endInline = false,
  navigationLabel,
  menuButtonText = 'Menu',
  navigationId = 'navigation',
  ariaLabel = 'Service information',
  collapseNavigationOnMobile = items.length > 1,
}: Props) {
  const isTabletUp = useIsTabletUp();
  const [menuIsOpen, setMenuIsOpen] = useState(false);
  const showToggle = collapseNavigationOnMobile && !isTabletUp;
  const listHidden = showToggle && !menuIsOpen;

  const inner = (
    <div
      className={cx(
        'govuk-width-container',
        end !== undefined && endInline && 'govuk-service-navigation__inlining-container',
      )}
    >
      <div className="govuk-service-navigation__container">
        {serviceName !== undefined && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl !== undefined ? (
              <AppLink href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </AppLink>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {items.length > 0 && (
          <nav aria-label={navigationLabel ?? menuButtonText} className="govuk-service-navigation__wrapper">
            {collapseNavigationOnMobile && (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                hidden={!showToggle}
                aria-hidden={showToggle ? undefined : true}
                aria-expanded={showToggle ? menuIsOpen : undefined}
                onClick={() => setMenuIsOpen((open) => !open)}
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId} hidden={listHidden}>
              {items.map((item) => {
                const highlighted = item.current || item.active;
                return (
                  <li
                    key={item.href}
                    className={cx(
                      'govuk-service-navigation__item',
                      highlighted && 'govuk-service-navigation__item--active',
                    )}
                  >
                    <AppLink
                      className="govuk-service-navigation__link"
                      href={item.href}
                      aria-current={item.current ? 'page' : item.active ? 'true' : undefined}
                      onClick={() => setMenuIsOpen(false)}
                    >
                      {highlighted ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </AppLink>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </div>
      {end}
    </div>
  );

  return serviceName !== undefined || end !== undefined ? (
    <section aria-label={ariaLabel} className="govuk-service-navigation" data-module="govuk-service-navigation">
      {inner}
    </section>
  ) : (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      {inner}
    </div>
  );
}
