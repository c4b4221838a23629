import { appErrorOf, errorMessage } from '../lib/errors';
import { usePageTitle } from '../lib/page-title';

/**
 * What a page shows when its data could not be loaded: 'not found' for a record that does not
 * exist or that the user may not see (the server answers both the same way), otherwise the
 * reason in words.
 */
export function QueryProblem({ error, withHeading = false }: { error: unknown; withHeading?: boolean }) {
  const code = appErrorOf(error)?.code;
  const title =
    code === 'NOT_FOUND'
      ? 'Page not found'
      : code === 'FORBIDDEN'
        ? 'You cannot see this page'
        : 'Sorry, there is a problem';
  usePageTitle(withHeading ? title : undefined);
  return (
    <>
      {withHeading && <h1 className="govuk-heading-l">{title}</h1>}
      <p className="govuk-body">{errorMessage(error)}</p>
    </>
  );
}
