import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './cx';
import { AppLink } from './LinkContext';

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'inverse';

type CommonProps = {
  children: ReactNode;
  variant?: ButtonVariant;
  isStartButton?: boolean;
  className?: string;
  id?: string;
};

type ButtonElementProps = CommonProps &
  Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className' | 'children'> & {
    href?: undefined;
    ref?: Ref<HTMLButtonElement>;
  };

type LinkButtonProps = CommonProps & { href: string };

export type ButtonProps = ButtonElementProps | LinkButtonProps;

function StartIcon() {
  return (
    <svg
      className="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** GOV.UK button: a `<button>` (default type submit) or, with `href`, a link styled as one. */
export function Button(props: ButtonProps) {
  const { children, variant = 'primary', isStartButton = false, className, id } = props;
  const classes = cx(
    'govuk-button',
    variant !== 'primary' && `govuk-button--${variant}`,
    className,
    isStartButton && 'govuk-button--start',
  );
  if (props.href !== undefined) {
    return (
      <AppLink href={props.href} role="button" draggable="false" className={classes} data-module="govuk-button" id={id}>
        {children}
        {isStartButton && <StartIcon />}
      </AppLink>
    );
  }
  const {
    children: _children,
    variant: _variant,
    isStartButton: _start,
    className: _className,
    id: _id,
    type = 'submit',
    disabled,
    ...rest
  } = props;
  return (
    <button
      type={type}
      disabled={disabled}
      aria-disabled={disabled ? true : undefined}
      className={classes}
      data-module="govuk-button"
      id={id}
      {...rest}
    >
      {children}
      {isStartButton && <StartIcon />}
    </button>
  );
}

/** Lays out buttons and links side by side (GOV.UK button group). */
export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
