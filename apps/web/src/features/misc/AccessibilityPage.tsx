import { usePageTitle } from '../../lib/page-title';

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          eCAF is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should be able to
          use it with a keyboard alone, a screen reader or speech recognition software, and to zoom in up to 400%
          without the text spilling off the screen.
        </p>
        <h2 className="govuk-heading-m">Reporting problems</h2>
        <p className="govuk-body">
          If you find a part of eCAF you cannot use, tell your local authority&apos;s early help team. Say which page it
          was and what you were trying to do.
        </p>
      </div>
    </div>
  );
}
