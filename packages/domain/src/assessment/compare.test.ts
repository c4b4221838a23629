import { describe, expect, it } from 'vitest';
import { compareVersions } from './compare';
import { cafFormDefinition } from './form-definition';
import { nextVersionFromCompleted } from './rules';

const owner = { kind: 'user', id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b', name: 'Priya Shah' };
const version1 = {
  views: { childViews: 'Wants to stay at this school', parentViews: '' },
  development: { health: { strengths: 'Healthy', needs: '', evidence: 'evidence' } },
  conclusions: {
    agreedActions: [{ action: 'Daily check-in', owner, dueDate: '2026-04-30' }],
    outcome: 'team_around_the_child',
  },
};

describe('comparing two versions (CF-6)', () => {
  it('shows every field of every content section with the form labels, unchanged for a fresh review', () => {
    const sections = compareVersions(
      cafFormDefinition,
      version1,
      nextVersionFromCompleted({ number: 1, content: version1 }).content,
    );
    expect(sections.map((s) => s.sectionId)).toEqual([
      'assessment-information',
      'parents-carers',
      'family-home',
      'services',
      'development',
      'parents-and-carers-domain',
      'family-environment',
      'views',
      'conclusions',
    ]);
    expect(sections.every((s) => !s.changed)).toBe(true);
    const views = sections.find((s) => s.sectionId === 'views');
    expect(views?.fields[0]).toEqual({
      path: 'views.childViews',
      label: "The child or young person's views",
      before: 'Wants to stay at this school',
      after: 'Wants to stay at this school',
      changed: false,
    });
  });

  it('marks what changed, field by field and row by row, showing values as the form does', () => {
    const version2 = {
      ...version1,
      views: { childViews: 'Wants to stay at this school', parentViews: 'Worried about mornings' },
      development: { health: { strengths: 'Healthy ', needs: '', evidence: 'opinion' } },
      conclusions: {
        agreedActions: [
          { action: 'Daily check-in', owner, dueDate: '2026-04-30' },
          { action: 'Breakfast club', owner: null, dueDate: '2026-05-10' },
        ],
        outcome: 'no_further_action',
      },
    };
    const changed = compareVersions(cafFormDefinition, version1, version2)
      .flatMap((s) => s.fields)
      .filter((f) => f.changed);
    expect(changed).toEqual([
      {
        path: 'development.health.evidence',
        label: 'Health: Is this based on evidence or opinion?',
        before: 'Evidence',
        after: 'Opinion',
        changed: true,
      },
      {
        path: 'views.parentViews',
        label: "The parent's or carer's views",
        before: null,
        after: 'Worried about mornings',
        changed: true,
      },
      {
        path: 'conclusions.agreedActions.1.action',
        label: 'Agreed actions, action 2: Action',
        before: null,
        after: 'Breakfast club',
        changed: true,
      },
      {
        path: 'conclusions.agreedActions.1.dueDate',
        label: 'Agreed actions, action 2: By when',
        before: null,
        after: '10 May 2026',
        changed: true,
      },
      {
        path: 'conclusions.outcome',
        label: 'Outcome of the assessment',
        before: 'Continue with a Team Around the Child',
        after: 'No further action',
        changed: true,
      },
    ]);
    const firstAction = compareVersions(cafFormDefinition, version1, version2)
      .flatMap((s) => s.fields)
      .find((f) => f.path === 'conclusions.agreedActions.0.owner');
    expect(firstAction).toMatchObject({ before: 'Priya Shah', after: 'Priya Shah', changed: false });
  });

  it('includes a derived section only when a version holds something for it', () => {
    const withChild = { ...version1, child: { givenNames: 'Amelia', sex: 'female' } };
    const sections = compareVersions(cafFormDefinition, version1, withChild);
    const child = sections.find((s) => s.sectionId === 'child');
    expect(child?.changed).toBe(true);
    expect(child?.fields.filter((f) => f.changed).map((f) => [f.label, f.after])).toEqual([
      ['Given names', 'Amelia'],
      ['Sex', 'Female'],
    ]);
    expect(sections.some((s) => s.sectionId === 'about')).toBe(false);
  });
});
