import type { NormalisedPostcode } from '../normalise/postcode';
import { oneSlipApart } from '../strings';

export const postcodeLevels = ['exact', 'typo', 'sector', 'district', 'area', 'different'] as const;
export type PostcodeLevel = (typeof postcodeLevels)[number];

/**
 * Postcodes: the same; one character wrong or two swapped; the same sector ('LS6 2'), district
 * ('LS6') or area ('LS'); different. Codes that are not UK postcodes only reach the first two.
 */
export function comparePostcodes(a: NormalisedPostcode | null, b: NormalisedPostcode | null): PostcodeLevel | null {
  if (!a || !b) return null;
  if (a.full === b.full) return 'exact';
  if (oneSlipApart(a.full.replace(' ', ''), b.full.replace(' ', ''))) return 'typo';
  if (a.uk && b.uk) {
    if (a.uk.sector === b.uk.sector) return 'sector';
    if (a.uk.district === b.uk.district) return 'district';
    if (a.uk.area === b.uk.area) return 'area';
  }
  return 'different';
}
