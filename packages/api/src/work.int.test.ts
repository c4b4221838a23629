import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';
import {
  addAction,
  addConcern,
  addEpisode,
  addTeamMember,
  addVerbalConsent,
  setLead,
  shareWithAll,
} from './testing/work-fixtures';

/**
 * My work (screen 2) through the API: my episodes (lead professional or team member), actions
 * due or overdue (PL-1: the owner's and the lead professional's lists), reviews due (PL-2), new
 * concerns (IN-2), verbal consents to confirm (CO-4), and the access policy over it all (SH-1).
 * Today, by the test clock, is 2026-11-23.
 */

let h: Harness;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  const pat = h.userId('practitioner');
  const yara = h.userId('youthWorker');

  const e1 = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2026-11-20' });
  const e2 = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2026-12-01' });
  const e3 = await addEpisode(h, { status: 'active', createdBy: pat, nextReviewOn: '2027-01-30' });
  const closed = await addEpisode(h, { status: 'closed', createdBy: pat });
  // Yara is on e4's team, but no consent to share was recorded: she may not read it (SH-1).
  const e4 = await addEpisode(h, { status: 'active', createdBy: pat });
  Object.assign(ids, { e1: e1.id, e2: e2.id, e3: e3.id, closed: closed.id, e4: e4.id, e1Child: e1.childId });

  await setLead(h, e1.id, pat, '2026-11-01T09:00:00Z');
  await setLead(h, e2.id, pat, '2026-11-05T09:00:00Z');
  await setLead(h, e3.id, pat, '2026-10-01T09:00:00Z');
  await setLead(h, closed.id, pat, '2026-11-10T09:00:00Z');
  await setLead(h, e4.id, pat, '2026-09-01T09:00:00Z');
  await shareWithAll(h, e1.id, pat);
  await addTeamMember(h, e1.id, yara, '2026-11-03T09:00:00Z');
  await addTeamMember(h, e4.id, yara, '2026-11-04T09:00:00Z');

  ids.yaraOverdue = (await addAction(h, { episodeId: e1.id, ownerUserId: yara, dueOn: '2026-11-10' })).id;
  ids.yaraSoon = (
    await addAction(h, { episodeId: e1.id, ownerUserId: yara, dueOn: '2026-11-30', status: 'in_progress' })
  ).id;
  ids.yaraLater = (await addAction(h, { episodeId: e1.id, ownerUserId: yara, dueOn: '2027-02-01' })).id;
  ids.yaraDone = (await addAction(h, { episodeId: e1.id, ownerUserId: yara, dueOn: '2026-11-01', status: 'done' })).id;
  ids.yaraHidden = (await addAction(h, { episodeId: e4.id, ownerUserId: yara, dueOn: '2026-11-11' })).id;
  ids.patToday = (await addAction(h, { episodeId: e2.id, ownerUserId: pat, dueOn: '2026-11-23' })).id;
  ids.patClosed = (await addAction(h, { episodeId: closed.id, ownerUserId: pat, dueOn: '2026-11-01' })).id;

  ids.concern = (await addConcern(h, { childId: e1.childId, episodeId: e1.id, raisedBy: yara })).id;
  ids.resolved = (await addConcern(h, { childId: e1.childId, episodeId: e1.id, raisedBy: yara, resolved: true })).id;
  const noCaf = await addEpisode(h, { status: 'closed', createdBy: pat });
  ids.otherConcern = (await addConcern(h, { childId: noCaf.childId, raisedBy: yara })).id;

  // CO-4: given 2026-11-01, due 2026-11-15: lapsed.
  await addVerbalConsent(h, e2.id, pat, '2026-11-01');
});

afterAll(() => h?.close());

async function mine(who: Parameters<Harness['signedIn']>[0]) {
  return (await (await h.signedIn(who)).call()).work.mine();
}

describe('work.mine', () => {
  it('lists the episodes I lead or am on the team of, most recently assigned first (screen 2)', async () => {
    const pat = await mine('practitioner');
    expect(pat.episodes.map((e) => e.episodeId)).toEqual([ids.e2, ids.e1, ids.e3, ids.e4]);
    expect(pat.episodes.every((e) => e.role === 'lead_professional')).toBe(true);

    const yara = await mine('youthWorker');
    // e4 is left out: without consent to share a team member may not read it (SH-1).
    expect(yara.episodes.map((e) => [e.episodeId, e.role])).toEqual([[ids.e1, 'team_member']]);
  });

  it("puts an owner's due and overdue actions on their list, and overdue ones on the lead's (PL-1)", async () => {
    const yara = await mine('youthWorker');
    const actions = yara.items.filter((i) => i.kind === 'action');
    expect(actions.map((a) => [a.id, a.due])).toEqual([
      [`action:${ids.yaraOverdue}`, 'overdue'],
      [`action:${ids.yaraSoon}`, 'due_soon'],
    ]);

    const pat = await mine('practitioner');
    expect(pat.items.filter((i) => i.kind === 'action').map((a) => [a.id, a.due])).toEqual([
      [`action:${ids.patToday}`, 'due_today'],
    ]);
    // Only the overdue team actions (e4's too: the lead reads it), not one due soon or done,
    // nor one on a closed episode.
    expect(pat.items.filter((i) => i.kind === 'team_action').map((a) => [a.id, a.due, a.owner])).toEqual([
      [`action:${ids.yaraOverdue}`, 'overdue', 'Owner'],
      [`action:${ids.yaraHidden}`, 'overdue', 'Owner'],
    ]);
    expect(pat.items.map((i) => i.id)).not.toContain(`action:${ids.patClosed}`);
  });

  it('lists reviews due within 14 days or overdue on episodes I lead (PL-2)', async () => {
    const pat = await mine('practitioner');
    expect(pat.items.filter((i) => i.kind === 'review').map((r) => [r.episodeId, r.date, r.due])).toEqual([
      [ids.e1, '2026-11-20', 'overdue'],
      [ids.e2, '2026-12-01', 'due_soon'],
    ]);
    expect((await mine('youthWorker')).items.filter((i) => i.kind === 'review')).toEqual([]);
  });

  it('lists open concerns about children whose CAF I lead, and every open one for a manager (IN-2)', async () => {
    const pat = await mine('practitioner');
    expect(pat.items.filter((i) => i.kind === 'concern').map((c) => c.id)).toEqual([`concern:${ids.concern}`]);
    const maya = await mine('manager');
    expect(
      maya.items
        .filter((i) => i.kind === 'concern')
        .map((c) => c.id)
        .sort(),
    ).toEqual([`concern:${ids.concern}`, `concern:${ids.otherConcern}`].sort());
    expect((await mine('youthWorker')).items.filter((i) => i.kind === 'concern')).toEqual([]);
  });

  it('reminds the lead professional of a verbal consent past its 14 days (CO-4)', async () => {
    const pat = await mine('practitioner');
    expect(pat.verbalConsentsToConfirm).toEqual([
      expect.objectContaining({ episodeId: ids.e2, decidedOn: '2026-11-01', dueOn: '2026-11-15', overdue: true }),
    ]);
    expect(pat.items.find((i) => i.kind === 'verbal_consent')).toMatchObject({ episodeId: ids.e2, due: 'overdue' });
  });

  it('counts what needs doing, most urgent first', async () => {
    const pat = await mine('practitioner');
    // Overdue: two team actions, e1's review, the verbal consent. Today: my action. Soon: e2's review.
    expect(pat.counts).toMatchObject({ overdue: 4, dueToday: 1, dueSoon: 1, newConcerns: 1, episodes: 4 });
    expect(pat.items.map((i) => i.due)).toEqual([
      'overdue',
      'overdue',
      'overdue',
      'overdue',
      'due_today',
      'due_soon',
      null,
    ]);
  });

  it('answers an administrator and a family member FORBIDDEN', async () => {
    await expectAppError((await (await h.signedIn('administrator')).call()).work.mine(), 'FORBIDDEN');
    await expectAppError((await (await h.signedIn('family')).call()).work.mine(), 'FORBIDDEN');
  });
});
