import { AppLink } from '../../components/LinkContext';
import { planPaths } from './paths';
import type { PlanView } from './plan-data';

/** What the viewer may do next with the plan: on the plan page, and in the episode page's summary. */
export function PlanLinks({ view, withPlan = false }: { view: PlanView; withPlan?: boolean }) {
  const paths = planPaths(view.episode.id);
  const links = [
    withPlan && { href: paths.plan, text: 'Delivery plan' },
    view.may.recordReview && { href: paths.recordReview, text: 'Record a review' },
    { href: paths.reviews, text: 'Reviews and distance travelled' },
    view.may.close && { href: paths.close, text: 'Close this CAF' },
    view.may.reopen && { href: paths.reopen, text: 'Reopen this CAF' },
  ].filter((link) => link !== false);
  return (
    <ul className="govuk-list">
      {links.map((link) => (
        <li key={link.href}>
          <AppLink className="govuk-link" href={link.href}>
            {link.text}
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
