import { tables } from '@ecaf/db';
import type { SaveSectionInput } from '@ecaf/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';

/**
 * The assessment through the API, on PGlite or (with TEST_DATABASE_URL) PostgreSQL: consent
 * first (CF-3, CO-1, CO-2), autosave with revisions (CF-7), child seen (CF-4), completion
 * (CF-5), immutability and reviews (CF-6), the child's details frozen at completion (CH-4).
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

type Family = { childId: string; motherId: string; uncleId: string };

async function registerFamily(dateOfBirth: string, givenNames = 'Kai'): Promise<Family> {
  const [child] = await h.db
    .insert(tables.child)
    .values({ authorityId: h.authority.id, givenNames, familyName: 'Morgan', sex: 'male', dateOfBirth })
    .returning();
  const people = await h.db
    .insert(tables.person)
    .values([
      { authorityId: h.authority.id, name: 'Dana Morgan' },
      { authorityId: h.authority.id, name: 'Rob Morgan' },
    ])
    .returning();
  const [mother, uncle] = people;
  if (!child || !mother || !uncle) throw new Error('no family');
  await h.db.insert(tables.childPerson).values([
    { childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true },
    { childId: child.id, personId: uncle.id, relationship: 'Uncle', parentalResponsibility: false },
  ]);
  return { childId: child.id, motherId: mother.id, uncleId: uncle.id };
}

async function startCaf(childId: string): Promise<string> {
  const b = await h.signedIn('practitioner');
  const result = await (await b.call()).episodes.start({ childId, checklist: calmChecklist });
  if (result.outcome !== 'episode_started') throw new Error(`unexpected ${result.outcome}`);
  return result.episodeId;
}

const motherConsents = (episodeId: string, motherId: string) =>
  ({
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: motherId },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-11-23',
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
  }) as const;

/** Every section's content that CF-5 needs, first review in four weeks. */
const completeContent: Omit<SaveSectionInput, 'episodeId' | 'versionNumber' | 'baseRevision'>[] = [
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
          dueDate: '2026-12-18',
        },
      ],
      outcome: 'team_around_the_child',
      firstReviewDate: '2026-12-21',
    },
  },
];

async function fillEverything(episodeId: string, versionNumber = 1) {
  const b = await h.signedIn('practitioner');
  const view = await (await b.call()).assessment.get({ episodeId, versionNumber });
  for (const section of completeContent) {
    const base = view.version.sections.find((s) => s.sectionId === section.sectionId)?.revision ?? 0;
    await (await b.call()).assessment.saveSection({
      ...section,
      episodeId,
      versionNumber,
      baseRevision: base,
    } as SaveSectionInput);
  }
}

beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.close();
});

describe('consent to assess and store', () => {
  it('CF-3 refuses to save assessment content before consent, and saves it after', async () => {
    const family = await registerFamily('2012-03-14');
    const episodeId = await startCaf(family.childId);
    const b = await h.signedIn('practitioner');
    const save = {
      episodeId,
      versionNumber: 1,
      sectionId: 'assessment-information',
      baseRevision: 0,
      content: { reasonForAssessment: 'Missing school' },
    } as const;
    await expectAppError((await b.call()).assessment.saveSection(save), 'CONSENT_REQUIRED');

    await (await b.call()).assessment.recordConsent(motherConsents(episodeId, family.motherId));
    const saved = await (await b.call()).assessment.saveSection(save);
    expect(saved.revision).toBe(1);
    const view = await (await b.call()).assessment.get({ episodeId });
    expect(view.consent.status).toBe('given');
    expect(view.taskList.find((t) => t.sectionId === 'consent')?.status).toBe('completed');
    expect(view.version.derived.consent).toMatchObject({ capacity: 'parental_responsibility', method: 'written' });
  });

  it('CO-1 refuses consent dated in the future, with the field to correct', async () => {
    const family = await registerFamily('2012-03-14');
    const episodeId = await startCaf(family.childId);
    const b = await h.signedIn('practitioner');
    const error = await expectAppError(
      (await b.call()).assessment.recordConsent({ ...motherConsents(episodeId, family.motherId), date: '2026-11-24' }),
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors).toEqual({ date: 'The date consent was given must be today or in the past' });
  });

  it('CO-2 refuses a person without parental responsibility and a child under 12', async () => {
    const family = await registerFamily('2016-01-01');
    const episodeId = await startCaf(family.childId);
    const call = await (await h.signedIn('practitioner')).call();
    const uncle = await expectAppError(
      call.assessment.recordConsent({
        ...motherConsents(episodeId, family.uncleId),
        givenBy: { kind: 'person', personId: family.uncleId },
      }),
      'VALIDATION_FAILED',
    );
    expect(uncle.fieldErrors?.givenBy).toMatch(/does not have parental responsibility/);
    const child = await expectAppError(
      call.assessment.recordConsent({
        ...motherConsents(episodeId, family.motherId),
        givenBy: { kind: 'child' },
        capacity: 'young_person_judged_competent',
        competenceReasons: 'Understands',
      }),
      'VALIDATION_FAILED',
    );
    expect(child.fieldErrors?.givenBy).toMatch(/under 12/);
    const stranger = await expectAppError(
      call.assessment.recordConsent({
        ...motherConsents(episodeId, family.motherId),
        givenBy: { kind: 'person', personId: (await registerFamily('2016-01-01')).motherId },
      }),
      'VALIDATION_FAILED',
    );
    expect(stranger.fieldErrors?.givenBy).toBe('Select a parent or carer of this child');
  });

  it("CO-2 a competent 14-year-old's refusal stands over the parent's consent, and content cannot be saved", async () => {
    const family = await registerFamily('2012-03-14');
    const episodeId = await startCaf(family.childId);
    const call = await (await h.signedIn('practitioner')).call();
    await call.assessment.recordConsent(motherConsents(episodeId, family.motherId));
    const youngPerson = {
      ...motherConsents(episodeId, family.motherId),
      decision: 'refused',
      givenBy: { kind: 'child' },
      capacity: 'young_person_judged_competent',
    } as const;
    const noReasons = await expectAppError(
      call.assessment.recordConsent({ ...youngPerson, competenceReasons: '' }),
      'VALIDATION_FAILED',
    );
    expect(noReasons.fieldErrors?.competenceReasons).toMatch(/reasons/);
    await call.assessment.recordConsent({
      ...youngPerson,
      competenceReasons: 'Understood what a CAF is and the consequences of saying no.',
    });
    const view = await call.assessment.get({ episodeId });
    expect(view.consent).toMatchObject({ status: 'refused', overridesParent: true });
    await expectAppError(
      call.assessment.saveSection({
        episodeId,
        versionNumber: 1,
        sectionId: 'views',
        baseRevision: 0,
        content: { childViews: 'No' },
      }),
      'CONSENT_REQUIRED',
    );
  });
});

describe('autosave', () => {
  let family: Family;
  let episodeId: string;
  beforeAll(async () => {
    family = await registerFamily('2012-03-14');
    episodeId = await startCaf(family.childId);
    const call = await (await h.signedIn('practitioner')).call();
    await call.assessment.recordConsent(motherConsents(episodeId, family.motherId));
  });

  it('CF-7 refuses a save based on a stale revision and returns the saved text, never overwriting it', async () => {
    const first = await (await h.signedIn('practitioner')).call();
    const secondTab = await (await h.signedIn('practitioner')).call();
    const base = { episodeId, versionNumber: 1, sectionId: 'views' } as const;
    const saved = await first.assessment.saveSection({ ...base, baseRevision: 0, content: { childViews: 'First' } });
    expect(saved.revision).toBe(1);

    const conflict = await expectAppError(
      secondTab.assessment.saveSection({ ...base, baseRevision: 0, content: { childViews: 'Second' } }),
      'STALE_REVISION',
    );
    expect(conflict.details).toMatchObject({ sectionId: 'views', revision: 1, content: { childViews: 'First' } });

    // The user merged both texts and saves on top of the revision they were shown.
    const merged = await secondTab.assessment.saveSection({
      ...base,
      baseRevision: 1,
      content: { childViews: 'First. Second' },
    });
    expect(merged.revision).toBe(2);
    const view = await first.assessment.get({ episodeId });
    expect(view.version.sections.find((s) => s.sectionId === 'views')).toMatchObject({
      revision: 2,
      content: { childViews: 'First. Second' },
    });
  });

  it('CF-7 two people in different sections never conflict', async () => {
    const a = await (await h.signedIn('practitioner')).call();
    const b = await (await h.signedIn('practitioner')).call();
    await a.assessment.saveSection({
      episodeId,
      versionNumber: 1,
      sectionId: 'family-home',
      baseRevision: 0,
      content: { familyHomeSituation: 'Lives with mum' },
    });
    const other = await b.assessment.saveSection({
      episodeId,
      versionNumber: 1,
      sectionId: 'services',
      baseRevision: 0,
      content: { services: [{ organisation: 'School nurse' }] },
    });
    expect(other.revision).toBe(1);
  });

  it('CF-7 concurrent saves from the same revision: exactly one is written, the others are conflicts', async () => {
    const callers = await Promise.all(Array.from({ length: 6 }, async () => (await h.signedIn('practitioner')).call()));
    const outcomes = await Promise.allSettled(
      callers.map((c, i) =>
        c.assessment.saveSection({
          episodeId,
          versionNumber: 1,
          sectionId: 'parents-carers',
          baseRevision: 0,
          content: { parentsCarers: [{ name: `Writer ${i}` }] },
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [row] = await h.db
      .select()
      .from(tables.assessmentSection)
      .where(eq(tables.assessmentSection.sectionId, 'parents-carers'));
    expect(row?.revision).toBe(1);
  });

  it('refuses content the form does not have, naming the field', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    const error = await expectAppError(
      call.assessment.saveSection({
        episodeId,
        versionNumber: 1,
        sectionId: 'views',
        baseRevision: 2,
        content: { childViews: 'x'.repeat(20_001) },
      }),
      'VALIDATION_FAILED',
    );
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['content.childViews']);
  });
});

describe('who may read and write an assessment', () => {
  let episodeId: string;
  beforeAll(async () => {
    const family = await registerFamily('2012-03-14');
    episodeId = await startCaf(family.childId);
    await (await (await h.signedIn('practitioner')).call()).assessment.recordConsent(
      motherConsents(episodeId, family.motherId),
    );
  });
  const save = (episode: string) => ({
    episodeId: episode,
    versionNumber: 1,
    sectionId: 'assessment-information' as const,
    baseRevision: 0,
    content: { reasonForAssessment: 'Worried' },
  });

  it('CF-7 a colleague who is not an assessor can neither read nor save, and the refusals are audited', async () => {
    const colleague = await (await h.signedIn('colleague')).call();
    await expectAppError(colleague.assessment.get({ episodeId }), 'NOT_FOUND');
    await expectAppError(colleague.assessment.saveSection(save(episodeId)), 'NOT_FOUND');
    const denied = await h.db
      .select()
      .from(tables.auditEvent)
      .where(and(eq(tables.auditEvent.episodeId, episodeId), eq(tables.auditEvent.action, 'episode.access_denied')));
    expect(denied.length).toBe(2);
  });

  it('CF-7 a manager reads but may not write; an administrator and a family member may do neither', async () => {
    const manager = await (await h.signedIn('manager')).call();
    const view = await manager.assessment.get({ episodeId });
    expect(view.access).toMatchObject({ ground: 'manager', canEdit: false });
    await expectAppError(manager.assessment.saveSection(save(episodeId)), 'FORBIDDEN');
    for (const who of ['administrator', 'family'] as const) {
      const call = await (await h.signedIn(who)).call();
      await expectAppError(call.assessment.get({ episodeId }), 'FORBIDDEN');
      await expectAppError(call.assessment.saveSection(save(episodeId)), 'FORBIDDEN');
    }
    await expectAppError((await h.browser().call()).assessment.get({ episodeId }), 'NOT_SIGNED_IN');
  });

  it('CF-7 a co-assessor added by the assessor may edit the draft; only the assessor adds one', async () => {
    const colleague = await (await h.signedIn('colleague')).call();
    await expectAppError(colleague.assessment.addCoAssessor({ episodeId, userId: h.userId('colleague') }), 'NOT_FOUND');
    const assessor = await (await h.signedIn('practitioner')).call();
    const found = await assessor.assessment.findPractitioners({ episodeId, query: 'colin' });
    expect(found.map((p) => p.name)).toEqual(['Colin Colleague']);
    await assessor.assessment.addCoAssessor({ episodeId, userId: h.userId('colleague') });
    expect((await colleague.assessment.saveSection(save(episodeId))).revision).toBe(1);
    const view = await colleague.assessment.get({ episodeId });
    expect(view.access).toMatchObject({ ground: 'co_assessor', canEdit: true, canManageCoAssessors: false });
    await expectAppError(
      colleague.assessment.addCoAssessor({ episodeId, userId: h.userId('youthWorker') }),
      'FORBIDDEN',
    );
    const manager = await (await h.signedIn('manager')).call();
    await expectAppError(manager.assessment.addCoAssessor({ episodeId, userId: h.userId('manager') }), 'FORBIDDEN');
    await expectAppError(
      assessor.assessment.addCoAssessor({ episodeId, userId: h.userId('manager') }),
      'VALIDATION_FAILED',
    );

    await assessor.assessment.removeCoAssessor({ episodeId, userId: h.userId('colleague') });
    await expectAppError(colleague.assessment.get({ episodeId }), 'NOT_FOUND');
  });

  it('SH-5 every read writes one audit event with its ground', async () => {
    const manager = await (await h.signedIn('manager')).call();
    const count = async () =>
      (
        await h.db
          .select()
          .from(tables.auditEvent)
          .where(
            and(
              eq(tables.auditEvent.episodeId, episodeId),
              eq(tables.auditEvent.action, 'assessment.viewed'),
              eq(tables.auditEvent.ground, 'manager'),
            ),
          )
      ).length;
    const before = await count();
    await manager.assessment.get({ episodeId });
    expect(await count()).toBe(before + 1);
  });
});

describe('completion, immutability and reviews', () => {
  let family: Family;
  let episodeId: string;
  beforeAll(async () => {
    family = await registerFamily('2012-03-14', 'Ellis');
    episodeId = await startCaf(family.childId);
  });

  it('CF-5 refuses to complete with the complete list of what is missing, each with where to fix it', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    const error = await expectAppError(call.assessment.complete({ episodeId, versionNumber: 1 }), 'INCOMPLETE');
    const problems = (error.details as { problems: { sectionId: string }[] }).problems;
    expect(problems.map((p) => p.sectionId)).toEqual([
      'assessment-information',
      'development',
      'parents-and-carers-domain',
      'family-environment',
      'views',
      'views',
      'conclusions',
      'conclusions',
      'conclusions',
      'child-seen',
      'consent',
    ]);
    const view = await call.assessment.get({ episodeId });
    expect(view.completion).toEqual(problems);
  });

  it('CF-4 refuses to complete until the child was seen, and refuses a seen date in the future', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    await call.assessment.recordConsent(motherConsents(episodeId, family.motherId));
    await fillEverything(episodeId);
    const error = await expectAppError(call.assessment.complete({ episodeId, versionNumber: 1 }), 'INCOMPLETE');
    expect(error.message).toMatch(/record when the child was seen/i);
    expect((error.details as { problems: unknown[] }).problems).toEqual([
      { sectionId: 'child-seen', message: expect.stringMatching(/Record when the child was seen/) },
    ]);

    const future = await expectAppError(
      call.assessment.recordChildSeen({
        episodeId,
        seenOn: '2026-11-24',
        seenBy: 'Pat Assessor',
        seenAlone: 'yes',
        location: 'School',
      }),
      'VALIDATION_FAILED',
    );
    expect(future.fieldErrors).toEqual({ seenOn: 'The date seen must be today or in the past' });
    await call.assessment.recordChildSeen({
      episodeId,
      seenOn: '2026-11-23',
      seenBy: 'Pat Assessor',
      seenAlone: 'yes',
      location: 'School',
    });
  });

  it('CF-5 completes when nothing is missing, and the episode becomes active', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    expect((await call.assessment.get({ episodeId })).completion).toEqual([]);
    const done = await call.assessment.complete({ episodeId, versionNumber: 1 });
    expect(done.versionNumber).toBe(1);
    const view = await call.assessment.get({ episodeId });
    expect(view.version).toMatchObject({ number: 1, status: 'completed' });
    expect(view.episode.status).toBe('active');
    expect(view.access).toMatchObject({ canEdit: false, canStartReview: true });
  });

  it('CF-6 refuses every save to the completed version, in the service and in the database', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    const error = await expectAppError(
      call.assessment.saveSection({
        episodeId,
        versionNumber: 1,
        sectionId: 'views',
        baseRevision: 1,
        content: { childViews: 'Changed afterwards' },
      }),
      'VERSION_COMPLETED',
    );
    expect(error.message).toMatch(/Start a review/);

    const [version] = await h.db
      .select()
      .from(tables.assessmentVersion)
      .where(and(eq(tables.assessmentVersion.episodeId, episodeId), eq(tables.assessmentVersion.number, 1)));
    if (!version) throw new Error('no version');
    const refusedByTrigger = async (statement: Promise<unknown>) => {
      const outcome = await statement.then(
        () => null,
        (e: unknown) => e as { cause?: { code?: string }; code?: string },
      );
      expect(outcome?.cause?.code ?? outcome?.code).toBe('55000');
    };
    await refusedByTrigger(
      h.db.execute(sql`update assessment_section set content = '{}' where version_id = ${version.id}`),
    );
    await refusedByTrigger(
      h.db.execute(
        sql`insert into assessment_section (version_id, section_id, content) values (${version.id}, 'services', '{}')`,
      ),
    );
    await refusedByTrigger(h.db.execute(sql`delete from assessment_section where version_id = ${version.id}`));
    await refusedByTrigger(h.db.execute(sql`update assessment_version set status = 'draft' where id = ${version.id}`));
  });

  it('CF-6 a review copies the completed version forward; editing it leaves version 1 as it was', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    expect(await call.assessment.startReview({ episodeId })).toEqual({ versionNumber: 2 });
    await expectAppError(call.assessment.startReview({ episodeId }), 'DRAFT_IN_PROGRESS');

    const draft = await call.assessment.get({ episodeId });
    expect(draft.version).toMatchObject({ number: 2, status: 'draft' });
    const views = draft.version.sections.find((s) => s.sectionId === 'views');
    expect(views).toMatchObject({ revision: 0, content: { childViews: 'Wants to go back to school' } });
    // A client still holding version 1's revision cannot write into version 2 by accident.
    await expectAppError(
      call.assessment.saveSection({
        episodeId,
        versionNumber: 2,
        sectionId: 'views',
        baseRevision: 1,
        content: { childViews: 'x' },
      }),
      'STALE_REVISION',
    );
    await call.assessment.saveSection({
      episodeId,
      versionNumber: 2,
      sectionId: 'views',
      baseRevision: 0,
      content: { childViews: 'Back at school most days', parentViews: 'Relieved' },
    });

    const first = await call.assessment.get({ episodeId, versionNumber: 1 });
    expect(first.version.sections.find((s) => s.sectionId === 'views')?.content).toEqual({
      childViews: 'Wants to go back to school',
      parentViews: 'Worried',
    });

    const comparison = await call.assessment.compare({ episodeId, from: 1, to: 2 });
    const changed = comparison.sections.flatMap((s) => s.fields.filter((f) => f.changed));
    expect(changed.map((f) => [f.path, f.before, f.after])).toEqual([
      ['about.dateCompleted', '23 November 2026', null],
      ['about.versionNumber', '1', '2'],
      ['views.childViews', 'Wants to go back to school', 'Back at school most days'],
      ['views.parentViews', 'Worried', 'Relieved'],
    ]);
  });

  it('CH-4 a completed version keeps the child details it was completed with; the draft shows the current ones', async () => {
    await h.db.update(tables.child).set({ givenNames: 'Ellie' }).where(eq(tables.child.id, family.childId));
    const call = await (await h.signedIn('practitioner')).call();
    const first = await call.assessment.get({ episodeId, versionNumber: 1 });
    const draft = await call.assessment.get({ episodeId, versionNumber: 2 });
    expect(first.version.derived.child?.givenNames).toBe('Ellis');
    expect(draft.version.derived.child?.givenNames).toBe('Ellie');
  });

  it('shows every version for print, with labels and display values', async () => {
    const call = await (await h.signedIn('practitioner')).call();
    const printed = await call.assessment.print({ episodeId, versionNumber: 1 });
    expect(printed.version).toMatchObject({ number: 1, status: 'completed' });
    const conclusions = printed.sections.find((s) => s.sectionId === 'conclusions');
    expect(conclusions?.fields).toContainEqual({
      path: 'conclusions.outcome',
      label: 'Outcome of the assessment',
      value: 'Continue with a Team Around the Child',
    });
  });
});

describe('saves racing a completion', () => {
  it('CF-6 a save acknowledged before completion is in the completed version; any later one is refused', async () => {
    const family = await registerFamily('2012-03-14');
    const episodeId = await startCaf(family.childId);
    const call = await (await h.signedIn('practitioner')).call();
    await call.assessment.recordConsent(motherConsents(episodeId, family.motherId));
    await fillEverything(episodeId);
    await call.assessment.recordChildSeen({
      episodeId,
      seenOn: '2026-11-23',
      seenBy: 'Pat Assessor',
      seenAlone: 'no',
      location: 'Home',
    });
    const racers = await Promise.all(
      ['family-home', 'services', 'parents-carers', 'assessment-information'].map(async (sectionId) => {
        const c = await (await h.signedIn('practitioner')).call();
        return { c, sectionId };
      }),
    );
    const saves = racers.map(({ c, sectionId }, i) => {
      const content =
        sectionId === 'family-home'
          ? { familyHomeSituation: `Racer ${i}` }
          : sectionId === 'services'
            ? { services: [{ organisation: `Racer ${i}` }] }
            : sectionId === 'parents-carers'
              ? { parentsCarers: [{ name: `Racer ${i}` }] }
              : { reasonForAssessment: `Racer ${i}` };
      const base = sectionId === 'assessment-information' ? 1 : 0;
      return c.assessment.saveSection({
        episodeId,
        versionNumber: 1,
        sectionId,
        baseRevision: base,
        content,
      } as SaveSectionInput);
    });
    const [completion, ...outcomes] = await Promise.allSettled([
      call.assessment.complete({ episodeId, versionNumber: 1 }),
      ...saves,
    ]);
    expect(completion.status).toBe('fulfilled');
    const stored = await call.assessment.get({ episodeId, versionNumber: 1 });
    expect(stored.version.status).toBe('completed');
    outcomes.forEach((outcome, i) => {
      const sectionId = racers[i]?.sectionId;
      const section = stored.version.sections.find((s) => s.sectionId === sectionId);
      if (outcome.status === 'fulfilled') {
        expect(JSON.stringify(section?.content)).toContain(`Racer ${i}`);
      } else {
        expect((outcome.reason as { cause?: { code?: string } }).cause?.code).toBe('VERSION_COMPLETED');
        expect(JSON.stringify(section?.content ?? {})).not.toContain(`Racer ${i}`);
      }
    });
  });
});
