import { describe, it } from 'vitest';
import { expectMatchesFixture } from '../test/expect-markup';
import { govukFixture } from '../test/fixtures';
import { content, list, obj, str } from '../test/options';
import { SummaryList, type SummaryListRow } from './SummaryList';
import { Table, type TableRow } from './Table';
import type { TagColour } from './Tag';
import { TaskList, type TaskListItem } from './TaskList';

function summaryListFromFixture(name: string) {
  const o = govukFixture('summary-list', name).options;
  const rows = list(o.rows).flatMap((raw): SummaryListRow[] => {
    const row = obj(raw);
    if (!row) return [];
    const actions = list(obj(row.actions)?.items).flatMap((rawAction) => {
      const action = obj(rawAction);
      return action
        ? [{ href: str(action.href) ?? '#', text: content(action), visuallyHiddenText: str(action.visuallyHiddenText) }]
        : [];
    });
    return [
      {
        key: content(row.key),
        value: content(row.value),
        actions: actions.length > 0 ? actions : undefined,
        className: str(row.classes),
      },
    ];
  });
  return <SummaryList rows={rows} noBorder={str(o.classes) === 'govuk-summary-list--no-border'} />;
}

describe('SummaryList matches govuk-frontend fixtures', () => {
  for (const name of ['default', 'with actions', 'no-border', 'no-border on last row']) {
    it(name, () => expectMatchesFixture(summaryListFromFixture(name), 'summary-list', name));
  }
});

function taskListFromFixture(name: string) {
  const o = govukFixture('task-list', name).options;
  const items = list(o.items).flatMap((raw): TaskListItem[] => {
    const item = obj(raw);
    if (!item) return [];
    const status = obj(item.status);
    const tag = obj(status?.tag);
    const tagClass = str(tag?.classes)?.replace('govuk-tag--', '');
    return [
      {
        title: content(item.title),
        href: str(item.href),
        hint: content(item.hint),
        className: str(item.classes),
        status: tag
          ? { text: content(tag), tag: (tagClass as TagColour | undefined) ?? 'default' }
          : { text: content(status), className: str(status?.classes) },
      },
    ];
  });
  return <TaskList items={items} />;
}

describe('TaskList matches govuk-frontend fixtures', () => {
  for (const name of ['default', 'with hint text and additional states', 'with all possible colours']) {
    it(name, () => expectMatchesFixture(taskListFromFixture(name), 'task-list', name));
  }
});

function tableFromFixture(name: string) {
  const o = govukFixture('table', name).options;
  const cell = (raw: unknown) => {
    const c = obj(raw);
    return { content: content(c), format: str(c?.format) === 'numeric' ? ('numeric' as const) : undefined };
  };
  const head = o.head === undefined ? undefined : list(o.head).map(cell);
  const rows: TableRow[] = list(o.rows).map((row, index) => ({ key: String(index), cells: list(row).map(cell) }));
  return (
    <Table
      caption={str(o.caption)}
      captionClassName={str(o.captionClasses)}
      head={head}
      rows={rows}
      firstCellIsHeader={o.firstCellIsHeader === true}
    />
  );
}

describe('Table matches govuk-frontend fixtures', () => {
  for (const name of ['default', 'with head', 'with head and caption']) {
    it(name, () => expectMatchesFixture(tableFromFixture(name), 'table', name));
  }
});
