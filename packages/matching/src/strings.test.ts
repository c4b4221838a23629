import { describe, expect, it } from 'vitest';
import { jaroWinkler, oneSlipApart, phoneticCodes, soundAlike } from './strings';

describe('jaroWinkler', () => {
  it("gives Winkler's published values", () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('counts at most four characters of common prefix', () => {
    // A library that counted five would give 0.9421 here.
    expect(jaroWinkler('johnathan', 'johnaton')).toBeCloseTo(0.9306, 4);
  });

  it('is 1 for equal strings, including single letters, and 0 when one is empty', () => {
    expect(jaroWinkler('a', 'a')).toBe(1);
    expect(jaroWinkler('isla', 'isla')).toBe(1);
    expect(jaroWinkler('', 'isla')).toBe(0);
  });
});

describe('phoneticCodes (double metaphone)', () => {
  it('gives the primary and, when different, the alternate code', () => {
    expect(phoneticCodes('smith')).toEqual(['SM0', 'XMT']);
    expect(phoneticCodes('schmidt')).toEqual(['XMT', 'SMT']);
    expect(phoneticCodes('')).toEqual([]);
  });

  it('makes Smith and Smyth sound alike, and Smith and Jones not', () => {
    expect(soundAlike(phoneticCodes('smith'), phoneticCodes('smyth'))).toBe(true);
    expect(soundAlike(phoneticCodes('smith'), phoneticCodes('schmidt'))).toBe(true);
    expect(soundAlike(phoneticCodes('smith'), phoneticCodes('jones'))).toBe(false);
  });
});

describe('oneSlipApart', () => {
  it('accepts one character wrong', () => {
    expect(oneSlipApart('9434765919', '9434765918')).toBe(true);
    expect(oneSlipApart('20100305', '20100306')).toBe(true);
  });

  it('accepts two neighbours swapped', () => {
    expect(oneSlipApart('20100305', '20100350')).toBe(true);
    expect(oneSlipApart('9434765919', '4934765919')).toBe(true);
  });

  it('refuses equal values, two separate slips, a swap of non-neighbours and different lengths', () => {
    expect(oneSlipApart('20100305', '20100305')).toBe(false);
    expect(oneSlipApart('20100305', '20110306')).toBe(false);
    expect(oneSlipApart('12345', '52341')).toBe(false);
    expect(oneSlipApart('1234', '12345')).toBe(false);
  });
});
