import { hashPassword, tables } from '@ecaf/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexPendingChildren } from './services/child-matching';
import { waitForDuplicateReview } from './services/duplicates';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness, PASSWORD } from './testing/harness';
import {
  addAction,
  addChild,
  addEpisode,
  addShareWithoutConsent,
  addVerbalConsent,
  setLead,
} from './testing/work-fixtures';

/**
 * The manager's dashboard (screen 7) through the API: exact counts, overdue classification
 * (PL-1, PL-2, CO-4), shares without consent (CO-7), the open pairs of the latest duplicate review
 * (CH-2), filters, managers only, and one authority never sees another's. Today, by the test
 * clock, is 2026-11-23.
 */

let h: Harness;
const ids: Record<string, string> = {};
const elsewhereManager = 'mona@elsewhere.test';

beforeAll(async () => {
  h = await createHarness();
  const pat = h.userId('practitioner');
  const yara = h.userId('youthWorker');

  // Drafts 2, active 4, closed 1.
  await addEpisode(h, { status: 'draft', createdBy: pat });
  await addEpisode(h, { status: 'draft', createdBy: yara });
  const led = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2026-11-01' });
  const soon = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2026-12-01' });
  const noLeadSchool = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2027-03-01' });
  const noLeadYouth = await addEpisode(h, { status: 'active', createdBy: yara });
  const closed = await addEpisode(h, { status: 'closed', createdBy: pat, nextReviewOn: '2026-10-01' });
  Object.assign(ids, {
    led: led.id,
    soon: soon.id,
    noLeadSchool: noLeadSchool.id,
    noLeadYouth: noLeadYouth.id,
    closed: closed.id,
  });
  await setLead(h, led.id, yara);
  await setLead(h, soon.id, pat);
  await setLead(h, closed.id, pat);

  // Actions: two overdue, one due soon, one later, one done and past, one on the closed episode.
  await addAction(h, { episodeId: led.id, ownerUserId: pat, dueOn: '2026-11-10' });
  await addAction(h, { episodeId: soon.id, ownerUserId: yara, dueOn: '2026-11-22', status: 'in_progress' });
  await addAction(h, { episodeId: soon.id, ownerUserId: yara, dueOn: '2026-11-30' });
  await addAction(h, { episodeId: soon.id, ownerUserId: yara, dueOn: '2027-01-30' });
  await addAction(h, { episodeId: led.id, ownerUserId: pat, dueOn: '2026-11-01', status: 'done' });
  await addAction(h, { episodeId: closed.id, ownerUserId: pat, dueOn: '2026-11-01' });

  // CO-4: one lapsed (given 2026-11-01), one still within its 14 days (given 2026-11-20).
  await addVerbalConsent(h, led.id, yara, '2026-11-01');
  await addVerbalConsent(h, soon.id, pat, '2026-11-20');
  // CO-7
  await addShareWithoutConsent(h, led.id, yara);

  // For the duplicate review (CH-2): Jon Smith / John Smyth, same date of birth; twins Amy and Ben.
  await addChild(h, { givenNames: 'Jon', familyName: 'Smith', dateOfBirth: '2016-05-05' });
  await addChild(h, { givenNames: 'John', familyName: 'Smyth', dateOfBirth: '2016-05-05' });
  ids.amy = (await addChild(h, { givenNames: 'Amy', familyName: 'Twin', dateOfBirth: '2017-06-06' })).id;
  ids.ben = (await addChild(h, { givenNames: 'Ben', familyName: 'Twin', dateOfBirth: '2017-06-06' })).id;

  // Another authority, with a manager, an episode without a lead and a possible duplicate.
  const [other] = await h.db
    .insert(tables.localAuthority)
    .values({
      name: 'Elsewhere Council',
      code: `E${Math.random().toString(36).slice(2, 8)}`,
      safeguardingRouteTitle: 'Front door',
      safeguardingRouteTelephone: '0113 000 0001',
      safeguardingRouteEmail: 'door@elsewhere.test',
      safeguardingRouteText: 'Call.',
    })
    .returning();
  if (!other) throw new Error('no authority');
  const [mona] = await h.db
    .insert(tables.appUser)
    .values({
      authorityId: other.id,
      email: elsewhereManager,
      name: 'Mona Elsewhere',
      role: 'manager',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  if (!mona) throw new Error('no manager');
  ids.otherEpisode = (await addEpisode(h, { status: 'active', createdBy: mona.id, authorityId: other.id })).id;
  await addChild(h, { givenNames: 'Jon', familyName: 'Smith', dateOfBirth: '2016-05-05', authorityId: other.id });
});

afterAll(() => h?.close());

async function overview(
  input: Parameters<Awaited<ReturnType<ReturnType<Harness['browser']>['call']>>['dashboard']['overview']>[0],
) {
  return (await (await h.signedIn('manager')).call()).dashboard.overview(input);
}

describe('dashboard.overview', () => {
  it('counts episodes by status and what needs attention, exactly (screen 7)', async () => {
    const o = await overview({ overdueOnly: false });
    expect(o.counts).toEqual({
      byStatus: { draft: 2, active: 4, closed: 1 },
      withoutLeadProfessional: 2,
      reviewsOverdue: 1,
      actionsOverdue: 2,
      verbalConsentsUnconfirmed: 1,
      sharesWithoutConsent: 1,
      // No duplicate review has run yet (CH-2).
      possibleDuplicates: 0,
    });
  });

  it('lists overdue and due-soon reviews and actions, classified (PL-1, PL-2)', async () => {
    const o = await overview({ overdueOnly: false });
    expect(o.reviews.rows.map((r) => [r.episodeId, r.due])).toEqual([
      [ids.led, 'overdue'],
      [ids.soon, 'due_soon'],
    ]);
    expect(o.actions.rows.map((a) => [a.dueOn, a.due])).toEqual([
      ['2026-11-10', 'overdue'],
      ['2026-11-22', 'overdue'],
      ['2026-11-30', 'due_soon'],
    ]);
    expect(o.verbalConsents.rows.map((v) => [v.episodeId, v.dueOn, v.overdue])).toEqual([
      [ids.led, '2026-11-15', true],
      [ids.soon, '2026-12-04', false],
    ]);

    const overdue = await overview({ overdueOnly: true });
    expect(overdue.reviews.rows.map((r) => r.episodeId)).toEqual([ids.led]);
    expect(overdue.actions.total).toBe(2);
    expect(overdue.verbalConsents.rows.map((v) => v.episodeId)).toEqual([ids.led]);
  });

  it('lists active episodes without a lead professional and CO-7 shares; no duplicate review yet', async () => {
    const o = await overview({ overdueOnly: false });
    expect(o.withoutLeadProfessional.rows.map((r) => r.episodeId).sort()).toEqual(
      [ids.noLeadSchool, ids.noLeadYouth].sort(),
    );
    expect(o.possibleDuplicates).toEqual({ openPairs: 0, lastRunFinishedAt: null });
    expect(o.sharesWithoutConsent.rows).toEqual([
      expect.objectContaining({
        episodeId: ids.led,
        ground: 'significant_harm_to_child',
        recipient: 'DC Smith, Police',
      }),
    ]);
  });

  it('CH-2 possible duplicates: the open pairs of the latest duplicate review run', async () => {
    // The children above were written straight to the table: index them, as the server does at start.
    await indexPendingChildren(h.db);
    const manager = await (await h.signedIn('manager')).call();
    const { runId } = await manager.duplicates.start();
    await waitForDuplicateReview(runId);
    const run = await manager.duplicates.run({ runId });
    expect(run.status).toBe('finished');
    const { pairs, total } = await manager.duplicates.pairs({ runId });
    expect(total).toBeGreaterThan(0);
    expect(run.openPairs).toBe(total);
    // Twins are listed for a manager to decide, never as certain.
    const twins = pairs.find((p) => [p.a.id, p.b.id].sort().join() === [ids.amy, ids.ben].sort().join());
    expect(twins?.band).toBe('likely');

    const o = await overview({ overdueOnly: false });
    expect(o.possibleDuplicates).toEqual({ openPairs: run.openPairs, lastRunFinishedAt: run.finishedAt });
    expect(o.counts.possibleDuplicates).toBe(run.openPairs);

    // A pair decided "not the same child" is no longer open.
    if (!twins) throw new Error('no pair');
    await manager.duplicates.notDuplicate({ pairId: twins.id, reason: 'Twins.' });
    expect((await overview({ overdueOnly: false })).counts.possibleDuplicates).toBe(run.openPairs - 1);
  });

  it('filters by organisation (the lead professional’s, else the assessor’s) and by status', async () => {
    const youth = await overview({ organisationId: h.orgs.youth.id, overdueOnly: false });
    // Yara (youth service) leads `led` and started a draft and `noLeadYouth`.
    expect(youth.counts.byStatus).toEqual({ draft: 1, active: 2, closed: 0 });
    expect(youth.withoutLeadProfessional.rows.map((r) => r.episodeId)).toEqual([ids.noLeadYouth]);
    expect(youth.actions.rows.map((a) => a.episodeId)).toEqual([ids.led]);

    const drafts = await overview({ status: 'draft', overdueOnly: false });
    expect(drafts.counts.withoutLeadProfessional).toBe(0);
    expect(drafts.counts.reviewsOverdue).toBe(0);
    expect(drafts.counts.byStatus).toEqual({ draft: 2, active: 4, closed: 1 });
  });

  it('audits the view', async () => {
    await overview({ overdueOnly: true });
    const events = await h.db
      .select()
      .from(tables.auditEvent)
      .where(
        and(eq(tables.auditEvent.action, 'dashboard.viewed'), eq(tables.auditEvent.actorUserId, h.userId('manager'))),
      );
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)?.detail).toMatchObject({ overdueOnly: true });
  });

  it('shows another authority’s manager nothing of ours', async () => {
    const b = h.browser();
    await b.signIn(elsewhereManager);
    const o = await (await b.call()).dashboard.overview({ overdueOnly: false });
    expect(o.counts).toEqual({
      byStatus: { draft: 0, active: 1, closed: 0 },
      withoutLeadProfessional: 1,
      reviewsOverdue: 0,
      actionsOverdue: 0,
      verbalConsentsUnconfirmed: 0,
      sharesWithoutConsent: 0,
      possibleDuplicates: 0,
    });
    expect(o.withoutLeadProfessional.rows.map((r) => r.episodeId)).toEqual([ids.otherEpisode]);
    expect(o.organisations).toEqual([]);
    // And a filter naming one of our organisations finds nothing.
    const named = await (await b.call()).dashboard.overview({ organisationId: h.orgs.youth.id, overdueOnly: false });
    expect(named.counts.byStatus).toEqual({ draft: 0, active: 0, closed: 0 });
  });

  it('answers practitioners, administrators and family members FORBIDDEN', async () => {
    for (const who of ['practitioner', 'youthWorker', 'administrator', 'family'] as const) {
      await expectAppError(
        (await (await h.signedIn(who)).call()).dashboard.overview({ overdueOnly: false }),
        'FORBIDDEN',
      );
    }
  });
});
