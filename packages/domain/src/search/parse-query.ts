import { z } from 'zod';
import { isOutwardCode, normaliseNhsNumber, normalisePostcode, normaliseUpn } from '../child/identifiers';
import { isoDateFrom } from '../dates/iso-date';

/**
 * "Find a child" has one box (SH-3): practitioners paste whatever they have — a name, a date of
 * birth from a referral letter, an NHS number from a GP letter. This splits it into the parts
 * the index can look up exactly, leaving the rest as name terms.
 */
export type ChildQuery = {
  /** Lowercased words that are not recognised as anything else. */
  nameTerms: string[];
  /** ISO date. */
  dateOfBirth?: string;
  /** A full postcode, normalised ('LS6 2AB'). */
  postcode?: string;
  /** An outward code on its own ('LS6'), only when no full postcode was given. */
  postcodeOutward?: string;
  /** Ten digits, not checked against the modulus 11 rule: a mistyped number simply finds nothing. */
  nhsNumber?: string;
  upn?: string;
};

export const childSearchInputSchema = z.object({
  query: z.string().trim().min(2, 'Enter at least 2 characters').max(200, 'Enter 200 characters or fewer'),
});
export type ChildSearchInput = z.infer<typeof childSearchInputSchema>;

const monthNumbers: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const writtenDate =
  /(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)?\s+(january|february|march|april|may|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?,?\s+(\d{4}|\d{2})(?!\d)/iu;
const spacedNhsNumber = /(?<!\d)\d{3}[ -]\d{3}[ -]\d{4}(?!\d)/;
const spacedPostcode = /(?<![\p{L}\d])([A-Z]{1,2}\d[A-Z\d]?)\s+(\d[A-Z]{2})(?![\p{L}\d])/iu;
const numericDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const upnShape = /^[A-Z]\d{11}[A-Z\d]$/i;

/**
 * Two-digit years are read as this century unless that would be after `today`'s year: the
 * people in the index are children and young people, so '03' is 2003, not 1903.
 */
function fullYear(year: string, today: string | undefined): number {
  if (year.length === 4) return Number(year);
  const candidate = 2000 + Number(year);
  const thisYear = today ? Number(today.slice(0, 4)) : Number.POSITIVE_INFINITY;
  return candidate > thisYear ? candidate - 100 : candidate;
}

/**
 * @param today ISO date, used only to place two-digit years; without it they are 20xx.
 */
export function parseChildQuery(text: string, today?: string): ChildQuery {
  const result: ChildQuery = { nameTerms: [] };
  let rest = ` ${text.normalize('NFC').replace(/[‘’`]/g, "'")} `;

  // Patterns that span spaces go first, and are cut out so their parts are not read as names.
  const written = writtenDate.exec(rest);
  if (written) {
    const [match, day = '', monthName = '', year = ''] = written;
    const date = isoDateFrom(
      fullYear(year, today),
      monthNumbers[monthName.slice(0, 3).toLowerCase()] ?? 0,
      Number(day),
    );
    if (date) result.dateOfBirth = date;
    rest = rest.replace(match, ' ');
  }
  const nhs = spacedNhsNumber.exec(rest);
  if (nhs) {
    result.nhsNumber = normaliseNhsNumber(nhs[0]);
    rest = rest.replace(nhs[0], ' ');
  }
  const postcode = spacedPostcode.exec(rest);
  if (postcode) {
    const normalised = normalisePostcode(postcode[0]);
    if (normalised) {
      result.postcode = normalised;
      rest = rest.replace(postcode[0], ' ');
    }
  }

  for (const raw of rest.split(/[\s,;]+/)) {
    const token = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    if (token === '') continue;

    if (/^\d{10}$/.test(token)) {
      result.nhsNumber ??= token;
      continue;
    }
    if (upnShape.test(token)) {
      result.upn ??= normaliseUpn(token);
      continue;
    }
    const iso = isoDate.exec(token);
    const dmy = iso ? null : numericDate.exec(token);
    if (iso || dmy) {
      // A date-like token that is not a real date (31/02/2015) is dropped rather than searched as a name.
      const date = iso
        ? isoDateFrom(Number(iso[1]), Number(iso[2]), Number(iso[3]))
        : isoDateFrom(fullYear(dmy?.[3] ?? '', today), Number(dmy?.[2]), Number(dmy?.[1]));
      if (date) result.dateOfBirth ??= date;
      continue;
    }
    const fullPostcode = normalisePostcode(token);
    if (fullPostcode) {
      result.postcode ??= fullPostcode;
      continue;
    }
    if (isOutwardCode(token)) {
      result.postcodeOutward ??= token.toUpperCase();
      continue;
    }
    // No name has digits in it: a stray house number would only stop every name from matching.
    if (/\d/.test(token)) continue;

    const term = token.toLowerCase();
    if (!result.nameTerms.includes(term)) result.nameTerms.push(term);
  }

  if (result.postcode) delete result.postcodeOutward;
  return result;
}
