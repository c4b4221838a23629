import { hashPassword, tables } from '@ecaf/db';
import type { ChildDetailsInput } from '@ecaf/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDuplicateReview } from './services/duplicates';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness, PASSWORD } from './testing/harness';

/**
 * CH-2 one record per child, through the API: a manager's duplicate review runs in the
 * background over the whole index, lists the likely pairs with their explanations, compares a
 * pair side by side, merges (everything moves to the survivor, the other record becomes a
 * tombstone), marks "not the same child", and undoes a merge exactly. Managers only, their own
 * authority only; every decision audited.
 *
 * Planted: three children registered twice (each second time through "none of these is the
 * child", as CH-1 lets a practitioner do), twins, and three children with nobody like them.
 */

let h: Harness;
let practitioner: Awaited<ReturnType<Harness['signedIn']>>;
let manager: Awaited<ReturnType<Harness['signedIn']>>;

const child = {
  amelia: {
    givenNames: 'Amelia',
    familyName: 'Whitaker',
    sex: 'female',
    dateOfBirth: '2012-03-14',
    address: '12 Acacia Avenue, Leeds',
    postcode: 'LS6 2AB',
  },
  // The same child, registered again by another service: a misspelling, and the NHS number.
  amelie: {
    givenNames: 'Amelie',
    familyName: 'Whittaker',
    sex: 'female',
    dateOfBirth: '2012-03-14',
    address: '12 Acacia Avenue, Leeds',
    postcode: 'LS6 2AB',
    nhsNumber: '943 476 5919',
  },
  jon: {
    givenNames: 'Jon',
    familyName: 'Smith',
    sex: 'male',
    dateOfBirth: '2016-05-05',
    address: '3 Mill Lane, Wakefield',
    postcode: 'WF1 2EE',
  },
  john: {
    givenNames: 'John',
    familyName: 'Smyth',
    sex: 'male',
    dateOfBirth: '2016-05-05',
    address: '3 Mill Lane, Wakefield',
    postcode: 'WF1 2EE',
  },
  oliver: {
    givenNames: 'Oliver',
    familyName: 'Brown',
    sex: 'male',
    dateOfBirth: '2010-07-21',
    address: '8 Park Road, Huddersfield',
    postcode: 'HD1 4TT',
  },
  ollie: {
    givenNames: 'Ollie',
    familyName: 'Brown',
    sex: 'male',
    dateOfBirth: '2010-07-21',
    address: '8 Park Road, Huddersfield',
    postcode: 'HD1 4TT',
  },
  amy: {
    givenNames: 'Amy',
    familyName: 'Tennant',
    sex: 'female',
    dateOfBirth: '2017-06-06',
    address: '21 Rose Street, York',
    postcode: 'YO1 7HH',
  },
  ben: {
    givenNames: 'Ben',
    familyName: 'Tennant',
    sex: 'male',
    dateOfBirth: '2017-06-06',
    address: '21 Rose Street, York',
    postcode: 'YO1 7HH',
  },
  priya: {
    givenNames: 'Priya',
    familyName: 'Shah',
    sex: 'female',
    dateOfBirth: '2013-11-30',
    address: '40 Spen Lane, Leeds',
    postcode: 'LS16 5BX',
  },
  callum: {
    givenNames: 'Callum',
    familyName: 'Reid',
    sex: 'male',
    dateOfBirth: '2011-09-30',
    address: '2 Oak Street, Bradford',
    postcode: 'BD7 1AA',
  },
  sofia: {
    givenNames: 'Sofia',
    familyName: 'Rossi',
    sex: 'female',
    dateOfBirth: '2015-04-18',
    address: '9 Church Street, Sheffield',
    postcode: 'S1 2HE',
  },
} satisfies Record<string, ChildDetailsInput>;
type Name = keyof typeof child;

const ids = {} as Record<Name, string>;
/** What the merged record (Amelie) holds before the merge: the rows a merge must move and an undo move back. */
const amelies = {} as { episode: string; checklistDecision: string; involvement: string; mother: string };
const ameliasMother = { id: '' };

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

/** Registers as a practitioner does: when matches are shown, confirming that none is the child (CH-1). */
async function register(name: Name): Promise<string> {
  const input = {
    child: child[name],
    parents: [
      { name: `Parent of ${child[name].givenNames}`, relationship: 'Mother', parentalResponsibility: 'yes' as const },
    ],
    confirmedNoneMatch: false,
    shownMatchIds: [] as string[],
  };
  const first = await (await practitioner.call()).children.register(input).then(
    (registered) => registered,
    () => null,
  );
  if (first) return first.childId;
  const refused = await expectAppError((await practitioner.call()).children.register(input), 'POSSIBLE_DUPLICATE');
  const shown = (refused.details as { matches: { id: string }[] }).matches.map((m) => m.id);
  const { childId } = await (await practitioner.call()).children.register({
    ...input,
    confirmedNoneMatch: true,
    shownMatchIds: shown,
  });
  return childId;
}

async function startCaf(childId: string): Promise<string> {
  const started = await (await practitioner.call()).episodes.start({ childId, checklist: calmChecklist });
  if (started.outcome !== 'episode_started') throw new Error(`no episode: ${started.outcome}`);
  return started.episodeId;
}

/** Runs a review to its end, as the manager's page does (start, then poll). */
async function runReview(): Promise<string> {
  const { runId } = await (await manager.call()).duplicates.start();
  await waitForDuplicateReview(runId);
  return runId;
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

async function openPairs(runId: string) {
  return (await (await manager.call()).duplicates.pairs({ runId })).pairs;
}

async function pairOf(runId: string, a: Name, b: Name) {
  const pair = (await openPairs(runId)).find((p) => pairKey(p.a.id, p.b.id) === pairKey(ids[a], ids[b]));
  if (!pair) throw new Error(`no open pair ${a}/${b} in run ${runId}`);
  return pair;
}

async function auditOf(action: string, childId: string) {
  return h.db
    .select()
    .from(tables.auditEvent)
    .where(and(eq(tables.auditEvent.action, action), eq(tables.auditEvent.childId, childId)));
}

type MovableTable = 'episode' | 'checklist_decision' | 'concern' | 'involvement';

/** Which child a row of one of the tables a merge moves names now. */
async function childIdOf(table: MovableTable, id: string): Promise<string | undefined> {
  const result = await h.db.execute(sql`select child_id from ${sql.raw(table)} where id = ${id}::uuid`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { child_id: string }[];
  return rows[0]?.child_id;
}

async function linkedPeople(childId: string) {
  const rows = await h.db
    .select({ personId: tables.childPerson.personId })
    .from(tables.childPerson)
    .where(eq(tables.childPerson.childId, childId));
  return rows.map((r) => r.personId).sort();
}

beforeAll(async () => {
  h = await createHarness();
  practitioner = await h.signedIn('practitioner');
  manager = await h.signedIn('manager');
  for (const name of Object.keys(child) as Name[]) ids[name] = await register(name);

  // Amelie's record holds a CAF (with its checklist decision), an involvement and her mother.
  amelies.episode = await startCaf(ids.amelie);
  const [decision] = await h.db
    .select({ id: tables.checklistDecision.id })
    .from(tables.checklistDecision)
    .where(eq(tables.checklistDecision.childId, ids.amelie));
  amelies.checklistDecision = decision?.id ?? '';
  await (await practitioner.call()).concerns.recordInvolvement({
    childId: ids.amelie,
    service: 'Learning mentor',
    startedOn: '2026-11-02',
  });
  const [involvement] = await h.db
    .select({ id: tables.involvement.id })
    .from(tables.involvement)
    .where(eq(tables.involvement.childId, ids.amelie));
  amelies.involvement = involvement?.id ?? '';
  [amelies.mother = ''] = await linkedPeople(ids.amelie);
  [ameliasMother.id = ''] = await linkedPeople(ids.amelia);
  for (const [key, value] of Object.entries(amelies)) if (!value) throw new Error(`no ${key} for Amelie`);

  // John's record holds a concern.
  await (await practitioner.call()).concerns.raise({ childId: ids.john, description: 'Arrived hungry all week.' });

  // Oliver and Ollie are the same boy, each record with an open CAF: a merge must wait (CF-1).
  await startCaf(ids.oliver);
  await startCaf(ids.ollie);
}, 60_000);

afterAll(async () => {
  await h?.close();
});

const expectedPairs = () =>
  [
    pairKey(ids.amelia, ids.amelie),
    pairKey(ids.jon, ids.john),
    pairKey(ids.oliver, ids.ollie),
    pairKey(ids.amy, ids.ben),
  ].sort();

describe('CH-2 the duplicate review', () => {
  let firstRun: string;

  it('CH-2 a manager starts a review in the background; starting another while it runs is refused', async () => {
    const { runId } = await (await manager.call()).duplicates.start();
    firstRun = runId;
    const again = await expectAppError((await manager.call()).duplicates.start(), 'DUPLICATE_REVIEW_RUNNING');
    await waitForDuplicateReview(runId);
    expect(again.message).toBeTruthy();
    const [started] = await h.db
      .select()
      .from(tables.auditEvent)
      .where(eq(tables.auditEvent.action, 'duplicate_review.started'));
    expect(started).toMatchObject({ actorUserId: h.userId('manager'), detail: { runId, children: 11 } });
  });

  it('CH-2 the run looks through every child: its progress reaches the total', async () => {
    const run = await (await manager.call()).duplicates.run({ runId: firstRun });
    expect(run).toMatchObject({
      id: firstRun,
      status: 'finished',
      total: 11,
      processed: 11,
      pairsFound: 4,
      openPairs: 4,
      startedByName: 'Maya Manager',
      error: null,
    });
    expect(run.finishedAt).not.toBeNull();
  });

  it('CH-2 lists the pairs found, each with its band and explanation, and nobody else', async () => {
    const listed = await (await manager.call()).duplicates.pairs({ runId: firstRun });
    expect(listed.total).toBe(4);
    expect(listed.pairs.map((p) => pairKey(p.a.id, p.b.id)).sort()).toEqual(expectedPairs());
    for (const pair of listed.pairs) {
      expect(['likely', 'certain']).toContain(pair.band);
      expect(pair.probability).toBeGreaterThanOrEqual(0.5);
      expect(pair.status).toBe('open');
    }
    const amelia = await pairOf(firstRun, 'amelia', 'amelie');
    expect(amelia.explanation).toMatch(/surnames spelt almost the same/);
    expect(amelia.explanation).toMatch(/same date of birth/);
    const jon = await pairOf(firstRun, 'jon', 'john');
    expect(jon.explanation).toMatch(/(Jon is a nickname of John|John is a nickname of Jon)/);
    // Twins: never certain, and the explanation says why.
    const twins = await pairOf(firstRun, 'amy', 'ben');
    expect(twins.band).toBe('likely');
    expect(twins.explanation).toMatch(/could be twins/);
    const [viewed] = await h.db
      .select()
      .from(tables.auditEvent)
      .where(eq(tables.auditEvent.action, 'duplicate_review.pairs_viewed'));
    expect(viewed?.actorUserId).toBe(h.userId('manager'));
  });

  it('CH-2 the side-by-side comparison shows both records and every field compared, and is audited', async () => {
    const { id: pairId } = await pairOf(firstRun, 'amelia', 'amelie');
    const detail = await (await manager.call()).duplicates.pair({ pairId });
    const sides = Object.fromEntries([detail.a, detail.b].map((side) => [side.id, side]));
    expect(sides[ids.amelia]).toMatchObject({
      name: 'Amelia Whitaker',
      dateOfBirth: '2012-03-14',
      postcode: 'LS6 2AB',
      nhsNumber: null,
      episodes: 0,
      hasOpenEpisode: false,
      parentsAndCarers: 1,
      mergedIntoId: null,
    });
    expect(sides[ids.amelie]).toMatchObject({
      name: 'Amelie Whittaker',
      nhsNumber: '9434765919',
      episodes: 1,
      hasOpenEpisode: true,
      parentsAndCarers: 1,
    });
    expect(detail.pair).toMatchObject({ id: pairId, runId: firstRun, status: 'open', decidedAt: null });
    expect(detail.merge).toBeNull();
    const fields = Object.fromEntries(detail.pair.fields.map((f) => [f.field, f]));
    expect(fields.familyName).toMatchObject({ label: 'Surname', level: 'typo' });
    expect(fields.dateOfBirth).toMatchObject({ label: 'Date of birth', level: 'exact' });
    expect(fields.postcode).toMatchObject({ label: 'Postcode', level: 'exact' });
    expect(fields.givenName?.label).toBe('First names');
    // The NHS number is on one record only: not compared.
    expect(fields.nhsNumber).toBeUndefined();
    for (const id of [ids.amelia, ids.amelie]) {
      expect((await auditOf('child.compared', id)).map((e) => e.actorUserId)).toEqual([h.userId('manager')]);
    }
  });

  it('CH-2 VALIDATION_FAILED when the record to keep is neither of the pair', async () => {
    const { id: pairId } = await pairOf(firstRun, 'amelia', 'amelie');
    const error = await expectAppError(
      (await manager.call()).duplicates.merge({ pairId, survivorId: ids.priya, reason: 'Same child.' }),
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors).toEqual({ survivorId: expect.any(String) });
  });

  it('CH-2 MERGE_NOT_ALLOWED when both children have an open CAF (CF-1: one open CAF per child)', async () => {
    const { id: pairId } = await pairOf(firstRun, 'oliver', 'ollie');
    const error = await expectAppError(
      (await manager.call()).duplicates.merge({ pairId, survivorId: ids.oliver, reason: 'Same boy.' }),
      'MERGE_NOT_ALLOWED',
    );
    expect(error.message).toMatch(/open CAF/);
    expect((await pairOf(firstRun, 'oliver', 'ollie')).status).toBe('open');
  });

  describe('CH-2 merge and undo', () => {
    let pairId: string;
    let mergeId: string;

    it('CH-2 merge: the survivor keeps the episodes, checklist decisions, involvements and parents of the merged child', async () => {
      pairId = (await pairOf(firstRun, 'amelia', 'amelie')).id;
      const merged = await (await manager.call()).duplicates.merge({
        pairId,
        survivorId: ids.amelia,
        reason: 'Same NHS number on the school record; the mother confirmed.',
      });
      mergeId = merged.mergeId;
      expect(merged.survivorId).toBe(ids.amelia);
      expect(await childIdOf('episode', amelies.episode)).toBe(ids.amelia);
      expect(await childIdOf('checklist_decision', amelies.checklistDecision)).toBe(ids.amelia);
      expect(await childIdOf('involvement', amelies.involvement)).toBe(ids.amelia);
      expect(await linkedPeople(ids.amelia)).toEqual([ameliasMother.id, amelies.mother].sort());
      expect(await linkedPeople(ids.amelie)).toEqual([]);
      const [record] = await h.db.select().from(tables.childMerge).where(eq(tables.childMerge.id, mergeId));
      expect(record).toMatchObject({
        survivorId: ids.amelia,
        mergedId: ids.amelie,
        pairId,
        mergedBy: h.userId('manager'),
        undoneAt: null,
        moved: {
          episode: [amelies.episode],
          checklistDecision: [amelies.checklistDecision],
          concern: [],
          involvement: [amelies.involvement],
          childPerson: [amelies.mother],
          familyInvitation: [],
          notification: [],
          userId: null,
        },
      });
      const view = await (await practitioner.call()).children.get({ childId: ids.amelia });
      expect(view.episodes.map((e) => e.id)).toEqual([amelies.episode]);
      expect(view.parents).toHaveLength(2);
    });

    it('CH-2 the merged record is a tombstone: NOT_FOUND, pointing at the survivor', async () => {
      const [row] = await h.db.select().from(tables.child).where(eq(tables.child.id, ids.amelie));
      expect(row?.mergedIntoId).toBe(ids.amelia);
      const error = await expectAppError(
        (await practitioner.call()).children.get({ childId: ids.amelie }),
        'NOT_FOUND',
      );
      expect(error.details).toEqual({ mergedIntoId: ids.amelia });
      const detail = await (await manager.call()).duplicates.pair({ pairId });
      expect(detail.pair.status).toBe('merged');
      expect(detail.merge).toEqual({ id: mergeId, survivorId: ids.amelia, undoneAt: null });
    });

    it("CH-2 the search no longer returns the merged child, and finds the survivor under the merged record's spelling", async () => {
      const { results } = await (await practitioner.call()).children.search({ query: 'Amelie Whittaker 14/03/2012' });
      const found = results.map((r) => r.id);
      expect(found).toContain(ids.amelia);
      expect(found).not.toContain(ids.amelie);
    });

    it("CH-2 the survivor is found by the merged record's NHS number", async () => {
      const { results } = await (await practitioner.call()).children.search({ query: '943 476 5919' });
      expect(results.map((r) => r.id)).toEqual([ids.amelia]);
    });

    it('CH-2 the merge is audited on both records (child.merged, child.merged_away), by the manager', async () => {
      const [survivorEvent] = await auditOf('child.merged', ids.amelia);
      const [mergedEvent] = await auditOf('child.merged_away', ids.amelie);
      for (const event of [survivorEvent, mergedEvent]) {
        expect(event).toMatchObject({
          actorUserId: h.userId('manager'),
          actorRole: 'manager',
          detail: expect.objectContaining({ mergeId, pairId, survivorId: ids.amelia, mergedId: ids.amelie }),
        });
      }
    });

    it('CH-2 DUPLICATE_PAIR_DECIDED when the pair is merged again', async () => {
      await expectAppError(
        (await manager.call()).duplicates.merge({ pairId, survivorId: ids.amelia, reason: 'Again.' }),
        'DUPLICATE_PAIR_DECIDED',
      );
      await expectAppError(
        (await manager.call()).duplicates.notDuplicate({ pairId, reason: 'Changed my mind.' }),
        'DUPLICATE_PAIR_DECIDED',
      );
    });

    it('CH-2 undo: exactly what moved goes back, the tombstone comes back, the pair is open again; audited', async () => {
      const undone = await (await manager.call()).duplicates.undoMerge({
        mergeId,
        reason: 'The NHS number was typed on the wrong record.',
      });
      expect(undone).toEqual({ ok: true, mergedId: ids.amelie });
      expect(await childIdOf('episode', amelies.episode)).toBe(ids.amelie);
      expect(await childIdOf('checklist_decision', amelies.checklistDecision)).toBe(ids.amelie);
      expect(await childIdOf('involvement', amelies.involvement)).toBe(ids.amelie);
      expect(await linkedPeople(ids.amelie)).toEqual([amelies.mother]);
      expect(await linkedPeople(ids.amelia)).toEqual([ameliasMother.id]);
      const [row] = await h.db.select().from(tables.child).where(eq(tables.child.id, ids.amelie));
      expect(row?.mergedIntoId).toBeNull();
      const view = await (await practitioner.call()).children.get({ childId: ids.amelie });
      expect(view.episodes.map((e) => e.id)).toEqual([amelies.episode]);
      expect((await (await practitioner.call()).children.get({ childId: ids.amelia })).episodes).toEqual([]);

      const { results } = await (await practitioner.call()).children.search({ query: 'Amelia Whitaker 14/03/2012' });
      expect(results.map((r) => r.id)).toEqual(expect.arrayContaining([ids.amelia, ids.amelie]));
      const detail = await (await manager.call()).duplicates.pair({ pairId });
      expect(detail.pair).toMatchObject({ status: 'open', decidedAt: null });
      expect(detail.merge?.undoneAt).not.toBeNull();
      const [merge] = await h.db.select().from(tables.childMerge).where(eq(tables.childMerge.id, mergeId));
      expect(merge).toMatchObject({
        undoneBy: h.userId('manager'),
        undoReason: 'The NHS number was typed on the wrong record.',
      });
      for (const id of [ids.amelia, ids.amelie]) {
        const events = await auditOf('child.merge_undone', id);
        expect(events.map((e) => [e.actorUserId, (e.detail as { mergeId: string }).mergeId])).toEqual([
          [h.userId('manager'), mergeId],
        ]);
      }
    });

    it('CH-2 MERGE_ALREADY_UNDONE on a second undo', async () => {
      await expectAppError(
        (await manager.call()).duplicates.undoMerge({ mergeId, reason: 'Twice.' }),
        'MERGE_ALREADY_UNDONE',
      );
    });

    it('CH-2 the overview lists the merge, undone', async () => {
      const overview = await (await manager.call()).duplicates.overview();
      expect(overview.latestRun?.id).toBe(firstRun);
      expect(overview.children).toBe(11);
      expect(overview.model.source).toBe('bundled');
      expect(overview.recentMerges).toEqual([
        expect.objectContaining({
          id: mergeId,
          survivor: expect.objectContaining({ id: ids.amelia }),
          merged: expect.objectContaining({ id: ids.amelie }),
          mergedByName: 'Maya Manager',
          undoneAt: expect.any(String),
        }),
      ]);
    });
  });

  it("CH-2 a merged child's concerns move to the survivor, and back on undo", async () => {
    const [concern] = await h.db.select().from(tables.concern).where(eq(tables.concern.childId, ids.john));
    if (!concern) throw new Error('no concern');
    const { id: pairId } = await pairOf(firstRun, 'jon', 'john');
    const merged = await (await manager.call()).duplicates.merge({ pairId, survivorId: ids.jon, reason: 'Same boy.' });
    expect(await childIdOf('concern', concern.id)).toBe(ids.jon);
    const [record] = await h.db.select().from(tables.childMerge).where(eq(tables.childMerge.id, merged.mergeId));
    expect(record?.moved).toMatchObject({ concern: [concern.id] });
    await (await manager.call()).duplicates.undoMerge({ mergeId: merged.mergeId, reason: 'To test the undo.' });
    expect(await childIdOf('concern', concern.id)).toBe(ids.john);
  });

  describe('CH-2 not the same child', () => {
    it('CH-2 a pair marked "not the same child" cannot be merged, and the next run does not list it', async () => {
      const twins = await pairOf(firstRun, 'amy', 'ben');
      expect(
        await (await manager.call()).duplicates.notDuplicate({
          pairId: twins.id,
          reason: 'Twins; both seen at school.',
        }),
      ).toEqual({ ok: true });
      await expectAppError(
        (await manager.call()).duplicates.merge({ pairId: twins.id, survivorId: ids.amy, reason: 'Same.' }),
        'DUPLICATE_PAIR_DECIDED',
      );
      const [event] = await auditOf('duplicate_pair.not_duplicate', twins.a.id);
      expect(event?.actorUserId).toBe(h.userId('manager'));
      const decided = await (await manager.call()).duplicates.pairs({ runId: firstRun, status: 'not_duplicate' });
      expect(decided.pairs.map((p) => p.id)).toEqual([twins.id]);

      const next = await runReview();
      const listed = await (await manager.call()).duplicates.pairs({ runId: next });
      expect(listed.pairs.map((p) => pairKey(p.a.id, p.b.id)).sort()).toEqual(
        [pairKey(ids.amelia, ids.amelie), pairKey(ids.jon, ids.john), pairKey(ids.oliver, ids.ollie)].sort(),
      );
      expect((await (await manager.call()).duplicates.run({ runId: next })).openPairs).toBe(3);
    });
  });
});

describe('CH-2 who may review duplicates', () => {
  it('CH-2 practitioners, family members and administrators are refused every duplicates procedure (FORBIDDEN)', async () => {
    const [run] = await h.db.select().from(tables.duplicateReviewRun).limit(1);
    const [pair] = await h.db.select().from(tables.duplicatePair).limit(1);
    const [merge] = await h.db.select().from(tables.childMerge).limit(1);
    if (!run || !pair || !merge) throw new Error('no run, pair or merge');
    for (const who of ['practitioner', 'youthWorker', 'family', 'administrator'] as const) {
      const call = await (await h.signedIn(who)).call();
      const attempts = {
        overview: () => call.duplicates.overview(),
        start: () => call.duplicates.start(),
        run: () => call.duplicates.run({ runId: run.id }),
        pairs: () => call.duplicates.pairs({ runId: run.id }),
        pair: () => call.duplicates.pair({ pairId: pair.id }),
        merge: () => call.duplicates.merge({ pairId: pair.id, survivorId: pair.childAId, reason: 'Same.' }),
        notDuplicate: () => call.duplicates.notDuplicate({ pairId: pair.id, reason: 'Different.' }),
        undoMerge: () => call.duplicates.undoMerge({ mergeId: merge.id, reason: 'Wrong.' }),
      };
      for (const [procedure, attempt] of Object.entries(attempts)) {
        // Called one at a time, so no refusal is left unawaited.
        const error = await expectAppError(attempt(), 'FORBIDDEN').catch((e: Error) => {
          throw new Error(`${who} duplicates.${procedure}: ${e.message}`);
        });
        expect(error.appCode).toBe('FORBIDDEN');
      }
    }
    // Nothing was started or decided by the refused calls.
    expect(await h.db.select().from(tables.duplicateReviewRun)).toHaveLength(2);
  });

  it('CH-2 a manager of another authority is told NOT_FOUND for our run, pair and merge, and sees none of ours', async () => {
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
    await h.db.insert(tables.appUser).values({
      authorityId: other.id,
      email: 'mona@elsewhere.test',
      name: 'Mona Elsewhere',
      role: 'manager',
      passwordHash: await hashPassword(PASSWORD),
    });
    const mona = h.browser();
    await mona.signIn('mona@elsewhere.test');
    const call = await mona.call();
    const [run] = await h.db.select().from(tables.duplicateReviewRun).limit(1);
    const [pair] = await h.db
      .select()
      .from(tables.duplicatePair)
      .where(eq(tables.duplicatePair.status, 'open'))
      .limit(1);
    const [merge] = await h.db.select().from(tables.childMerge).limit(1);
    if (!run || !pair || !merge) throw new Error('no run, pair or merge');
    await expectAppError(call.duplicates.run({ runId: run.id }), 'NOT_FOUND');
    await expectAppError(call.duplicates.pairs({ runId: run.id }), 'NOT_FOUND');
    await expectAppError(call.duplicates.pair({ pairId: pair.id }), 'NOT_FOUND');
    await expectAppError(
      call.duplicates.merge({ pairId: pair.id, survivorId: pair.childAId, reason: 'Same.' }),
      'NOT_FOUND',
    );
    await expectAppError(call.duplicates.notDuplicate({ pairId: pair.id, reason: 'Different.' }), 'NOT_FOUND');
    await expectAppError(call.duplicates.undoMerge({ mergeId: merge.id, reason: 'Wrong.' }), 'NOT_FOUND');
    expect(
      (await h.db.select().from(tables.duplicatePair).where(eq(tables.duplicatePair.id, pair.id)))[0]?.status,
    ).toBe('open');

    const overview = await call.duplicates.overview();
    expect(overview).toMatchObject({ latestRun: null, children: 0, recentMerges: [] });
    // Their own run looks through their own children only.
    const { runId } = await call.duplicates.start();
    await waitForDuplicateReview(runId);
    expect(await call.duplicates.run({ runId })).toMatchObject({
      status: 'finished',
      total: 0,
      processed: 0,
      pairsFound: 0,
    });
    expect((await (await manager.call()).duplicates.overview()).latestRun?.id).not.toBe(runId);
  });
});

describe('CH-2 two managers at once', () => {
  it('CH-2 two reviews started at the same moment: one runs, the other is refused', async () => {
    const second = await h.signedIn('manager');
    const settled = await Promise.allSettled([
      (await manager.call()).duplicates.start(),
      (await second.call()).duplicates.start(),
    ]);
    const started = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.runId] : []));
    await Promise.all(started.map((runId) => waitForDuplicateReview(runId)));
    expect(started).toHaveLength(1);
    const running = await h.db
      .select()
      .from(tables.duplicateReviewRun)
      .where(
        and(eq(tables.duplicateReviewRun.authorityId, h.authority.id), inArray(tables.duplicateReviewRun.id, started)),
      );
    expect(running).toHaveLength(1);
  });
});
