import { getSection, WITHHELD_EXPLANATION } from '@ecaf/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { episodePaths } from './paths';
import { fieldIdOfPath, presentSection, SectionSummary, withWithheldAnswers } from './SectionSummary';

const info = getSection('assessment-information');
if (!info) throw new Error('The CAF form has changed');

describe('SectionSummary (check answers, read-only sections)', () => {
  it('lists every question of the section, an empty table included', () => {
    expect(presentSection(info, {})).toEqual([
      { path: 'assessment-information.peoplePresent', label: 'People present at the assessment', value: null },
      { path: 'assessment-information.reasonForAssessment', label: 'What has led to this assessment?', value: null },
    ]);
  });

  it('shows answers with their line breaks, and Change links to the field on the section page', () => {
    const fields = presentSection(info, {
      peoplePresent: [{ name: 'Jo Smith', relationship: 'Mother' }],
      reasonForAssessment: 'Attendance\nLate most days',
    });
    const html = renderToStaticMarkup(
      <SectionSummary
        fields={fields}
        changeHref={(field) => episodePaths('e1').section('assessment-information', fieldIdOfPath(info.id, field.path))}
      />,
    );
    expect(html).toContain('People present at the assessment, person 1: Name');
    expect(html).toContain('<span>Attendance<br/></span><span>Late most days</span>');
    expect(html).toContain('href="/episodes/e1/sections/assessment-information#peoplePresent-0-name"');
    expect(html).toContain('Change<span class="govuk-visually-hidden"> what has led to this assessment?</span>');
  });
});

describe('SH-2 withheld elements', () => {
  const development = getSection('development');
  if (!development) throw new Error('The CAF form has changed');
  const withheld = ['Health', 'Emotional and social development', 'Behavioural development'];

  it('shows each withheld element once, in its place, as withheld and why, instead of its questions', () => {
    const fields = withWithheldAnswers(
      development,
      presentSection(development, { learning: { strengths: 'Enjoys art' } }),
      withheld,
    );
    expect(fields.slice(0, 4).map((f) => [f.label, f.value])).toEqual([
      ['Health', WITHHELD_EXPLANATION],
      ['Emotional and social development', WITHHELD_EXPLANATION],
      ['Behavioural development', WITHHELD_EXPLANATION],
      ['Identity, including self-esteem, self-image and social presentation: Strengths', null],
    ]);
    expect(fields.some((f) => f.label.startsWith('Health:'))).toBe(false);
    expect(fields.find((f) => f.label === 'Learning: Strengths')?.value).toBe('Enjoys art');
  });

  it('changes nothing for a reader who sees everything', () => {
    const fields = presentSection(development, {});
    expect(withWithheldAnswers(development, fields, [])).toEqual(fields);
    expect(withWithheldAnswers(development, fields, undefined)).toEqual(fields);
  });
});
