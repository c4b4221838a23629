export type MatchSignals = {
  nameSimilarity: number;
  sameDateOfBirth: boolean;
  samePostcode: boolean;
  samePostcodeDistrict: boolean;
  sameNhsNumber: boolean;
  sameUpn: boolean;
};

export type MatchBand = 'strong' | 'possible';

/** Why a record came back, in words a practitioner can check against what they know. */
export function describeMatch(s: MatchSignals): { reasons: string[]; band: MatchBand } {
  const reasons: string[] = [];
  if (s.sameNhsNumber) reasons.push('Same NHS number');
  if (s.sameUpn) reasons.push('Same unique pupil number');
  if (s.nameSimilarity >= 0.999) reasons.push('Same name');
  else if (s.nameSimilarity >= 0.3) reasons.push(`Similar name (${Math.round(s.nameSimilarity * 100)}% alike)`);
  if (s.sameDateOfBirth) reasons.push('Same date of birth');
  if (s.samePostcode) reasons.push('Same postcode');
  else if (s.samePostcodeDistrict) reasons.push('Same postcode area');
  const strong = s.sameNhsNumber || s.sameUpn || (s.sameDateOfBirth && s.nameSimilarity >= 0.6);
  return { reasons, band: strong ? 'strong' : 'possible' };
}
