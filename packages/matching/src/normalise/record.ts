import { type NormalisedDate, normaliseDate } from './dates';
import {
  normaliseDigits,
  normaliseEmail,
  normaliseHouseNumber,
  normalisePhone,
  normalisePlace,
  normaliseSex,
  normaliseUpn,
  type Sex,
} from './identifiers';
import { type NormalisedName, normaliseName } from './names';
import { type NormalisedPostcode, normalisePostcode } from './postcode';
import { cleanWords } from './text';

/**
 * A person as the child index holds them. Every field but the id may be missing: missing
 * values count neither for nor against a match.
 */
export type PersonRecord = {
  id: string;
  /** First and middle names as entered ('Mary-Jane', 'Mary Jane Louise'). */
  givenNames?: string | null;
  familyName?: string | null;
  /** ISO ('2010-03-05'), compact ('20100305') or British ('05/03/2010'). */
  dateOfBirth?: string | null;
  sex?: string | null;
  postcode?: string | null;
  /** House number; when absent, a number at the start of `street` is taken ('12 Acacia Avenue'). */
  houseNumber?: string | null;
  /** The street line of the address. */
  street?: string | null;
  /** A second address line: a building, estate or village. */
  locality?: string | null;
  town?: string | null;
  nhsNumber?: string | null;
  /** DfE unique pupil number. */
  upn?: string | null;
  school?: string | null;
  email?: string | null;
  phone?: string | null;
};

export type NormalisedRecord = {
  id: string;
  given: NormalisedName | null;
  family: NormalisedName | null;
  dob: NormalisedDate | null;
  sex: Sex | null;
  postcode: NormalisedPostcode | null;
  houseNumber: string | null;
  street: string | null;
  locality: string | null;
  town: string | null;
  nhsNumber: string | null;
  upn: string | null;
  school: string | null;
  email: string | null;
  phone: string | null;
};

const leadingNumber = /^(\d+[a-z]?)\s+(.*)$/;

export function normaliseRecord(record: PersonRecord): NormalisedRecord {
  let houseNumber = normaliseHouseNumber(record.houseNumber);
  let street = record.street ?? null;
  if (street !== null) {
    const split = leadingNumber.exec(cleanWords(street));
    if (split) {
      houseNumber ??= split[1] ?? null;
      street = split[2] ?? null;
    }
  }
  return {
    id: record.id,
    given: normaliseName(record.givenNames),
    family: normaliseName(record.familyName),
    dob: normaliseDate(record.dateOfBirth),
    sex: normaliseSex(record.sex),
    postcode: normalisePostcode(record.postcode),
    houseNumber,
    street: normalisePlace(street),
    locality: normalisePlace(record.locality),
    town: normalisePlace(record.town),
    nhsNumber: normaliseDigits(record.nhsNumber),
    upn: normaliseUpn(record.upn),
    school: normalisePlace(record.school),
    email: normaliseEmail(record.email),
    phone: normalisePhone(record.phone),
  };
}
