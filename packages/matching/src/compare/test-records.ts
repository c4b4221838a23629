import { type NormalisedRecord, normaliseRecord, type PersonRecord } from '../normalise/record';

let next = 0;

/** A normalised record from a few fields, for comparison tests. */
export function person(fields: Omit<PersonRecord, 'id'>): NormalisedRecord {
  next++;
  return normaliseRecord({ id: `t${next}`, ...fields });
}
