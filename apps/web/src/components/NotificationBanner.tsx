import { type ReactNode, useEffect, useRef } from 'react';
import { cx } from './cx';

type Props = {
  type?: 'information' | 'success';
  title?: ReactNode;
  titleId?: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** A single line, shown as the banner's heading. */
  text?: ReactNode;
  /** Richer content (use `govuk-notification-banner__heading` for the first line). */
  children?: ReactNode;
  role?: 'region' | 'alert';
  className?: string;
  /** Success banners take focus when they appear, like govuk-frontend's JS, unless disabled. */
  disableAutoFocus?: boolean;
};

/** GOV.UK notification banner: information (region) or success (alert, takes focus). */
export function NotificationBanner({
  type = 'information',
  title,
  titleId = 'govuk-notification-banner-title',
  headingLevel = 2,
  text,
  children,
  role,
  className,
  disableAutoFocus = false,
}: Props) {
  const isSuccess = type === 'success';
  const effectiveRole = role ?? (isSuccess ? 'alert' : 'region');
  const ref = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    const element = ref.current;
    if (!element || disableAutoFocus || effectiveRole !== 'alert') return;
    element.setAttribute('tabindex', '-1');
    const onBlur = () => element.removeAttribute('tabindex');
    element.addEventListener('blur', onBlur, { once: true });
    element.focus();
    return () => element.removeEventListener('blur', onBlur);
  }, [disableAutoFocus, effectiveRole]);

  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is 'region' or 'alert', both named by their title
    <div
      ref={ref}
      className={cx('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success', className)}
      role={effectiveRole}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {children ?? (text !== undefined && <p className="govuk-notification-banner__heading">{text}</p>)}
      </div>
    </div>
  );
}
