import { tables } from '@ecaf/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';

let h: Harness;
let childId: string;

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

beforeAll(async () => {
  h = await createHarness();
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: h.authority.id,
      givenNames: 'Kai',
      familyName: 'Morgan',
      sex: 'male',
      dateOfBirth: '2011-05-02',
    })
    .returning();
  if (!child) throw new Error('no child');
  childId = child.id;
});
afterAll(async () => {
  await h.close();
});

describe('start a CAF', () => {
  it('CF-2 an immediate safeguarding concern stops the CAF, shows the route and records the decision', async () => {
    const b = await h.signedIn('practitioner');
    const result = await (await b.call()).episodes.start({
      childId,
      checklist: { ...calmChecklist, immediateConcern: 'yes' },
    });
    expect(result).toMatchObject({ outcome: 'safeguarding_referral', route: { telephone: '0113 000 0000' } });
    const decisions = await h.db
      .select()
      .from(tables.checklistDecision)
      .where(eq(tables.checklistDecision.childId, childId));
    expect(decisions.map((d) => d.outcome)).toEqual(['safeguarding_referral']);
    expect(await h.db.select().from(tables.episode).where(eq(tables.episode.childId, childId))).toHaveLength(0);
  });

  it('CF-2 records "no further action" without starting a CAF', async () => {
    const b = await h.signedIn('practitioner');
    const result = await (await b.call()).episodes.start({
      childId,
      checklist: { ...calmChecklist, decision: 'no_further_action' },
    });
    expect(result).toEqual({ outcome: 'no_further_action' });
  });

  let episodeId: string;
  it('starts a CAF with a reference number and a task list from the form definition', async () => {
    const b = await h.signedIn('practitioner');
    const result = await (await b.call()).episodes.start({ childId, checklist: calmChecklist });
    if (result.outcome !== 'episode_started') throw new Error(`unexpected ${result.outcome}`);
    expect(result.reference).toMatch(/^CAF-2026-\d{6}$/);
    episodeId = result.episodeId;
    const view = await (await b.call()).assessment.get({ episodeId });
    expect(view.taskList.length).toBeGreaterThanOrEqual(10);
    expect(view.taskList.every((t) => ['not_started', 'in_progress', 'completed'].includes(t.status))).toBe(true);
    const mine = await (await b.call()).work.mine();
    expect(mine.drafts.map((d) => d.reference)).toContain(result.reference);
  });

  it('CF-1 refuses a second open CAF and gives the contact details of the first', async () => {
    const b = await h.signedIn('youthWorker');
    const error = await expectAppError(
      (await b.call()).episodes.start({ childId, checklist: calmChecklist }),
      'EPISODE_ALREADY_OPEN',
    );
    expect(error.details).toMatchObject({
      contact: { name: h.people.practitioner.name, email: h.people.practitioner.email },
      reference: expect.stringMatching(/^CAF-2026-\d{6}$/),
    });
  });

  it('SH-1 lets the assessor and a manager read the episode, each read audited with its ground', async () => {
    for (const who of ['practitioner', 'manager'] as const) {
      const b = await h.signedIn(who);
      await (await b.call()).assessment.get({ episodeId });
    }
    const reads = await h.db.select().from(tables.auditEvent).where(eq(tables.auditEvent.action, 'assessment.viewed'));
    expect(reads.map((r) => r.ground)).toEqual(expect.arrayContaining(['assessor', 'manager']));
  });

  it('SH-1 answers "not found" to a colleague in the same organisation, and audits the refusal', async () => {
    const b = await h.signedIn('colleague');
    await expectAppError((await b.call()).assessment.get({ episodeId }), 'NOT_FOUND');
    const denied = await h.db
      .select()
      .from(tables.auditEvent)
      .where(eq(tables.auditEvent.action, 'episode.access_denied'));
    expect(denied.map((d) => d.actorUserId)).toContain(h.userId('colleague'));
  });

  it('SH-1 refuses administrators and family members', async () => {
    for (const who of ['administrator', 'family'] as const) {
      const b = await h.signedIn(who);
      await expectAppError((await b.call()).assessment.get({ episodeId }), 'FORBIDDEN');
      await expectAppError((await b.call()).episodes.start({ childId, checklist: calmChecklist }), 'FORBIDDEN');
    }
  });

  it('CF-1 holds in the database when two practitioners race', async () => {
    const [twin] = await h.db
      .insert(tables.child)
      .values({
        authorityId: h.authority.id,
        givenNames: 'Ivy',
        familyName: 'Morgan',
        sex: 'female',
        dateOfBirth: '2011-05-02',
      })
      .returning();
    if (!twin) throw new Error('no child');
    const a = await h.signedIn('practitioner');
    const c = await h.signedIn('youthWorker');
    const results = await Promise.allSettled([
      (await a.call()).episodes.start({ childId: twin.id, checklist: calmChecklist }),
      (await c.call()).episodes.start({ childId: twin.id, checklist: calmChecklist }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const open = await h.db.select().from(tables.episode).where(eq(tables.episode.childId, twin.id));
    expect(open).toHaveLength(1);
  });
});
