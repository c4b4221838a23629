import { type AnchorHTMLAttributes, createContext, type ReactNode, type Ref, useContext } from 'react';

export type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  children?: ReactNode;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * Components render links through this, so the same GOV.UK markup works in tests (plain
 * `<a>`) and in the app (react-router's `<Link>`, provided by `src/app/AppLink.tsx`).
 */
export type LinkComponent = (props: AppLinkProps) => ReactNode;

function PlainLink({ href, children, ...rest }: AppLinkProps) {
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

const LinkContext = createContext<LinkComponent>(PlainLink);

export const LinkProvider = LinkContext.Provider;

export function AppLink(props: AppLinkProps) {
  const Link = useContext(LinkContext);
  return <Link {...props} />;
}
