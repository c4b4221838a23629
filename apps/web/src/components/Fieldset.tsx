import type { ReactNode } from 'react';
import { cx } from './cx';

export type LegendSize = 'xl' | 'l' | 'm' | 's';

export type LegendProps = {
  legend?: ReactNode;
  /** `govuk-fieldset__legend--<size>` */
  legendSize?: LegendSize;
  legendClassName?: string;
  /** Puts the legend text in the page's `<h1>` (question pages). */
  legendIsPageHeading?: boolean;
};

type Props = LegendProps & {
  children?: ReactNode;
  className?: string;
  describedBy?: string | undefined;
  role?: string;
  id?: string;
};

export function Legend({ legend, legendSize, legendClassName, legendIsPageHeading = false }: LegendProps) {
  if (legend === undefined || legend === null || legend === '') return null;
  return (
    <legend
      className={cx('govuk-fieldset__legend', legendSize && `govuk-fieldset__legend--${legendSize}`, legendClassName)}
    >
      {legendIsPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
    </legend>
  );
}

/** GOV.UK fieldset: groups related fields under a legend. */
export function Fieldset({ children, className, describedBy, role, id, ...legendProps }: Props) {
  return (
    <fieldset className={cx('govuk-fieldset', className)} role={role} aria-describedby={describedBy} id={id}>
      <Legend {...legendProps} />
      {children}
    </fieldset>
  );
}
