import { AppLink } from './LinkContext';

type Props = {
  previousHref?: string | undefined;
  nextHref?: string | undefined;
  /** Numbered pages; `null` shows an ellipsis. */
  pages?: ReadonlyArray<{ number: number; href: string; current?: boolean } | null>;
  label?: string;
};

/** GOV.UK pagination: previous / numbered pages / next. */
export function Pagination({ previousHref, nextHref, pages = [], label = 'Pagination' }: Props) {
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {previousHref !== undefined && (
        <div className="govuk-pagination__prev">
          <AppLink className="govuk-link govuk-pagination__link" href={previousHref} rel="prev">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </AppLink>
        </div>
      )}
      {pages.length > 0 && (
        <ul className="govuk-pagination__list">
          {pages.map((page, index) =>
            page === null ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: ellipses have no identity
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
                &ctdot;
              </li>
            ) : (
              <li
                key={page.number}
                className={
                  page.current ? 'govuk-pagination__item govuk-pagination__item--current' : 'govuk-pagination__item'
                }
              >
                <AppLink
                  className="govuk-link govuk-pagination__link"
                  href={page.href}
                  aria-label={`Page ${page.number}`}
                  aria-current={page.current ? 'page' : undefined}
                >
                  {page.number}
                </AppLink>
              </li>
            ),
          )}
        </ul>
      )}
      {nextHref !== undefined && (
        <div className="govuk-pagination__next">
          <AppLink className="govuk-link govuk-pagination__link" href={nextHref} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </AppLink>
        </div>
      )}
    </nav>
  );
}
