import { describe, expect, it } from 'vitest';
import { DataFormatError, detectFormat, dsgenEntity, febrlEntity, parseDataSet, parseLabels } from './formats';
import { pairKey, pairMetrics, quantile, truthPairs } from './metrics';

const febrl = `rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id
rec-223-org, , waller, 6, tullaroop street, willaroo, st james, 4011, wa, 19081209, 6988048
rec-223-dup-0, jan, waller, 6, tullaroop st, willaroo, st james, 4011, wa, 19081209, 6988048
`;
const dsgen = `rec_id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,date_of_birth,age,phone_number,soc_sec_id,blocking_number
1491,elle,lee,2,ellerston avenue,rosedale,epping,7000,nsw,19162429,32,03 51056140,7478073,4
1490,elle,lee,2,ellerston avenue,,epping,7000,nsw,19160429,32,03 51056140,7478073,9
`;
const splink = `unique_id,first_name,surname,dob,city,email,cluster
0,Robert,Alan,1971-06-24,,robert255@smith.net,0
1,Robert,Allen,1971-05-24,,roberta25@smith.net,0
2,Grace,,1997-04-26,Hull,grace.kelly52@jones.com,1
`;

describe('data set formats', () => {
  it('detects each format from its header', () => {
    expect(parseDataSet(febrl).format).toBe('febrl');
    expect(parseDataSet(dsgen).format).toBe('febrl-dsgen');
    expect(parseDataSet(splink).format).toBe('splink');
    expect(() => detectFormat(['id', 'name'])).toThrow(DataFormatError);
    expect(() => parseDataSet('unique_id,first_name\n')).toThrow(DataFormatError);
  });

  it('reads Febrl, trimming the space after each comma, empty as missing', () => {
    const { records } = parseDataSet(febrl);
    expect(records[0]).toEqual({
      entity: '223',
      record: {
        id: 'rec-223-org',
        givenNames: null,
        familyName: 'waller',
        dateOfBirth: '19081209',
        houseNumber: '6',
        street: 'tullaroop street',
        locality: 'willaroo',
        town: 'st james',
        postcode: '4011',
        nhsNumber: '6988048',
        phone: null,
      },
    });
    expect(records[1]?.entity).toBe('223');
  });

  it('reads the Febrl generator format: person = floor(rec_id / 10), blocking_number ignored', () => {
    const { records } = parseDataSet(dsgen);
    expect(records.map((r) => r.entity)).toEqual(['149', '149']);
    expect(records[0]?.record.phone).toBe('03 51056140');
    expect(JSON.stringify(records)).not.toContain('"4"');
  });

  it('reads Splink: person = cluster', () => {
    const { records } = parseDataSet(splink);
    expect(records.map((r) => r.entity)).toEqual(['0', '0', '1']);
    expect(records[2]?.record).toEqual({
      id: '2',
      givenNames: 'Grace',
      familyName: null,
      dateOfBirth: '1997-04-26',
      town: 'Hull',
      email: 'grace.kelly52@jones.com',
    });
  });

  it('derives the person from record ids, refusing ids of the wrong shape', () => {
    expect(febrlEntity('rec-12-dup-3')).toBe('12');
    expect(febrlEntity('rec-12-org')).toBe('12');
    expect(() => febrlEntity('12')).toThrow(DataFormatError);
    expect(dsgenEntity('40179')).toBe('4017');
    expect(() => dsgenEntity('x')).toThrow(DataFormatError);
  });

  it('reads Splink reviewed labels', () => {
    const labels =
      'unique_id_l,source_dataset_l,unique_id_r,source_dataset_r,clerical_match_score\n0,f,1,f,1.0\n0,f,2,f,0.0\n';
    expect(parseLabels(labels)).toEqual([
      { left: '0', right: '1', match: true },
      { left: '0', right: '2', match: false },
    ]);
  });
});

describe('pair metrics', () => {
  it('derives every pair within each person', () => {
    const truth = truthPairs(['a', 'b', 'a', 'a']);
    expect([...truth].sort((x, y) => x - y)).toEqual(
      [pairKey(0, 2, 4), pairKey(0, 3, 4), pairKey(2, 3, 4)].sort((x, y) => x - y),
    );
    expect(pairKey(3, 1, 4)).toBe(pairKey(1, 3, 4));
  });

  it('computes precision, recall and F1', () => {
    const truth = new Set([1, 2, 3, 4]);
    expect(pairMetrics([1, 2, 9], truth)).toEqual({
      predicted: 3,
      truePositives: 2,
      precision: 2 / 3,
      recall: 0.5,
      f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5),
    });
    expect(pairMetrics([], new Set())).toMatchObject({ precision: 1, recall: 1 });
  });

  it('takes quantiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBe(0);
  });
});

describe('unreadable files', () => {
  it('reports a file that is not CSV as a format error', () => {
    expect(() => parseDataSet('{\n  "name": "x"\n}\n')).toThrow(DataFormatError);
  });
});
