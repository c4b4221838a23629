import type { MouseEvent } from 'react';

type Props = { href?: string; text?: string };

/** GOV.UK skip link. Moves focus to the target (like govuk-frontend's JS) without a route change. */
export function SkipLink({ href = '#main-content', text = 'Skip to main content' }: Props) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(href.replace(/^#/, ''));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('govuk-skip-link-focused-element');
      target.addEventListener(
        'blur',
        () => {
          target.removeAttribute('tabindex');
          target.classList.remove('govuk-skip-link-focused-element');
        },
        { once: true },
      );
    }
    target.focus();
  }
  return (
    <a href={href} className="govuk-skip-link" data-module="govuk-skip-link" onClick={onClick}>
      {text}
    </a>
  );
}
