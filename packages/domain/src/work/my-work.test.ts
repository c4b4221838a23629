import { describe, expect, it } from 'vitest';
import { dashboardListUntil } from './dashboard';
import { classifyDue, countWorkItems, dueSoonUntil, filterWorkItems, sortWorkItems, type WorkItem } from './my-work';

const today = '2026-11-23';

function item(values: Partial<WorkItem> & Pick<WorkItem, 'id'>): WorkItem {
  return {
    kind: 'action',
    episodeId: 'e',
    childId: 'c',
    reference: 'CAF-2026-00001',
    childName: 'Ellie Shaw',
    summary: 'Book a hearing test',
    date: today,
    due: 'due_today',
    owner: null,
    ...values,
  };
}

describe('classifyDue (PL-1, PL-2)', () => {
  it('is overdue only before today', () => {
    expect(classifyDue('2026-11-22', today)).toBe('overdue');
    expect(classifyDue('2025-01-01', today)).toBe('overdue');
    expect(classifyDue(today, today)).toBe('due_today');
  });

  it('is due soon within 14 days, inclusive, and off the list after', () => {
    expect(dueSoonUntil(today)).toBe('2026-12-07');
    expect(classifyDue('2026-11-24', today)).toBe('due_soon');
    expect(classifyDue('2026-12-07', today)).toBe('due_soon');
    expect(classifyDue('2026-12-08', today)).toBeNull();
  });

  it('crosses month and year ends and the clock change', () => {
    expect(classifyDue('2027-01-02', '2026-12-20')).toBe('due_soon');
    expect(classifyDue('2026-03-29', '2026-03-30')).toBe('overdue');
  });
});

describe('sorting and filtering the work list', () => {
  const items = [
    item({ id: 'a', kind: 'concern', due: null, date: '2026-11-20', childName: 'Zac' }),
    item({ id: 'b', kind: 'review', due: 'due_soon', date: '2026-12-01', childName: 'amy' }),
    item({ id: 'c', kind: 'team_action', due: 'overdue', date: '2026-11-10', childName: 'Bea' }),
    item({ id: 'd', kind: 'action', due: 'due_today', date: today, childName: 'Cal' }),
    item({ id: 'e', kind: 'verbal_consent', due: 'overdue', date: '2026-11-15', childName: 'Dan' }),
  ];

  it('puts the most urgent first by default: overdue, today, soon, then new concerns', () => {
    expect(sortWorkItems(items, null).map((i) => i.id)).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it('sorts on a column either way, ignoring case in names', () => {
    expect(sortWorkItems(items, { key: 'child', direction: 'ascending' }).map((i) => i.childName)).toEqual([
      'amy',
      'Bea',
      'Cal',
      'Dan',
      'Zac',
    ]);
    expect(sortWorkItems(items, { key: 'date', direction: 'descending' }).map((i) => i.id)).toEqual([
      'b',
      'd',
      'a',
      'e',
      'c',
    ]);
  });

  it('does not change the list it was given', () => {
    const before = items.map((i) => i.id);
    sortWorkItems(items, { key: 'kind', direction: 'ascending' });
    expect(items.map((i) => i.id)).toEqual(before);
  });

  it('filters by group (my and team actions are both actions) and overdue only', () => {
    expect(filterWorkItems(items, { group: 'actions', overdueOnly: false }).map((i) => i.id)).toEqual(['c', 'd']);
    expect(filterWorkItems(items, { group: 'all', overdueOnly: true }).map((i) => i.id)).toEqual(['c', 'e']);
    expect(filterWorkItems(items, { group: 'concerns', overdueOnly: true })).toEqual([]);
  });

  it('counts what needs doing today', () => {
    expect(countWorkItems(items)).toEqual({
      overdue: 2,
      dueToday: 1,
      dueSoon: 1,
      newConcerns: 1,
      byGroup: { actions: 2, reviews: 1, concerns: 1, consents: 1 },
    });
  });
});

describe('dashboardListUntil', () => {
  it('lists up to 14 days ahead, or only up to yesterday when overdue only', () => {
    expect(dashboardListUntil(today, false, 14)).toBe('2026-12-07');
    expect(dashboardListUntil(today, true, 14)).toBe('2026-11-22');
  });
});
