import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MatchBandTag, MatchReasons } from './MatchReasons';

describe('MatchReasons', () => {
  it('lists what is alike, then what speaks against it under "But:"', () => {
    const html = renderToStaticMarkup(
      <MatchReasons
        reasons={['same date of birth', 'Bill is a nickname of William']}
        against={['different postcodes']}
      />,
    );
    expect(html).toContain('<li>Same date of birth</li><li>Bill is a nickname of William</li>');
    expect(html).toMatch(
      /<p [^>]*id="([^"]+)"[^>]*>But:<\/p><ul class="govuk-list app-match-reasons" aria-labelledby="\1">/,
    );
    expect(html).toContain('<li>Different postcodes</li>');
  });

  it('leaves out "But:" when nothing speaks against the match, and shows nothing without reasons', () => {
    expect(renderToStaticMarkup(<MatchReasons reasons={['same NHS number']} />)).not.toContain('But:');
    expect(renderToStaticMarkup(<MatchReasons reasons={[]} />)).toBe('');
  });

  it('shows the band as a tag in words', () => {
    expect(renderToStaticMarkup(<MatchBandTag band="certain" />)).toBe(
      '<strong class="govuk-tag govuk-tag--red">Very likely the same child</strong>',
    );
  });
});
