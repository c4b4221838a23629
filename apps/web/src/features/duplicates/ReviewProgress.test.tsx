import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewProgress } from './ReviewProgress';

const run = { startedAt: '2026-03-03T10:15:00.000Z', startedByName: 'Morgan Manager', pairsFound: 3 };

describe('ReviewProgress', () => {
  it('is a <progress> named by its visible label', () => {
    const html = renderToStaticMarkup(<ReviewProgress run={{ ...run, processed: 1234, total: 5000 }} />);
    expect(html).toContain(
      '<label class="govuk-label govuk-label--s" for="duplicate-review-progress">1,234 of 5,000 children checked</label>',
    );
    expect(html).toContain(
      '<progress id="duplicate-review-progress" class="app-progress" max="5000" value="1234">25%</progress>',
    );
    expect(html).toContain('Started at 10:15 on 3 March 2026 by Morgan Manager. 3 possible duplicates found so far.');
  });

  it('is indeterminate while the children are counted', () => {
    const html = renderToStaticMarkup(<ReviewProgress run={{ ...run, processed: 0, total: 0 }} />);
    expect(html).toContain('Counting the children to check…');
    expect(html).toMatch(/<progress id="duplicate-review-progress" class="app-progress">/);
  });
});
