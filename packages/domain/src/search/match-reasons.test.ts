import { describe, expect, it } from 'vitest';
import { describeMatch } from './match-reasons';

const none = {
  nameSimilarity: 0,
  sameDateOfBirth: false,
  samePostcode: false,
  samePostcodeDistrict: false,
  sameNhsNumber: false,
  sameUpn: false,
};

describe('describeMatch', () => {
  it('explains an identifier match as strong', () => {
    expect(describeMatch({ ...none, sameNhsNumber: true })).toEqual({ reasons: ['Same NHS number'], band: 'strong' });
  });

  it('explains a similar name with the same date of birth as strong', () => {
    const m = describeMatch({ ...none, nameSimilarity: 0.72, sameDateOfBirth: true });
    expect(m.band).toBe('strong');
    expect(m.reasons).toEqual(['Similar name (72% alike)', 'Same date of birth']);
  });

  it('calls a similar name at the same postcode possible, not strong', () => {
    expect(describeMatch({ ...none, nameSimilarity: 0.8, samePostcode: true }).band).toBe('possible');
  });
});
