/**
 * Data each test makes for itself: unique names (letters only, as a name with digits is refused),
 * dates of birth and valid NHS numbers, so tests never depend on each other or on their order.
 */

const lowercase = 'abcdefghijklmnopqrstuvwxyz';
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** A capitalised made-up word such as 'Qovatren': unlikely to resemble any other name. */
export function uniqueWord(length = 8): string {
  let word = '';
  for (let i = 0; i < length; i++) word += lowercase.charAt(randomInt(0, lowercase.length - 1));
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A valid NHS number (modulus 11) in the 999 range, which the NHS never issues. */
export function uniqueNhsNumber(): string {
  for (;;) {
    let nine = '999';
    while (nine.length < 9) nine += String(randomInt(0, 9));
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine.charAt(i)) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${nine}${check === 11 ? 0 : check}`;
  }
}

/** '9991234567' as the app shows it: '999 123 4567'. */
export function spacedNhsNumber(nhsNumber: string): string {
  return `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;
}

export type DateParts = { day: number; month: number; year: number };

/** A school-age date of birth; the day stays below 13 only by chance, as in real data. */
export function randomDateOfBirth(): DateParts {
  return { day: randomInt(1, 28), month: randomInt(1, 12), year: randomInt(2011, 2021) };
}

/** As the app writes dates: '3 August 2023'. */
export function longDate({ day, month, year }: DateParts): string {
  return `${day} ${months[month - 1] ?? ''} ${year}`;
}

export function isoDate({ day, month, year }: DateParts): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type TestChild = {
  givenNames: string;
  familyName: string;
  dateOfBirth: DateParts;
  /** Ten digits, or '' for none. */
  nhsNumber: string;
};

export function fullName(child: Pick<TestChild, 'givenNames' | 'familyName'>): string {
  return `${child.givenNames} ${child.familyName}`;
}

export function newTestChild(overrides: Partial<TestChild> = {}): TestChild {
  return {
    givenNames: uniqueWord(),
    familyName: uniqueWord(),
    dateOfBirth: randomDateOfBirth(),
    nhsNumber: uniqueNhsNumber(),
    ...overrides,
  };
}

/** The same child with one letter of the given name changed, as a typo would make it. */
export function withOneLetterChanged(child: TestChild): TestChild {
  const name = child.givenNames;
  const last = name.charAt(name.length - 1);
  const replacement = last === 'a' ? 'e' : 'a';
  return { ...child, givenNames: `${name.slice(0, -1)}${replacement}` };
}

/**
 * A demo family name (packages/db's seeded synthetic children): the most common one, so a search
 * for it finds several children.
 */
export const DEMO_FAMILY_NAME = 'Wilson';
