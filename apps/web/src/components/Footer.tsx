import { AppLink } from './LinkContext';

type Props = { links?: ReadonlyArray<{ href: string; text: string }>; meta?: string };

/** GOV.UK footer without the crown, licence logo or crown copyright (eCAF is not on GOV.UK). */
export function Footer({
  links = [
    { href: '/accessibility', text: 'Accessibility' },
    { href: '/privacy', text: 'Privacy' },
  ],
  meta,
}: Props) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li className="govuk-footer__inline-list-item" key={link.href}>
                  <AppLink className="govuk-footer__link" href={link.href}>
                    {link.text}
                  </AppLink>
                </li>
              ))}
            </ul>
            {meta !== undefined && <div className="govuk-footer__meta-custom">{meta}</div>}
          </div>
        </div>
      </div>
    </footer>
  );
}
