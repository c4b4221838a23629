import { cafFormDefinition, type SectionDefinition } from '@ecaf/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { valuesFromContent } from './form-values';
import { SectionFields } from './SectionFields';

const USER = '6f1c2b9e-8a4d-4c3b-9e2f-1a2b3c4d5e6f';
const PARENT = '0b7e6f5d-4c3b-4a29-8817-263544536271';

function render(section: SectionDefinition, content: Record<string, unknown> = {}, errors = {}) {
  return renderToStaticMarkup(
    <SectionFields
      section={section}
      values={valuesFromContent(section, content)}
      onChange={() => {}}
      errors={errors}
      people={[
        { person: { kind: 'user', id: USER, name: 'Sam Patel' }, label: 'Sam Patel, assessor', group: 'Practitioners' },
        { person: { kind: 'person', id: PARENT, name: 'Jo Smith' }, label: 'Jo Smith, mother', group: 'Family' },
      ]}
    />,
  );
}

const sections: readonly SectionDefinition[] = cafFormDefinition.sections;
const views = sections.find((s) => s.id === 'views');
const conclusions = sections.find((s) => s.id === 'conclusions');
const development = sections.find((s) => s.id === 'development');
if (!views || !conclusions || !development) throw new Error('The CAF form has changed');

describe('SectionFields renders a section from its definition alone', () => {
  it('shows a field added to the definition, with no other change', () => {
    const extended: SectionDefinition = {
      ...views,
      elements: [
        ...views.elements,
        { kind: 'field', id: 'siblingViews', type: 'textarea', label: "The brothers' and sisters' views" },
        {
          kind: 'field',
          id: 'interpreterUsed',
          type: 'radios',
          label: 'Was an interpreter used?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
      ],
    };
    const html = render(extended, { siblingViews: 'They want to help' });
    expect(html).toContain('<label class="govuk-label govuk-label--m" for="siblingViews">');
    expect(html).toContain('The brothers&#x27; and sisters&#x27; views');
    expect(html).toMatch(/<textarea[^>]*id="siblingViews"[^>]*>They want to help<\/textarea>/);
    expect(html).toContain('Was an interpreter used?');
    expect(html).toMatch(/<input[^>]*id="interpreterUsed"[^>]*type="radio"/);
    // The definition's own fields are still there.
    expect(html).toContain('id="childViews"');
  });

  it('renders a repeatable group as "add another", one fieldset per row', () => {
    const html = render(conclusions, {
      agreedActions: [{ action: 'Weekly mentoring', owner: { kind: 'person', id: PARENT, name: 'Jo Smith' } }, {}],
    });
    expect(html).toContain('<h2 class="govuk-heading-m" id="agreedActions-heading">Agreed actions</h2>');
    expect(html).toMatch(/<legend[^>]*>Action 1<\/legend>/);
    expect(html).toMatch(/<legend[^>]*>Action 2<\/legend>/);
    expect(html).toContain('Remove action 2');
    expect(html).toContain('Add another action');
    expect(html).toMatch(/<textarea[^>]*id="agreedActions-0-action"[^>]*>Weekly mentoring<\/textarea>/);
    // A person: the team and the family to choose from, the chosen one selected.
    expect(html).toContain(`<optgroup label="Parents and carers"><option value="person:${PARENT}" selected="">`);
    expect(html).toContain('id="agreedActions-1-dueDate-day"');
  });

  it('offers "Add a …" on an empty group and no add button once the most rows are there', () => {
    expect(render(conclusions)).toContain('Add an action');
    const full = { agreedActions: Array.from({ length: 50 }, () => ({})) };
    const html = render(conclusions, full);
    expect(html).not.toContain('Add another action');
    expect(html).toContain('You cannot add more than 50.');
  });

  it('renders each §8 element as strengths, needs and evidence or opinion, marking sensitive ones', () => {
    const html = render(development, { health: { strengths: 'Healthy', evidence: 'evidence' } });
    expect(html).toMatch(/<h2 class="govuk-fieldset__heading">Health<\/h2>/);
    expect(html).toMatch(/<textarea[^>]*id="health-strengths"[^>]*>Healthy<\/textarea>/);
    expect(html).toContain('id="health-needs"');
    expect(html).toMatch(
      /<input[^>]*id="health-evidence"[^>]*checked=""[^>]*value="evidence"|value="evidence"[^>]*checked/,
    );
    expect(html).toContain('Sensitive: shared only with services');
  });

  it('shows errors beside their fields, keyed like the server', () => {
    const html = render(
      conclusions,
      { agreedActions: [{}] },
      { 'agreedActions.0.dueDate': 'By when must be a real date' },
    );
    expect(html).toContain('id="agreedActions-0-dueDate-error"');
    expect(html).toContain('By when must be a real date');
  });

  it('gives every element of each section page a unique id', () => {
    for (const s of sections.filter((x) => x.kind === 'content')) {
      const html = render(s, { agreedActions: [{}, {}], peoplePresent: [{}], household: [{}, {}] });
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });
});
