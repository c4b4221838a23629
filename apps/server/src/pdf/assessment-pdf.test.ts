import type { PresentedVersion } from '@ecaf/api';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  assessmentPdfFilename,
  footerText,
  formatDateTime,
  renderAssessmentPdf,
  toStandardFontText,
  withheldText,
} from './assessment-pdf';

const presented = { reference: 'CAF-2026-000123', version: { number: 2 } };

describe('assessment PDF text', () => {
  it('names the file and writes the footer from the reference and version', () => {
    expect(assessmentPdfFilename(presented)).toBe('CAF-2026-000123-v2.pdf');
    expect(footerText(presented, 3, 7)).toBe('CAF-2026-000123 · Version 2 · Page 3 of 7');
  });

  it('shows the generation time in England, GOV.UK style', () => {
    expect(formatDateTime('2026-07-03T13:05:00Z')).toBe('3 July 2026 at 2:05pm');
    expect(formatDateTime('2026-01-02T00:05:00Z')).toBe('2 January 2026 at 12:05am');
  });

  it('keeps what the standard fonts can draw and replaces the rest visibly', () => {
    expect(toStandardFontText('Zoë O’Brien – “ok” €5\nnext')).toBe('Zoë O’Brien – “ok” €5\nnext');
    expect(toStandardFontText('Ștefan Łukasz 李')).toBe('Stefan ?ukasz ?');
  });
});

describe('SH-2 in the PDF: what is withheld and why', () => {
  const sentence =
    'Withheld: Health, Emotional and social development. ' +
    'The family has not agreed to share additional (sensitive) information with your organisation.';

  it('names the withheld elements, with the reason the pages give', () => {
    expect(withheldText(['Health', 'Emotional and social development'])).toBe(sentence);
  });

  it('prints the sentence under the section it applies to, and under no other', async () => {
    const version: PresentedVersion = {
      reference: 'CAF-2026-000123',
      childName: 'Rosa Lind',
      version: { number: 1, status: 'draft', startedAt: '2026-03-02T10:00:00Z', completedAt: null },
      generatedAt: '2026-03-03T10:00:00Z',
      sections: [
        {
          sectionId: 'development',
          number: '8.1',
          title: 'Development of the baby, child or young person',
          fields: [{ path: 'learning.strengths', label: 'Learning: strengths', value: 'Loves maths' }],
          withheld: ['Health', 'Emotional and social development'],
        },
        {
          sectionId: 'views',
          number: '9',
          title: 'Views',
          fields: [{ path: 'childViews', label: "The child or young person's views", value: null }],
          withheld: [],
        },
      ],
    };
    const pdf = await renderAssessmentPdf(version);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Loves maths ${sentence} 9. Views`);
    expect(flat.split('Withheld:')).toHaveLength(2);
  });
});
