import { insertLeadProfessional, tables } from '@ecaf/db';
import type { RecordReviewInput, SaveSectionInput } from '@ecaf/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { type Caller, createHarness, type Harness } from './testing/harness';

/**
 * The delivery plan, reviews and closure through the API (PL-1 to PL-4, LP-4, CF-6): the plan
 * starts from the completed assessment's agreed actions, owners update their own actions, a
 * review records everything PL-2 asks and starts the next version, closing needs a reason and
 * makes the CAF read-only, reopening needs a reason, and nothing closes on its own.
 */

let h: Harness;

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

type Caf = { episodeId: string; childId: string; motherId: string };

const as = async (who: keyof Harness['people']): Promise<Caller> => (await h.signedIn(who)).call();

/** A CAF completed by Pat, shared with the youth service, Yara on the team, two agreed actions. */
async function completedCaf(givenNames: string): Promise<Caf> {
  const [child] = await h.db
    .insert(tables.child)
    .values({ authorityId: h.authority.id, givenNames, familyName: 'Okafor', sex: 'female', dateOfBirth: '2013-05-05' })
    .returning();
  const [mother] = await h.db
    .insert(tables.person)
    .values({ authorityId: h.authority.id, name: `${givenNames}'s mum` })
    .returning();
  if (!child || !mother) throw new Error('no family');
  await h.db
    .insert(tables.childPerson)
    .values({ childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });
  const pat = await as('practitioner');
  const started = await pat.episodes.start({ childId: child.id, checklist: calmChecklist });
  if (started.outcome !== 'episode_started') throw new Error(started.outcome);
  const { episodeId } = started;
  await pat.assessment.recordConsent({
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.id },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-11-23',
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
  });
  const sections: Omit<SaveSectionInput, 'episodeId' | 'versionNumber' | 'baseRevision'>[] = [
    { sectionId: 'assessment-information', content: { reasonForAssessment: 'Attendance has fallen.' } },
    { sectionId: 'development', content: { learning: { strengths: 'Enjoys science', needs: '', evidence: '' } } },
    { sectionId: 'parents-and-carers-domain', content: { basicCare: { strengths: 'Warm home', needs: '' } } },
    { sectionId: 'family-environment', content: { housingEmploymentFinance: { needs: 'Rent arrears' } } },
    { sectionId: 'views', content: { childViews: 'Wants help', parentViews: 'Worried' } },
    {
      sectionId: 'conclusions',
      content: {
        summary: 'Needs support.',
        agreedActions: [
          {
            need: 'Attendance',
            action: 'Morning check-in with the youth worker',
            desiredOutcome: 'Attends every day',
            owner: { kind: 'user', id: h.userId('youthWorker'), name: 'Yara Youth' },
            dueDate: '2026-12-18',
          },
          {
            need: 'Sleep',
            action: 'Bedtime routine',
            desiredOutcome: 'Asleep by 10pm',
            owner: { kind: 'person', id: mother.id, name: `${givenNames}'s mum` },
            dueDate: '2027-01-10',
          },
        ],
        outcome: 'team_around_the_child',
        firstReviewDate: '2026-12-21',
      },
    },
  ];
  for (const section of sections) {
    await pat.assessment.saveSection({ ...section, episodeId, versionNumber: 1, baseRevision: 0 } as SaveSectionInput);
  }
  await pat.assessment.recordChildSeen({
    episodeId,
    seenOn: '2026-11-23',
    seenBy: 'Pat Assessor',
    seenAlone: 'yes',
    location: 'School',
  });
  await pat.sharing.recordConsent({
    episodeId,
    givenBy: { kind: 'person', personId: mother.id },
    method: 'written',
    date: '2026-11-23',
    basicScope: { kind: 'all', organisationIds: [] },
    additionalScope: { kind: 'all', organisationIds: [] },
    whatWasExplained: 'Who will see the assessment.',
  });
  await pat.sharing.addTeamMember({ episodeId, userId: h.userId('youthWorker') });
  await pat.assessment.complete({ episodeId, versionNumber: 1 });
  return { episodeId, childId: child.id, motherId: mother.id };
}

async function reviewInput(caf: Caf, overrides: Partial<RecordReviewInput> = {}): Promise<RecordReviewInput> {
  const plan = await (await as('practitioner')).plan.get({ episodeId: caf.episodeId });
  return {
    episodeId: caf.episodeId,
    heldOn: '2026-11-23',
    attendees: [
      { kind: 'user', id: h.userId('practitioner'), name: 'Pat Assessor' },
      { kind: 'person', id: caf.motherId, name: 'Mum' },
    ],
    progress: plan.actions
      .filter((a) => a.open)
      .map((a) => ({ actionId: a.id, status: 'in_progress', note: 'Started' })),
    distances: plan.needs.map((need, i) => ({ need, score: 3 + i })),
    childComments: 'The mornings are better.',
    parentComments: 'Bedtime is still hard.',
    next: 'next_review',
    nextReviewOn: '2027-01-18',
    ...overrides,
  };
}

async function auditActions(episodeId: string) {
  const rows = await h.db
    .select({ action: tables.auditEvent.action })
    .from(tables.auditEvent)
    .where(eq(tables.auditEvent.episodeId, episodeId));
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('PL-1 the delivery plan', () => {
  it('PL-1 completing the first version starts the plan from its agreed actions and sets the first review date', async () => {
    const caf = await completedCaf('Ada');
    const plan = await (await as('practitioner')).plan.get({ episodeId: caf.episodeId });
    expect(plan.actions.map((a) => [a.need, a.action, a.owner.name, a.dueOn, a.status])).toEqual([
      ['Attendance', 'Morning check-in with the youth worker', 'Yara Youth', '2026-12-18', 'not_started'],
      ['Sleep', 'Bedtime routine', "Ada's mum", '2027-01-10', 'not_started'],
    ]);
    expect(plan.nextReviewOn).toBe('2026-12-21');
    expect(plan.needs).toEqual(['Attendance', 'Sleep']);
    expect(plan.may).toMatchObject({ coordinate: true, recordReview: true, close: true, reopen: false });
    expect(await auditActions(caf.episodeId)).toContain('plan.viewed');
  });

  it('PL-1 an open action due before today is overdue', async () => {
    const caf = await completedCaf('Bea');
    h.clock.advanceMinutes(30 * 24 * 60); // 23 December: the first action was due on the 18th.
    try {
      const plan = await (await as('practitioner')).plan.get({ episodeId: caf.episodeId });
      expect(plan.actions.map((a) => a.overdue)).toEqual([true, false]);
      expect(plan.counts.overdue).toBe(1);
    } finally {
      h.clock.advanceMinutes(-30 * 24 * 60);
    }
  });

  it('PL-1 the lead professional adds an action; one without an owner or due date is refused', async () => {
    const caf = await completedCaf('Cleo');
    const pat = await as('practitioner');
    await pat.plan.addAction({
      episodeId: caf.episodeId,
      need: 'Friendships',
      action: 'Join the youth club',
      desiredOutcome: 'Has a friend to go with',
      owner: { kind: 'child', name: 'Cleo' },
      dueOn: '2027-01-31',
    });
    const plan = await pat.plan.get({ episodeId: caf.episodeId });
    expect(plan.actions.at(-1)).toMatchObject({ need: 'Friendships', owner: { kind: 'child' }, fromVersion: false });
    await expectAppError(
      // @ts-expect-error: no owner, no due date
      pat.plan.addAction({ episodeId: caf.episodeId, need: 'X', action: 'Y' }),
      'VALIDATION_FAILED',
    );
    expect(await auditActions(caf.episodeId)).toContain('plan.action_added');
  });
});

describe('LP-4 who updates an action', () => {
  it('LP-4 the owner updates the status of their own action with a progress note', async () => {
    const caf = await completedCaf('Dina');
    const yara = await as('youthWorker');
    const plan = await yara.plan.get({ episodeId: caf.episodeId });
    const [own, mums] = plan.actions;
    if (!own || !mums) throw new Error('no actions');
    expect([own.mayUpdate, mums.mayUpdate]).toEqual([true, false]);
    const updated = await yara.plan.updateAction({
      episodeId: caf.episodeId,
      actionId: own.id,
      baseRevision: own.revision,
      status: 'in_progress',
      note: 'Met twice this week.',
    });
    expect(updated.revision).toBe(own.revision + 1);
    const after = await yara.plan.get({ episodeId: caf.episodeId });
    expect(after.actions[0]?.notes).toMatchObject([
      { status: 'in_progress', note: 'Met twice this week.', writtenBy: 'Yara Youth' },
    ]);
    expect(await auditActions(caf.episodeId)).toContain('plan.action_updated');
  });

  it("LP-4 a team member may not update someone else's action, nor change their own action itself", async () => {
    const caf = await completedCaf('Esme');
    const yara = await as('youthWorker');
    const plan = await yara.plan.get({ episodeId: caf.episodeId });
    const [own, mums] = plan.actions;
    if (!own || !mums) throw new Error('no actions');
    await expectAppError(
      yara.plan.updateAction({
        episodeId: caf.episodeId,
        actionId: mums.id,
        baseRevision: 0,
        status: 'done',
        note: 'x',
      }),
      'FORBIDDEN',
    );
    await expectAppError(
      yara.plan.updateAction({
        episodeId: caf.episodeId,
        actionId: own.id,
        baseRevision: 0,
        status: 'done',
        note: 'x',
        changes: { dueOn: '2027-03-01' },
      }),
      'FORBIDDEN',
    );
    await expectAppError(
      yara.plan.addAction({
        episodeId: caf.episodeId,
        need: 'N',
        action: 'A',
        owner: { kind: 'child', name: 'Esme' },
        dueOn: '2027-01-01',
      }),
      'FORBIDDEN',
    );
  });

  it('LP-4 the lead professional changes any action; a stale revision is refused', async () => {
    const caf = await completedCaf('Fern');
    const pat = await as('practitioner');
    const [, mums] = (await pat.plan.get({ episodeId: caf.episodeId })).actions;
    if (!mums) throw new Error('no action');
    await pat.plan.updateAction({
      episodeId: caf.episodeId,
      actionId: mums.id,
      baseRevision: mums.revision,
      status: 'in_progress',
      note: 'Moved to February at the family’s request.',
      changes: { dueOn: '2027-02-10', action: 'Bedtime routine with a sticker chart' },
    });
    const after = (await pat.plan.get({ episodeId: caf.episodeId })).actions[1];
    expect(after).toMatchObject({ dueOn: '2027-02-10', action: 'Bedtime routine with a sticker chart' });
    await expectAppError(
      pat.plan.updateAction({
        episodeId: caf.episodeId,
        actionId: mums.id,
        baseRevision: mums.revision,
        status: 'done',
        note: 'x',
      }),
      'PLAN_ACTION_CHANGED',
    );
  });

  it('LP-4 once a lead professional is assigned, the assessor no longer manages the plan', async () => {
    const caf = await completedCaf('Gwen');
    await insertLeadProfessional(h.db, {
      episodeId: caf.episodeId,
      userId: h.userId('youthWorker'),
      assignedBy: h.userId('practitioner'),
      familyView: 'Happy with Yara.',
      now: h.clock.now(),
    });
    const input = {
      episodeId: caf.episodeId,
      need: 'N',
      action: 'A',
      owner: { kind: 'child' as const, name: 'Gwen' },
      dueOn: '2027-01-01',
    };
    await expectAppError((await as('practitioner')).plan.addAction(input), 'FORBIDDEN');
    await (await as('youthWorker')).plan.addAction(input);
  });

  it('SH-1 a colleague not on the team is told nothing; a manager reads but does not change the plan', async () => {
    const caf = await completedCaf('Hana');
    await expectAppError((await as('colleague')).plan.get({ episodeId: caf.episodeId }), 'NOT_FOUND');
    const maya = await as('manager');
    const plan = await maya.plan.get({ episodeId: caf.episodeId });
    expect(plan.may).toMatchObject({ coordinate: false, recordReview: false, close: true });
    const action = plan.actions[0];
    if (!action) throw new Error('no action');
    await expectAppError(
      maya.plan.updateAction({
        episodeId: caf.episodeId,
        actionId: action.id,
        baseRevision: 0,
        status: 'done',
        note: 'x',
      }),
      'FORBIDDEN',
    );
  });
});

describe('PL-2 reviews', () => {
  it('PL-2 a review records everything and starts the next assessment version (CF-6)', async () => {
    const caf = await completedCaf('Iris');
    const pat = await as('practitioner');
    const recorded = await pat.plan.recordReview(await reviewInput(caf));
    expect(recorded).toMatchObject({ number: 1, startedVersionNumber: 2, closed: false });
    const plan = await pat.plan.get({ episodeId: caf.episodeId });
    expect(plan.nextReviewOn).toBe('2027-01-18');
    expect(plan.actions.map((a) => a.status)).toEqual(['in_progress', 'in_progress']);
    const [review] = plan.reviews;
    expect(review?.attendees.map((a) => a.name)).toEqual(['Pat Assessor', 'Mum']);
    expect(review?.distances).toEqual([
      { need: 'Attendance', score: 3 },
      { need: 'Sleep', score: 4 },
    ]);
    expect(review?.progress).toHaveLength(2);
    expect(plan.chart.series.map((s) => [s.need, s.points.map((p) => p.score)])).toEqual([
      ['Attendance', [3]],
      ['Sleep', [4]],
    ]);
    const assessment = await pat.assessment.get({ episodeId: caf.episodeId });
    expect(assessment.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'completed'],
      [2, 'draft'],
    ]);
    expect(await auditActions(caf.episodeId)).toEqual(
      expect.arrayContaining(['review.recorded', 'assessment.review_started']),
    );
  });

  it('PL-2 refuses a review without attendees, progress on every open action, every distance or the comments', async () => {
    const caf = await completedCaf('Juno');
    const pat = await as('practitioner');
    const error = await expectAppError(
      pat.plan.recordReview(
        await reviewInput(caf, { attendees: [], progress: [], distances: [], childComments: '', parentComments: '' }),
      ),
      'VALIDATION_FAILED',
    );
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(
      [
        'attendees',
        'childComments',
        'distances.0.score',
        'distances.1.score',
        'parentComments',
        'progress.0.status',
        'progress.1.status',
      ].sort(),
    );
  });

  it("PL-2 the next review date must be within the authority's limit", async () => {
    const caf = await completedCaf('Kira');
    const pat = await as('practitioner');
    const late = await expectAppError(
      pat.plan.recordReview(await reviewInput(caf, { nextReviewOn: '2027-02-16' })),
      'VALIDATION_FAILED',
    );
    expect(late.fieldErrors?.nextReviewOn).toMatch(/within 12 weeks/);
    await h.db
      .update(tables.localAuthority)
      .set({ reviewLimitWeeks: 16 })
      .where(eq(tables.localAuthority.id, h.authority.id));
    try {
      await pat.plan.recordReview(await reviewInput(caf, { nextReviewOn: '2027-02-16' }));
    } finally {
      await h.db
        .update(tables.localAuthority)
        .set({ reviewLimitWeeks: 12 })
        .where(eq(tables.localAuthority.id, h.authority.id));
    }
  });

  it('PL-2 only the lead professional (the assessor before one) records a review', async () => {
    const caf = await completedCaf('Lena');
    await expectAppError((await as('youthWorker')).plan.recordReview(await reviewInput(caf)), 'FORBIDDEN');
  });
});

describe('PL-3 closure and reopening', () => {
  it('PL-3 a manager closes with a reason; the closed CAF is read-only; it is reopened with a reason', async () => {
    const caf = await completedCaf('Mira');
    const maya = await as('manager');
    const other = await expectAppError(
      maya.plan.close({ episodeId: caf.episodeId, reason: 'other', reasonText: '' }),
      'VALIDATION_FAILED',
    );
    expect(other.fieldErrors?.reasonText).toBe('Enter the reason for closing');
    await maya.plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' });

    const pat = await as('practitioner');
    const plan = await pat.plan.get({ episodeId: caf.episodeId });
    expect(plan.episode.status).toBe('closed');
    expect(plan.may).toMatchObject({ coordinate: false, recordReview: false, close: false, reopen: true });
    expect(plan.actions.every((a) => !a.mayUpdate)).toBe(true);
    const action = plan.actions[0];
    if (!action) throw new Error('no action');
    await expectAppError(
      pat.plan.updateAction({
        episodeId: caf.episodeId,
        actionId: action.id,
        baseRevision: 0,
        status: 'done',
        note: 'x',
      }),
      'EPISODE_CLOSED',
    );
    await expectAppError(pat.plan.recordReview(await reviewInput(caf)), 'EPISODE_CLOSED');
    await expectAppError(
      maya.plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' }),
      'EPISODE_CLOSED',
    );

    await expectAppError(maya.plan.reopen({ episodeId: caf.episodeId, reason: ' ' }), 'VALIDATION_FAILED');
    expect(await maya.plan.reopen({ episodeId: caf.episodeId, reason: 'New concerns from school.' })).toEqual({
      status: 'active',
    });
    const reopened = await pat.plan.get({ episodeId: caf.episodeId });
    expect(reopened.closures.map((c) => [c.event, c.reason])).toEqual([
      ['closed', 'needs_met'],
      ['reopened', null],
    ]);
    expect(await auditActions(caf.episodeId)).toEqual(expect.arrayContaining(['episode.closed', 'episode.reopened']));
  });

  it('PL-3 every capability treats a closed CAF as read-only, but consent can still be withdrawn (CO-5)', async () => {
    const caf = await completedCaf('Orla');
    const pat = await as('practitioner');
    await pat.plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' });

    await expectAppError(pat.assessment.startReview({ episodeId: caf.episodeId }), 'EPISODE_CLOSED');
    await expectAppError(
      pat.sharing.removeTeamMember({ episodeId: caf.episodeId, userId: h.userId('youthWorker') }),
      'EPISODE_CLOSED',
    );
    await expectAppError(
      pat.leadProfessional.assign({ episodeId: caf.episodeId, userId: h.userId('youthWorker'), familyView: 'Yara' }),
      'EPISODE_CLOSED',
    );
    // A colleague still learns nothing: access is decided before the episode's status is told.
    await expectAppError((await as('colleague')).assessment.startReview({ episodeId: caf.episodeId }), 'NOT_FOUND');
    const sharing = await pat.sharing.get({ episodeId: caf.episodeId });
    const consent = sharing.consent.history[0];
    if (!consent) throw new Error('no consent record');
    await pat.sharing.withdrawConsent({
      episodeId: caf.episodeId,
      consentId: consent.id,
      withdrawnBy: { kind: 'person', personId: caf.motherId },
      reason: 'The family asked, after the CAF closed.',
    });
    expect((await pat.sharing.get({ episodeId: caf.episodeId })).consent.status).toBe('withdrawn');
  });

  it('PL-3 a team member may not close; a colleague is told nothing', async () => {
    const caf = await completedCaf('Nell');
    await expectAppError(
      (await as('youthWorker')).plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' }),
      'FORBIDDEN',
    );
    await expectAppError(
      (await as('colleague')).plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' }),
      'NOT_FOUND',
    );
  });

  it('PL-3 a review can close the episode, with its reason', async () => {
    const caf = await completedCaf('Opal');
    const pat = await as('practitioner');
    const recorded = await pat.plan.recordReview(
      await reviewInput(caf, { next: 'close', nextReviewOn: '', closureReason: 'moved_area' }),
    );
    expect(recorded).toMatchObject({ closed: true, startedVersionNumber: null });
    const plan = await pat.plan.get({ episodeId: caf.episodeId });
    expect(plan.episode.status).toBe('closed');
    expect(plan.nextReviewOn).toBeNull();
    expect(plan.closures[0]).toMatchObject({ event: 'closed', reason: 'moved_area' });
  });

  it('PL-3 (CF-1) reopening is refused while the child has another open CAF', async () => {
    const caf = await completedCaf('Pia');
    const pat = await as('practitioner');
    await pat.plan.close({ episodeId: caf.episodeId, reason: 'needs_met', reasonText: '' });
    const again = await pat.episodes.start({ childId: caf.childId, checklist: calmChecklist });
    expect(again.outcome).toBe('episode_started');
    await expectAppError(pat.plan.reopen({ episodeId: caf.episodeId, reason: 'Mistake' }), 'EPISODE_ALREADY_OPEN');
  });
});

describe('PL-4 nothing closes automatically', () => {
  it('PL-4 a review date long past shows as overdue and the CAF stays active', async () => {
    const caf = await completedCaf('Quin');
    h.clock.advanceMinutes(400 * 24 * 60);
    try {
      const plan = await (await as('practitioner')).plan.get({ episodeId: caf.episodeId });
      expect(plan.reviewOverdue).toBe(true);
      expect(plan.episode.status).toBe('active');
      const [row] = await h.db
        .select({ status: tables.episode.status })
        .from(tables.episode)
        .where(and(eq(tables.episode.id, caf.episodeId)));
      expect(row?.status).toBe('active');
    } finally {
      h.clock.advanceMinutes(-400 * 24 * 60);
    }
  });
});
