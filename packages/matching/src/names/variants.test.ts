import { describe, expect, it } from 'vitest';
import { buildNameVariants, loadNameVariants, parseFebrlNameTable, parseNicknamesCsv } from './variants';

describe('nickname and variant tables', () => {
  it('reads the nicknames CSV with CRLF line endings, skipping the header', () => {
    const text = 'name1,relationship,name2\r\nwilliam,has_nickname,bill\r\nwilliam,has_nickname,billy\r\n';
    expect(parseNicknamesCsv(text)).toEqual([
      ['william', 'bill'],
      ['william', 'billy'],
    ]);
  });

  it('reads Febrl tables with comments, a tag line, empty lists and continuation lines', () => {
    const text = [
      '# comment',
      'tag=<GF>  # Tag for female givennames',
      '',
      '         abigail : abbey, abbie, abby',
      '           aimee : ',
      '       alexandra : alexa, alexia,',
      '                   sandra, sandy',
    ].join('\n');
    expect(parseFebrlNameTable(text)).toEqual([
      ['abigail', ['abbey', 'abbie', 'abby']],
      ['aimee', []],
      ['alexandra', ['alexa', 'alexia', 'sandra', 'sandy']],
    ]);
  });

  it('relates a nickname to its full name, a variant to its name, and two forms of one name', () => {
    const variants = buildNameVariants({
      nicknamesCsv: ['name1,relationship,name2\nwilliam,has_nickname,bill\nwilliam,has_nickname,billy\n'],
      febrlTables: ['abigail : abbey, abby\n'],
    });
    expect(variants.relation('bill', 'william')).toEqual({ kind: 'nickname', short: 'bill', full: 'william' });
    expect(variants.relation('william', 'bill')).toEqual({ kind: 'nickname', short: 'bill', full: 'william' });
    expect(variants.relation('abbey', 'abigail')).toEqual({ kind: 'variant', variant: 'abbey', name: 'abigail' });
    expect(variants.relation('bill', 'billy')).toEqual({
      kind: 'shared',
      canonical: 'william',
      a: 'bill',
      b: 'billy',
      source: 'nickname',
    });
    expect(variants.relation('abbey', 'abby')).toMatchObject({ kind: 'shared', source: 'variant' });
    expect(variants.relation('bill', 'abby')).toBeNull();
    expect(variants.relation('bill', 'bill')).toBeNull();
  });

  it('loads the tables shipped in the package', () => {
    const variants = loadNameVariants();
    expect(variants.size).toBeGreaterThan(1000);
    expect(variants.relation('bill', 'william')?.kind).toBe('nickname');
    expect(variants.relation('sandy', 'alexandra')?.kind).toBeDefined();
    expect(loadNameVariants()).toBe(variants);
  });
});

describe('a pair listed both ways round', () => {
  it('takes the shorter name as the nickname, whichever order the records come in', () => {
    const variants = buildNameVariants({
      nicknamesCsv: ['name1,relationship,name2\noliver,has_nickname,ollie\nollie,has_nickname,oliver\n'],
    });
    expect(variants.relation('oliver', 'ollie')).toEqual({ kind: 'nickname', short: 'ollie', full: 'oliver' });
    expect(variants.relation('ollie', 'oliver')).toEqual({ kind: 'nickname', short: 'ollie', full: 'oliver' });
  });
});
