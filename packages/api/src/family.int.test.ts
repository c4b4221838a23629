import { tables } from '@ecaf/db';
import { addDaysToIsoDate, isoDateInLondon, type SaveSectionInput } from '@ecaf/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMailer } from './services/mail';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';
import { startSmtpSink } from './testing/smtp-sink';

/**
 * Family accounts and the family view through the API (screen 6): invitations that work once
 * and for 7 days, the family member seeing only the children they are party to (SH-1), who has
 * looked (SH-5), their views on the draft (CF-3, CF-6, CF-7), and their consent (CO-4, CO-5).
 */

let h: Harness;
const FAMILY_PASSWORD = 'a long family passphrase';
const DAY_MINUTES = 24 * 60;
const today = () => isoDateInLondon(h.clock.now());

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

type Caf = { episodeId: string; childId: string; motherId: string; uncleId: string; childName: string };

let families = 0;

/** A child with a mother (parental responsibility) and an uncle (none), and a CAF started by Pat. */
async function startCaf(options: { dateOfBirth?: string; consent?: boolean } = {}): Promise<Caf> {
  families += 1;
  const familyName = `Morgan${families}`;
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: h.authority.id,
      givenNames: 'Kai',
      familyName,
      sex: 'male',
      dateOfBirth: options.dateOfBirth ?? '2012-03-14',
    })
    .returning();
  const [mother, uncle] = await h.db
    .insert(tables.person)
    .values([
      { authorityId: h.authority.id, name: `Dana ${familyName}` },
      { authorityId: h.authority.id, name: `Rob ${familyName}` },
    ])
    .returning();
  if (!child || !mother || !uncle) throw new Error('no family');
  await h.db.insert(tables.childPerson).values([
    { childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true },
    { childId: child.id, personId: uncle.id, relationship: 'Uncle', parentalResponsibility: false },
  ]);
  const pat = await practitioner();
  const started = await pat.episodes.start({ childId: child.id, checklist: calmChecklist });
  if (started.outcome !== 'episode_started') throw new Error(started.outcome);
  const caf = {
    episodeId: started.episodeId,
    childId: child.id,
    motherId: mother.id,
    uncleId: uncle.id,
    childName: `Kai ${familyName}`,
  };
  if (options.consent !== false) await consentToAssess(caf);
  return caf;
}

async function practitioner() {
  return (await h.signedIn('practitioner')).call();
}

async function consentToAssess(caf: Caf) {
  await (await practitioner()).assessment.recordConsent({
    episodeId: caf.episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: caf.motherId },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: today(),
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
  });
}

async function consentToShare(caf: Caf, method: 'written' | 'verbal' = 'written') {
  const { consentId } = await (await practitioner()).sharing.recordConsent({
    episodeId: caf.episodeId,
    givenBy: { kind: 'person', personId: caf.motherId },
    method,
    date: today(),
    basicScope: { kind: 'all', organisationIds: [] },
    additionalScope: { kind: 'only', organisationIds: [h.orgs.youth.id] },
    whatWasExplained: 'Who the assessment will be shared with, and that consent can be withdrawn.',
  });
  return consentId;
}

function tokenOf(path: string): string {
  const token = path.split('/invitations/')[1];
  if (!token) throw new Error(`not an invitation path: ${path}`);
  return token;
}

let emails = 0;
const newEmail = () => {
  emails += 1;
  return `family${emails}@home.test`;
};

async function invite(caf: Caf, who: 'mother' | 'child' = 'mother', email = newEmail()) {
  const created = await (await practitioner()).family.invite({
    episodeId: caf.episodeId,
    invitee: who === 'mother' ? { kind: 'person', personId: caf.motherId } : { kind: 'child' },
    email,
  });
  return { ...created, token: tokenOf(created.path) };
}

/** Opens the link in a browser of their own and sets a password: signed in as the family member. */
async function accept(token: string) {
  const b = h.browser();
  await (await b.call()).family.acceptInvitation({
    token,
    password: FAMILY_PASSWORD,
    confirmPassword: FAMILY_PASSWORD,
  });
  return b;
}

async function familyMember(caf: Caf, who: 'mother' | 'child' = 'mother') {
  const { token } = await invite(caf, who);
  return (await accept(token)).call();
}

async function auditEvents(action: string, episodeId: string) {
  return h.db
    .select()
    .from(tables.auditEvent)
    .where(and(eq(tables.auditEvent.action, action), eq(tables.auditEvent.episodeId, episodeId)))
    .orderBy(desc(tables.auditEvent.id));
}

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('invitations', () => {
  it('a link shows only who it is for and who sent it, works once, and signs the family member in', async () => {
    const caf = await startCaf();
    const created = await invite(caf);
    expect(created.path).toMatch(/^\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(created.delivery).toBe('not_configured');
    // Only the token's hash is stored.
    const [stored] = await h.db
      .select()
      .from(tables.familyInvitation)
      .where(eq(tables.familyInvitation.id, created.invitationId));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.tokenHash).not.toContain(created.token);

    const signedOut = await h.browser().call();
    const described = await signedOut.family.invitation({ token: created.token });
    expect(described).toEqual({
      usable: true,
      inviteeName: `Dana ${caf.childName.split(' ')[1]}`,
      email: created.email,
      invitedBy: { name: 'Pat Assessor', organisation: 'Parkside High School' },
      expiresAt: new Date(h.clock.now().getTime() + 7 * DAY_MINUTES * 60_000).toISOString(),
    });
    expect(JSON.stringify(described)).not.toContain('Kai');

    const mismatch = await expectAppError(
      signedOut.family.acceptInvitation({
        token: created.token,
        password: FAMILY_PASSWORD,
        confirmPassword: 'something else entirely',
      }),
      'VALIDATION_FAILED',
    );
    expect(mismatch.fieldErrors).toEqual({ confirmPassword: 'The passwords do not match' });

    const browser = await accept(created.token);
    expect(browser.cookie).not.toBeNull();
    const me = await (await browser.call()).auth.me();
    expect(me.user).toMatchObject({ role: 'family_member', email: created.email, organisationName: null });
    const home = await (await browser.call()).family.home();
    expect(home.children).toEqual([
      expect.objectContaining({
        childId: caf.childId,
        name: caf.childName,
        isYou: false,
        episodes: [expect.objectContaining({ episodeId: caf.episodeId })],
      }),
    ]);

    // Single use: the same link does nothing the second time, and says why.
    const again = await expectAppError(
      (await h.browser().call()).family.acceptInvitation({
        token: created.token,
        password: FAMILY_PASSWORD,
        confirmPassword: FAMILY_PASSWORD,
      }),
      'INVITATION_INVALID',
    );
    expect(again.message).toBe('This invitation has already been used. Sign in with the password you chose.');
    expect(await signedOut.family.invitation({ token: created.token })).toEqual({
      usable: false,
      message: 'This invitation has already been used. Sign in with the password you chose.',
    });
    // The family member can sign in with the password they chose.
    await h.browser().signIn(created.email, FAMILY_PASSWORD);

    const list = await (await practitioner()).family.invitations({ episodeId: caf.episodeId });
    expect(list.invitations).toEqual([expect.objectContaining({ id: created.invitationId, status: 'accepted' })]);
    expect(list.people.find((p) => p.personId === caf.motherId)).toMatchObject({
      hasAccount: true,
      allowed: false,
      refusal: 'This person already has a family account. They can sign in with it.',
    });
    expect((await auditEvents('family.invitation_accepted', caf.episodeId)).length).toBe(1);
  });

  it('two acceptances of one link at once: exactly one account is made', async () => {
    const caf = await startCaf();
    const { token } = await invite(caf);
    const attempt = async () =>
      (await h.browser().call()).family
        .acceptInvitation({ token, password: FAMILY_PASSWORD, confirmPassword: FAMILY_PASSWORD })
        .then(
          () => 'accepted',
          () => 'refused',
        );
    const outcomes = await Promise.all([attempt(), attempt()]);
    expect(outcomes.sort()).toEqual(['accepted', 'refused']);
    const [person] = await h.db.select().from(tables.person).where(eq(tables.person.id, caf.motherId));
    expect(person?.userId).not.toBeNull();
  });

  it('expires 7 days after it was made', async () => {
    const caf = await startCaf();
    const { token } = await invite(caf);
    const signedOut = await h.browser().call();
    h.clock.advanceMinutes(7 * DAY_MINUTES - 1);
    expect((await signedOut.family.invitation({ token })).usable).toBe(true);
    h.clock.advanceMinutes(1);
    expect(await signedOut.family.invitation({ token })).toEqual({
      usable: false,
      message:
        'This invitation has expired: invitations last 7 days. Ask the practitioner who invited you for a new one.',
    });
    const refused = await expectAppError(
      signedOut.family.acceptInvitation({ token, password: FAMILY_PASSWORD, confirmPassword: FAMILY_PASSWORD }),
      'INVITATION_INVALID',
    );
    expect(refused.message).toMatch(/has expired/);
    const [event] = await auditEvents('family.invitation_refused', caf.episodeId);
    expect(event?.detail).toMatchObject({ reason: 'INVITATION_EXPIRED' });
    const list = await (await practitioner()).family.invitations({ episodeId: caf.episodeId });
    expect(list.invitations[0]?.status).toBe('expired');
  });

  it('a withdrawn link does nothing; a new link replaces the unused one', async () => {
    const caf = await startCaf();
    const first = await invite(caf);
    h.clock.advanceMinutes(1);
    const second = await invite(caf);
    const pat = await practitioner();
    let list = await pat.family.invitations({ episodeId: caf.episodeId });
    expect(list.invitations.map((i) => [i.id, i.status])).toEqual([
      [second.invitationId, 'pending'],
      [first.invitationId, 'revoked'],
    ]);
    await pat.family.revokeInvitation({ episodeId: caf.episodeId, invitationId: second.invitationId });
    await expectAppError(
      pat.family.revokeInvitation({ episodeId: caf.episodeId, invitationId: second.invitationId }),
      'NOT_FOUND',
    );
    for (const token of [first.token, second.token]) {
      const refused = await expectAppError(
        (await h.browser().call()).family.acceptInvitation({
          token,
          password: FAMILY_PASSWORD,
          confirmPassword: FAMILY_PASSWORD,
        }),
        'INVITATION_INVALID',
      );
      expect(refused.message).toBe(
        'This invitation was withdrawn. Ask the practitioner who invited you for a new one.',
      );
    }
    list = await pat.family.invitations({ episodeId: caf.episodeId });
    expect(list.invitations.map((i) => i.status)).toEqual(['revoked', 'revoked']);
    const unknown = await expectAppError(
      (await h.browser().call()).family.acceptInvitation({
        token: 'x'.repeat(43),
        password: FAMILY_PASSWORD,
        confirmPassword: FAMILY_PASSWORD,
      }),
      'INVITATION_INVALID',
    );
    expect(unknown.message).toMatch(/not right/);
  });

  it('only a parent or carer with parental responsibility, or a young person from 12, can be invited', async () => {
    const caf = await startCaf({ dateOfBirth: '2016-05-01' });
    const pat = await practitioner();
    const uncle = await expectAppError(
      pat.family.invite({
        episodeId: caf.episodeId,
        invitee: { kind: 'person', personId: caf.uncleId },
        email: newEmail(),
      }),
      'VALIDATION_FAILED',
    );
    expect(uncle.fieldErrors).toEqual({
      invitee: 'Only a parent or carer with parental responsibility can be given a family account.',
    });
    const young = await expectAppError(
      pat.family.invite({ episodeId: caf.episodeId, invitee: { kind: 'child' }, email: newEmail() }),
      'VALIDATION_FAILED',
    );
    expect(young.fieldErrors).toEqual({ invitee: 'A young person can have their own account from the age of 12.' });
    const taken = await expectAppError(
      pat.family.invite({
        episodeId: caf.episodeId,
        invitee: { kind: 'person', personId: caf.motherId },
        email: h.people.colleague.email.toUpperCase(),
      }),
      'VALIDATION_FAILED',
    );
    expect(taken.fieldErrors?.email).toMatch(/already used by an eCAF account/);
  });

  it('an email that got an account after the invitation was sent is refused clearly', async () => {
    const caf = await startCaf();
    const other = await startCaf();
    const email = newEmail();
    const { token } = await invite(caf, 'mother', email);
    await accept((await invite(other, 'mother', email)).token);
    const refused = await expectAppError(
      (await h.browser().call()).family.acceptInvitation({
        token,
        password: FAMILY_PASSWORD,
        confirmPassword: FAMILY_PASSWORD,
      }),
      'INVITATION_INVALID',
    );
    expect(refused.message).toBe(
      `There is already an eCAF account for ${email}. Sign in with it, or ask the practitioner who invited you to send the invitation to a different email address.`,
    );
  });

  it('only those who may change sharing can invite; a colleague and a manager cannot', async () => {
    const caf = await startCaf();
    const input = {
      episodeId: caf.episodeId,
      invitee: { kind: 'person', personId: caf.motherId },
      email: newEmail(),
    } as const;
    await expectAppError((await (await h.signedIn('colleague')).call()).family.invite(input), 'NOT_FOUND');
    await expectAppError((await (await h.signedIn('manager')).call()).family.invite(input), 'FORBIDDEN');
    await expectAppError((await (await h.signedIn('family')).call()).family.invite(input), 'FORBIDDEN');
  });
});

describe('the family view', () => {
  it('SH-1 a family member sees only the children they are party to', async () => {
    const ours = await startCaf();
    const theirs = await startCaf();
    const mum = await familyMember(ours);
    const otherMum = await familyMember(theirs);

    expect((await mum.family.episode({ episodeId: ours.episodeId })).child.name).toBe(ours.childName);
    await expectAppError(mum.family.episode({ episodeId: theirs.episodeId }), 'NOT_FOUND');
    await expectAppError(mum.family.whoLooked({ episodeId: theirs.episodeId }), 'NOT_FOUND');
    await expectAppError(otherMum.family.episode({ episodeId: ours.episodeId }), 'NOT_FOUND');
    expect((await otherMum.family.home()).children.map((c) => c.childId)).toEqual([theirs.childId]);
    // A family account linked to no child sees nothing.
    const unlinked = await (await h.signedIn('family')).call();
    expect((await unlinked.family.home()).children).toEqual([]);
    await expectAppError(unlinked.family.episode({ episodeId: ours.episodeId }), 'NOT_FOUND');
    // Never the practitioner procedures, even for their own child.
    await expectAppError(mum.assessment.get({ episodeId: ours.episodeId }), 'FORBIDDEN');
    await expectAppError(mum.sharing.get({ episodeId: ours.episodeId }), 'FORBIDDEN');
    await expectAppError(mum.family.invitations({ episodeId: ours.episodeId }), 'FORBIDDEN');
    // And practitioners never the family view, even the assessor.
    await expectAppError((await practitioner()).family.episode({ episodeId: ours.episodeId }), 'FORBIDDEN');
  });

  it('SH-5 shows who has looked at the record and when, a practitioner by name; the family read is audited', async () => {
    const caf = await startCaf();
    const mum = await familyMember(caf);
    h.clock.advanceMinutes(30);
    const readAt = h.clock.now().toISOString();
    await (await practitioner()).assessment.get({ episodeId: caf.episodeId });
    h.clock.advanceMinutes(5);
    await mum.family.episode({ episodeId: caf.episodeId });

    const { reads } = await mum.family.whoLooked({ episodeId: caf.episodeId });
    expect(reads[0]).toMatchObject({ what: 'Looked at the record in the family view', why: 'Family' });
    expect(reads).toContainEqual(
      expect.objectContaining({
        at: readAt,
        who: 'Pat Assessor',
        organisation: 'Parkside High School',
        what: 'Read the assessment',
        why: 'Doing the assessment',
      }),
    );
    const [viewed] = await auditEvents('family.episode_viewed', caf.episodeId);
    expect(viewed).toMatchObject({ ground: 'family', actorRole: 'family_member', childId: caf.childId });
    // The assessor sees the family's read in their own list.
    const seen = await (await practitioner()).sharing.whoLooked({ episodeId: caf.episodeId });
    expect(seen.reads[0]).toMatchObject({ action: 'family.episode_viewed', ground: 'family' });
  });

  it('CF-6 shows every version with its labels, newest first, with the team and the consent in force', async () => {
    const caf = await startCaf();
    const pat = await practitioner();
    await completeVersionOne(caf);
    await pat.assessment.startReview({ episodeId: caf.episodeId });
    await consentToShare(caf);
    await pat.sharing.addTeamMember({ episodeId: caf.episodeId, userId: h.userId('youthWorker') });
    const mum = await familyMember(caf);

    const view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'draft'],
      [1, 'completed'],
    ]);
    const reason = view.versions[1]?.sections.find((s) => s.sectionId === 'assessment-information');
    expect(reason?.fields).toContainEqual(
      expect.objectContaining({ label: 'What has led to this assessment?', value: 'Attendance has fallen to 62%.' }),
    );
    // Unanswered questions are left out rather than listed empty.
    expect(view.versions.flatMap((v) => v.sections.flatMap((s) => s.fields)).every((f) => f.value)).toBe(true);
    expect(view.team).toEqual([{ name: 'Yara Youth', jobTitle: 'Test', organisation: 'Youth Service' }]);
    expect(view.contact).toMatchObject({ isLeadProfessional: false, name: 'Pat Assessor', email: 'pat@school.test' });
    expect(view.consentToShare).toMatchObject({
      status: 'active',
      givenBy: { isYou: true },
      basicScope: { kind: 'all', organisations: [] },
      additionalScope: { kind: 'only', organisations: ['Youth Service'] },
      canWithdraw: true,
      canConfirm: false,
    });
    expect(view.consentToAssess).toMatchObject({ status: 'given', method: 'written' });
    expect(view.views).toMatchObject({ canAdd: true, versionNumber: 2, field: 'parentViews', text: 'Worried' });
  });
});

describe('the family adds their views', () => {
  it('CF-3 not before consent to assess; then their own field only, with the revision (CF-7)', async () => {
    const caf = await startCaf({ consent: false });
    const mum = await familyMember(caf);
    let view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.views).toMatchObject({ canAdd: false, reason: expect.stringMatching(/consent/) });
    const save = { episodeId: caf.episodeId, versionNumber: 1, baseRevision: 0, views: 'We want help with mornings.' };
    await expectAppError(mum.family.saveViews(save), 'CONSENT_REQUIRED');

    await consentToAssess(caf);
    const pat = await practitioner();
    await pat.assessment.saveSection({
      episodeId: caf.episodeId,
      versionNumber: 1,
      sectionId: 'views',
      baseRevision: 0,
      content: { childViews: 'Kai wants to stay at Parkside.' },
    });
    view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.views).toMatchObject({ canAdd: true, revision: 1, text: '' });

    // CF-7: written on a revision that has moved on, refused with what is saved now.
    const stale = await expectAppError(mum.family.saveViews(save), 'STALE_REVISION');
    expect(stale.details).toMatchObject({ revision: 1, text: '' });

    const saved = await mum.family.saveViews({ ...save, baseRevision: 1 });
    expect(saved.revision).toBe(2);
    const assessment = await pat.assessment.get({ episodeId: caf.episodeId });
    expect(assessment.version.sections.find((s) => s.sectionId === 'views')).toMatchObject({
      revision: 2,
      content: { childViews: 'Kai wants to stay at Parkside.', parentViews: 'We want help with mornings.' },
    });
    const [event] = await auditEvents('assessment.section_saved', caf.episodeId);
    expect(event).toMatchObject({ ground: 'family', actorRole: 'family_member' });
    expect(event?.detail).toMatchObject({ field: 'parentViews', from: 'family_view' });

    // The practitioner's autosave, based on revision 1, is now refused too (CF-7), not overwriting hers.
    await expectAppError(
      pat.assessment.saveSection({
        episodeId: caf.episodeId,
        versionNumber: 1,
        sectionId: 'views',
        baseRevision: 1,
        content: { childViews: 'Changed' },
      }),
      'STALE_REVISION',
    );
  });

  it('the young person writes their own views, into the young person’s field', async () => {
    const caf = await startCaf({ dateOfBirth: '2011-01-10' });
    const kai = await familyMember(caf, 'child');
    const view = await kai.family.episode({ episodeId: caf.episodeId });
    expect(view.you.party).toBe('child');
    expect(view.views.field).toBe('childViews');
    await kai.family.saveViews({
      episodeId: caf.episodeId,
      versionNumber: 1,
      baseRevision: view.views.revision,
      views: 'I want to stay at my school.',
    });
    const assessment = await (await practitioner()).assessment.get({ episodeId: caf.episodeId });
    expect(assessment.version.sections.find((s) => s.sectionId === 'views')?.content).toEqual({
      childViews: 'I want to stay at my school.',
    });
  });

  it('CF-6 not on a completed version', async () => {
    const caf = await startCaf();
    await completeVersionOne(caf);
    const mum = await familyMember(caf);
    const view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.views).toMatchObject({ canAdd: false, reason: expect.stringMatching(/finished/) });
    await expectAppError(
      mum.family.saveViews({
        episodeId: caf.episodeId,
        versionNumber: 1,
        baseRevision: view.views.revision,
        views: 'Too late',
      }),
      'VERSION_COMPLETED',
    );
  });
});

describe('the family and their consent to share', () => {
  it('CO-4 the person who gave verbal consent confirms it online', async () => {
    const caf = await startCaf({ dateOfBirth: '2011-01-10' });
    const consentId = await consentToShare(caf, 'verbal');
    const kai = await familyMember(caf, 'child');
    expect((await kai.family.episode({ episodeId: caf.episodeId })).consentToShare).toMatchObject({
      canConfirm: false,
      canWithdraw: false,
    });
    await expectAppError(kai.family.confirmConsent({ episodeId: caf.episodeId, consentId }), 'FORBIDDEN');

    const mum = await familyMember(caf);
    let view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.consentToShare).toMatchObject({
      status: 'awaiting_confirmation',
      confirmationDueOn: addDaysToIsoDate(today(), 14),
      canConfirm: true,
    });
    h.clock.advanceMinutes(2 * DAY_MINUTES);
    await mum.family.confirmConsent({ episodeId: caf.episodeId, consentId });
    view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.consentToShare).toMatchObject({ status: 'active', confirmedOn: today(), canConfirm: false });
    await expectAppError(mum.family.confirmConsent({ episodeId: caf.episodeId, consentId }), 'CONSENT_CHANGED');
    const [event] = await auditEvents('consent.to_share_confirmed', caf.episodeId);
    expect(event?.detail).toMatchObject({ consentId, method: 'online' });
  });

  it('CO-5 withdrawing needs confirming; sharing ends at once and a team member is refused at their next request', async () => {
    const caf = await startCaf();
    const consentId = await consentToShare(caf);
    const pat = await practitioner();
    await pat.sharing.addTeamMember({ episodeId: caf.episodeId, userId: h.userId('youthWorker') });
    const yara = await (await h.signedIn('youthWorker')).call();
    expect((await yara.assessment.get({ episodeId: caf.episodeId })).access.ground).toBe('team_consent');
    const mum = await familyMember(caf);

    const unconfirmed = await expectAppError(
      mum.family.withdrawConsent({
        episodeId: caf.episodeId,
        consentId,
        reason: '',
        confirmed: false as unknown as true,
      }),
      'VALIDATION_FAILED',
    );
    expect(unconfirmed.fieldErrors).toEqual({ confirmed: 'Confirm that you want to withdraw your consent' });
    expect((await yara.assessment.get({ episodeId: caf.episodeId })).episode.id).toBe(caf.episodeId);

    const withdrawn = await mum.family.withdrawConsent({
      episodeId: caf.episodeId,
      consentId,
      reason: 'We would rather keep things between us and the school.',
      confirmed: true,
    });
    expect(withdrawn).toMatchObject({ teamMembersEnded: 1, leadProfessionalEmail: 'not_configured' });

    // The team member's very next request is refused as if the record did not exist.
    await expectAppError(yara.assessment.get({ episodeId: caf.episodeId }), 'NOT_FOUND');
    // The assessor (acting as lead professional until one is chosen) and the family keep access.
    expect((await pat.assessment.get({ episodeId: caf.episodeId })).access.ground).toBe('assessor');
    const view = await mum.family.episode({ episodeId: caf.episodeId });
    expect(view.consentToShare).toMatchObject({ status: 'withdrawn', withdrawnOn: today(), canWithdraw: false });
    expect(view.team).toEqual([]);
    const [event] = await auditEvents('consent.to_share_withdrawn', caf.episodeId);
    expect(event).toMatchObject({ ground: 'family', actorRole: 'family_member' });
    expect(event?.detail).toMatchObject({ consentId, recordedBy: 'family' });
    const sharing = await pat.sharing.get({ episodeId: caf.episodeId });
    expect(sharing.consent.history[0]).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'We would rather keep things between us and the school.',
    });
  });

  it('CO-5 only the person who gave it withdraws it in the family view', async () => {
    const caf = await startCaf({ dateOfBirth: '2011-01-10' });
    const consentId = await consentToShare(caf);
    const kai = await familyMember(caf, 'child');
    await expectAppError(
      kai.family.withdrawConsent({ episodeId: caf.episodeId, consentId, reason: '', confirmed: true }),
      'FORBIDDEN',
    );
    const practitionerView = await (await practitioner()).sharing.get({ episodeId: caf.episodeId });
    expect(practitionerView.consent.status).toBe('active');
  });
});

describe('email, when SMTP is configured', () => {
  let mailed: Harness;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    mailed = await createHarness({
      mail: {
        mailer: smtpMailer({ url: sink.url, from: 'eCAF <no-reply@ecaf.test>' }),
        publicUrl: 'https://ecaf.example.org/',
      },
    });
  });
  afterAll(async () => {
    await mailed.close();
    await sink.close();
  });

  it('sends the invitation link, which works, and tells the assessor when consent is withdrawn', async () => {
    const previous = h;
    h = mailed;
    try {
      const caf = await startCaf();
      const consentId = await consentToShare(caf);
      const email = newEmail();
      const created = await invite(caf, 'mother', email);
      expect(created.delivery).toBe('emailed');
      const invitation = sink.received.find((m) => m.to.includes(email));
      expect(invitation?.data).toContain('Subject: Set up your eCAF account');
      expect(invitation?.data).not.toContain('Kai');
      const link = /https:\/\/ecaf\.example\.org\/invitations\/([A-Za-z0-9_-]+)/.exec(
        invitation?.data.replace(/=\r\n/g, '') ?? '',
      );
      expect(link?.[1]).toBe(created.token);

      const mum = await (await accept(created.token)).call();
      const withdrawn = await mum.family.withdrawConsent({
        episodeId: caf.episodeId,
        consentId,
        reason: '',
        confirmed: true,
      });
      expect(withdrawn.leadProfessionalEmail).toBe('emailed');
      const told = sink.received.find((m) => m.to.includes('pat@school.test'));
      expect(told?.data).toMatch(/Subject: Consent to share withdrawn for CAF-/);
    } finally {
      h = previous;
    }
  });
});

// ---- Completing version 1 (CF-4, CF-5) ----

const completeContent = (): Omit<SaveSectionInput, 'episodeId' | 'versionNumber' | 'baseRevision'>[] => [
  { sectionId: 'assessment-information', content: { reasonForAssessment: 'Attendance has fallen to 62%.' } },
  { sectionId: 'development', content: { learning: { strengths: 'Enjoys science', needs: '', evidence: '' } } },
  { sectionId: 'parents-and-carers-domain', content: { basicCare: { strengths: 'Warm home', needs: '' } } },
  { sectionId: 'family-environment', content: { housingEmploymentFinance: { needs: 'Rent arrears' } } },
  { sectionId: 'views', content: { childViews: 'Wants to go back to school', parentViews: 'Worried' } },
  {
    sectionId: 'conclusions',
    content: {
      summary: 'Needs support to return to school.',
      agreedActions: [
        {
          need: 'Attendance',
          action: 'Morning check-in with the learning mentor',
          desiredOutcome: 'Attends every day',
          owner: { kind: 'user', id: '00000000-0000-4000-8000-000000000001', name: 'Pat Assessor' },
          dueDate: addDaysToIsoDate(today(), 25),
        },
      ],
      outcome: 'team_around_the_child',
      firstReviewDate: addDaysToIsoDate(today(), 28),
    },
  },
];

async function completeVersionOne(caf: Caf) {
  const pat = await practitioner();
  const view = await pat.assessment.get({ episodeId: caf.episodeId, versionNumber: 1 });
  for (const section of completeContent()) {
    await pat.assessment.saveSection({
      ...section,
      episodeId: caf.episodeId,
      versionNumber: 1,
      baseRevision: view.version.sections.find((s) => s.sectionId === section.sectionId)?.revision ?? 0,
    } as SaveSectionInput);
  }
  await pat.assessment.recordChildSeen({
    episodeId: caf.episodeId,
    seenOn: today(),
    seenBy: 'Pat Assessor',
    seenAlone: 'yes',
    location: 'School',
  });
  await pat.assessment.complete({ episodeId: caf.episodeId, versionNumber: 1 });
}
