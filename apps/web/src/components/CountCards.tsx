import type { ReactNode } from 'react';

export type CountCard = { key: string; label: string; count: number; hint?: ReactNode };

/**
 * Counts at a glance: a row of GOV.UK summary cards, each a number and what it counts. A list,
 * so a screen reader hears how many there are and reads each as "3 overdue".
 */
export function CountCards({ cards, labelledBy }: { cards: readonly CountCard[]; labelledBy?: string }) {
  return (
    <ul className="govuk-list govuk-grid-row" aria-labelledby={labelledBy}>
      {cards.map((card) => (
        <li key={card.key} className="govuk-grid-column-one-quarter govuk-!-margin-bottom-4">
          <div className="govuk-summary-card govuk-!-margin-bottom-0">
            <div className="govuk-summary-card__content">
              <p className="govuk-heading-xl govuk-!-margin-bottom-1">{card.count.toLocaleString('en-GB')}</p>
              <p className="govuk-body govuk-!-margin-bottom-0">
                <strong>{card.label}</strong>
              </p>
              {card.hint !== undefined && <p className="govuk-hint govuk-!-margin-bottom-0">{card.hint}</p>}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
