export type NormalisedPostcode = {
  /** The whole code: 'LS6 2AB' for a UK postcode, otherwise the letters and digits in capitals ('4011'). */
  full: string;
  /** The parts of a UK postcode; null for anything else (a foreign or partial code). */
  uk: { area: string; district: string; sector: string } | null;
};

const ukPostcode = /^([A-Z]{1,2})(\d[A-Z\d]?)(\d)([A-Z]{2})$/;

/**
 * UK postcodes in any spacing or case ('ls62ab', 'LS6  2AB') split into area ('LS'), district
 * ('LS6'), sector ('LS6 2') and the full code ('LS6 2AB'). Other codes are kept whole.
 */
export function normalisePostcode(raw: string | null | undefined): NormalisedPostcode | null {
  if (raw === null || raw === undefined) return null;
  const compact = raw.toUpperCase().replace(/[^A-Z\d]/g, '');
  if (compact === '') return null;
  const match = ukPostcode.exec(compact);
  if (!match) return { full: compact, uk: null };
  const [, area = '', districtPart = '', sectorDigit = '', unit = ''] = match;
  const district = `${area}${districtPart}`;
  return {
    full: `${district} ${sectorDigit}${unit}`,
    uk: { area, district, sector: `${district} ${sectorDigit}` },
  };
}
