import { hashPassword, insertLeadProfessional, tables } from '@ecaf/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from './testing/expect-app-error';
import { createHarness, type Harness, PASSWORD } from './testing/harness';

/**
 * Involvement (IN-1), concerns (IN-2) and the child's chronology (screen 4) through the API, with
 * the audit of every read and write (SH-5, AU-2).
 */

let h: Harness;
let sensitiveOrgId: string;
let nurseId: string;

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

async function newChild() {
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: h.authority.id,
      givenNames: 'Ria',
      familyName: `Moss${Math.random().toString(36).slice(2, 6)}`,
      sex: 'female',
      dateOfBirth: '2013-05-06',
      createdAt: h.clock.now(),
    })
    .returning();
  if (!child) throw new Error('no child');
  return child.id;
}

async function as(who: 'practitioner' | 'colleague' | 'youthWorker' | 'manager' | 'administrator' | 'family') {
  return (await h.signedIn(who)).call();
}

async function nurse() {
  const b = h.browser();
  await b.signIn('nina@clinic.test');
  return b.call();
}

async function auditActions(childId: string) {
  const rows = await h.db
    .select({ action: tables.auditEvent.action })
    .from(tables.auditEvent)
    .where(eq(tables.auditEvent.childId, childId));
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  h = await createHarness();
  const [clinic] = await h.db
    .insert(tables.organisation)
    .values({ authorityId: h.authority.id, name: 'Sexual Health Clinic', kind: 'health', isSensitiveService: true })
    .returning();
  if (!clinic) throw new Error('no clinic');
  sensitiveOrgId = clinic.id;
  const [nina] = await h.db
    .insert(tables.appUser)
    .values({
      authorityId: h.authority.id,
      organisationId: clinic.id,
      email: 'nina@clinic.test',
      name: 'Nina Nurse',
      role: 'practitioner',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  if (!nina) throw new Error('no nurse');
  nurseId = nina.id;
});

afterAll(async () => {
  await h.close();
});

describe('IN-1 involvement', () => {
  it('IN-1 shows a non-sensitive involvement to every practitioner and manager', async () => {
    const childId = await newChild();
    const pat = await as('practitioner');
    await pat.concerns.recordInvolvement({ childId, service: 'Weekly mentoring', startedOn: '2026-11-01' });
    for (const who of ['youthWorker', 'manager'] as const) {
      const list = await (await as(who)).concerns.listForChild({ childId });
      expect(list.involvements.map((i) => i.service)).toEqual(['Weekly mentoring']);
      expect(list.hiddenInvolvements).toBe(0);
    }
    expect(await auditActions(childId)).toEqual(
      expect.arrayContaining(['involvement.recorded', 'child.concerns_viewed']),
    );
  });

  it('IN-1 hides a sensitive involvement from others without explicit consent, but not from its own service', async () => {
    const childId = await newChild();
    await (await nurse()).concerns.recordInvolvement({ childId, service: 'Clinic visits', startedOn: '2026-11-02' });
    const pat = await (await as('practitioner')).concerns.listForChild({ childId });
    expect(pat.involvements).toEqual([]);
    expect(pat.hiddenInvolvements).toBe(1);
    const manager = await (await as('manager')).concerns.listForChild({ childId });
    expect(manager.involvements).toEqual([]);
    const own = await (await nurse()).concerns.listForChild({ childId });
    expect(own.involvements.map((i) => i.service)).toEqual(['Clinic visits']);
    const chronology = await (await as('practitioner')).concerns.chronology({ childId });
    expect(chronology.entries.map((e) => e.kind)).not.toContain('involvement_started');
  });

  it('IN-1 shows a sensitive involvement to others once explicit consent is recorded', async () => {
    const childId = await newChild();
    await (await nurse()).concerns.recordInvolvement({
      childId,
      service: 'Clinic visits',
      startedOn: '2026-11-02',
      explicitConsent: true,
    });
    const pat = await (await as('practitioner')).concerns.listForChild({ childId });
    expect(pat.involvements).toMatchObject([{ organisationName: 'Sexual Health Clinic', sensitiveService: true }]);
    expect(pat.hiddenInvolvements).toBe(0);
  });

  it('IN-1 refuses a start date in the future, and an end by another organisation', async () => {
    const childId = await newChild();
    const pat = await as('practitioner');
    const future = await expectAppError(
      pat.concerns.recordInvolvement({ childId, service: 'Mentoring', startedOn: '2026-12-25' }),
      'VALIDATION_FAILED',
    );
    expect(future.fieldErrors?.startedOn).toBe('The date your involvement started must be today or in the past');
    const { involvementId } = await pat.concerns.recordInvolvement({
      childId,
      service: 'Mentoring',
      startedOn: '2026-11-01',
    });
    await expectAppError(
      (await as('youthWorker')).concerns.endInvolvement({ involvementId, endedOn: '2026-11-20' }),
      'FORBIDDEN',
    );
    const early = await expectAppError(
      pat.concerns.endInvolvement({ involvementId, endedOn: '2026-10-01' }),
      'VALIDATION_FAILED',
    );
    expect(early.fieldErrors?.endedOn).toMatch(/on or after/);
    await (await as('colleague')).concerns.endInvolvement({ involvementId, endedOn: '2026-11-20' });
    const list = await pat.concerns.listForChild({ childId });
    expect(list.involvements[0]?.endedOn).toBe('2026-11-20');
  });
});

describe('IN-2 concerns', () => {
  it('IN-2 notifies the lead professional of the open episode and every manager', async () => {
    const childId = await newChild();
    const pat = await as('practitioner');
    const started = await pat.episodes.start({ childId, checklist: calmChecklist });
    if (started.outcome !== 'episode_started') throw new Error(started.outcome);
    await h.db.transaction((tx) =>
      insertLeadProfessional(tx, {
        episodeId: started.episodeId,
        userId: h.userId('youthWorker'),
        assignedBy: h.userId('manager'),
        familyView: '',
        now: h.clock.now(),
      }),
    );
    const raised = await (await as('colleague')).concerns.raise({ childId, description: 'Arrived hungry every day' });
    expect(raised.notified).toBe(2);
    const notices = await h.db
      .select({ userId: tables.notification.userId, episodeId: tables.notification.episodeId })
      .from(tables.notification)
      .where(and(eq(tables.notification.childId, childId), eq(tables.notification.kind, 'concern_raised')));
    expect(notices.map((n) => n.userId).sort()).toEqual([h.userId('youthWorker'), h.userId('manager')].sort());
    expect(notices.every((n) => n.episodeId === started.episodeId)).toBe(true);
    const [stored] = await h.db.select().from(tables.concern).where(eq(tables.concern.id, raised.concernId));
    expect(stored?.episodeId).toBe(started.episodeId);
    expect(await auditActions(childId)).toContain('concern.raised');
  });

  it('IN-2 refuses a concern without a description', async () => {
    const childId = await newChild();
    const shape = await expectAppError(
      (await as('practitioner')).concerns.raise({ childId, description: '   ' }),
      'VALIDATION_FAILED',
    );
    expect(shape.fieldErrors?.description).toBe('Describe your concern');
  });

  it('IN-2 is resolved once with a reason, only by the raiser, lead professional or a manager', async () => {
    const childId = await newChild();
    const { concernId } = await (await as('practitioner')).concerns.raise({ childId, description: 'Missed school' });
    const youth = await as('youthWorker');
    await expectAppError(youth.concerns.resolve({ concernId, resolution: 'Spoke to mum' }), 'FORBIDDEN');
    const before = await youth.concerns.listForChild({ childId });
    expect(before.concerns[0]?.canResolve).toBe(false);
    const manager = await as('manager');
    await expectAppError(manager.concerns.resolve({ concernId, resolution: '' }), 'VALIDATION_FAILED');
    await manager.concerns.resolve({ concernId, resolution: 'Spoke to mum; attendance back to normal' });
    await expectAppError(manager.concerns.resolve({ concernId, resolution: 'Again' }), 'VALIDATION_FAILED');
    const list = await manager.concerns.listForChild({ childId });
    expect(list.concerns).toMatchObject([
      { resolution: 'Spoke to mum; attendance back to normal', resolvedByName: 'Maya Manager', canResolve: false },
    ]);
    expect(await auditActions(childId)).toContain('concern.resolved');
  });

  it('IN-2 a concern is never deleted or rewritten: the trigger refuses with SQLSTATE 55000', async () => {
    const childId = await newChild();
    const { concernId } = await (await as('practitioner')).concerns.raise({ childId, description: 'Bruising' });
    const sqlState = async (statement: ReturnType<typeof sql>) => {
      const error = await h.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      const cause = (error as { cause?: { code?: string }; code?: string } | null) ?? null;
      return cause?.cause?.code ?? cause?.code ?? null;
    };
    expect(await sqlState(sql`delete from concern where id = ${concernId}`)).toBe('55000');
    expect(await sqlState(sql`update concern set description = 'changed' where id = ${concernId}`)).toBe('55000');
    const [still] = await h.db.select().from(tables.concern).where(eq(tables.concern.id, concernId));
    expect(still?.description).toBe('Bruising');
  });
});

describe('screen 4 chronology', () => {
  it('screen 4 lists events newest first, and SH-1 omits episode events for a practitioner with no access', async () => {
    const childId = await newChild();
    const pat = await as('practitioner');
    h.clock.advanceMinutes(1);
    const started = await pat.episodes.start({ childId, checklist: calmChecklist });
    if (started.outcome !== 'episode_started') throw new Error(started.outcome);
    h.clock.advanceMinutes(1);
    await h.db.transaction((tx) =>
      insertLeadProfessional(tx, {
        episodeId: started.episodeId,
        userId: h.userId('practitioner'),
        assignedBy: h.userId('manager'),
        familyView: '',
        now: h.clock.now(),
      }),
    );
    h.clock.advanceMinutes(1);
    await pat.concerns.raise({ childId, description: 'Tired in lessons' });

    const own = await pat.concerns.chronology({ childId });
    expect(own.entries.map((e) => e.kind)).toEqual([
      'concern_raised',
      'lead_professional_assigned',
      'caf_started',
      'child_registered',
    ]);
    expect(own.entries[1]?.title).toBe('Pat Assessor became lead professional');

    const youth = await (await as('youthWorker')).concerns.chronology({ childId });
    expect(youth.entries.map((e) => e.kind)).toEqual(['concern_raised', 'caf_started', 'child_registered']);
    expect(await auditActions(childId)).toContain('child.chronology_viewed');
  });
});

describe('denials', () => {
  it('refuses administrators and family members, and auditing the refusal', async () => {
    const childId = await newChild();
    for (const who of ['administrator', 'family'] as const) {
      const caller = await as(who);
      await expectAppError(caller.concerns.listForChild({ childId }), 'FORBIDDEN');
      await expectAppError(caller.concerns.raise({ childId, description: 'x' }), 'FORBIDDEN');
      await expectAppError(caller.concerns.chronology({ childId }), 'FORBIDDEN');
    }
    await expectAppError(
      (await as('manager')).concerns.recordInvolvement({ childId, service: 'x', startedOn: '2026-11-01' }),
      'FORBIDDEN',
    );
  });

  it('answers not found to a user of another authority', async () => {
    const childId = await newChild();
    const { concernId } = await (await as('practitioner')).concerns.raise({ childId, description: 'Worry' });
    const [other] = await h.db
      .insert(tables.localAuthority)
      .values({
        name: 'Elsewhere Council',
        code: `E${Math.random().toString(36).slice(2, 8)}`,
        safeguardingRouteTitle: 'Front door',
        safeguardingRouteTelephone: '0113 000 0001',
        safeguardingRouteEmail: 'front@elsewhere.test',
        safeguardingRouteText: 'Call us.',
      })
      .returning();
    if (!other) throw new Error('no authority');
    await h.db.insert(tables.appUser).values({
      authorityId: other.id,
      organisationId: null,
      email: 'olga@elsewhere.test',
      name: 'Olga Other',
      role: 'manager',
      passwordHash: await hashPassword(PASSWORD),
    });
    const b = h.browser();
    await b.signIn('olga@elsewhere.test');
    const olga = await b.call();
    await expectAppError(olga.concerns.listForChild({ childId }), 'NOT_FOUND');
    await expectAppError(olga.concerns.chronology({ childId }), 'NOT_FOUND');
    await expectAppError(olga.concerns.raise({ childId, description: 'x' }), 'NOT_FOUND');
    await expectAppError(olga.concerns.resolve({ concernId, resolution: 'x' }), 'NOT_FOUND');
    expect(sensitiveOrgId).toBeTruthy();
    expect(nurseId).toBeTruthy();
  });
});
