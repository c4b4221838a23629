import { describe, expect, it } from 'vitest';
import { normaliseDate } from './dates';
import {
  normaliseDigits,
  normaliseEmail,
  normaliseHouseNumber,
  normalisePhone,
  normalisePlace,
  normaliseSex,
  normaliseUpn,
} from './identifiers';
import { normaliseName } from './names';
import { normalisePostcode } from './postcode';
import { normaliseRecord } from './record';
import { cleanWords, foldText, isBlank } from './text';

describe('text folding', () => {
  it('folds case and accents, including letters that do not decompose', () => {
    expect(foldText('Zoë')).toBe('zoe');
    expect(foldText('ŁUCJA')).toBe('lucja');
    expect(foldText('Søren Æsir')).toBe('soren aesir');
    expect(foldText('Straße')).toBe('strasse');
  });

  it('turns punctuation into single spaces and drops apostrophes', () => {
    expect(cleanWords("  O'Brien--Smith,  Jr. ")).toBe('obrien smith jr');
    expect(isBlank(' - ')).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank('Ann')).toBe(false);
  });
});

describe('normaliseName', () => {
  it('handles case, accents and apostrophes', () => {
    expect(normaliseName("  ZOË O'Brien ")?.tokens).toEqual(['zoe', 'obrien']);
  });

  it('splits hyphenated and multiple names into parts and runs them together for comparison', () => {
    const name = normaliseName('Smith-Jones');
    expect(name?.tokens).toEqual(['smith', 'jones']);
    expect(name?.joined).toBe('smithjones');
    expect(normaliseName('Smith Jones')?.joined).toBe('smithjones');
    expect(name?.partCodes).toEqual(expect.arrayContaining(['SM0', 'JNS']));
  });

  it('keeps phonetic codes of the whole name, and none of the parts for a one-part name', () => {
    const name = normaliseName('Smith');
    expect(name?.codes).toEqual(['SM0', 'XMT']);
    expect(name?.partCodes).toEqual([]);
  });

  it('treats a name with no letters as missing', () => {
    expect(normaliseName('')).toBeNull();
    expect(normaliseName(' 123 ')).toBeNull();
    expect(normaliseName(undefined)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it('reads ISO, compact and British dates to the same digits', () => {
    for (const raw of ['2010-03-05', '20100305', '05/03/2010', '5/3/2010', '05.03.2010']) {
      expect(normaliseDate(raw)).toMatchObject({ digits: '20100305', year: 2010, month: 3, day: 5 });
    }
  });

  it('gives real dates a day number', () => {
    expect(normaliseDate('1970-01-02')?.dayNumber).toBe(1);
    expect(normaliseDate('2012-02-29')?.dayNumber).not.toBeNull();
  });

  it('keeps the digits of an impossible date for digit-level comparison, without a day number', () => {
    expect(normaliseDate('19162429')).toMatchObject({ digits: '19162429', dayNumber: null });
    expect(normaliseDate('2011-02-29')?.dayNumber).toBeNull();
  });

  it('treats anything else as missing', () => {
    expect(normaliseDate('5 March 2010')).toBeNull();
    expect(normaliseDate('')).toBeNull();
    expect(normaliseDate(null)).toBeNull();
  });
});

describe('normalisePostcode', () => {
  it('splits a UK postcode in any spacing or case into area, district, sector and full code', () => {
    expect(normalisePostcode('ls62ab')).toEqual({
      full: 'LS6 2AB',
      uk: { area: 'LS', district: 'LS6', sector: 'LS6 2' },
    });
    expect(normalisePostcode(' sw1a  1aa ')?.uk).toEqual({ area: 'SW', district: 'SW1A', sector: 'SW1A 1' });
    expect(normalisePostcode('M1 1AE')?.full).toBe('M1 1AE');
  });

  it('keeps other codes whole, without UK parts', () => {
    expect(normalisePostcode('4011')).toEqual({ full: '4011', uk: null });
    expect(normalisePostcode('LS6')).toEqual({ full: 'LS6', uk: null });
    expect(normalisePostcode(' ')).toBeNull();
  });
});

describe('identifiers and other fields', () => {
  it('keeps the digits of an NHS number however it was typed', () => {
    expect(normaliseDigits('943 476 5919')).toBe('9434765919');
    expect(normaliseDigits('943-476-5919')).toBe('9434765919');
    expect(normaliseDigits('n/a')).toBeNull();
  });

  it('upper-cases a UPN and drops spaces', () => {
    expect(normaliseUpn('a 12345678901 2b')).toBe('A123456789012B');
  });

  it('reads +44 phone numbers as national numbers', () => {
    expect(normalisePhone('+44 7700 900123')).toBe('07700900123');
    expect(normalisePhone('07700 900123')).toBe('07700900123');
  });

  it('lower-cases emails and refuses text without an @', () => {
    expect(normaliseEmail(' Ann.Smith@Example.org ')).toBe('ann.smith@example.org');
    expect(normaliseEmail('none')).toBeNull();
  });

  it('reads sex from common spellings, anything else missing', () => {
    expect(normaliseSex('F')).toBe('female');
    expect(normaliseSex('Boy')).toBe('male');
    expect(normaliseSex('not known')).toBeNull();
  });

  it('runs place names together and cleans house numbers', () => {
    expect(normalisePlace('Glenmore Park')).toBe('glenmorepark');
    expect(normalisePlace('glenmorepark')).toBe('glenmorepark');
    expect(normaliseHouseNumber(' 12 A ')).toBe('12a');
  });
});

describe('normaliseRecord', () => {
  it('normalises every field and takes a house number from the start of the street', () => {
    const record = normaliseRecord({
      id: 'c1',
      givenNames: 'Mary-Jane',
      familyName: "O'Neill",
      dateOfBirth: '05/03/2015',
      sex: 'female',
      postcode: 'ls6 2ab',
      street: '12 Acacia Avenue',
      town: 'Leeds',
      nhsNumber: '943 476 5919',
      upn: 'a123456789012b',
    });
    expect(record).toMatchObject({
      id: 'c1',
      given: { tokens: ['mary', 'jane'] },
      family: { joined: 'oneill' },
      dob: { digits: '20150305' },
      sex: 'female',
      postcode: { full: 'LS6 2AB' },
      houseNumber: '12',
      street: 'acaciaavenue',
      town: 'leeds',
      nhsNumber: '9434765919',
      upn: 'A123456789012B',
      email: null,
    });
  });

  it('keeps a separate house number over one in the street', () => {
    expect(normaliseRecord({ id: 'x', houseNumber: '7', street: '12 High Street' }).houseNumber).toBe('7');
  });
});
