import { seededRandom } from '../model/random';
import type { PersonRecord } from '../normalise/record';

/**
 * Synthetic children for tests: UK-shaped names, postcodes and NHS-style numbers, and
 * duplicates carrying the slips practitioners make (a typo, a nickname, day and month swapped,
 * a missing value). No real person: the names are common, the numbers random.
 */
const givenNames = [
  'william',
  'elizabeth',
  'thomas',
  'olivia',
  'james',
  'amelia',
  'jack',
  'isla',
  'harry',
  'ava',
  'oscar',
  'mia',
  'george',
  'grace',
  'noah',
  'freya',
  'leo',
  'lily',
  'arthur',
  'ella',
  'muhammad',
  'emily',
  'henry',
  'sophia',
  'alfie',
  'poppy',
  'charlie',
  'evie',
  'jacob',
  'ruby',
];
const nicknames: Record<string, string> = {
  william: 'bill',
  elizabeth: 'beth',
  thomas: 'tom',
  james: 'jim',
  henry: 'harry',
};
const surnames = [
  'smith',
  'jones',
  'taylor',
  'brown',
  'williams',
  'wilson',
  'johnson',
  'davies',
  'patel',
  'wright',
  'robinson',
  'thompson',
  'evans',
  'walker',
  'white',
  'roberts',
  'green',
  'hall',
  'wood',
  'clarke',
  'okafor',
  'kowalski',
  'nguyen',
  'obrien',
  'macdonald',
  'hughes',
  'edwards',
  'khan',
  'lewis',
  'hill',
];
const postcodes = [
  'LS6 2AB',
  'LS6 3DT',
  'LS7 1AA',
  'M14 5RL',
  'M1 1AE',
  'BS1 4DJ',
  'SW1A 1AA',
  'CF10 1EP',
  'NE1 7RU',
  'B15 2TT',
];

export type SyntheticChild = { record: PersonRecord; person: number };

export function syntheticChildren(options: { people: number; duplicateRate: number; seed: number }): SyntheticChild[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(random() * 10)).join('');
  const children: SyntheticChild[] = [];
  for (let person = 0; person < options.people; person++) {
    const year = 2008 + Math.floor(random() * 16);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const original: PersonRecord = {
      id: `${person}-0`,
      givenNames: pick(givenNames),
      familyName: pick(surnames),
      dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      sex: random() < 0.5 ? 'F' : 'M',
      postcode: pick(postcodes),
      nhsNumber: random() < 0.7 ? `9${digits(9)}` : null,
    };
    children.push({ record: original, person });
    if (random() < options.duplicateRate) {
      children.push({ record: corrupt({ ...original, id: `${person}-1` }, random), person });
    }
  }
  return children;
}

function corrupt(record: PersonRecord, random: () => number): PersonRecord {
  const slip = Math.floor(random() * 6);
  const given = record.givenNames ?? '';
  const family = record.familyName ?? '';
  switch (slip) {
    case 0:
      return { ...record, familyName: `${family.slice(0, 2)}${family.slice(3)}` };
    case 1:
      return { ...record, givenNames: nicknames[given] ?? `${given}e` };
    case 2: {
      // Written the American way round and read as British: day and month swapped.
      const [y, m, d] = (record.dateOfBirth ?? '').split('-');
      return { ...record, dateOfBirth: `${m}/${d}/${y}` };
    }
    case 3:
      return { ...record, postcode: null, nhsNumber: null };
    case 4:
      return { ...record, givenNames: family, familyName: given };
    default:
      return { ...record, givenNames: given.toUpperCase(), familyName: `${family.toUpperCase()}-Hall` };
  }
}
