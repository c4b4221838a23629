import { describe, expect, it } from 'vitest';
import { cafFormDefinition, type FormDefinition, sensitiveElementPaths } from '../assessment/form-definition';
import { withoutSensitiveElements } from './redaction';

const comment = (strengths: string) => ({ strengths, needs: 'Some needs', evidence: 'evidence' });

/** A draft with every (S) element of the CAF answered, and non-sensitive answers beside them. */
const content = {
  'assessment-information': { reasonForAssessment: 'Concerns about attendance.' },
  development: {
    health: comment('Healthy weight'),
    emotionalSocialDevelopment: comment('Has friends'),
    behaviouralDevelopment: comment('Calm at home'),
    identity: comment('Proud of her heritage'),
    learning: comment('Enjoys reading'),
  },
  'parents-and-carers-domain': {
    basicCare: comment('Fed and clothed'),
    emotionalWarmth: comment('Loving mother'),
    guidanceBoundaries: comment('Clear routines'),
  },
  'family-environment': {
    familyHistory: comment('Father in prison'),
    widerFamily: comment('Grandmother nearby'),
    housingEmploymentFinance: comment('Rent arrears'),
    socialCommunity: comment('Attends a youth club'),
  },
  views: { childViews: 'I want to stay at my school.' },
  conclusions: { summary: 'Needs support with attendance.', outcome: 'caf_plan' },
} as const;

describe('SH-2 withoutSensitiveElements, with the CAF form', () => {
  it('SH-2 removes exactly the (S) elements marked in caf-form.md', () => {
    const { content: redacted } = withoutSensitiveElements(cafFormDefinition, content);
    expect(redacted).toEqual({
      'assessment-information': { reasonForAssessment: 'Concerns about attendance.' },
      development: { identity: comment('Proud of her heritage'), learning: comment('Enjoys reading') },
      'parents-and-carers-domain': { guidanceBoundaries: comment('Clear routines') },
      'family-environment': {
        widerFamily: comment('Grandmother nearby'),
        socialCommunity: comment('Attends a youth club'),
      },
      views: { childViews: 'I want to stay at my school.' },
      conclusions: { summary: 'Needs support with attendance.', outcome: 'caf_plan' },
    });
  });

  it('SH-2 says which elements were withheld: the seven (S) elements of §8', () => {
    const { withheld } = withoutSensitiveElements(cafFormDefinition, content);
    expect(withheld).toEqual([
      'development.health',
      'development.emotionalSocialDevelopment',
      'development.behaviouralDevelopment',
      'parents-and-carers-domain.basicCare',
      'parents-and-carers-domain.emotionalWarmth',
      'family-environment.familyHistory',
      'family-environment.housingEmploymentFinance',
    ]);
    expect(withheld).toEqual(sensitiveElementPaths);
  });

  it('SH-2 lists every (S) element as withheld even when unanswered, so the reader cannot tell which were answered', () => {
    const answeredOne = { development: { health: comment('Asthma') } };
    const answeredNone = {};
    expect(withoutSensitiveElements(cafFormDefinition, answeredOne).withheld).toEqual(sensitiveElementPaths);
    expect(withoutSensitiveElements(cafFormDefinition, answeredNone).withheld).toEqual(sensitiveElementPaths);
  });

  it('SH-2 leaves no sensitive text anywhere in what is returned', () => {
    const { content: redacted } = withoutSensitiveElements(cafFormDefinition, content);
    const text = JSON.stringify(redacted);
    for (const secret of ['Healthy weight', 'Has friends', 'Calm at home', 'Fed and clothed', 'Loving mother']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('Father in prison');
    expect(text).not.toContain('Rent arrears');
  });

  it('SH-2 does not change the content it was given: the next reader may see everything', () => {
    const original = structuredClone(content);
    withoutSensitiveElements(cafFormDefinition, content);
    expect(content).toEqual(original);
  });

  it('SH-2 leaves a section that is missing or not an object as it is', () => {
    const { content: redacted } = withoutSensitiveElements(cafFormDefinition, {
      development: null,
      'parents-and-carers-domain': 'not an object',
      views: { childViews: 'Fine' },
    });
    expect(redacted).toEqual({
      development: null,
      'parents-and-carers-domain': 'not an object',
      views: { childViews: 'Fine' },
    });
    expect(redacted).not.toHaveProperty('family-environment');
  });

  it('SH-2 keeps content the form does not define untouched', () => {
    const { content: redacted } = withoutSensitiveElements(cafFormDefinition, {
      development: { health: comment('Asthma'), somethingElse: 'kept' },
      extra: { health: 'not a CAF section' },
    });
    expect(redacted).toEqual({ development: { somethingElse: 'kept' }, extra: { health: 'not a CAF section' } });
  });
});

describe('SH-2 withoutSensitiveElements, with a form an authority changed', () => {
  const definition: FormDefinition = {
    id: 'local',
    version: 2,
    title: 'Local CAF',
    sections: [
      {
        id: 'health',
        number: '1',
        title: 'Health',
        kind: 'content',
        elements: [
          { kind: 'field', id: 'diagnosis', label: 'Diagnosis', type: 'textarea', sensitive: true },
          { kind: 'field', id: 'gp', label: 'GP', type: 'text' },
          { kind: 'field', id: 'notes', label: 'Notes', type: 'textarea', sensitive: false },
        ],
        completion: [],
      },
      {
        id: 'plain',
        number: '2',
        title: 'Plain',
        kind: 'content',
        elements: [{ kind: 'field', id: 'summary', label: 'Summary', type: 'textarea' }],
        completion: [],
      },
    ],
  };

  it('SH-2 removes a sensitive field as well as a sensitive group', () => {
    const result = withoutSensitiveElements(definition, {
      health: { diagnosis: 'ADHD', gp: 'Dr Patel', notes: 'Seen monthly' },
      plain: { summary: 'All well' },
    });
    expect(result).toEqual({
      content: { health: { gp: 'Dr Patel', notes: 'Seen monthly' }, plain: { summary: 'All well' } },
      withheld: ['health.diagnosis'],
    });
  });

  it('SH-2 withholds nothing from a form with no sensitive elements', () => {
    const plainOnly: FormDefinition = { ...definition, sections: definition.sections.slice(1) };
    const input = { plain: { summary: 'All well' } };
    expect(withoutSensitiveElements(plainOnly, input)).toEqual({ content: input, withheld: [] });
  });
});
