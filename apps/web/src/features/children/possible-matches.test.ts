import { describe, expect, it } from 'vitest';
import { possibleMatchesFrom } from './possible-matches';

describe('possibleMatchesFrom', () => {
  it('reads the matches the server sent', () => {
    expect(
      possibleMatchesFrom({
        matches: [
          {
            id: 'a',
            name: 'Amelia Jones',
            dateOfBirth: '2015-04-03',
            postcode: null,
            reasons: ['Same name', 3],
            band: 'strong',
          },
          { name: 'no id' },
        ],
      }),
    ).toEqual([
      {
        id: 'a',
        name: 'Amelia Jones',
        dateOfBirth: '2015-04-03',
        expectedDateOfDelivery: null,
        postcode: null,
        nhsNumber: null,
        reasons: ['Same name'],
        band: 'strong',
      },
    ]);
  });

  it('copes with anything else', () => {
    expect(possibleMatchesFrom(undefined)).toEqual([]);
    expect(possibleMatchesFrom({ matches: 'x' })).toEqual([]);
  });
});
