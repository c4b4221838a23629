import { describe, expect, it } from 'vitest';
import {
  compareFormSchema,
  comparePath,
  compareView,
  defaultComparePair,
  describeChanges,
  parseVersionNumber,
  pdfPath,
  printPath,
} from './versions';

const EPISODE = '0b6f4f52-8f8e-4d4c-9a55-1f0c2e7a9d10';

const field = (path: string, changed: boolean) => ({
  path,
  label: path,
  before: changed ? 'old' : 'same',
  after: changed ? 'new' : 'same',
  changed,
});

const family = { sectionId: 'family', number: '5', title: 'Family', changed: false, fields: [field('f.one', false)] };

const sections = [
  {
    sectionId: 'assessment-info',
    number: '3',
    title: 'Assessment information',
    changed: true,
    fields: [field('a.one', true), field('a.two', false), field('a.three', true)],
  },
  family,
  { sectionId: 'views', number: '9', title: 'Views', changed: true, fields: [field('v.one', true)] },
];

describe('CF-6 compare view', () => {
  it('shows everything, counting the changes in each section', () => {
    const view = compareView(sections, false);
    expect(view.sections.map((s) => [s.sectionId, s.rows.length, s.changedCount])).toEqual([
      ['assessment-info', 3, 2],
      ['family', 1, 0],
      ['views', 1, 1],
    ]);
    expect(view.changedSections.map((s) => s.sectionId)).toEqual(['assessment-info', 'views']);
    expect(view.changedFields).toBe(3);
    expect(view.totalFields).toBe(5);
    expect(describeChanges(view)).toBe('3 questions changed in 2 sections');
  });

  it('shows only the changes: unchanged sections and questions are left out', () => {
    const view = compareView(sections, true);
    expect(view.sections.map((s) => [s.sectionId, s.rows.map((r) => r.path)])).toEqual([
      ['assessment-info', ['a.one', 'a.three']],
      ['views', ['v.one']],
    ]);
  });

  it('says when nothing changed', () => {
    const view = compareView([{ ...family, fields: [field('f.one', false), field('f.two', false)] }], true);
    expect(view.sections).toEqual([]);
    expect(view.totalFields).toBe(2);
    expect(describeChanges(view)).toBe('No questions changed');
  });
});

describe('version addresses', () => {
  it('reads version numbers from the address, and nothing else', () => {
    expect(parseVersionNumber('2')).toBe(2);
    expect(parseVersionNumber('0')).toBeNull();
    expect(parseVersionNumber('02')).toBeNull();
    expect(parseVersionNumber('1.5')).toBeNull();
    expect(parseVersionNumber('abc')).toBeNull();
    expect(parseVersionNumber(null)).toBeNull();
  });

  it('puts only version numbers in addresses', () => {
    expect(comparePath(EPISODE, 1, 2)).toBe(`/episodes/${EPISODE}/versions/compare?from=1&to=2`);
    expect(comparePath(EPISODE, 1, 2, true)).toBe(`/episodes/${EPISODE}/versions/compare?from=1&to=2&changes=only`);
    expect(printPath(EPISODE, 3)).toBe(`/episodes/${EPISODE}/versions/3/print`);
    expect(pdfPath(EPISODE, 3)).toBe(`/api/episodes/${EPISODE}/versions/3/pdf`);
  });

  it('starts the compare form on the latest version against the one before', () => {
    expect(defaultComparePair([{ number: 2 }, { number: 1 }, { number: 3 }])).toEqual({ from: 2, to: 3 });
    expect(defaultComparePair([{ number: 1 }])).toBeNull();
  });
});

describe('compare form', () => {
  it('needs two different versions', () => {
    expect(compareFormSchema.parse({ from: '1', to: '3' })).toEqual({ from: 1, to: 3 });
    expect(compareFormSchema.safeParse({ from: '2', to: '2' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['to'], message: 'Select a different version to compare it with' }),
    ]);
  });
});
