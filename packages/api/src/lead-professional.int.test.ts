import { hashPassword, markEpisodeActive, markVersionCompleted, tables } from '@ecaf/db';
import { isoDateInLondon } from '@ecaf/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness, PASSWORD } from './testing/harness';

/**
 * The lead professional (LP-1 to LP-3), the lead professional's coordination of the team (LP-4)
 * and requests to join the team of an open CAF (CF-1), through the API on a real database.
 * The tests run in order on one episode, as the roles pass from one practitioner to another.
 */

let h: Harness;
let episodeId: string;
let childId: string;
let motherId: string;
let otherChildId: string;
const extra = {
  nina: { name: 'Nina Nurse', email: 'nina@youth.test' },
  hugo: { name: 'Hugo Hub', email: 'hugo@hub.test' },
} as const;
const ids: Record<keyof typeof extra, string> = { nina: '', hugo: '' };

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

const view = 'Mum would like Yara, who already knows the family.';

async function as(who: 'practitioner' | 'colleague' | 'youthWorker' | 'manager' | 'administrator' | 'family') {
  return (await h.signedIn(who)).call();
}
async function asExtra(who: keyof typeof extra) {
  const b = h.browser();
  await b.signIn(extra[who].email);
  return b.call();
}

async function auditActions(action: string) {
  return h.db
    .select()
    .from(tables.auditEvent)
    .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, action)));
}

async function notificationsOf(userId: string, kind: (typeof tables.notificationKind.enumValues)[number]) {
  return h.db
    .select()
    .from(tables.notification)
    .where(and(eq(tables.notification.userId, userId), eq(tables.notification.kind, kind)));
}

async function newChild(familyName: string) {
  const [child] = await h.db
    .insert(tables.child)
    .values({ authorityId: h.authority.id, givenNames: 'Ellie', familyName, sex: 'female', dateOfBirth: '2012-04-02' })
    .returning();
  if (!child) throw new Error('no child');
  return child.id;
}

beforeAll(async () => {
  h = await createHarness();
  const passwordHash = await hashPassword(PASSWORD);
  const inserted = await h.db
    .insert(tables.appUser)
    .values(
      [
        { ...extra.nina, organisationId: h.orgs.youth.id },
        { ...extra.hugo, organisationId: h.orgs.hub.id },
      ].map((u) => ({
        ...u,
        role: 'practitioner' as const,
        authorityId: h.authority.id,
        passwordHash,
        jobTitle: 'Nurse',
        telephone: '07700 900200',
      })),
    )
    .returning();
  for (const key of Object.keys(extra) as (keyof typeof extra)[]) {
    ids[key] = inserted.find((u) => u.email === extra[key].email)?.id ?? '';
  }

  childId = await newChild('Lead');
  otherChildId = await newChild('Nocaf');
  const [mother] = await h.db
    .insert(tables.person)
    .values({ authorityId: h.authority.id, name: 'Jo Lead' })
    .returning();
  if (!mother) throw new Error('no mother');
  motherId = mother.id;
  await h.db
    .insert(tables.childPerson)
    .values({ childId, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });
  const pat = await as('practitioner');
  const started = await pat.episodes.start({ childId, checklist: calmChecklist });
  if (started.outcome !== 'episode_started') throw new Error(started.outcome);
  episodeId = started.episodeId;
  const today = isoDateInLondon(h.clock.now());
  await pat.assessment.recordConsent({
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.id },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: today,
    method: 'written',
    whatWasExplained: 'What a CAF is and who will see it.',
  });
  // CO-3: everyone but the early help hub may see basic information.
  await pat.sharing.recordConsent({
    episodeId,
    givenBy: { kind: 'person', personId: mother.id },
    method: 'written',
    date: today,
    basicScope: { kind: 'all_except', organisationIds: [h.orgs.hub.id] },
    additionalScope: { kind: 'all', organisationIds: [] },
    whatWasExplained: 'Who the assessment will be shared with.',
  });
  await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
  await pat.sharing.addTeamMember({ episodeId, userId: ids.nina });
}, 60_000);

afterAll(async () => {
  await h?.close();
});

async function completeAssessment() {
  const [version] = await h.db
    .select({ id: tables.assessmentVersion.id })
    .from(tables.assessmentVersion)
    .where(eq(tables.assessmentVersion.episodeId, episodeId));
  if (!version) throw new Error('no version');
  await markVersionCompleted(h.db, {
    versionId: version.id,
    userId: h.userId('practitioner'),
    now: h.clock.now(),
    derivedSnapshot: {},
  });
  await markEpisodeActive(h.db, episodeId);
}

describe('LP-1 LP-2 assigning the lead professional', () => {
  it('SH-4 notifies a practitioner added to the team', async () => {
    expect(await notificationsOf(h.userId('youthWorker'), 'added_to_team')).toHaveLength(1);
  });

  it('LP-1 refuses a lead professional before the assessment is completed, and says so first', async () => {
    const pat = await as('practitioner');
    const page = await pat.leadProfessional.get({ episodeId });
    expect(page.current).toBeNull();
    expect(page.mayAssign).toBe(true);
    expect(page.notReady).toBe('You can assign a lead professional once the assessment is completed.');
    const refused = await expectAppError(
      pat.leadProfessional.assign({ episodeId, userId: h.userId('youthWorker'), familyView: view }),
      'LEAD_PROFESSIONAL_NOT_ALLOWED',
    );
    expect(refused.message).toBe('You can assign a lead professional once the assessment is completed.');
  });

  it('LP-1 refuses someone who is not a member of the team', async () => {
    await completeAssessment();
    const pat = await as('practitioner');
    const refused = await expectAppError(
      pat.leadProfessional.assign({ episodeId, userId: h.userId('colleague'), familyView: view }),
      'VALIDATION_FAILED',
    );
    expect(refused.fieldErrors?.userId).toContain('must be a practitioner in the team');
  });

  it("LP-2 refuses an assignment without the family's view", async () => {
    const pat = await as('practitioner');
    const refused = await expectAppError(
      pat.leadProfessional.assign({ episodeId, userId: h.userId('youthWorker'), familyView: '  ' }),
      'VALIDATION_FAILED',
    );
    expect(refused.fieldErrors?.familyView).toBe("Enter the family's view on who should be the lead professional");
  });

  it('SH-1 refuses a colleague not on the team with NOT_FOUND, a team member with FORBIDDEN, the family and administrators by permission', async () => {
    await expectAppError((await as('colleague')).leadProfessional.get({ episodeId }), 'NOT_FOUND');
    const colleagueAssign = (await as('colleague')).leadProfessional.assign({
      episodeId,
      userId: h.userId('colleague'),
      familyView: view,
    });
    await expectAppError(colleagueAssign, 'NOT_FOUND');
    const nina = await asExtra('nina');
    await expectAppError(nina.leadProfessional.assign({ episodeId, userId: ids.nina, familyView: view }), 'FORBIDDEN');
    expect((await nina.leadProfessional.get({ episodeId })).mayAssign).toBe(false);
    await expectAppError((await as('family')).leadProfessional.get({ episodeId }), 'FORBIDDEN');
    await expectAppError(
      (await as('administrator')).leadProfessional.assign({ episodeId, userId: ids.nina, familyView: view }),
      'FORBIDDEN',
    );
  });

  it("LP-1 LP-2 the assessor assigns a team member, with the family's view; the new lead professional is told", async () => {
    const pat = await as('practitioner');
    await pat.leadProfessional.assign({ episodeId, userId: h.userId('youthWorker'), familyView: view });
    const page = await pat.leadProfessional.get({ episodeId });
    expect(page.current).toMatchObject({
      name: 'Yara Youth',
      organisation: 'Youth Service',
      telephone: '07700 900123',
    });
    expect(page.history).toEqual([
      expect.objectContaining({ name: 'Yara Youth', familyView: view, assignedBy: 'Pat Assessor', endedAt: null }),
    ]);
    expect(await auditActions('lead_professional.assigned')).toHaveLength(1);
    expect(await notificationsOf(h.userId('youthWorker'), 'lead_professional_assigned')).toHaveLength(1);
  });

  it('LP-1 one at a time: assigning again is refused; the role is handed over instead', async () => {
    const yara = await as('youthWorker');
    await expectAppError(
      yara.leadProfessional.assign({ episodeId, userId: ids.nina, familyView: view }),
      'HANDOVER_REQUIRED',
    );
  });

  it('LP-1 the assessor no longer assigns once a lead professional is assigned (FORBIDDEN)', async () => {
    const pat = await as('practitioner');
    await expectAppError(
      pat.leadProfessional.handOver({ episodeId, toUserId: ids.nina, note: 'Over to Nina', familyView: view }),
      'FORBIDDEN',
    );
  });
});

describe('LP-3 handover', () => {
  it('LP-3 the lead professional cannot be removed from the team until the role is handed over', async () => {
    const pat = await as('practitioner');
    await expectAppError(
      pat.sharing.removeTeamMember({ episodeId, userId: h.userId('youthWorker') }),
      'HANDOVER_REQUIRED',
    );
  });

  it('LP-3 refuses a handover without a note, to the same person, or to someone not on the team', async () => {
    const yara = await as('youthWorker');
    const noNote = await expectAppError(
      yara.leadProfessional.handOver({ episodeId, toUserId: ids.nina, note: ' ', familyView: view }),
      'VALIDATION_FAILED',
    );
    expect(noNote.fieldErrors?.note).toBe('Enter a handover note for the new lead professional');
    const same = await expectAppError(
      yara.leadProfessional.handOver({ episodeId, toUserId: h.userId('youthWorker'), note: 'n', familyView: view }),
      'VALIDATION_FAILED',
    );
    expect(same.fieldErrors?.toUserId).toContain('different practitioner');
    const outsider = await expectAppError(
      yara.leadProfessional.handOver({ episodeId, toUserId: h.userId('colleague'), note: 'n', familyView: view }),
      'VALIDATION_FAILED',
    );
    expect(outsider.fieldErrors?.toUserId).toContain('in the team');
  });

  it('LP-3 the lead professional hands over to another member with a note; the history keeps both', async () => {
    h.clock.advanceMinutes(60);
    const yara = await as('youthWorker');
    await yara.leadProfessional.handOver({
      episodeId,
      toUserId: ids.nina,
      note: 'Attendance plan agreed; the next review is booked.',
      familyView: 'Mum is happy with Nina.',
    });
    const page = await yara.leadProfessional.get({ episodeId });
    expect(page.current?.name).toBe('Nina Nurse');
    expect(page.history.map((r) => [r.name, r.endedAt !== null, r.handoverNote, r.endedBy])).toEqual([
      ['Yara Youth', true, 'Attendance plan agreed; the next review is booked.', 'Yara Youth'],
      ['Nina Nurse', false, '', null],
    ]);
    expect(await auditActions('lead_professional.handed_over')).toHaveLength(1);
    expect(await notificationsOf(ids.nina, 'lead_professional_assigned')).toHaveLength(1);
    // LP-3: now handed over, Yara may leave the team.
    await (await as('practitioner')).sharing.removeTeamMember({ episodeId, userId: h.userId('youthWorker') });
  });

  it('LP-1 a manager changes the lead professional at any time; an assessor chosen joins the team', async () => {
    h.clock.advanceMinutes(60);
    const maya = await as('manager');
    await maya.leadProfessional.handOver({
      episodeId,
      toUserId: h.userId('practitioner'),
      note: 'Nina is on leave; Pat takes over.',
      familyView: 'The family agreed.',
    });
    const page = await maya.leadProfessional.get({ episodeId });
    expect(page.current?.name).toBe('Pat Assessor');
    expect(page.history).toHaveLength(3);
    const team = await maya.team.get({ episodeId });
    expect(team.practitioners.find((p) => p.name === 'Pat Assessor')).toMatchObject({ leftAt: null });
    expect(team.practitioners.find((p) => p.name === 'Yara Youth')?.leftAt).not.toBeNull();
    const rows = await h.db
      .select()
      .from(tables.leadProfessional)
      .where(eq(tables.leadProfessional.episodeId, episodeId))
      .orderBy(asc(tables.leadProfessional.assignedAt));
    expect(rows.filter((r) => r.endedAt === null)).toHaveLength(1);
  });
});

describe('CF-1 asking to join the team', () => {
  it('CF-1 a practitioner not on the team asks to join; the lead professional is told', async () => {
    const colin = await as('colleague');
    const asked = await colin.team.requestToJoin({ childId, message: 'I teach Ellie and can help with attendance.' });
    expect(asked.reference).toMatch(/^CAF-/);
    expect(await auditActions('team.join_requested')).toHaveLength(1);
    expect(await notificationsOf(h.userId('practitioner'), 'join_requested')).toHaveLength(1);
  });

  it('CF-1 one pending request at a time; nobody already on the team asks', async () => {
    await expectAppError(
      (await as('colleague')).team.requestToJoin({ childId, message: 'Again' }),
      'JOIN_REQUEST_REFUSED',
    );
    await expectAppError(
      (await asExtra('nina')).team.requestToJoin({ childId, message: 'Me' }),
      'JOIN_REQUEST_REFUSED',
    );
  });

  it('CF-1 refuses a child without an open CAF (NOT_FOUND) and a manager by permission', async () => {
    await expectAppError(
      (await as('colleague')).team.requestToJoin({ childId: otherChildId, message: 'Hello' }),
      'NOT_FOUND',
    );
    await expectAppError((await as('manager')).team.requestToJoin({ childId, message: 'Hello' }), 'FORBIDDEN');
  });

  it('LP-4 only the lead professional sees and decides requests (FORBIDDEN to team members, NOT_FOUND to others)', async () => {
    const nina = await asExtra('nina');
    await expectAppError(nina.team.listRequests({ episodeId }), 'FORBIDDEN');
    await expectAppError((await as('youthWorker')).team.listRequests({ episodeId }), 'NOT_FOUND');
    const pat = await as('practitioner');
    const { requests } = await pat.team.listRequests({ episodeId });
    // SH-5: reading the requests (who asked, their contact details) is audited like any read.
    expect(await auditActions('team.requests_viewed')).toHaveLength(1);
    const request = requests[0];
    if (!request) throw new Error('no request');
    await expectAppError(
      nina.team.decideRequest({ requestId: request.id, decision: 'accepted', reason: '' }),
      'FORBIDDEN',
    );
  });

  it('CF-1 a decline needs a reason, and the practitioner is told', async () => {
    const pat = await as('practitioner');
    const [request] = (await pat.team.listRequests({ episodeId })).requests;
    if (!request) throw new Error('no request');
    await expectAppError(
      pat.team.decideRequest({ requestId: request.id, decision: 'declined', reason: '' }),
      'VALIDATION_FAILED',
    );
    await pat.team.decideRequest({
      requestId: request.id,
      decision: 'declined',
      reason: 'School is already involved.',
    });
    const decided = (await pat.team.listRequests({ episodeId })).requests[0];
    expect(decided).toMatchObject({ decision: 'declined', decisionReason: 'School is already involved.' });
    expect(await notificationsOf(h.userId('colleague'), 'join_decided')).toHaveLength(1);
    await expectAppError(
      pat.team.decideRequest({ requestId: request.id, decision: 'accepted', reason: '' }),
      'JOIN_REQUEST_REFUSED',
    );
  });

  it('CF-1 an accepted request adds the practitioner to the team', async () => {
    h.clock.advanceMinutes(5);
    await (await as('colleague')).team.requestToJoin({ childId, message: 'Asking again: attendance has dropped.' });
    const pat = await as('practitioner');
    const pending = (await pat.team.listRequests({ episodeId })).requests.find((r) => r.decision === null);
    if (!pending) throw new Error('no pending request');
    await pat.team.decideRequest({ requestId: pending.id, decision: 'accepted', reason: '' });
    const team = await pat.team.get({ episodeId });
    expect(team.practitioners.find((p) => p.name === 'Colin Colleague')).toMatchObject({ leftAt: null });
    expect(await auditActions('team.join_decided')).toHaveLength(2);
    // Now on the team, Colin reads the record.
    await (await as('colleague')).leadProfessional.get({ episodeId });
  });

  it('CF-1 SH-4 accepting someone outside the consent scope is refused and the request stays waiting', async () => {
    const hugo = await asExtra('hugo');
    await hugo.team.requestToJoin({ childId, message: 'Early help hub worker.' });
    const pat = await as('practitioner');
    const pending = (await pat.team.listRequests({ episodeId })).requests.find((r) => r.decision === null);
    if (!pending) throw new Error('no pending request');
    expect(pending.consentRefusal).toContain('does not include Early Help Hub');
    await expectAppError(
      pat.team.decideRequest({ requestId: pending.id, decision: 'accepted', reason: '' }),
      'OUTSIDE_CONSENT_SCOPE',
    );
    expect(await auditActions('team.member_refused')).toHaveLength(1);
    const still = (await pat.team.listRequests({ episodeId })).requests.find((r) => r.id === pending.id);
    expect(still?.decision).toBeNull();
  });
});

describe('LP-4 family members of the team', () => {
  it('LP-4 the lead professional adds a parent and the young person, with joining dates', async () => {
    const pat = await as('practitioner');
    await pat.team.addFamilyMember({ episodeId, member: { kind: 'person', personId: motherId } });
    h.clock.advanceMinutes(1);
    await pat.team.addFamilyMember({ episodeId, member: { kind: 'child' } });
    const team = await pat.team.get({ episodeId });
    expect(team.family.map((f) => [f.kind, f.name, f.leftAt])).toEqual([
      ['person', 'Jo Lead', null],
      ['child', 'Ellie Lead', null],
    ]);
    expect(team.familyCandidates).toEqual([]);
    expect(await auditActions('team.family_member_added')).toHaveLength(2);
    await expectAppError(pat.team.addFamilyMember({ episodeId, member: { kind: 'child' } }), 'VALIDATION_FAILED');
  });

  it('LP-4 refuses someone who is not a parent or carer of the child', async () => {
    const pat = await as('practitioner');
    const stranger = '0b7c2f9e-1d5a-4c3e-9f8b-2a6d4e1c7b90';
    await expectAppError(
      pat.team.addFamilyMember({ episodeId, member: { kind: 'person', personId: stranger } }),
      'VALIDATION_FAILED',
    );
  });

  it('LP-4 a family member leaves: the leaving date is kept', async () => {
    h.clock.advanceMinutes(10);
    const pat = await as('practitioner');
    await pat.team.removeFamilyMember({ episodeId, member: { kind: 'child' } });
    const team = await pat.team.get({ episodeId });
    expect(team.family.find((f) => f.kind === 'child')?.leftAt).not.toBeNull();
    await expectAppError(pat.team.removeFamilyMember({ episodeId, member: { kind: 'child' } }), 'NOT_FOUND');
  });

  it('LP-4 team members and managers do not manage the family members (FORBIDDEN); others are told nothing', async () => {
    const member = { episodeId, member: { kind: 'child' as const } };
    await expectAppError((await asExtra('nina')).team.addFamilyMember(member), 'FORBIDDEN');
    await expectAppError((await as('manager')).team.addFamilyMember(member), 'FORBIDDEN');
    await expectAppError((await asExtra('hugo')).team.addFamilyMember(member), 'NOT_FOUND');
  });
});
