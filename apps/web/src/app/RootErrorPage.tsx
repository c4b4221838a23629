import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../lib/page-title';

/** Last resort when a page fails to render or load (for example after a new release). */
export function RootErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = notFound ? 'Page not found' : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h1 className="govuk-heading-l">{title}</h1>
            {notFound ? (
              <p className="govuk-body">If you typed the web address, check it is correct.</p>
            ) : (
              <>
                <p className="govuk-body">Try again later. Anything you have not saved may need to be entered again.</p>
                <p className="govuk-body">
                  <a className="govuk-link" href="/">
                    Go to My work
                  </a>
                </p>
              </>
            )}
          </div>
        </div>
      </main>
    </div>
  );
}
