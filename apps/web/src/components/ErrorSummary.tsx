import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { cx } from './cx';

export type ErrorSummaryItem = {
  /** The id of the field to link to (without '#'); omit for a problem not tied to a field. */
  fieldId?: string;
  text: ReactNode;
};

type Props = {
  title?: ReactNode;
  description?: ReactNode;
  errors: ErrorSummaryItem[];
  className?: string;
  /** Focus moves to the summary when it appears and whenever this value changes. */
  focusKey?: unknown;
  disableAutoFocus?: boolean;
};

function isFocusableField(element: Element): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLButtonElement
  );
}

/**
 * The element to focus for a field id: the field itself, or, for a group such as a date input
 * (`<div id="dateOfBirth">`), its first input (`dateOfBirth-day`).
 */
export function findFieldElement(fieldId: string): HTMLElement | null {
  const element = document.getElementById(fieldId);
  if (element && !isFocusableField(element)) {
    return element.querySelector<HTMLElement>('input, select, textarea') ?? element;
  }
  return element ?? document.getElementById(`${fieldId}-day`);
}

function legendOrLabelFor(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    const type = input.getAttribute('type');
    if (type === 'checkbox' || type === 'radio') return legend;
    // Like govuk-frontend: use the legend when it fits on screen together with the input.
    const legendTop = legend.getBoundingClientRect().top;
    const inputRect = input.getBoundingClientRect();
    if (inputRect.height && window.innerHeight) {
      if (inputRect.top + inputRect.height - legendTop < window.innerHeight / 2) return legend;
    }
  }
  return (
    document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) ?? input.closest<HTMLElement>('label')
  );
}

/** Moves focus to a field and scrolls its label or legend into view (govuk-frontend behaviour). */
export function focusField(fieldId: string): boolean {
  const input = findFieldElement(fieldId);
  if (!input) return false;
  legendOrLabelFor(input)?.scrollIntoView();
  input.focus({ preventScroll: true });
  return true;
}

/** GOV.UK error summary: takes focus when it appears; its links move focus to the field. */
export function ErrorSummary({
  title = 'There is a problem',
  description,
  errors,
  className,
  focusKey,
  disableAutoFocus = false,
}: Props) {
  const ref = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey re-runs the focus on purpose
  useEffect(() => {
    if (!disableAutoFocus) ref.current?.focus();
  }, [focusKey, disableAutoFocus]);

  function onLinkClick(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    if (focusField(fieldId)) event.preventDefault();
  }

  return (
    <div ref={ref} className={cx('govuk-error-summary', className)} data-module="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description !== undefined && <p>{description}</p>}
          {errors.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={error.fieldId ?? index}>
                  {error.fieldId !== undefined ? (
                    <a href={`#${error.fieldId}`} onClick={(event) => onLinkClick(event, error.fieldId ?? '')}>
                      {error.text}
                    </a>
                  ) : (
                    error.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
