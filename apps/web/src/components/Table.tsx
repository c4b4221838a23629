import type { ReactNode } from 'react';
import { cx } from './cx';

export type TableCellFormat = 'numeric';

export type TableHeadCell = {
  content: ReactNode;
  format?: TableCellFormat;
  className?: string;
  colSpan?: number;
};

export type TableCell = {
  content: ReactNode;
  format?: TableCellFormat;
  className?: string;
  colSpan?: number;
};

export type TableRow = { key: string; cells: readonly TableCell[] };

type Props = {
  /** Tables need a name: a caption, or the id of a heading (aria-labelledby). */
  caption?: ReactNode;
  captionClassName?: string;
  labelledBy?: string;
  head?: readonly TableHeadCell[];
  rows: readonly TableRow[];
  /** The first cell of each row is a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  className?: string;
  id?: string;
};

/** GOV.UK table. */
export function Table({
  caption,
  captionClassName,
  labelledBy,
  head,
  rows,
  firstCellIsHeader = false,
  className,
  id,
}: Props) {
  return (
    <table className={cx('govuk-table', className)} aria-labelledby={labelledBy} id={id}>
      {caption !== undefined && <caption className={cx('govuk-table__caption', captionClassName)}>{caption}</caption>}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                key={index}
                scope="col"
                className={cx(
                  'govuk-table__header',
                  cell.format && `govuk-table__header--${cell.format}`,
                  cell.className,
                )}
                colSpan={cell.colSpan}
              >
                {cell.content}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 && firstCellIsHeader ? (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  key={index}
                  scope="row"
                  className={cx('govuk-table__header', cell.className)}
                  colSpan={cell.colSpan}
                >
                  {cell.content}
                </th>
              ) : (
                <td
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  key={index}
                  className={cx(
                    'govuk-table__cell',
                    cell.format && `govuk-table__cell--${cell.format}`,
                    cell.className,
                  )}
                  colSpan={cell.colSpan}
                >
                  {cell.content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
