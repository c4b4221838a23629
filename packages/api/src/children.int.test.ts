import { tables } from '@ecaf/db';
import type { ChildDetailsInput, RegisterChildInput } from '@ecaf/domain';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness } from './testing/harness';

let h: Harness;
let practitioner: Awaited<ReturnType<Harness['signedIn']>>;

const amelia = {
  givenNames: 'Amelia',
  familyName: 'Whitaker',
  sex: 'female' as const,
  dateOfBirth: '2012-03-14',
  postcode: 'ls6 2ab',
  nhsNumber: '943 476 5919',
};

function registration(child: ChildDetailsInput, extra: Partial<RegisterChildInput> = {}) {
  return {
    child,
    parents: [{ name: 'Joanne Whitaker', relationship: 'Mother', parentalResponsibility: 'yes' as const }],
    confirmedNoneMatch: false,
    shownMatchIds: [],
    ...extra,
  };
}

beforeAll(async () => {
  h = await createHarness();
  practitioner = await h.signedIn('practitioner');
});
afterAll(async () => {
  await h.close();
});

async function auditFor(action: string, childId?: string) {
  return h.db
    .select()
    .from(tables.auditEvent)
    .where(
      childId
        ? and(eq(tables.auditEvent.action, action), eq(tables.auditEvent.childId, childId))
        : eq(tables.auditEvent.action, action),
    )
    .orderBy(desc(tables.auditEvent.id));
}

describe('register a child', () => {
  let ameliaId: string;

  it('registers a child with no likely match, with parents, and audits it', async () => {
    const { childId } = await (await practitioner.call()).children.register(registration(amelia));
    ameliaId = childId;
    const view = await (await practitioner.call()).children.get({ childId });
    expect(view.child).toMatchObject({ name: 'Amelia Whitaker', postcode: 'LS6 2AB', nhsNumber: '9434765919' });
    expect(view.parents).toEqual([expect.objectContaining({ name: 'Joanne Whitaker', parentalResponsibility: true })]);
    expect(await auditFor('child.registered', childId)).toHaveLength(1);
  });

  it('CH-3 refuses an NHS number failing the modulus 11 check, on the field', async () => {
    const error = await expectAppError(
      (await practitioner.call()).children.register(
        registration({ ...amelia, givenNames: 'Zed', nhsNumber: '9434765918' }),
      ),
      'VALIDATION_FAILED',
    );
    expect(error.fieldErrors).toEqual({ 'child.nhsNumber': expect.stringMatching(/NHS number/) });
  });

  it('CH-1 shows a near-duplicate with its reasons and refuses to register without confirmation', async () => {
    const attempt = registration({ ...amelia, givenNames: 'Amelie', nhsNumber: '' });
    const error = await expectAppError((await practitioner.call()).children.register(attempt), 'POSSIBLE_DUPLICATE');
    const { matches } = error.details as {
      matches: { id: string; reasons: string[]; band: string; explanation: string; probability: number }[];
    };
    expect(matches).toHaveLength(1);
    expect(matches[0]?.id).toBe(ameliaId);
    expect(matches[0]?.reasons).toContain('same date of birth');
    expect(matches[0]?.explanation).toMatch(/same date of birth/);
    expect(['likely', 'certain']).toContain(matches[0]?.band);
    expect(matches[0]?.probability).toBeGreaterThanOrEqual(0.5);
    const [shown] = await auditFor('child_index.possible_matches_shown');
    expect(shown?.actorUserId).toBe(h.userId('practitioner'));
    expect(shown?.detail).toEqual({ matchIds: [ameliaId] });
  });

  it('CH-1 registers anyway once "none of these is the child" is confirmed, and records it', async () => {
    const attempt = registration(
      { ...amelia, givenNames: 'Amelie', nhsNumber: '' },
      { confirmedNoneMatch: true, shownMatchIds: [ameliaId] },
    );
    const { childId } = await (await practitioner.call()).children.register(attempt);
    const [row] = await h.db.select().from(tables.child).where(eq(tables.child.id, childId));
    expect(row?.registrationConfirmation).toMatchObject({ confirmedNoneMatch: true, shownMatchIds: [ameliaId] });
  });
});

describe('find a child', () => {
  it('finds a child despite a typo in the name, and says why', async () => {
    const { results } = await (await practitioner.call()).children.search({ query: 'Amelia Whittaker 14/03/2012' });
    const amelia = results.find((r) => r.name === 'Amelia Whitaker');
    expect(amelia?.explanation).toMatch(/same date of birth/);
    expect(amelia?.reasons.join(' ')).toMatch(/surname/i);
  });

  it('finds by NHS number, by surname and date of birth, and by name and postcode', async () => {
    const call = await practitioner.call();
    expect((await call.children.search({ query: '943 476 5919' })).results[0]?.reasons).toContain('same NHS number');
    expect((await call.children.search({ query: 'Whitaker 14/03/2012' })).results.map((r) => r.name)).toContain(
      'Amelia Whitaker',
    );
    expect((await call.children.search({ query: 'Amelia Whitaker LS6 2AB' })).results.map((r) => r.name)).toContain(
      'Amelia Whitaker',
    );
  });

  it('a postcode alone finds no one: the index is searched for a child, not for an address (SH-3)', async () => {
    expect((await (await practitioner.call()).children.search({ query: 'LS6 2AB' })).results).toEqual([]);
  });

  it('SH-3 refuses the index to family members and administrators, and audits the refusal', async () => {
    for (const who of ['family', 'administrator'] as const) {
      const b = await h.signedIn(who);
      await expectAppError((await b.call()).children.search({ query: 'Amelia' }), 'FORBIDDEN');
      const [child] = await h.db.select().from(tables.child).limit(1);
      if (!child) throw new Error('no child');
      await expectAppError((await b.call()).children.get({ childId: child.id }), 'FORBIDDEN');
    }
    const denied = await auditFor('access.denied');
    expect(denied.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a signed-out caller', async () => {
    await expectAppError((await h.browser().call()).children.search({ query: 'Amelia' }), 'NOT_SIGNED_IN');
  });

  it('SH-3 audits every view of a child record', async () => {
    const [child] = await h.db.select().from(tables.child).where(eq(tables.child.familyName, 'Whitaker')).limit(1);
    if (!child) throw new Error('no child');
    const before = (await auditFor('child.viewed', child.id)).length;
    await (await practitioner.call()).children.get({ childId: child.id });
    const after = await auditFor('child.viewed', child.id);
    expect(after.length).toBe(before + 1);
    expect(after[0]?.actorUserId).toBe(h.userId('practitioner'));
  });
});
