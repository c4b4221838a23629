import { describe, expect, it } from 'vitest';
import { possibleMatchesFrom } from './possible-matches';

describe('possibleMatchesFrom', () => {
  it('reads the matches the server sent, with their band and explanation', () => {
    expect(
      possibleMatchesFrom({
        matches: [
          {
            id: 'a',
            name: 'William Smyth',
            dateOfBirth: '2015-04-03',
            postcode: null,
            hasOpenEpisode: true,
            band: 'likely',
            probability: 0.93,
            explanation: 'same date of birth; Bill is a nickname of William — but different postcodes',
            reasons: ['same date of birth', 'Bill is a nickname of William', 3],
            against: ['different postcodes'],
          },
          { name: 'no id' },
        ],
      }),
    ).toEqual([
      {
        id: 'a',
        name: 'William Smyth',
        dateOfBirth: '2015-04-03',
        expectedDateOfDelivery: null,
        postcode: null,
        nhsNumber: null,
        hasOpenEpisode: true,
        band: 'likely',
        probability: 0.93,
        explanation: 'same date of birth; Bill is a nickname of William — but different postcodes',
        reasons: ['same date of birth', 'Bill is a nickname of William'],
        against: ['different postcodes'],
      },
    ]);
  });

  it('reads an unknown band (the old "strong", say) as possible, and missing lists as empty', () => {
    const [match] = possibleMatchesFrom({ matches: [{ id: 'b', name: 'Amelia Jones', band: 'strong' }] });
    expect(match).toMatchObject({
      band: 'possible',
      probability: 0,
      explanation: '',
      reasons: [],
      against: [],
      hasOpenEpisode: false,
    });
  });

  it('copes with anything else', () => {
    expect(possibleMatchesFrom(undefined)).toEqual([]);
    expect(possibleMatchesFrom({ matches: 'x' })).toEqual([]);
    expect(possibleMatchesFrom({ matches: [null, 'x', { id: 1, name: 'n' }] })).toEqual([]);
  });
});
