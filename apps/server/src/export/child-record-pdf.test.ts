import { describe, expect, it } from 'vitest';
import { exportFilename, exportFooterText } from './child-record-pdf';

describe('right of access PDF text', () => {
  const record = {
    child: { id: '6f1c2a9e-1b2c-4d3e-8f90-123456789abc' },
    generatedAt: '2026-07-03T23:30:00.000Z',
  };

  it('names the file by the child id and the day in England, never by name', () => {
    expect(exportFilename(record, 'pdf')).toBe(
      'ecaf-right-of-access-6f1c2a9e-1b2c-4d3e-8f90-123456789abc-2026-07-04.pdf',
    );
    expect(exportFilename(record, 'json')).toBe(
      'ecaf-right-of-access-6f1c2a9e-1b2c-4d3e-8f90-123456789abc-2026-07-04.json',
    );
  });

  it('numbers every page', () => {
    expect(exportFooterText(3, 25)).toBe('Right of access · eCAF · Page 3 of 25');
  });
});
