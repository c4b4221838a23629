import { describe, expect, it } from 'vitest';
import { describeGround, describeRead } from './child-record-export';

describe('the access log in words (SH-5)', () => {
  it('says what each read was', () => {
    expect(describeRead('assessment.viewed', { version: 2 })).toBe('Viewed version 2 of the assessment');
    expect(describeRead('assessment.viewed', { version: 1, format: 'print' })).toBe(
      'Viewed version 1 of the assessment to print',
    );
    expect(describeRead('assessment.viewed', { versions: [1, 2], comparison: true })).toBe(
      'Compared versions 1 and 2 of the assessment',
    );
    expect(describeRead('assessment.downloaded', { version: 3, format: 'pdf' })).toBe(
      'Downloaded version 3 of the assessment as a PDF',
    );
    expect(describeRead('child.viewed', null)).toBe("Viewed the child's record");
    expect(describeRead('child.exported', { format: 'pdf' })).toBe('Exported the whole record as a PDF');
    expect(describeRead('sharing.viewed', null)).toBe('Viewed consent and sharing');
    expect(describeRead('family.episode_viewed', null)).toBe('Viewed the CAF in the family view');
    // An action added later is still listed, as recorded.
    expect(describeRead('plan.viewed', null)).toBe('plan.viewed');
  });

  it('says on which ground, keeping anything it does not know as recorded', () => {
    expect(describeGround('assessor')).toBe('Assessor');
    expect(describeGround('manager')).toBe('Manager in the local authority');
    expect(describeGround('team:consent:0f6b')).toBe('Team Around the Child member, under the consent to share');
    expect(describeGround('team:without_consent:9a1c')).toBe(
      'Team Around the Child member, on a share without consent',
    );
    expect(describeGround('role:family_member')).toBe('Their role (family member)');
    expect(describeGround(null)).toBe('Not recorded');
    expect(describeGround('something_new')).toBe('something_new');
  });
});
