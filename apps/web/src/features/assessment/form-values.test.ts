import { getSection, type SectionDefinition } from '@ecaf/domain';
import { describe, expect, it } from 'vitest';
import { contentFromValues, valueAt, valuesFromContent, withValueAt } from './form-values';

function section(id: string): SectionDefinition {
  const found = getSection(id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}

describe('form values', () => {
  it('fills every element of the section, in the shapes the fields hold', () => {
    const values = valuesFromContent(section('conclusions'), {
      summary: 'Doing well at school',
      agreedActions: [{ action: 'Weekly mentoring', dueDate: '2026-05-01', owner: null }],
    });
    expect(values.summary).toBe('Doing well at school');
    expect(values.outcome).toBe('');
    expect(values.firstReviewDate).toEqual({ day: '', month: '', year: '' });
    expect(values.agreedActions).toEqual([
      {
        need: '',
        action: 'Weekly mentoring',
        desiredOutcome: '',
        owner: null,
        dueDate: { day: '1', month: '5', year: '2026' },
      },
    ]);
  });

  it('turns the values back into content the shared schema accepts', () => {
    const conclusions = section('conclusions');
    const values = valuesFromContent(conclusions, {
      agreedActions: [{ action: 'Weekly mentoring', dueDate: '2026-05-01' }],
      firstReviewDate: '2026-06-30',
    });
    const { content, errors } = contentFromValues(conclusions, values);
    expect(errors).toEqual({});
    expect(content.firstReviewDate).toBe('2026-06-30');
    expect(content.agreedActions).toEqual([
      { need: '', action: 'Weekly mentoring', desiredOutcome: '', owner: null, dueDate: '2026-05-01' },
    ]);
  });

  it('keeps a date half typed in the values, and says what is missing, keyed like the server', () => {
    const conclusions = section('conclusions');
    const values = withValueAt(valuesFromContent(conclusions, { agreedActions: [{}] }), 'agreedActions.0.dueDate', {
      day: '3',
      month: '',
      year: '',
    });
    const { errors } = contentFromValues(conclusions, values);
    expect(errors).toEqual({ 'agreedActions.0.dueDate': 'By when must include a month and year' });
    expect(valueAt(values, 'agreedActions.0.dueDate')).toEqual({ day: '3', month: '', year: '' });
  });

  it("reports what the section's schema refuses, at the field's path", () => {
    const development = section('development');
    const values = withValueAt(valuesFromContent(development, {}), 'health.strengths', 'x'.repeat(20_001));
    expect(Object.keys(contentFromValues(development, values).errors)).toEqual(['health.strengths']);
  });

  it('drops what the definition does not know and answers of the wrong shape', () => {
    const values = valuesFromContent(section('assessment-information'), {
      reasonForAssessment: 42,
      retired: 'a field no longer in the form',
    });
    expect(values).toEqual({ peoplePresent: [], reasonForAssessment: '' });
  });
});
