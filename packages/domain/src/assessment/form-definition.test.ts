import { describe, expect, it } from 'vitest';
import {
  cafFormDefinition,
  type ElementDefinition,
  isSensitiveElement,
  type SectionDefinition,
  sectionIds,
  sensitiveElementPaths,
} from './form-definition';
import { sectionCompletionProblems, taskListFor } from './task-list';

const sections: readonly SectionDefinition[] = cafFormDefinition.sections;
const section = (id: string) => sections.find((s) => s.id === id);
const elementsOf = (id: string): readonly ElementDefinition[] => section(id)?.elements ?? [];

describe('CAF form definition', () => {
  it('has sections 1 to 11 in order, with §8 split into its three domains', () => {
    expect(sectionIds).toEqual([
      'about',
      'child',
      'assessment-information',
      'parents-carers',
      'family-home',
      'assessor',
      'services',
      'development',
      'parents-and-carers-domain',
      'family-environment',
      'views',
      'conclusions',
      'consent',
    ]);
    expect(sections.map((s) => s.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8.1',
      '8.2',
      '8.3',
      '9',
      '10',
      '11',
    ]);
  });

  it('marks the system-filled sections as derived and sections 3–10 as content, except the assessor', () => {
    expect(sections.filter((s) => s.kind === 'derived').map((s) => s.id)).toEqual([
      'about',
      'child',
      'assessor',
      'consent',
    ]);
  });

  it('has unique ids: sections, elements within a section, fields within a group', () => {
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(sections.map((s) => s.title)).size).toBe(sections.length);
    for (const s of sections) {
      const ids = s.elements.map((e) => e.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
      for (const e of s.elements) {
        if (e.kind === 'group')
          expect(new Set(e.fields.map((f) => f.id)).size, `${s.id}.${e.id}`).toBe(e.fields.length);
      }
    }
  });

  it('gives every choice field its options', () => {
    for (const s of sections) {
      const fields = s.elements.flatMap((e) => (e.kind === 'group' ? e.fields : [e]));
      for (const f of fields) {
        if (f.type === 'radios' || f.type === 'select' || f.type === 'checkboxes') {
          expect(f.options.length, `${s.id}.${f.id}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('has every §8 element of caf-form.md with the right (S) flags', () => {
    const domain = (id: string) => elementsOf(id).map((e) => [e.label, e.sensitive === true]);
    expect(domain('development')).toEqual([
      ['Health', true],
      ['Emotional and social development', true],
      ['Behavioural development', true],
      ['Identity, including self-esteem, self-image and social presentation', false],
      ['Family and social relationships', false],
      ['Self-care skills and independence', false],
      ['Learning', false],
    ]);
    expect(domain('parents-and-carers-domain')).toEqual([
      ['Basic care, ensuring safety and protection', true],
      ['Emotional warmth and stability', true],
      ['Guidance, boundaries and stimulation', false],
    ]);
    expect(domain('family-environment')).toEqual([
      ['Family history, functioning and well-being', true],
      ['Wider family', false],
      ['Housing, employment and financial considerations', true],
      ['Social and community elements and resources, including education', false],
    ]);
    expect(sensitiveElementPaths).toHaveLength(7);
    expect(isSensitiveElement('development', 'health')).toBe(true);
    expect(isSensitiveElement('development', 'learning')).toBe(false);
  });

  it('gives every §8 element strengths, needs and evidence-or-opinion', () => {
    for (const id of ['development', 'parents-and-carers-domain', 'family-environment']) {
      for (const e of elementsOf(id)) {
        expect(e.kind === 'group' && !e.repeatable).toBe(true);
        if (e.kind !== 'group') continue;
        expect(e.fields.map((f) => [f.id, f.type])).toEqual([
          ['strengths', 'textarea'],
          ['needs', 'textarea'],
          ['evidence', 'radios'],
        ]);
      }
    }
  });

  it('makes people present, parents and carers, household, services and agreed actions repeatable', () => {
    const repeatable = sections.flatMap((s) =>
      s.elements.filter((e) => e.kind === 'group' && e.repeatable).map((e) => e.id),
    );
    expect(repeatable).toEqual(['peoplePresent', 'parentsCarers', 'household', 'services', 'agreedActions']);
  });
});

describe('task list', () => {
  it('shows every section as not started before there is a draft', () => {
    const list = taskListFor(null, { child: 'completed' });
    expect(list).toHaveLength(13);
    expect(list.every((t) => t.status === 'not_started')).toBe(true);
  });

  it('works out content sections from their answers and takes derived ones from the caller', () => {
    const list = taskListFor(
      {
        'assessment-information': { reasonForAssessment: 'Attendance has dropped this term.' },
        development: { health: { strengths: '', needs: '', evidence: 'opinion' } },
        'parents-and-carers-domain': { basicCare: { strengths: 'Warm and attentive', needs: '' } },
        views: { childViews: 'Wants to stay at this school', parentViews: '' },
        'family-home': { familyHomeSituation: '  ' },
      },
      { about: 'completed', child: 'in_progress' },
    );
    const status = Object.fromEntries(list.map((t) => [t.sectionId, t.status]));
    expect(status).toMatchObject({
      about: 'completed',
      child: 'in_progress',
      assessor: 'not_started',
      'assessment-information': 'completed',
      development: 'in_progress',
      'parents-and-carers-domain': 'completed',
      'family-environment': 'not_started',
      views: 'in_progress',
      'family-home': 'not_started',
    });
  });

  it('completes conclusions only with an action that has an owner and date, an outcome and a review date', () => {
    const action = {
      need: 'Attendance',
      action: 'Daily check-in',
      owner: { id: 'u1', name: 'Priya Shah' },
      dueDate: '2026-04-30',
    };
    const base = { agreedActions: [action], outcome: 'team_around_the_child', firstReviewDate: '2026-05-15' };
    expect(sectionCompletionProblems('conclusions', base)).toEqual([]);
    expect(
      sectionCompletionProblems('conclusions', { ...base, agreedActions: [{ ...action, owner: null }] }).map(
        (p) => p.message,
      ),
    ).toEqual(['Add at least one agreed action with who is responsible and by when']);
    expect(sectionCompletionProblems('conclusions', {}).map((p) => p.message)).toEqual([
      'Add at least one agreed action with who is responsible and by when',
      'Select the outcome of the assessment',
      'Enter the first review date',
    ]);
  });

  it('accepts a reason in place of a missing view', () => {
    expect(
      sectionCompletionProblems('views', {
        childViewsMissingReason: 'Baby is 3 months old',
        parentViews: 'Happy with the plan',
      }),
    ).toEqual([]);
  });
});
