import { describe, expect, it } from 'vitest';
import { childSearchInputSchema, parseChildQuery } from './parse-query';

describe('parseChildQuery', () => {
  it('keeps plain words as lowercased name terms', () => {
    expect(parseChildQuery('Amelia JONES')).toEqual({ nameTerms: ['amelia', 'jones'] });
    expect(parseChildQuery('  O’Brien,  Smith-Jones ')).toEqual({ nameTerms: ["o'brien", 'smith-jones'] });
  });

  it('recognises an NHS number, spaced or not', () => {
    expect(parseChildQuery('943 476 5919')).toEqual({ nameTerms: [], nhsNumber: '9434765919' });
    expect(parseChildQuery('amelia 9434765919')).toEqual({ nameTerms: ['amelia'], nhsNumber: '9434765919' });
    expect(parseChildQuery('943-476-5919').nhsNumber).toBe('9434765919');
  });

  it('recognises a UPN', () => {
    expect(parseChildQuery('b801200005001')).toEqual({ nameTerms: [], upn: 'B801200005001' });
  });

  it.each([
    ['03/03/2015', '2015-03-03'],
    ['3/3/15', '2015-03-03'],
    ['3-3-2015', '2015-03-03'],
    ['3.3.2015', '2015-03-03'],
    ['2015-03-03', '2015-03-03'],
    ['3 March 2015', '2015-03-03'],
    ['3 Mar 2015', '2015-03-03'],
    ['3rd march 2015', '2015-03-03'],
    ['25 Dec 2012', '2012-12-25'],
  ])('reads %s as a date of birth', (text, iso) => {
    expect(parseChildQuery(`Amelia ${text} Jones`)).toEqual({ nameTerms: ['amelia', 'jones'], dateOfBirth: iso });
  });

  it('reads two-digit years as this century unless that is after today', () => {
    expect(parseChildQuery('1/2/24', '2026-03-15').dateOfBirth).toBe('2024-02-01');
    expect(parseChildQuery('1/2/98', '2026-03-15').dateOfBirth).toBe('1998-02-01');
  });

  it('drops a date that is not real rather than searching for it as a name', () => {
    expect(parseChildQuery('amelia 31/02/2015')).toEqual({ nameTerms: ['amelia'] });
  });

  it('recognises full postcodes with or without the space', () => {
    expect(parseChildQuery('jones ls62ab')).toEqual({ nameTerms: ['jones'], postcode: 'LS6 2AB' });
    expect(parseChildQuery('jones LS6 2AB')).toEqual({ nameTerms: ['jones'], postcode: 'LS6 2AB' });
  });

  it('recognises an outward code only when it has a digit', () => {
    expect(parseChildQuery('jones ls6')).toEqual({ nameTerms: ['jones'], postcodeOutward: 'LS6' });
    expect(parseChildQuery('jones ls')).toEqual({ nameTerms: ['jones', 'ls'] });
  });

  it('takes everything at once', () => {
    expect(parseChildQuery('Amelia Jones 4/5/2012 LS6 2AB 943 476 5919')).toEqual({
      nameTerms: ['amelia', 'jones'],
      dateOfBirth: '2012-05-04',
      postcode: 'LS6 2AB',
      nhsNumber: '9434765919',
    });
  });

  it('ignores stray numbers that cannot be part of a name', () => {
    expect(parseChildQuery('Amelia 12 Jones')).toEqual({ nameTerms: ['amelia', 'jones'] });
  });
});

describe('childSearchInputSchema', () => {
  it('needs at least 2 characters after trimming', () => {
    expect(childSearchInputSchema.safeParse({ query: ' a ' }).error?.issues[0]?.message).toBe(
      'Enter at least 2 characters',
    );
    expect(childSearchInputSchema.parse({ query: ' jo ' })).toEqual({ query: 'jo' });
  });
});
