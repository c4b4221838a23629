import { usePageTitle } from '../../lib/page-title';

export function PrivacyPage() {
  usePageTitle('Privacy notice');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Privacy notice</h1>
        <p className="govuk-body">
          eCAF holds information about children and families so that the practitioners working with them can assess
          their needs and agree support. It is run by your local authority, which is the data controller.
        </p>
        <p className="govuk-body">
          Assessment content is shared only with the people the family has agreed to, except where the law allows
          sharing without consent to protect someone from harm. Every view of a child&apos;s record is recorded.
        </p>
        <p className="govuk-body">eCAF uses one cookie, to keep you signed in. It does not use analytics cookies.</p>
      </div>
    </div>
  );
}
