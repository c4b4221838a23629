import { describe, expect, it } from 'vitest';
import {
  confirmationNote,
  consentToShareTag,
  describeCandidates,
  describeScope,
  groundInWords,
  listInWords,
  readActionInWords,
  whoLookedRole,
} from './sharing-words';

const youth = { id: '1', name: 'Leeds Youth Service' };
const gp = { id: '2', name: 'Woodhouse Medical Practice' };
const school = { id: '3', name: 'Parkside High School' };

describe('CO-3 scopes in words', () => {
  it('names the organisations of "only" and "all except"', () => {
    expect(describeScope({ kind: 'only', organisations: [youth] })).toBe(
      'Only the organisations named: Leeds Youth Service',
    );
    expect(describeScope({ kind: 'all_except', organisations: [youth, gp, school] })).toBe(
      'All services in the team except the organisations named: Leeds Youth Service, Woodhouse Medical Practice and Parkside High School',
    );
  });

  it('says "all" and "none" plainly', () => {
    expect(describeScope({ kind: 'all', organisations: [] })).toBe('All services in the Team Around the Child');
    expect(describeScope({ kind: 'none', organisations: [] })).toBe(
      'No services: additional information is not shared',
    );
  });

  it('joins lists as people write them', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
  });
});

describe('CO-4, CO-5 where consent stands', () => {
  it('tags each status in words, not colour alone', () => {
    expect(consentToShareTag('active')).toEqual({ text: 'Active', colour: 'green' });
    expect(consentToShareTag('awaiting_confirmation').text).toBe('Verbal, awaiting written confirmation');
    expect(consentToShareTag('lapsed').colour).toBe('red');
    expect(consentToShareTag('none').text).toBe('Not recorded');
  });

  it('says when verbal consent must be confirmed by, and that a lapsed one shares nothing', () => {
    expect(
      confirmationNote({ status: 'awaiting_confirmation', confirmationDueOn: '2026-05-15', confirmedOn: null }),
    ).toBe('Awaiting written confirmation: confirm by 15 May 2026');
    expect(confirmationNote({ status: 'lapsed', confirmationDueOn: '2026-05-15', confirmedOn: null })).toMatch(
      /^Not confirmed in writing by 15 May 2026\. Nothing is shared/,
    );
    expect(confirmationNote({ status: 'active', confirmationDueOn: '2026-05-15', confirmedOn: '2026-05-10' })).toBe(
      'Confirmed in writing on 10 May 2026',
    );
    expect(confirmationNote({ status: 'active', confirmationDueOn: null, confirmedOn: null })).toBeNull();
  });
});

describe('SH-5 who has looked, in words', () => {
  it('says what was done', () => {
    expect(readActionInWords('assessment.viewed')).toBe('Viewed the assessment');
    expect(readActionInWords('assessment.downloaded')).toBe('Downloaded a PDF of the assessment');
    expect(readActionInWords('child.viewed')).toBe("Viewed the child's record");
    expect(readActionInWords('child.exported')).toBe("Exported the child's record");
    expect(readActionInWords('sharing.viewed')).toBe('Viewed consent to share and the team');
    expect(readActionInWords('something.new')).toBe('Looked at the record');
    expect(readActionInWords('toString')).toBe('Looked at the record');
  });

  it('says on what ground, without ids', () => {
    expect(groundInWords('assessor')).toBe('Assessor');
    expect(groundInWords('co_assessor')).toBe('Co-assessor');
    expect(groundInWords('lead_professional')).toBe('Lead professional');
    expect(groundInWords('manager')).toBe('Manager');
    expect(groundInWords('family')).toBe('Family');
    expect(groundInWords('team:consent:7d3c9a1e-2b4f-4c6d-8e9f-0a1b2c3d4e5f')).toBe('Team member under consent');
    expect(groundInWords('team:without_consent:5e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b')).toBe(
      'Team member under a share without consent',
    );
    expect(groundInWords('role:practitioner')).toBe("Practitioner (the child's index record)");
    expect(groundInWords(null)).toBe('Not recorded');
    expect(groundInWords('constructor')).toBe('Not recorded');
  });
});

describe('SH-4 team candidates, read out after a search', () => {
  it('says how many were found and how many cannot join', () => {
    expect(describeCandidates([], 'Lee')).toBe('No practitioners found for ‘Lee’ who are not already in the team');
    expect(describeCandidates([{ allowed: true }], 'Lee')).toBe('1 practitioner found for ‘Lee’');
    expect(describeCandidates([{ allowed: false }], 'Lee')).toBe(
      '1 practitioner found for ‘Lee’. They cannot join under the family’s consent.',
    );
    expect(describeCandidates([{ allowed: true }, { allowed: false }, { allowed: false }], 'Lee')).toBe(
      '3 practitioners found for ‘Lee’. 2 of them cannot join under the family’s consent.',
    );
    expect(describeCandidates([{ allowed: false }, { allowed: false }], 'Lee')).toBe(
      '2 practitioners found for ‘Lee’. None of them can join under the family’s consent.',
    );
  });
});

describe('SH-5 who it was', () => {
  it('names their job and organisation, or their role', () => {
    expect(whoLookedRole({ role: 'practitioner', jobTitle: 'Youth Worker', organisation: 'Leeds Youth Service' })).toBe(
      'Youth Worker, Leeds Youth Service',
    );
    expect(whoLookedRole({ role: 'family_member', jobTitle: null, organisation: null })).toBe('Family member');
    expect(whoLookedRole({ role: null, jobTitle: ' ', organisation: null })).toBe('Not recorded');
  });
});
