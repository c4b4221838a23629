/**
 * Identifiers a practitioner types in from letters, school records and red books. Each comes
 * with a check character, so a mistyped number is caught at entry instead of creating a
 * second record for the same child (CH-2, CH-3).
 */

/** Removes the spaces and dashes people type or copy ('943 476 5919', '943-476-5919'). */
export function normaliseNhsNumber(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** NHS modulus 11: weights 10 down to 2 on the first nine digits; 11 means 0, 10 is never issued. */
function nhsCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** The 3-3-4 grouping the NHS uses on letters and cards; anything not 10 digits is returned as given. */
export function formatNhsNumber(value: string): string {
  const digits = normaliseNhsNumber(value);
  if (!/^\d{10}$/.test(digits)) return value;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/**
 * A valid NHS number for synthetic data. By default it starts with 999, a range the NHS keeps
 * for testing and never issues, so seed data can never be a real person's number.
 */
export function generateValidNhsNumber(rng: () => number, options: { testRange?: boolean } = {}): string {
  const prefix = options.testRange === false ? '' : '999';
  for (;;) {
    let nine = prefix;
    while (nine.length < 9) nine += String(Math.floor(rng() * 10) % 10);
    const check = nhsCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
}

/**
 * DfE unique pupil number. The check letters leave out I, O and S, which are too easily read as
 * 1, 0 and 5; the same 23 letters stand for 0–22 when a temporary UPN ends in a letter.
 */
const upnLetters = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function upnCharValue(char: string): number | null {
  if (/^\d$/.test(char)) return Number(char);
  const index = upnLetters.indexOf(char);
  return index === -1 ? null : index;
}

/**
 * The check letter for the 12 characters after it: each multiplied by its position (2 to 13),
 * summed, and the remainder on division by 23 picks the letter. Null if the characters are not
 * a UPN body (11 digits, then a digit or, for a temporary UPN, a letter).
 */
export function upnCheckLetter(twelveChars: string): string | null {
  const body = twelveChars.toUpperCase();
  if (!/^\d{11}[0-9A-HJ-NP-RT-Z]$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const value = upnCharValue(body.charAt(i));
    if (value === null) return null;
    sum += value * (i + 2);
  }
  return upnLetters.charAt(sum % 23);
}

export function normaliseUpn(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

/** Permanent UPNs end in a digit; temporary ones (issued when a permanent one is unknown) in a letter. */
export function isValidUpn(value: string): boolean {
  const upn = normaliseUpn(value);
  if (upn.length !== 13) return false;
  return upnCheckLetter(upn.slice(1)) === upn.charAt(0);
}

// A few real LA numbers, so synthetic UPNs look like the ones schools hold.
const sampleLaNumbers = ['383', '330', '352', '202', '873', '919'];

/**
 * A valid permanent UPN for synthetic data: LA number (3 digits), DfE establishment number
 * (4), year of allocation (2), serial (3), as DfE lays them out.
 */
export function generateValidUpn(rng: () => number): string {
  const digits = (count: number) => {
    let out = '';
    while (out.length < count) out += String(Math.floor(rng() * 10) % 10);
    return out;
  };
  const la = sampleLaNumbers[Math.floor(rng() * sampleLaNumbers.length) % sampleLaNumbers.length] ?? '383';
  const body = `${la}${digits(4)}${digits(2)}${digits(3)}`;
  return `${upnCheckLetter(body) ?? 'A'}${body}`;
}

/**
 * The shape of a UK postcode: an outward code (area letters, district number, optional letter or
 * digit) and an inward code (sector digit and two letters). A shape check only: it does not
 * prove the postcode exists.
 */
const postcodePattern = /^([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})$/;
const outwardCodePattern = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** 'ls62ab' → 'LS6 2AB'; null if it is not the shape of a UK postcode. */
export function normalisePostcode(value: string): string | null {
  const compact = value.replace(/\s/g, '').toUpperCase();
  const match = postcodePattern.exec(compact);
  if (!match) return null;
  return `${match[1]} ${match[2]}`;
}

export function isOutwardCode(value: string): boolean {
  return outwardCodePattern.test(value.trim().toUpperCase());
}

export type PostcodeParts = { area: string; district: string; sector: string; full: string };

/** 'LS6 2AB' → area 'LS', district 'LS6', sector 'LS6 2': the levels search widens through. */
export function postcodeParts(postcode: string): PostcodeParts | null {
  const full = normalisePostcode(postcode);
  if (full === null) return null;
  const [district = '', inward = ''] = full.split(' ');
  const area = district.replace(/\d.*$/, '');
  return { area, district, sector: `${district} ${inward.charAt(0)}`, full };
}
