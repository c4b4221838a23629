import { describe, expect, it } from 'vitest';
import { normalisePostcode } from '../normalise/postcode';
import { comparePostcodes } from './postcodes';

const compare = (a: string | null, b: string | null) => comparePostcodes(normalisePostcode(a), normalisePostcode(b));

describe('postcodes', () => {
  it('exact, whatever the spacing', () => {
    expect(compare('LS6 2AB', 'ls62ab')).toBe('exact');
  });

  it('typo: one character wrong or two neighbours swapped', () => {
    expect(compare('LS6 2AB', 'LS6 2AD')).toBe('typo');
    expect(compare('LS6 2AB', 'LS6 2BA')).toBe('typo');
  });

  it('sector, district and area for UK postcodes', () => {
    expect(compare('LS6 2AB', 'LS6 2XY')).toBe('sector');
    expect(compare('LS6 2AB', 'LS6 4XY')).toBe('district');
    expect(compare('LS6 2AB', 'LS17 4XY')).toBe('area');
  });

  it('different otherwise; codes that are not UK postcodes only reach exact or typo', () => {
    expect(compare('LS6 2AB', 'M1 1AE')).toBe('different');
    expect(compare('4011', '4011')).toBe('exact');
    expect(compare('4011', '4017')).toBe('typo');
    expect(compare('4011', '4811')).toBe('typo');
    expect(compare('4011', '5211')).toBe('different');
  });

  it('missing is neutral', () => {
    expect(compare('LS6 2AB', null)).toBeNull();
  });
});
