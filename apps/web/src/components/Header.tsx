import type { ReactNode } from 'react';
import { AppLink } from './LinkContext';
import { ServiceNavigation, type ServiceNavigationItem } from './ServiceNavigation';

type Props = {
  serviceName?: string;
  homeHref?: string;
  /** The local authority running this eCAF. */
  authorityName?: string | undefined;
  navigation?: readonly ServiceNavigationItem[];
  /** Right-hand side of the navigation bar (e.g. who is signed in and 'Sign out'). */
  navigationEnd?: ReactNode;
};

/**
 * The page header: govuk-frontend 6's generic header (no crown, no GOV.UK logo) naming the
 * service and the authority, then the service navigation.
 */
export function Header({ serviceName = 'eCAF', homeHref = '/', authorityName, navigation = [], navigationEnd }: Props) {
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <AppLink href={homeHref} className="govuk-generic-header__homepage-link">
              {serviceName}
            </AppLink>
            {authorityName && <span className="app-header__authority">{authorityName}</span>}
          </div>
        </div>
      </div>
      {(navigation.length > 0 || navigationEnd !== undefined) && (
        <ServiceNavigation items={navigation} end={navigationEnd} endInline navigationLabel="Main navigation" />
      )}
    </header>
  );
}
