import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles';
import {
  type ConsentToShareRecord,
  type ConsentToShareState,
  consentToShareState,
  type ShareScope,
} from '../consent/consent-to-share';
import {
  type AccessGround,
  canExportChildRecord,
  decideEpisodeAccess,
  type EpisodeAccess,
  type EpisodeAsk,
  type EpisodeRelationships,
  groundLabel,
  type Viewer,
} from './access-policy';

/**
 * One episode with everyone who might ask about it. The consent shares basic information with
 * every organisation except the police, and the sensitive elements only with health and school.
 */

const authorityId = 'authority-north';
const otherAuthorityId = 'authority-south';
const org = {
  school: 'org-school',
  health: 'org-health',
  youth: 'org-youth-service',
  police: 'org-police',
  housing: 'org-housing',
} as const;

const scope = (kind: ShareScope['kind'], ...organisationIds: string[]): ShareScope => ({ kind, organisationIds });

const consent: ConsentToShareState = {
  status: 'active',
  consentId: 'consent-1',
  basicScope: scope('all_except', org.police),
  additionalScope: scope('only', org.health, org.school),
};

const episode: EpisodeRelationships = {
  authorityId,
  assessors: [
    { userId: 'assessor', role: 'assessor' },
    { userId: 'co-assessor', role: 'co_assessor' },
  ],
  leadProfessionalUserId: 'lead',
  team: [
    { userId: 'lead', organisationId: org.health, basis: 'consent' },
    { userId: 'nurse', organisationId: org.health, basis: 'consent' },
    { userId: 'youth-worker', organisationId: org.youth, basis: 'consent' },
    // Joined under an earlier consent; the standing one excludes the police.
    { userId: 'officer', organisationId: org.police, basis: 'consent' },
    {
      userId: 'housing-officer',
      organisationId: org.housing,
      basis: 'without_consent',
      shareId: 'share-1',
      shared: 'basic',
    },
  ],
  familyUserIds: ['mother', 'young-person'],
  consent,
};

const user = (id: string, role: Role, organisationId: string | null = null, authority = authorityId): Viewer => ({
  id,
  role,
  authorityId: authority,
  organisationId,
});
const practitioner = (id: string, organisationId: string | null) => user(id, 'practitioner', organisationId);

const viewers = {
  assessor: practitioner('assessor', org.school),
  coAssessor: practitioner('co-assessor', org.school),
  lead: practitioner('lead', org.health),
  nurse: practitioner('nurse', org.health),
  youthWorker: practitioner('youth-worker', org.youth),
  officer: practitioner('officer', org.police),
  housingOfficer: practitioner('housing-officer', org.housing),
  schoolColleague: practitioner('school-colleague', org.school),
  manager: user('manager', 'manager'),
  administrator: user('administrator', 'administrator'),
  mother: user('mother', 'family_member'),
  youngPerson: user('young-person', 'family_member'),
  otherParent: user('other-parent', 'family_member'),
  otherAuthorityManager: user('manager-south', 'manager', null, otherAuthorityId),
} satisfies Record<string, Viewer>;

const asks: readonly EpisodeAsk[] = ['read', 'edit', 'share', 'see_who_looked', 'family_contribute'];

/** 'assessor/shown', 'team:consent:consent-1/hidden', 'NOT_FOUND' or 'FORBIDDEN'. */
function outcome(access: EpisodeAccess): string {
  return access.allowed ? `${groundLabel(access.ground)}/${access.sensitive}` : access.refusal;
}

const decide = (viewer: Viewer, ask: EpisodeAsk = 'read', relationships: EpisodeRelationships = episode) =>
  decideEpisodeAccess(viewer, relationships, ask);

const withConsent = (changes: Partial<ConsentToShareState>): EpisodeRelationships => ({
  ...episode,
  consent: { ...consent, ...changes },
});

const notFound = { allowed: false, refusal: 'NOT_FOUND', message: 'We could not find that record.' };

describe('SH-1 SH-2 every viewer and every ask, on one episode', () => {
  // read, edit, share, see_who_looked, family_contribute
  const expected: Record<keyof typeof viewers, readonly string[]> = {
    assessor: ['assessor/shown', 'assessor/shown', 'assessor/shown', 'FORBIDDEN', 'FORBIDDEN'],
    coAssessor: ['co_assessor/shown', 'co_assessor/shown', 'co_assessor/shown', 'FORBIDDEN', 'FORBIDDEN'],
    lead: ['lead_professional/shown', 'FORBIDDEN', 'lead_professional/shown', 'lead_professional/shown', 'FORBIDDEN'],
    nurse: ['team:consent:consent-1/shown', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    youthWorker: ['team:consent:consent-1/hidden', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    officer: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    housingOfficer: ['team:without_consent:share-1/hidden', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
    schoolColleague: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    manager: ['manager/shown', 'FORBIDDEN', 'FORBIDDEN', 'manager/shown', 'FORBIDDEN'],
    administrator: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    mother: ['family/shown', 'FORBIDDEN', 'FORBIDDEN', 'family/shown', 'family/shown'],
    youngPerson: ['family/shown', 'FORBIDDEN', 'FORBIDDEN', 'family/shown', 'family/shown'],
    otherParent: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
    otherAuthorityManager: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
  };

  it.each(Object.keys(expected) as (keyof typeof viewers)[])('SH-1 decides every ask for %s', (name) => {
    expect(asks.map((ask) => outcome(decide(viewers[name], ask)))).toEqual(expected[name]);
  });
});

describe('SH-1 deny by default: who may not read', () => {
  it('SH-1 refuses an administrator as if the record did not exist', () => {
    expect(decide(viewers.administrator)).toEqual(notFound);
  });

  it('SH-1 refuses an administrator even when recorded as assessor, lead professional, team or family', () => {
    const administrator = user('admin-too', 'administrator', org.school);
    const everywhere: EpisodeRelationships = {
      ...episode,
      assessors: [{ userId: 'admin-too', role: 'assessor' }],
      leadProfessionalUserId: 'admin-too',
      team: [{ userId: 'admin-too', organisationId: org.school, basis: 'consent' }],
      familyUserIds: ['admin-too'],
      consent: { ...consent, basicScope: scope('all'), additionalScope: scope('all') },
    };
    for (const ask of asks) expect(decide(administrator, ask, everywhere)).toEqual(notFound);
  });

  it('SH-1 refuses a manager of another authority with NOT_FOUND', () => {
    expect(decide(viewers.otherAuthorityManager)).toEqual(notFound);
  });

  it('SH-1 refuses anyone of another authority, whatever the episode records about them', () => {
    const relationships: EpisodeRelationships = { ...episode, authorityId: otherAuthorityId };
    for (const viewer of [viewers.assessor, viewers.coAssessor, viewers.lead, viewers.nurse, viewers.mother]) {
      for (const ask of asks) expect(decide(viewer, ask, relationships)).toEqual(notFound);
    }
  });

  it('SH-1 refuses a colleague in the same organisation who is not on the team', () => {
    expect(viewers.schoolColleague.organisationId).toBe(viewers.assessor.organisationId);
    expect(decide(viewers.schoolColleague)).toEqual(notFound);
  });

  it('SH-1 refuses a colleague of a team member even when the consent covers every organisation', () => {
    const everyone = withConsent({ basicScope: scope('all'), additionalScope: scope('all') });
    expect(decide(practitioner('another-nurse', org.health), 'read', everyone)).toEqual(notFound);
  });

  it('SH-1 refuses a family member who is not party to the child', () => {
    expect(decide(viewers.otherParent)).toEqual(notFound);
  });

  it('SH-1 refuses a family account recorded as assessor or team member: only being party to the child counts', () => {
    const relationships: EpisodeRelationships = {
      ...episode,
      assessors: [{ userId: 'other-parent', role: 'assessor' }],
      team: [{ userId: 'other-parent', organisationId: null, basis: 'consent' }],
      consent: { ...consent, basicScope: scope('all') },
    };
    expect(decide(viewers.otherParent, 'read', relationships)).toEqual(notFound);
  });

  it('SH-1 a practitioner listed as family is not let in as family', () => {
    const relationships: EpisodeRelationships = { ...episode, familyUserIds: ['school-colleague'] };
    expect(decide(viewers.schoolColleague, 'read', relationships)).toEqual(notFound);
  });

  it('SH-1 refuses a team member whose organisation is outside the basic scope', () => {
    expect(decide(viewers.officer)).toEqual(notFound);
  });

  it('SH-1 refuses a team member when no consent to share is recorded', () => {
    const none = withConsent({
      status: 'none',
      consentId: null,
      basicScope: scope('none'),
      additionalScope: scope('none'),
    });
    expect(decide(viewers.nurse, 'read', none)).toEqual(notFound);
    expect(decide(viewers.youthWorker, 'read', none)).toEqual(notFound);
  });

  it('SH-1 refuses a consent team member when the scope names only other organisations', () => {
    const onlySchool = withConsent({ basicScope: scope('only', org.school) });
    expect(decide(viewers.nurse, 'read', onlySchool)).toEqual(notFound);
  });

  it('SH-1 the current organisation of a team member decides, not the one they joined for', () => {
    const movedToPolice = practitioner('nurse', org.police);
    expect(decide(movedToPolice)).toEqual(notFound);
  });
});

describe('SH-1 who may read', () => {
  it('SH-1 lets the assessor and co-assessor read, with the sensitive elements', () => {
    expect(decide(viewers.assessor)).toEqual({ allowed: true, ground: { kind: 'assessor' }, sensitive: 'shown' });
    expect(decide(viewers.coAssessor)).toEqual({ allowed: true, ground: { kind: 'co_assessor' }, sensitive: 'shown' });
  });

  it('SH-1 lets the assessor read whatever the consent to share says (before one is recorded too)', () => {
    const none = withConsent({
      status: 'none',
      consentId: null,
      basicScope: scope('none'),
      additionalScope: scope('none'),
    });
    expect(outcome(decide(viewers.assessor, 'read', none))).toBe('assessor/shown');
    expect(outcome(decide(viewers.coAssessor, 'read', none))).toBe('co_assessor/shown');
  });

  it('SH-1 lets the lead professional read, even when their organisation is outside both scopes', () => {
    const leadFromPolice = practitioner('lead', org.police);
    expect(decide(leadFromPolice)).toEqual({
      allowed: true,
      ground: { kind: 'lead_professional' },
      sensitive: 'shown',
    });
  });

  it('SH-1 lets a manager of the authority read every episode, with the sensitive elements', () => {
    const unrelated: EpisodeRelationships = { ...episode, assessors: [], leadProfessionalUserId: null, team: [] };
    expect(decide(viewers.manager, 'read', unrelated)).toEqual({
      allowed: true,
      ground: { kind: 'manager' },
      sensitive: 'shown',
    });
  });

  it('SH-1 lets the family members party to the child read', () => {
    expect(decide(viewers.mother)).toEqual({ allowed: true, ground: { kind: 'family' }, sensitive: 'shown' });
    expect(outcome(decide(viewers.youngPerson))).toBe('family/shown');
  });

  it('SH-1 lets a consent team member inside the basic scope read, on the consent id (SH-5)', () => {
    expect(decide(viewers.nurse)).toEqual({
      allowed: true,
      ground: { kind: 'team_consent', consentId: 'consent-1' },
      sensitive: 'shown',
    });
  });

  it('SH-1 a team member with no organisation is inside "all except" scopes but outside "only" scopes', () => {
    const unattached = practitioner('volunteer', null);
    const team = [...episode.team, { userId: 'volunteer', organisationId: null, basis: 'consent' as const }];
    expect(outcome(decide(unattached, 'read', { ...episode, team }))).toBe('team:consent:consent-1/hidden');
    const onlyNamed = { ...episode, team, consent: { ...consent, basicScope: scope('only', org.school) } };
    expect(decide(unattached, 'read', onlyNamed)).toEqual(notFound);
  });
});

describe('SH-2 sensitive elements follow the additional-information scope', () => {
  it('SH-2 hides the sensitive elements from a team member inside basic but outside additional scope', () => {
    expect(decide(viewers.youthWorker)).toEqual({
      allowed: true,
      ground: { kind: 'team_consent', consentId: 'consent-1' },
      sensitive: 'hidden',
    });
  });

  it('SH-2 hides them from every team member when additional information is shared with nobody', () => {
    const basicOnly = withConsent({ basicScope: scope('all'), additionalScope: scope('none') });
    expect(outcome(decide(viewers.nurse, 'read', basicOnly))).toBe('team:consent:consent-1/hidden');
    expect(outcome(decide(viewers.youthWorker, 'read', basicOnly))).toBe('team:consent:consent-1/hidden');
  });

  it('SH-2 hides them from an organisation named in "all except" for additional information', () => {
    const notHealth = withConsent({ basicScope: scope('all'), additionalScope: scope('all_except', org.health) });
    expect(outcome(decide(viewers.nurse, 'read', notHealth))).toBe('team:consent:consent-1/hidden');
    expect(outcome(decide(viewers.youthWorker, 'read', notHealth))).toBe('team:consent:consent-1/shown');
  });

  it('SH-2 never shows them to a team member outside the basic scope, even one inside the additional scope', () => {
    const odd = withConsent({ basicScope: scope('only', org.school), additionalScope: scope('all') });
    expect(decide(viewers.nurse, 'read', odd)).toEqual(notFound);
  });

  it('SH-2 shows them to the assessor, lead professional and manager whatever the scopes', () => {
    const nothingSensitive = withConsent({ additionalScope: scope('none') });
    for (const viewer of [viewers.assessor, viewers.coAssessor, viewers.lead, viewers.manager, viewers.mother]) {
      const access = decide(viewer, 'read', nothingSensitive);
      expect(access.allowed && access.sensitive).toBe('shown');
    }
  });

  it('SH-2 the sensitive answer is the same for every ask the reader is allowed', () => {
    for (const ask of asks) {
      const access = decide(viewers.mother, ask);
      if (access.allowed) expect(access.sensitive).toBe('shown');
    }
    const teamRead = decide(viewers.youthWorker);
    expect(teamRead.allowed && teamRead.sensitive).toBe('hidden');
  });
});

describe('CO-4 verbal consent lapses after 14 days', () => {
  const verbal: ConsentToShareRecord = {
    id: 'consent-verbal',
    method: 'verbal',
    decidedOn: '2026-03-01',
    basicScope: scope('all'),
    additionalScope: scope('all'),
    confirmedOn: null,
    withdrawnOn: null,
    correctsId: null,
  };
  const on = (today: string, record: ConsentToShareRecord = verbal): EpisodeRelationships => ({
    ...episode,
    consent: consentToShareState([record], today),
  });

  it('CO-4 a team member reads under verbal consent while it awaits confirmation, up to day 14', () => {
    expect(outcome(decide(viewers.nurse, 'read', on('2026-03-01')))).toBe('team:consent:consent-verbal/shown');
    expect(outcome(decide(viewers.nurse, 'read', on('2026-03-15')))).toBe('team:consent:consent-verbal/shown');
  });

  it('CO-4 a team member loses access once unconfirmed verbal consent has lapsed (day 15)', () => {
    expect(decide(viewers.nurse, 'read', on('2026-03-16'))).toEqual(notFound);
    expect(decide(viewers.youthWorker, 'read', on('2026-04-30'))).toEqual(notFound);
  });

  it('CO-4 confirming the consent, even late, gives the team member access again', () => {
    const confirmed = { ...verbal, confirmedOn: '2026-03-20' };
    expect(outcome(decide(viewers.nurse, 'read', on('2026-03-20', confirmed)))).toBe(
      'team:consent:consent-verbal/shown',
    );
  });

  it('CO-4 the lapse does not touch the assessor, lead professional, manager, family or a CO-7 share', () => {
    const lapsed = on('2026-03-16');
    expect(outcome(decide(viewers.assessor, 'read', lapsed))).toBe('assessor/shown');
    expect(outcome(decide(viewers.coAssessor, 'read', lapsed))).toBe('co_assessor/shown');
    expect(outcome(decide(viewers.lead, 'read', lapsed))).toBe('lead_professional/shown');
    expect(outcome(decide(viewers.manager, 'read', lapsed))).toBe('manager/shown');
    expect(outcome(decide(viewers.mother, 'read', lapsed))).toBe('family/shown');
    expect(outcome(decide(viewers.housingOfficer, 'read', lapsed))).toBe('team:without_consent:share-1/hidden');
  });
});

describe('CO-5 withdrawal of consent to share takes effect at once', () => {
  const withdrawn = withConsent({ status: 'withdrawn' });
  const withdrawnNoLead: EpisodeRelationships = { ...withdrawn, leadProfessionalUserId: null };

  it('CO-5 leaves only the lead professional and managers among the practitioners', () => {
    expect(outcome(decide(viewers.lead, 'read', withdrawn))).toBe('lead_professional/shown');
    expect(outcome(decide(viewers.manager, 'read', withdrawn))).toBe('manager/shown');
    for (const viewer of [viewers.assessor, viewers.coAssessor, viewers.nurse, viewers.youthWorker, viewers.officer]) {
      expect(decide(viewer, 'read', withdrawn)).toEqual(notFound);
    }
  });

  it('CO-5 keeps the assessor, acting as lead professional, when none is assigned, so the episode can be closed', () => {
    expect(outcome(decide(viewers.assessor, 'read', withdrawnNoLead))).toBe('assessor/shown');
    expect(outcome(decide(viewers.assessor, 'see_who_looked', withdrawnNoLead))).toBe('assessor/shown');
    expect(outcome(decide(viewers.assessor, 'share', withdrawnNoLead))).toBe('assessor/shown');
  });

  it('CO-5 a co-assessor loses access even when no lead professional is assigned', () => {
    expect(decide(viewers.coAssessor, 'read', withdrawnNoLead)).toEqual(notFound);
    expect(decide(viewers.coAssessor, 'edit', withdrawnNoLead)).toEqual(notFound);
  });

  it('CO-5 a consent team member loses access, whatever the scopes of the withdrawn consent said', () => {
    const everyone = withConsent({ status: 'withdrawn', basicScope: scope('all'), additionalScope: scope('all') });
    expect(decide(viewers.nurse, 'read', everyone)).toEqual(notFound);
    expect(decide(viewers.youthWorker, 'read', everyone)).toEqual(notFound);
  });

  it('CO-5 an assessor who is also the lead professional keeps access as lead professional', () => {
    const assessorLeads: EpisodeRelationships = { ...withdrawn, leadProfessionalUserId: 'assessor' };
    expect(outcome(decide(viewers.assessor, 'read', assessorLeads))).toBe('lead_professional/shown');
  });

  it('CO-7 a team member on a share without consent keeps access after withdrawal', () => {
    expect(decide(viewers.housingOfficer, 'read', withdrawn)).toEqual({
      allowed: true,
      ground: { kind: 'team_without_consent', shareId: 'share-1' },
      sensitive: 'hidden',
    });
  });

  it('CO-5 the family still sees their own record, and can still add their views', () => {
    expect(outcome(decide(viewers.mother, 'read', withdrawn))).toBe('family/shown');
    expect(outcome(decide(viewers.mother, 'family_contribute', withdrawn))).toBe('family/shown');
  });

  it('CO-5 an assessor who lost access is refused every ask with NOT_FOUND, not FORBIDDEN', () => {
    for (const ask of asks) expect(decide(viewers.assessor, ask, withdrawn)).toEqual(notFound);
  });
});

describe('CO-7 a team member joined on a share without consent', () => {
  const withAdditional: EpisodeRelationships = {
    ...episode,
    team: [
      {
        userId: 'housing-officer',
        organisationId: org.housing,
        basis: 'without_consent',
        shareId: 'share-2',
        shared: 'basic_and_additional',
      },
    ],
  };

  it('CO-7 reads what was shared: basic only hides the sensitive elements', () => {
    expect(outcome(decide(viewers.housingOfficer))).toBe('team:without_consent:share-1/hidden');
  });

  it('CO-7 reads what was shared: basic and additional shows them', () => {
    expect(decide(viewers.housingOfficer, 'read', withAdditional)).toEqual({
      allowed: true,
      ground: { kind: 'team_without_consent', shareId: 'share-2' },
      sensitive: 'shown',
    });
  });

  it('CO-7 reads whatever the consent scopes say, with no consent recorded at all', () => {
    const none: EpisodeRelationships = {
      ...withAdditional,
      consent: { status: 'none', consentId: null, basicScope: scope('none'), additionalScope: scope('none') },
    };
    expect(outcome(decide(viewers.housingOfficer, 'read', none))).toBe('team:without_consent:share-2/shown');
  });

  it('CO-7 reads but may not edit, share or see who looked', () => {
    expect(decide(viewers.housingOfficer, 'edit').allowed).toBe(false);
    expect(decide(viewers.housingOfficer, 'share')).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
    expect(decide(viewers.housingOfficer, 'see_who_looked')).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
  });
});

describe('CF-7 edit: only the assessor and co-assessors write the assessment', () => {
  it('CF-7 lets the assessor and co-assessor edit', () => {
    expect(outcome(decide(viewers.assessor, 'edit'))).toBe('assessor/shown');
    expect(outcome(decide(viewers.coAssessor, 'edit'))).toBe('co_assessor/shown');
  });

  it('CF-7 refuses readers who may not edit with FORBIDDEN, not NOT_FOUND', () => {
    const forbidden = {
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the assessor and co-assessors can change this assessment.',
    };
    for (const viewer of [viewers.lead, viewers.manager, viewers.nurse, viewers.youthWorker, viewers.mother]) {
      expect(decide(viewer, 'edit')).toEqual(forbidden);
    }
  });

  it('CF-7 refuses users who may not read with NOT_FOUND, so they do not learn the record exists', () => {
    for (const viewer of [viewers.administrator, viewers.schoolColleague, viewers.officer, viewers.otherParent]) {
      expect(decide(viewer, 'edit')).toEqual(notFound);
    }
  });

  it('CF-7 a lead professional who is also an assessor or co-assessor edits as one', () => {
    const assessorLeads: EpisodeRelationships = { ...episode, leadProfessionalUserId: 'assessor' };
    expect(outcome(decide(viewers.assessor, 'edit', assessorLeads))).toBe('lead_professional/shown');
    const coAssessorLeads: EpisodeRelationships = { ...episode, leadProfessionalUserId: 'co-assessor' };
    expect(outcome(decide(viewers.coAssessor, 'edit', coAssessorLeads))).toBe('lead_professional/shown');
  });

  it('CO-5 after withdrawal a co-assessor who leads keeps reading but no longer edits; the assessor who leads does', () => {
    const coAssessorLeads = withConsent({ status: 'withdrawn' });
    const relationships: EpisodeRelationships = { ...coAssessorLeads, leadProfessionalUserId: 'co-assessor' };
    expect(outcome(decide(viewers.coAssessor, 'read', relationships))).toBe('lead_professional/shown');
    expect(decide(viewers.coAssessor, 'edit', relationships)).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
    const assessorLeads: EpisodeRelationships = { ...relationships, leadProfessionalUserId: 'assessor' };
    expect(outcome(decide(viewers.assessor, 'edit', assessorLeads))).toBe('lead_professional/shown');
  });

  it('CO-5 after withdrawal the assessor edits while acting as lead professional (none assigned)', () => {
    const relationships: EpisodeRelationships = {
      ...withConsent({ status: 'withdrawn' }),
      leadProfessionalUserId: null,
    };
    expect(outcome(decide(viewers.assessor, 'edit', relationships))).toBe('assessor/shown');
  });

  it('CO-5 an assessor who lost assessor access to withdrawal does not edit through a CO-7 share', () => {
    const relationships: EpisodeRelationships = {
      ...withConsent({ status: 'withdrawn' }),
      team: [
        { userId: 'assessor', organisationId: org.school, basis: 'without_consent', shareId: 's', shared: 'basic' },
      ],
    };
    expect(outcome(decide(viewers.assessor, 'read', relationships))).toBe('team:without_consent:s/hidden');
    expect(decide(viewers.assessor, 'edit', relationships)).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
  });

  it('CF-7 a manager recorded among the assessors reads as a manager and does not edit', () => {
    const relationships: EpisodeRelationships = {
      ...episode,
      assessors: [...episode.assessors, { userId: 'manager', role: 'co_assessor' }],
    };
    expect(outcome(decide(viewers.manager, 'read', relationships))).toBe('manager/shown');
    expect(decide(viewers.manager, 'edit', relationships)).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
  });
});

describe('SH-4 share: who may change who the record is shared with', () => {
  it('SH-4 lets the assessor, a co-assessor and the lead professional share', () => {
    expect(outcome(decide(viewers.assessor, 'share'))).toBe('assessor/shown');
    expect(outcome(decide(viewers.coAssessor, 'share'))).toBe('co_assessor/shown');
    expect(outcome(decide(viewers.lead, 'share'))).toBe('lead_professional/shown');
  });

  it('SH-4 refuses team members, managers and the family with FORBIDDEN', () => {
    const forbidden = {
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the assessor, a co-assessor or the lead professional can change who this is shared with.',
    };
    for (const viewer of [
      viewers.nurse,
      viewers.youthWorker,
      viewers.housingOfficer,
      viewers.manager,
      viewers.mother,
    ]) {
      expect(decide(viewer, 'share')).toEqual(forbidden);
    }
  });

  it('SH-4 refuses those who may not read with NOT_FOUND', () => {
    for (const viewer of [viewers.administrator, viewers.schoolColleague, viewers.officer]) {
      expect(decide(viewer, 'share')).toEqual(notFound);
    }
  });
});

describe('SH-5 see who looked: the lead professional, managers and the family', () => {
  it('SH-5 lets the lead professional, a manager and the family see who looked', () => {
    expect(outcome(decide(viewers.lead, 'see_who_looked'))).toBe('lead_professional/shown');
    expect(outcome(decide(viewers.manager, 'see_who_looked'))).toBe('manager/shown');
    expect(outcome(decide(viewers.mother, 'see_who_looked'))).toBe('family/shown');
    expect(outcome(decide(viewers.youngPerson, 'see_who_looked'))).toBe('family/shown');
  });

  it('SH-5 lets the assessor see who looked only while no lead professional is assigned', () => {
    const noLead: EpisodeRelationships = { ...episode, leadProfessionalUserId: null };
    expect(outcome(decide(viewers.assessor, 'see_who_looked', noLead))).toBe('assessor/shown');
    expect(decide(viewers.assessor, 'see_who_looked')).toEqual({
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the lead professional, managers and the family can see who has looked at this record.',
    });
  });

  it('SH-5 refuses a co-assessor and team members even when no lead professional is assigned', () => {
    const noLead: EpisodeRelationships = { ...episode, leadProfessionalUserId: null };
    for (const viewer of [viewers.coAssessor, viewers.nurse, viewers.youthWorker, viewers.housingOfficer]) {
      expect(decide(viewer, 'see_who_looked', noLead)).toMatchObject({ allowed: false, refusal: 'FORBIDDEN' });
    }
  });

  it('SH-5 refuses a family member not party to the child with NOT_FOUND', () => {
    expect(decide(viewers.otherParent, 'see_who_looked')).toEqual(notFound);
  });
});

describe('family contribution: only the family members party to the child', () => {
  it('SH-1 lets a family member party to the child contribute', () => {
    expect(decide(viewers.mother, 'family_contribute')).toEqual({
      allowed: true,
      ground: { kind: 'family' },
      sensitive: 'shown',
    });
  });

  it('SH-1 refuses a family member who is not party to the child with NOT_FOUND', () => {
    expect(decide(viewers.otherParent, 'family_contribute')).toEqual(notFound);
  });

  it('SH-1 refuses practitioners and managers with FORBIDDEN: they contribute through the assessment', () => {
    const forbidden = {
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the family can do this from the family view.',
    };
    for (const viewer of [viewers.assessor, viewers.coAssessor, viewers.lead, viewers.manager, viewers.nurse]) {
      expect(decide(viewer, 'family_contribute')).toEqual(forbidden);
    }
  });

  it('SH-1 refuses a family member of another authority with NOT_FOUND', () => {
    const elsewhere = user('mother', 'family_member', null, otherAuthorityId);
    expect(decide(elsewhere, 'family_contribute')).toEqual(notFound);
  });
});

describe('SH-5 groundLabel: the ground as the audit event records it', () => {
  it.each<[AccessGround, string]>([
    [{ kind: 'assessor' }, 'assessor'],
    [{ kind: 'co_assessor' }, 'co_assessor'],
    [{ kind: 'lead_professional' }, 'lead_professional'],
    [{ kind: 'manager' }, 'manager'],
    [{ kind: 'family' }, 'family'],
    [{ kind: 'team_consent', consentId: 'c-42' }, 'team:consent:c-42'],
    [{ kind: 'team_without_consent', shareId: 's-7' }, 'team:without_consent:s-7'],
  ])('SH-5 records %o as %s', (ground, label) => {
    expect(groundLabel(ground)).toBe(label);
  });
});

describe('SH-1 canExportChildRecord: only managers of the child’s authority', () => {
  const child = { authorityId };

  it('SH-1 lets a manager of the authority export', () => {
    expect(canExportChildRecord(viewers.manager, child)).toBe(true);
  });

  it('SH-1 refuses a manager of another authority', () => {
    expect(canExportChildRecord(viewers.otherAuthorityManager, child)).toBe(false);
  });

  it('SH-1 refuses administrators, practitioners (even the assessor) and family members', () => {
    for (const viewer of [viewers.administrator, viewers.assessor, viewers.lead, viewers.mother]) {
      expect(canExportChildRecord(viewer, child)).toBe(false);
    }
  });
});

describe('LP-4 coordinate, close and assign_lead: the lead professional’s work', () => {
  const noLead: EpisodeRelationships = { ...episode, leadProfessionalUserId: null };
  const lpAsks: readonly EpisodeAsk[] = ['coordinate', 'close', 'assign_lead'];
  const row = (viewer: Viewer, relationships: EpisodeRelationships = episode) =>
    lpAsks.map((ask) => outcome(decide(viewer, ask, relationships)));

  it('LP-4 lets the lead professional coordinate, close and hand the role over', () => {
    expect(row(viewers.lead)).toEqual([
      'lead_professional/shown',
      'lead_professional/shown',
      'lead_professional/shown',
    ]);
  });

  it('LP-1 lets a manager close and assign or change the lead professional, but not coordinate', () => {
    expect(row(viewers.manager)).toEqual(['FORBIDDEN', 'manager/shown', 'manager/shown']);
    expect(row(viewers.manager, noLead)).toEqual(['FORBIDDEN', 'manager/shown', 'manager/shown']);
    expect(decide(viewers.manager, 'coordinate')).toEqual({
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the lead professional can change the plan, reviews and team.',
    });
  });

  it('LP-1 lets the assessor act as lead professional only before one is assigned', () => {
    expect(row(viewers.assessor, noLead)).toEqual(['assessor/shown', 'assessor/shown', 'assessor/shown']);
    expect(row(viewers.assessor)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('LP-1 lets a co-assessor assign the first lead professional, never coordinate or close', () => {
    expect(row(viewers.coAssessor, noLead)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'co_assessor/shown']);
    expect(row(viewers.coAssessor)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(decide(viewers.coAssessor, 'assign_lead')).toEqual({
      allowed: false,
      refusal: 'FORBIDDEN',
      message: 'Only the lead professional, the assessor before one is assigned, or a manager can do this.',
    });
  });

  it('LP-4 refuses team members and the family (FORBIDDEN): they may read but not coordinate', () => {
    for (const viewer of [viewers.nurse, viewers.youthWorker, viewers.housingOfficer, viewers.mother]) {
      expect(row(viewer)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      expect(row(viewer, noLead)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    }
  });

  it('LP-4 SH-1 answers NOT_FOUND to those who may not read at all', () => {
    for (const viewer of [
      viewers.schoolColleague,
      viewers.officer,
      viewers.administrator,
      viewers.otherParent,
      viewers.otherAuthorityManager,
    ]) {
      for (const ask of lpAsks) expect(decide(viewer, ask)).toEqual(notFound);
    }
  });

  it('CO-5 LP-4 the lead professional keeps coordinating after consent is withdrawn; the assessor does not', () => {
    const withdrawn = withConsent({ status: 'withdrawn' });
    expect(row(viewers.lead, withdrawn)).toEqual([
      'lead_professional/shown',
      'lead_professional/shown',
      'lead_professional/shown',
    ]);
    for (const ask of lpAsks) expect(decide(viewers.assessor, ask, withdrawn)).toEqual(notFound);
  });
});
