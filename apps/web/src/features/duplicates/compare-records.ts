import { formatDate, formatNhsNumber } from '@ecaf/domain';
import { asListItem } from '../children/child-labels';
import type { DuplicatePairView, SideBySideChild } from './duplicates-data';
import { cafsText } from './duplicates-words';

type Field = DuplicatePairView['pair']['fields'][number];

export type ComparisonRow = {
  key: string;
  label: string;
  a: string;
  b: string;
  /** What the matching engine found comparing them, in words ('Bill is a nickname of William'). */
  found: string[];
};

const NOT_RECORDED = 'Not recorded';
/** A detail the engine compared that the side-by-side view does not hold (an email address, say). */
const NOT_SHOWN = 'Not shown';

function text(value: string | null | undefined): string {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? NOT_RECORDED : trimmed;
}

const sexWords: Record<string, string> = {
  male: 'Male',
  female: 'Female',
  unknown: 'Not known',
  prefer_not_to_say: 'Prefer not to say',
};

/**
 * The rows of the side-by-side table: each detail of both records, and what the engine made of
 * the comparison (the engine's fields: `givenName`, `familyName`, `dateOfBirth`, `sex`,
 * `postcode`, the address's `houseNumber`, `street`, `locality` and `town`, `nhsNumber`, `upn`,
 * `school`, `phone`).
 */
const rowsSpec: ReadonlyArray<{
  key: string;
  label: string;
  value: (child: SideBySideChild) => string;
  fields: readonly string[];
}> = [
  { key: 'givenNames', label: 'Given names', value: (c) => text(c.givenNames), fields: ['givenName'] },
  { key: 'familyName', label: 'Family name', value: (c) => text(c.familyName), fields: ['familyName'] },
  {
    key: 'dateOfBirth',
    label: 'Date of birth',
    value: (c) => (c.dateOfBirth ? formatDate(c.dateOfBirth) : NOT_RECORDED),
    fields: ['dateOfBirth'],
  },
  { key: 'sex', label: 'Sex', value: (c) => sexWords[c.sex] ?? text(c.sex), fields: ['sex'] },
  {
    key: 'address',
    label: 'Address',
    value: (c) => text(c.address),
    fields: ['houseNumber', 'street', 'locality', 'town'],
  },
  { key: 'postcode', label: 'Postcode', value: (c) => text(c.postcode), fields: ['postcode'] },
  { key: 'telephone', label: 'Telephone', value: (c) => text(c.telephone), fields: ['phone'] },
  {
    key: 'nhsNumber',
    label: 'NHS number',
    value: (c) => (c.nhsNumber ? formatNhsNumber(c.nhsNumber) : NOT_RECORDED),
    fields: ['nhsNumber'],
  },
  { key: 'upn', label: 'Unique pupil number (UPN)', value: (c) => text(c.upn), fields: ['upn'] },
  { key: 'schoolName', label: 'School or setting', value: (c) => text(c.schoolName), fields: ['school'] },
  { key: 'cafs', label: 'CAFs', value: cafsText, fields: [] },
  {
    key: 'parentsAndCarers',
    label: 'Parents and carers',
    value: (c) => (c.parentsAndCarers === 0 ? 'None recorded' : String(c.parentsAndCarers)),
    fields: [],
  },
];

export function comparisonRows(a: SideBySideChild, b: SideBySideChild, fields: readonly Field[]): ComparisonRow[] {
  const compared = new Set<string>();
  const rows = rowsSpec.map((spec) => {
    const found = fields.filter((f) => spec.fields.includes(f.field));
    for (const f of found) compared.add(f.field);
    return {
      key: spec.key,
      label: spec.label,
      a: spec.value(a),
      b: spec.value(b),
      found: found.map((f) => asListItem(f.description)),
    };
  });
  // Anything else the engine compared (an email address, say) still gets a row, with what it found.
  for (const f of fields) {
    if (compared.has(f.field)) continue;
    rows.push({
      key: `field-${f.field}`,
      label: asListItem(f.label),
      a: NOT_SHOWN,
      b: NOT_SHOWN,
      found: [asListItem(f.description)],
    });
  }
  return rows;
}
