import { describe, expect, it } from 'vitest';
import { normaliseHtml, parseHtml } from './html';

describe('normaliseHtml', () => {
  it('ignores attribute order, class order and whitespace', () => {
    expect(normaliseHtml('<div class="b a" id="x">\n  Hello   world\n</div>')).toBe(
      normaliseHtml('<div id="x" class="a b">Hello world</div>'),
    );
  });

  it('treats data-aria-controls as aria-controls and ignores govuk-frontend JS hooks', () => {
    expect(normaliseHtml('<input data-aria-controls="c" data-module="m">')).toBe(
      normaliseHtml('<input aria-controls="c" aria-expanded="false">'),
    );
  });

  it('still tells different markup apart', () => {
    expect(normaliseHtml('<p class="a">x</p>')).not.toBe(normaliseHtml('<p class="b">x</p>'));
    expect(normaliseHtml('<p>x</p>')).not.toBe(normaliseHtml('<span>x</span>'));
    expect(normaliseHtml('<input checked>')).not.toBe(normaliseHtml('<input>'));
  });

  it('parses void and self-closing elements and entities', () => {
    const [element] = parseHtml('<p>a &amp; b<br><svg><path d="x"/></svg></p>');
    expect(element).toMatchObject({ tag: 'p' });
    expect(normaliseHtml('<p>a &amp; b<br><svg><path d="x"/></svg></p>')).toContain('"a & b"');
  });
});
