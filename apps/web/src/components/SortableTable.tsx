import { type ReactNode, useState } from 'react';
import { cx } from './cx';

export type SortDirection = 'ascending' | 'descending';
export type SortState<K extends string> = { key: K; direction: SortDirection } | null;

export type SortableColumn<Row, K extends string> = {
  /** A sortable column's key; columns without one are not sortable. */
  key?: K;
  heading: string;
  cell: (row: Row) => ReactNode;
  format?: 'numeric';
};

type Props<Row, K extends string> = {
  caption: ReactNode;
  captionClassName?: string;
  columns: readonly SortableColumn<Row, K>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The sort the rows are in (the caller sorts, so the order can be a domain rule). */
  sort: SortState<K>;
  onSort: (key: K) => void;
  id?: string;
};

/**
 * The MoJ sortable table pattern, in React: a button in each sortable column header, aria-sort
 * on the header ("none" until sorted), the caption saying the buttons sort, and a live region
 * announcing the new order. The caller sorts the rows.
 */
export function SortableTable<Row, K extends string>({
  caption,
  captionClassName,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  id,
}: Props<Row, K>) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <table className="govuk-table" data-module="moj-sortable-table" id={id}>
        <caption className={cx('govuk-table__caption', captionClassName)}>
          {caption}
          <span className="govuk-visually-hidden"> (column headers with buttons are sortable).</span>
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {columns.map((column) => {
              const sortKey = column.key;
              const direction = sortKey !== undefined ? (sort?.key === sortKey ? sort.direction : 'none') : undefined;
              return (
                <th
                  key={column.heading}
                  scope="col"
                  className={cx('govuk-table__header', column.format && `govuk-table__header--${column.format}`)}
                  aria-sort={direction}
                >
                  {sortKey === undefined ? (
                    column.heading
                  ) : (
                    <button
                      type="button"
                      onClick={() => {
                        const next =
                          sort?.key === sortKey && sort.direction === 'ascending' ? 'descending' : 'ascending';
                        onSort(sortKey);
                        setAnnouncement(`Sort by ${column.heading} (${next})`);
                      }}
                    >
                      {column.heading}
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr className="govuk-table__row" key={rowKey(row)}>
              {columns.map((column) => (
                <td
                  key={column.heading}
                  className={cx('govuk-table__cell', column.format && `govuk-table__cell--${column.format}`)}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="govuk-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
    </>
  );
}

/** The next sort when a column's button is pressed: ascending first, then it toggles. */
export function toggleSort<K extends string>(current: SortState<K>, key: K): { key: K; direction: SortDirection } {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

/** Sorts a copy of rows on one value; ties keep the order given. */
export function sortRows<Row, K extends string>(
  rows: readonly Row[],
  sort: SortState<K>,
  sortValue: (row: Row, key: K) => string | number,
): Row[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), 'en-GB', { sensitivity: 'base', numeric: true });
  });
}
