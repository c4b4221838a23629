import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatNhsNumber,
  generateValidNhsNumber,
  generateValidUpn,
  isValidNhsNumber,
  isValidUpn,
  normaliseNhsNumber,
  normalisePostcode,
  postcodeParts,
  upnCheckLetter,
} from './identifiers';

/** A small deterministic generator so seed-style tests repeat exactly. */
function seededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('NHS numbers', () => {
  it('accepts numbers with a correct modulus 11 check digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('4010232137')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
  });

  it('refuses a wrong check digit, the wrong length and letters', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('4010232138')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('94347659A9')).toBe(false);
    expect(isValidNhsNumber('')).toBe(false);
  });

  it('refuses numbers whose check digit would be 10', () => {
    // 123456789: sum = 1·10+2·9+3·8+4·7+5·6+6·5+7·4+8·3+9·2 = 210; 210 mod 11 = 1; 11 − 1 = 10.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`123456789${last}`)).toBe(false);
  });

  it('normalises and formats as 3-3-4', () => {
    expect(normaliseNhsNumber(' 943 476-5919 ')).toBe('9434765919');
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('943 476 5919')).toBe('943 476 5919');
    expect(formatNhsNumber('12345')).toBe('12345');
  });

  it('generates valid numbers in the 999 test range by default', () => {
    const rng = seededRng(42);
    for (let i = 0; i < 100; i++) {
      const nhs = generateValidNhsNumber(rng);
      expect(nhs).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(nhs)).toBe(true);
    }
    expect(isValidNhsNumber(generateValidNhsNumber(seededRng(7), { testRange: false }))).toBe(true);
  });

  it('property: generated numbers validate, and changing any one digit never does', () => {
    fc.assert(
      fc.property(
        fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
        fc.boolean(),
        fc.nat({ max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (stream, testRange, position, delta) => {
          const iterator = stream[Symbol.iterator]();
          const nhs = generateValidNhsNumber(() => iterator.next().value ?? 0, { testRange });
          expect(isValidNhsNumber(nhs)).toBe(true);
          const changed = (Number(nhs[position]) + delta) % 10;
          const mutated = `${nhs.slice(0, position)}${changed}${nhs.slice(position + 1)}`;
          expect(isValidNhsNumber(mutated)).toBe(false);
        },
      ),
    );
  });
});

describe('unique pupil numbers', () => {
  it('accepts a known valid permanent UPN', () => {
    // B801200005001: 8·2 + 0·3 + 1·4 + 2·5 + 0·6 + 0·7 + 0·8 + 0·9 + 5·10 + 0·11 + 0·12 + 1·13
    // = 16 + 4 + 10 + 50 + 13 = 93; 93 mod 23 = 1, and letter 1 of ABCDEFGHJKLMNPQRTUVWXYZ is B.
    expect(upnCheckLetter('801200005001')).toBe('B');
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('b801200005001')).toBe(true);
  });

  it('accepts a temporary UPN ending in a letter, valued by its place in the check-letter list', () => {
    // M80120000500A: as above but the last character A counts 0, so 80; 80 mod 23 = 11 → M.
    expect(isValidUpn('M80120000500A')).toBe(true);
    // …and B counts 1, so 80 + 13 = 93 → B.
    expect(isValidUpn('B80120000500B')).toBe(true);
  });

  it('refuses a wrong check letter, a bad shape and the letters I, O and S', () => {
    expect(isValidUpn('A801200005001')).toBe(false);
    expect(isValidUpn('B80120000500')).toBe(false);
    expect(isValidUpn('X80120000A001')).toBe(false);
    expect(isValidUpn('B80120000500I')).toBe(false);
    expect(isValidUpn('1801200005001')).toBe(false);
    expect(upnCheckLetter('80120000500O')).toBeNull();
  });

  it('property: generated UPNs always validate', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })), (stream) => {
        const iterator = stream[Symbol.iterator]();
        const upn = generateValidUpn(() => iterator.next().value ?? 0);
        expect(upn).toMatch(/^[A-HJ-NP-RT-Z]\d{12}$/);
        expect(isValidUpn(upn)).toBe(true);
      }),
    );
  });
});

describe('postcodes', () => {
  it('normalises the shapes people type', () => {
    expect(normalisePostcode('ls62ab')).toBe('LS6 2AB');
    expect(normalisePostcode(' LS6  2AB ')).toBe('LS6 2AB');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normalisePostcode('M1 1AE')).toBe('M1 1AE');
    expect(normalisePostcode('B33 8TH')).toBe('B33 8TH');
  });

  it('returns null for anything not shaped like a postcode', () => {
    expect(normalisePostcode('LS6')).toBeNull();
    expect(normalisePostcode('12345')).toBeNull();
    expect(normalisePostcode('LS6 2A')).toBeNull();
    expect(normalisePostcode('')).toBeNull();
  });

  it('splits a postcode into area, district and sector', () => {
    expect(postcodeParts('LS6 2AB')).toEqual({ area: 'LS', district: 'LS6', sector: 'LS6 2', full: 'LS6 2AB' });
    expect(postcodeParts('sw1a1aa')).toEqual({
      area: 'SW',
      district: 'SW1A',
      sector: 'SW1A 1',
      full: 'SW1A 1AA',
    });
    expect(postcodeParts('nonsense')).toBeNull();
  });
});
