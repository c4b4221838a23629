import { describe, expect, it } from 'vitest';
import { assessmentPdfFilename, footerText, formatDateTime, toStandardFontText } from './assessment-pdf';

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
