import { hashPassword, insertLeadProfessional, tables } from '@ecaf/db';
import type { RecordConsentToShareFormInput } from '@ecaf/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness, PASSWORD } from './testing/harness';

/**
 * Consent to share (CO-3 to CO-6), sharing without consent (CO-7), team membership (SH-4) and
 * the audit of reads (SH-5) through the API, with the access policy (SH-1, SH-2) they decide.
 */

let h: Harness;
let hubWorkerId: string;

const calmChecklist = {
  healthy: 'yes',
  safeFromHarm: 'yes',
  learningAndDeveloping: 'not_sure',
  positiveImpactOnOthers: 'yes',
  freeFromPoverty: 'no',
  immediateConcern: 'no',
  decision: 'start_caf',
  notes: '',
} as const;

const SENSITIVE = 'Sensitive: panic attacks since the bereavement';

async function startCafWithContent() {
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: h.authority.id,
      givenNames: 'Ellie',
      familyName: `Shaw${Math.random().toString(36).slice(2, 6)}`,
      sex: 'female',
      dateOfBirth: '2012-04-02',
    })
    .returning();
  const [mother] = await h.db
    .insert(tables.person)
    .values({ authorityId: h.authority.id, name: 'Jo Shaw' })
    .returning();
  if (!child || !mother) throw new Error('no family');
  await h.db
    .insert(tables.childPerson)
    .values({ childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });
  const pat = await (await h.signedIn('practitioner')).call();
  const started = await pat.episodes.start({ childId: child.id, checklist: calmChecklist });
  if (started.outcome !== 'episode_started') throw new Error(started.outcome);
  const episodeId = started.episodeId;
  await pat.assessment.recordConsent({
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.id },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-11-20',
    method: 'written',
    whatWasExplained: 'What a CAF is and who will see it.',
  });
  await pat.assessment.saveSection({
    episodeId,
    versionNumber: 1,
    sectionId: 'development',
    baseRevision: 0,
    content: {
      learning: { strengths: 'Loves maths', needs: '', evidence: '' },
      emotionalSocialDevelopment: { strengths: '', needs: SENSITIVE, evidence: '' },
    },
  });
  return { episodeId, childId: child.id, motherId: mother.id, pat };
}

const consent = (
  episodeId: string,
  motherId: string,
  overrides: Partial<RecordConsentToShareFormInput> = {},
): RecordConsentToShareFormInput => ({
  episodeId,
  givenBy: { kind: 'person', personId: motherId },
  method: 'written',
  date: '2026-11-21',
  basicScope: { kind: 'only', organisationIds: [h.orgs.youth.id, h.orgs.hub.id] },
  additionalScope: { kind: 'only', organisationIds: [h.orgs.youth.id] },
  whatWasExplained: 'Who the assessment will be shared with, and that consent can be withdrawn.',
  ...overrides,
});

async function as(who: 'practitioner' | 'colleague' | 'youthWorker' | 'manager' | 'administrator' | 'family') {
  return (await h.signedIn(who)).call();
}

async function hubWorker() {
  const b = h.browser();
  await b.signIn('hana@hub.test');
  return b.call();
}

beforeAll(async () => {
  h = await createHarness();
  const [hana] = await h.db
    .insert(tables.appUser)
    .values({
      authorityId: h.authority.id,
      organisationId: h.orgs.hub.id,
      email: 'hana@hub.test',
      name: 'Hana Hub',
      role: 'practitioner',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  if (!hana) throw new Error('no hub worker');
  hubWorkerId = hana.id;
});

afterAll(async () => {
  await h.close();
});

describe('CO-3 consent to share, scoped for basic and additional information', () => {
  it('CO-3 records separate scopes and shows them with the organisations named', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(consent(episodeId, motherId));
    const page = await pat.sharing.get({ episodeId });
    expect(page.consent.status).toBe('active');
    const [record] = page.consent.history;
    expect(record?.basicScope).toEqual({
      kind: 'only',
      organisations: expect.arrayContaining([
        { id: h.orgs.youth.id, name: 'Youth Service' },
        { id: h.orgs.hub.id, name: 'Early Help Hub' },
      ]),
    });
    expect(record?.additionalScope.organisations).toEqual([{ id: h.orgs.youth.id, name: 'Youth Service' }]);
  });

  it('CO-3 refuses a named scope without organisations, and a giver who is not a parent of this child', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const noOrgs = await expectAppError(
      pat.sharing.recordConsent(consent(episodeId, motherId, { basicScope: { kind: 'only', organisationIds: [] } })),
      'VALIDATION_FAILED',
    );
    expect(noOrgs.fieldErrors?.['basicScope.organisationIds']).toMatch(/Select the organisations/);
    const stranger = await expectAppError(
      pat.sharing.recordConsent(
        consent(episodeId, motherId, { givenBy: { kind: 'person', personId: crypto.randomUUID() } }),
      ),
      'VALIDATION_FAILED',
    );
    expect(stranger.fieldErrors?.givenBy).toBe('Select a parent or carer of this child');
    const future = await expectAppError(
      pat.sharing.recordConsent(consent(episodeId, motherId, { date: '2026-12-25' })),
      'VALIDATION_FAILED',
    );
    expect(future.fieldErrors?.date).toMatch(/today or in the past/);
  });
});

describe('SH-4 team membership follows the consent scope', () => {
  it('SH-4 adds a practitioner whose organisation is in the basic scope, and refuses one outside it', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    // No consent yet: nobody joins.
    const before = await expectAppError(
      pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') }),
      'OUTSIDE_CONSENT_SCOPE',
    );
    expect(before.message).toMatch(/No consent to share has been recorded/);

    await pat.sharing.recordConsent(
      consent(episodeId, motherId, { basicScope: { kind: 'only', organisationIds: [h.orgs.youth.id] } }),
    );
    const candidates = await pat.sharing.findTeamCandidates({ episodeId, query: 'hub' });
    expect(candidates.find((c) => c.userId === hubWorkerId)).toMatchObject({
      allowed: false,
      refusal: expect.stringMatching(/does not include Early Help Hub/),
    });
    await expectAppError(pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId }), 'OUTSIDE_CONSENT_SCOPE');
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });

    const refused = await h.db
      .select()
      .from(tables.auditEvent)
      .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, 'team.member_refused')));
    expect(refused).toHaveLength(2);
    const team = (await pat.sharing.get({ episodeId })).team;
    expect(team.map((m) => [m.name, m.basis, m.leftAt])).toEqual([['Yara Youth', 'consent', null]]);
  });

  it('SH-4 admits a practitioner outside the scope once new consent includes them (CO-3)', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(
      consent(episodeId, motherId, { basicScope: { kind: 'only', organisationIds: [h.orgs.youth.id] } }),
    );
    await expectAppError(pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId }), 'OUTSIDE_CONSENT_SCOPE');
    await pat.sharing.recordConsent(consent(episodeId, motherId, { basicScope: { kind: 'all', organisationIds: [] } }));
    await pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId });
    expect((await (await hubWorker()).assessment.get({ episodeId })).access.ground).toBe('team_consent');
  });
});

describe('SH-1 and SH-2: who reads, and what they see', () => {
  it('SH-2 a team member outside the additional-information scope never receives the sensitive elements', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(consent(episodeId, motherId));
    await pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId });
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });

    const hana = await hubWorker();
    const view = await hana.assessment.get({ episodeId });
    expect(view.access).toMatchObject({ ground: 'team_consent', sensitive: 'hidden', canEdit: false });
    expect(JSON.stringify(view)).not.toContain(SENSITIVE);
    expect(JSON.stringify(view)).toContain('Loves maths');
    expect(view.version.withheld.development).toContain('Emotional and social development');
    expect(JSON.stringify(await hana.assessment.print({ episodeId, versionNumber: 1 }))).not.toContain(SENSITIVE);
    expect(JSON.stringify(await hana.assessment.compare({ episodeId, from: 1, to: 1 }))).not.toContain(SENSITIVE);

    const yara = await as('youthWorker');
    const full = await yara.assessment.get({ episodeId });
    expect(full.access.sensitive).toBe('shown');
    expect(JSON.stringify(full)).toContain(SENSITIVE);
  });

  it('SH-1 refuses as "not found" a colleague of the assessor who is not on the team, and administrators', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(consent(episodeId, motherId, { basicScope: { kind: 'all', organisationIds: [] } }));
    await expectAppError((await as('colleague')).assessment.get({ episodeId }), 'NOT_FOUND');
    await expectAppError((await as('colleague')).sharing.get({ episodeId }), 'NOT_FOUND');
    await expectAppError((await as('administrator')).assessment.get({ episodeId }), 'FORBIDDEN');
    // A team member reads but does not write (CF-7).
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
    await expectAppError(
      (await as('youthWorker')).assessment.saveSection({
        episodeId,
        versionNumber: 1,
        sectionId: 'views',
        baseRevision: 0,
        content: { childViews: 'x' },
      }),
      'FORBIDDEN',
    );
    await expectAppError(
      (await as('youthWorker')).sharing.addTeamMember({ episodeId, userId: hubWorkerId }),
      'FORBIDDEN',
    );
  });
});

describe('CO-4 verbal consent awaits written confirmation for 14 days', () => {
  it('CO-4 shares while awaiting confirmation, lapses after 14 days, and counts again once confirmed', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(
      consent(episodeId, motherId, { method: 'verbal', date: '2026-11-23' }),
    );
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
    const page = await pat.sharing.get({ episodeId });
    expect(page.consent.status).toBe('awaiting_confirmation');
    expect(page.consent.history[0]?.confirmationDueOn).toBe('2026-12-07');
    expect((await (await as('youthWorker')).assessment.get({ episodeId })).access.ground).toBe('team_consent');

    h.clock.advanceMinutes(15 * 24 * 60);
    try {
      expect((await pat.sharing.get({ episodeId })).consent.status).toBe('lapsed');
      await expectAppError((await as('youthWorker')).assessment.get({ episodeId }), 'NOT_FOUND');
      const early = await expectAppError(
        pat.sharing.confirmConsent({ episodeId, consentId, confirmedOn: '2026-11-22' }),
        'VALIDATION_FAILED',
      );
      expect(early.fieldErrors?.confirmedOn).toMatch(/on or after the date consent was given/);
      await pat.sharing.confirmConsent({ episodeId, consentId, confirmedOn: '2026-12-08' });
      expect((await pat.sharing.get({ episodeId })).consent.status).toBe('active');
      expect((await (await as('youthWorker')).assessment.get({ episodeId })).access.ground).toBe('team_consent');
      await expectAppError(
        pat.sharing.confirmConsent({ episodeId, consentId, confirmedOn: '2026-12-08' }),
        'CONSENT_CHANGED',
      );
    } finally {
      h.clock.advanceMinutes(-15 * 24 * 60);
    }
  });

  it('CO-4 written consent needs no confirmation', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    await expectAppError(
      pat.sharing.confirmConsent({ episodeId, consentId, confirmedOn: '2026-11-22' }),
      'CONSENT_CHANGED',
    );
  });
});

describe('CO-5 withdrawal takes effect at once', () => {
  it('CO-5 ends every share made under it: team members lose access at their next request', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
    const yara = await as('youthWorker');
    await yara.assessment.get({ episodeId });

    const result = await pat.sharing.withdrawConsent({
      episodeId,
      consentId,
      withdrawnBy: { kind: 'person', personId: motherId },
      reason: 'Mum no longer wants the youth service involved',
    });
    expect(result.teamMembersEnded).toBe(1);
    await expectAppError(yara.assessment.get({ episodeId }), 'NOT_FOUND');
    const page = await pat.sharing.get({ episodeId });
    expect(page.consent.status).toBe('withdrawn');
    expect(page.team[0]?.leftAt).not.toBeNull();
    expect(page.consent.history[0]).toMatchObject({ withdrawnBy: 'Jo Shaw', withdrawalRecordedBy: 'Pat Assessor' });
    // Nobody joins under a withdrawn consent.
    await expectAppError(
      pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') }),
      'OUTSIDE_CONSENT_SCOPE',
    );
    await expectAppError(
      pat.sharing.withdrawConsent({ episodeId, consentId, withdrawnBy: { kind: 'person', personId: motherId } }),
      'CONSENT_CHANGED',
    );
  });

  it('CO-5 leaves only the lead professional and managers once a lead professional is assigned', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    await pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId });
    await h.db.transaction((tx) =>
      insertLeadProfessional(tx, {
        episodeId,
        userId: hubWorkerId,
        assignedBy: h.userId('manager'),
        familyView: 'Mum would like Hana',
        now: h.clock.now(),
      }),
    );
    await pat.sharing.withdrawConsent({ episodeId, consentId, withdrawnBy: { kind: 'person', personId: motherId } });
    expect((await (await hubWorker()).assessment.get({ episodeId })).access.ground).toBe('lead_professional');
    expect((await (await as('manager')).assessment.get({ episodeId })).access.ground).toBe('manager');
    await expectAppError(pat.assessment.get({ episodeId }), 'NOT_FOUND');
  });
});

describe('SH-1 in lists: a practitioner never sees listed what they may not read', () => {
  it('SH-1 My work drops a draft for a co-assessor once consent to share is withdrawn (CO-5)', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.assessment.addCoAssessor({ episodeId, userId: h.userId('youthWorker') });
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    const listed = async () => (await (await as('youthWorker')).work.mine()).drafts.map((d) => d.episodeId);
    expect(await listed()).toContain(episodeId);
    await pat.sharing.withdrawConsent({ episodeId, consentId, withdrawnBy: { kind: 'person', personId: motherId } });
    expect(await listed()).not.toContain(episodeId);
    expect((await pat.work.mine()).drafts.map((d) => d.episodeId)).toContain(episodeId);
  });

  it('SH-3 a practitioner refused by CF-1 is shown the lead professional as the contact once assigned', async () => {
    const { episodeId, childId } = await startCafWithContent();
    await h.db.transaction((tx) =>
      insertLeadProfessional(tx, {
        episodeId,
        userId: hubWorkerId,
        assignedBy: h.userId('manager'),
        familyView: '',
        now: h.clock.now(),
      }),
    );
    const refused = await expectAppError(
      (await as('colleague')).episodes.start({ childId, checklist: calmChecklist }),
      'EPISODE_ALREADY_OPEN',
    );
    expect(refused.details).toMatchObject({ contact: { name: 'Hana Hub', role: 'lead_professional' } });
  });
});

describe('CO-4 and CO-5 reach the lead professional', () => {
  it('CO-4 reminds the assessor (no lead professional yet) in My work, overdue after 14 days', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(consent(episodeId, motherId, { method: 'verbal', date: '2026-11-23' }));
    const due = async () => (await pat.work.mine()).verbalConsentsToConfirm.find((v) => v.episodeId === episodeId);
    expect(await due()).toMatchObject({ dueOn: '2026-12-07', overdue: false });
    h.clock.advanceMinutes(15 * 24 * 60);
    try {
      expect(await due()).toMatchObject({ overdue: true });
    } finally {
      h.clock.advanceMinutes(-15 * 24 * 60);
    }
    // Nobody else is reminded.
    expect((await (await as('youthWorker')).work.mine()).verbalConsentsToConfirm).toEqual([]);
  });

  it('CO-5 tells the lead professional when consent is withdrawn, and only they can mark it read', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    await pat.sharing.addTeamMember({ episodeId, userId: hubWorkerId });
    await h.db.transaction((tx) =>
      insertLeadProfessional(tx, {
        episodeId,
        userId: hubWorkerId,
        assignedBy: h.userId('manager'),
        familyView: '',
        now: h.clock.now(),
      }),
    );
    await pat.sharing.withdrawConsent({ episodeId, consentId, withdrawnBy: { kind: 'person', personId: motherId } });
    const hana = await hubWorker();
    const [told] = (await hana.work.mine()).notifications.filter(
      (n) => n.episodeId === episodeId && n.kind === 'consent_withdrawn',
    );
    expect(told).toMatchObject({ kind: 'consent_withdrawn', read: false });
    expect(told?.message).toMatch(/Consent to share was withdrawn/);
    if (!told) throw new Error('not told');
    await expectAppError(pat.work.markNotificationRead({ notificationId: told.id }), 'NOT_FOUND');
    await hana.work.markNotificationRead({ notificationId: told.id });
    expect((await hana.work.mine()).notifications.find((n) => n.id === told.id)?.read).toBe(true);
  });
});

describe('CO-6 corrections, not deletions', () => {
  it('CO-6 corrects a wrong date with a reason and keeps the original in the history', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId, { date: '2026-11-02' }));
    const missingReason = await expectAppError(
      pat.sharing.correctConsent({
        episodeId,
        consentId,
        givenBy: { kind: 'person', personId: motherId },
        method: 'written',
        date: '2026-11-12',
        reason: '',
      }),
      'VALIDATION_FAILED',
    );
    expect(missingReason.fieldErrors?.reason).toBe('Enter why the record is being corrected');
    const { consentId: correctedId } = await pat.sharing.correctConsent({
      episodeId,
      consentId,
      givenBy: { kind: 'person', personId: motherId },
      method: 'written',
      date: '2026-11-12',
      reason: 'The form was signed on 12 November, not 2 November',
    });
    const page = await pat.sharing.get({ episodeId });
    expect(page.consent.standingId).toBe(correctedId);
    expect(page.consent.history.map((r) => [r.decidedOn, r.standing, r.correctsId])).toEqual([
      ['2026-11-02', false, null],
      ['2026-11-12', true, consentId],
    ]);
    // The original is the history now: it cannot be corrected or confirmed again.
    await expectAppError(
      pat.sharing.correctConsent({
        episodeId,
        consentId,
        givenBy: { kind: 'person', personId: motherId },
        method: 'written',
        date: '2026-11-13',
        reason: 'again',
      }),
      'CONSENT_CHANGED',
    );
  });

  it('CO-6 the database refuses to edit or delete a consent record, whoever connects', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    const { consentId } = await pat.sharing.recordConsent(consent(episodeId, motherId));
    await expect(
      h.db.execute(sql`update consent_to_share set decided_on = '2026-01-01' where id = ${consentId}`),
    ).rejects.toMatchObject({ cause: { code: '55000' } });
    await expect(h.db.execute(sql`delete from consent_to_share where id = ${consentId}`)).rejects.toMatchObject({
      cause: { code: '55000' },
    });
  });
});

describe('CO-7 sharing without consent', () => {
  it('CO-7 records ground, reason, what and with whom; the recipient joins the team on that ground', async () => {
    const { episodeId, pat } = await startCafWithContent();
    const refused = await expectAppError(
      pat.sharing.shareWithoutConsent({
        episodeId,
        ground: 'significant_harm_to_child',
        reason: '',
        shared: 'basic',
        recipient: { kind: 'practitioner', userId: hubWorkerId },
      }),
      'VALIDATION_FAILED',
    );
    expect(refused.fieldErrors?.reason).toMatch(/Enter why/);
    const { shareId } = await pat.sharing.shareWithoutConsent({
      episodeId,
      ground: 'significant_harm_to_child',
      reason: 'Disclosure of harm at home on 22 November',
      shared: 'basic',
      recipient: { kind: 'practitioner', userId: hubWorkerId },
    });
    await pat.sharing.shareWithoutConsent({
      episodeId,
      ground: 'serious_crime',
      reason: 'Police request about county lines exploitation',
      shared: 'basic_and_additional',
      recipient: { kind: 'outside', name: 'DC Sam Reid', organisation: 'West Yorkshire Police' },
    });
    const hana = await hubWorker();
    const view = await hana.assessment.get({ episodeId });
    expect(view.access).toMatchObject({ ground: 'team_without_consent', sensitive: 'hidden' });
    expect(JSON.stringify(view)).not.toContain(SENSITIVE);

    const managerPage = await (await as('manager')).sharing.get({ episodeId });
    expect(managerPage.sharesWithoutConsent.map((s) => [s.ground, s.recipient.name])).toEqual([
      ['significant_harm_to_child', 'Hana Hub'],
      ['serious_crime', 'DC Sam Reid'],
    ]);
    const [event] = await h.db
      .select()
      .from(tables.auditEvent)
      .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, 'sharing.without_consent')))
      .orderBy(tables.auditEvent.id)
      .limit(1);
    expect(event?.detail).toMatchObject({ shareId, flaggedToManagers: true });
    await expect(
      h.db.execute(sql`update share_without_consent set reason = 'x' where id = ${shareId}`),
    ).rejects.toMatchObject({ cause: { code: '55000' } });
  });
});

describe('SH-5 every read is audited with its ground, and the family sees who has looked', () => {
  it('SH-5 lists who read the record, newest first, with the ground, to the assessor and managers only', async () => {
    const { episodeId, motherId, pat } = await startCafWithContent();
    await pat.sharing.recordConsent(consent(episodeId, motherId));
    await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
    await (await as('youthWorker')).assessment.get({ episodeId });
    await (await as('manager')).assessment.get({ episodeId });

    const log = await (await as('manager')).sharing.whoLooked({ episodeId });
    const [managerRead, youthRead] = log.reads;
    expect(managerRead).toMatchObject({ who: 'Maya Manager', action: 'assessment.viewed', ground: 'manager' });
    expect(youthRead).toMatchObject({
      who: 'Yara Youth',
      organisation: 'Youth Service',
      ground: expect.stringMatching(/^team:consent:/),
    });
    expect((await pat.sharing.whoLooked({ episodeId })).reads).toHaveLength(2);
    await expectAppError((await as('youthWorker')).sharing.whoLooked({ episodeId }), 'FORBIDDEN');
    await expectAppError((await as('colleague')).sharing.whoLooked({ episodeId }), 'NOT_FOUND');
  });

  it('SH-5 a refused read is audited too, without revealing the record', async () => {
    const { episodeId } = await startCafWithContent();
    await expectAppError((await as('colleague')).assessment.get({ episodeId }), 'NOT_FOUND');
    const denied = await h.db
      .select()
      .from(tables.auditEvent)
      .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, 'episode.access_denied')));
    expect(denied.map((e) => e.actorUserId)).toEqual([h.userId('colleague')]);
  });
});
