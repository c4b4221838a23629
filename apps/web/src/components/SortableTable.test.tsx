import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SortableTable, sortRows, toggleSort } from './SortableTable';

type Row = { id: string; name: string; age: number };
const rows: Row[] = [
  { id: 'a', name: 'zoe', age: 9 },
  { id: 'b', name: 'Adam', age: 12 },
  { id: 'c', name: 'ben', age: 3 },
];
const valueOfRow = (row: Row, key: 'name' | 'age') => row[key];

describe('SortableTable (MoJ sortable table)', () => {
  it('puts a button in each sortable header, with aria-sort none until sorted', () => {
    const html = renderToStaticMarkup(
      <SortableTable<Row, 'name' | 'age'>
        caption="Children"
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'age', direction: 'descending' }}
        onSort={() => {}}
        columns={[
          { key: 'name', heading: 'Name', cell: (r) => r.name },
          { key: 'age', heading: 'Age', cell: (r) => r.age, format: 'numeric' },
          { heading: 'Notes', cell: () => '' },
        ]}
      />,
    );
    expect(html).toContain(
      '<th scope="col" class="govuk-table__header" aria-sort="none"><button type="button">Name</button></th>',
    );
    expect(html).toContain('aria-sort="descending"><button type="button">Age</button>');
    expect(html).toContain('<th scope="col" class="govuk-table__header">Notes</th>');
    expect(html).toContain('(column headers with buttons are sortable).');
  });

  it('sorts text ignoring case, numbers as numbers, either way, without changing the rows given', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }, valueOfRow).map((r) => r.id)).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(sortRows(rows, { key: 'age', direction: 'descending' }, valueOfRow).map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortRows(rows, null, valueOfRow).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('starts a column ascending and toggles it', () => {
    expect(toggleSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(toggleSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(toggleSort({ key: 'name', direction: 'descending' }, 'age')).toEqual({ key: 'age', direction: 'ascending' });
  });
});
