import { describe, expect, it } from 'vitest';
import { person } from '../compare/test-records';
import { CandidateIndex } from './candidate-index';
import { blockingKeys, bucketLimit, deletionVariants } from './keys';

const shareKey = (a: ReturnType<typeof person>, b: ReturnType<typeof person>) => {
  const keys = new Set(blockingKeys(a));
  return blockingKeys(b).filter((key) => keys.has(key));
};

const isla = person({
  givenNames: 'Isla',
  familyName: 'Hall',
  dateOfBirth: '2015-03-05',
  postcode: 'LS6 2AB',
  houseNumber: '12',
  street: 'Acacia Avenue',
  town: 'Leeds',
  nhsNumber: '9434765919',
  upn: 'A123456789012B',
  email: 'isla@example.org',
  phone: '07700 900123',
});

describe('blocking keys (CH-1: the search must reach the record before it can be scored)', () => {
  it('gives each kind of key for a full record, prefixed by its kind', () => {
    const kinds = new Set(blockingKeys(isla).map((key) => key.slice(0, key.indexOf(':'))));
    expect([...kinds].sort()).toEqual(
      [
        'nhs',
        'nhs1',
        'upn',
        'upn1',
        'dob',
        'dmy',
        'g',
        'f',
        'gy',
        'fy',
        'gmd',
        'fmd',
        'pg',
        'pf',
        'tg',
        'tf',
        'nm',
        'hn',
        'st',
        'em',
        'eu',
        'ph',
      ].sort(),
    );
    expect(blockingKeys(isla)).toEqual(
      expect.arrayContaining([
        'nhs:9434765919',
        'dob:20150305',
        'dmy:2015-03-05',
        'nm:AL|HL',
        'hn:LS6 2AB:12',
        'st:acaciaavenue:leeds',
      ]),
    );
  });

  it('gives no keys for missing values, and none at all for an empty record', () => {
    expect(blockingKeys(person({}))).toEqual([]);
    expect(blockingKeys(person({ familyName: 'Hall' }))).toEqual(['f:HL']);
  });

  it('brings together day and month swapped', () => {
    const swapped = person({ dateOfBirth: '2015-05-03' });
    expect(shareKey(person({ dateOfBirth: '2015-03-05' }), swapped)).toEqual(['dmy:2015-03-05']);
  });

  it('brings together an NHS number with one digit wrong, or two swapped', () => {
    expect(shareKey(person({ nhsNumber: '9434765919' }), person({ nhsNumber: '9434765910' }))).toEqual([
      'nhs1:943476591',
    ]);
    expect(shareKey(person({ nhsNumber: '9434765919' }), person({ nhsNumber: '4934765919' }))).toContain(
      'nhs1:934765919',
    );
  });

  it('brings together names the other way round, and a surname that sounds the same', () => {
    const hall = person({ givenNames: 'Hall', familyName: 'Isla', dateOfBirth: '2016-01-01' });
    expect(shareKey(isla, hall)).toContain('nm:AL|HL');
    const smyth = person({ givenNames: 'Ann', familyName: 'Smyth', dateOfBirth: '2015-09-09' });
    expect(shareKey(person({ givenNames: 'Ann', familyName: 'Smith', dateOfBirth: '2015-01-01' }), smyth)).toEqual(
      expect.arrayContaining(['gy:AN:2015', 'nm:AN|SM0']),
    );
  });

  it('leaves out one character at each position, once per distinct result', () => {
    expect(deletionVariants('123')).toEqual(['23', '13', '12']);
    expect(deletionVariants('112')).toEqual(['12', '11']);
  });

  it('limits single-name keys to rare names, other keys to 1000 records', () => {
    expect(bucketLimit('g:AL')).toBe(50);
    expect(bucketLimit('f:HL')).toBe(50);
    expect(bucketLimit('dob:20150305')).toBe(1000);
  });
});

describe('CandidateIndex', () => {
  it('finds the records that share a key, not the record itself', () => {
    const index = new CandidateIndex();
    const self = index.add(isla);
    const twin = index.add(person({ givenNames: 'Isla', familyName: 'Hall', dateOfBirth: '2015-05-03' }));
    index.add(person({ givenNames: 'Noah', familyName: 'Patel', dateOfBirth: '2012-01-01' }));
    expect([...index.candidates(isla, self)]).toEqual([twin]);
    expect(index.candidates(person({ nhsNumber: '9434765919' }))).toEqual(new Set([self]));
  });

  it('skips a key shared by more records than its limit', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 51; i++) index.add(person({ familyName: 'Smith' }));
    expect(index.candidates(person({ familyName: 'Smith' })).size).toBe(0);
    expect(index.candidates(person({ familyName: 'Smith', dateOfBirth: '2015-01-01' })).size).toBe(0);
    const stats = index.stats();
    // Smith has two sounds (SM0 and XMT), so two keys.
    expect(stats).toEqual([{ kind: 'f', keys: 2, largest: 51, mean: 51 }]);
  });
});
