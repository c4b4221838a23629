import type { ReactNode } from 'react';
import { Tag } from './Tag';

type Props = { tag: ReactNode; children: ReactNode };

export function PhaseBanner({ tag, children }: Props) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">{tag}</Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
