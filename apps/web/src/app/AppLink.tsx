import { Link } from 'react-router';
import type { AppLinkProps } from '../components/LinkContext';

function isInAppPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/** Links inside eCAF go through the router (no page reload); others stay plain anchors. */
export function RouterLink({ href, children, ref, ...rest }: AppLinkProps) {
  if (!isInAppPath(href)) {
    return (
      <a href={href} ref={ref} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link to={href} ref={ref} {...rest}>
      {children}
    </Link>
  );
}
