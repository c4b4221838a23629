import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHILD_RECORD_EXPORT_FORMAT, type ChildRecordExport, childRecordExportSchema } from '@ecaf/api';
import { type DatabaseHandle, hashPassword, insertLeadProfessional, tables } from '@ecaf/db';
import { createTestDatabase } from '@ecaf/db/testing';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, CLIENT_HEADER, SESSION_COOKIE } from '../app';

/**
 * The right of access export (issue 4 item 7) through HTTP, as the links on the child page reach
 * it: the session cookie, no client header. A child with three CAFs (two closed, one open), built
 * through the real procedures; on PGlite, or PostgreSQL with TEST_DATABASE_URL.
 */

const PASSWORD = 'a good long password';
let clock = new Date('2026-11-23T09:00:00Z');
/** Each step of the story happens a few minutes after the one before, so the order is the clock's. */
const later = (minutes = 5) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

let database: DatabaseHandle;
let app: FastifyInstance;
let childId: string;
let mergedChildId: string;
let survivorId: string;
let motherId: string;
const episodes: { id: string; reference: string }[] = [];

const emails = {
  assessor: 'ada.assessor@school.test',
  youthWorker: 'yara.youth@youth.test',
  manager: 'mo.manager@hub.test',
  administrator: 'abe.admin@council.test',
  family: 'ines.lind@family.test',
  otherManager: 'olu.manager@elsewhere.test',
} as const;
type Who = keyof typeof emails;

const calmChecklist = {
  healthy: 'yes',
  safeFromHarm: 'yes',
  learningAndDeveloping: 'not_sure',
  positiveImpactOnOthers: 'yes',
  freeFromPoverty: 'no',
  immediateConcern: 'no',
  decision: 'start_caf',
  notes: 'Mum asked for help with mornings.',
} as const;

async function signIn(who: Who): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
    payload: { email: emails[who], password: PASSWORD },
  });
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie for ${who}`);
  return cookie.value;
}

/** Each person's session while the story is built; signed in again when the clock has ended it. */
const sessions = new Map<Who, string>();

/** A signed-in browser's tRPC call, as the SPA makes it. */
async function trpc(who: Who, path: string, input: unknown) {
  const call = async (cookie: string) =>
    app.inject({
      method: 'POST',
      url: `/trpc/${path}`,
      headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
      cookies: { [SESSION_COOKIE]: cookie },
      payload: JSON.stringify(input),
    });
  let res = await call(sessions.get(who) ?? '');
  if (res.statusCode === 401) {
    sessions.set(who, await signIn(who));
    res = await call(sessions.get(who) ?? '');
  }
  if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}: ${res.body}`);
  return res.json().result.data;
}

const exportUrl = (child: string, format: 'json' | 'pdf') => `/api/children/${child}/export.${format}`;

function download(url: string, cookie: string | null, site = 'same-origin') {
  return app.inject({
    method: 'GET',
    url,
    headers: { 'sec-fetch-site': site },
    ...(cookie ? { cookies: { [SESSION_COOKIE]: cookie } } : {}),
  });
}

async function auditEvents(action: string) {
  const events = await database.db.select().from(tables.auditEvent).orderBy(tables.auditEvent.id);
  return events.filter((e) => e.action === action);
}

async function pdfText(body: Buffer) {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: false });
  return { totalPages, pages: text };
}

async function startCaf(): Promise<{ id: string; reference: string }> {
  const started = await trpc('assessor', 'episodes.start', { childId, checklist: calmChecklist });
  const episode = { id: started.episodeId as string, reference: started.reference as string };
  episodes.push(episode);
  await trpc('assessor', 'assessment.recordConsent', {
    episodeId: episode.id,
    decision: 'given',
    givenBy: { kind: 'person', personId: motherId },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-11-23',
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn.',
  });
  return episode;
}

const save = (episodeId: string, versionNumber: number, sectionId: string, content: unknown, baseRevision = 0) =>
  trpc('assessor', 'assessment.saveSection', { episodeId, versionNumber, sectionId, baseRevision, content });

async function closeEpisode(episodeId: string) {
  // No procedure closes a CAF yet (closure comes with the plan): the row is set as closure will set
  // it. Both values are made here (a database uuid and an ISO instant), so the text is safe.
  await database.db.execute(
    `update episode set status = 'closed', closed_at = '${clock.toISOString()}' where id = '${episodeId}'`,
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const authorityValues = (name: string, code: string) => ({
    name,
    code,
    safeguardingRouteTitle: 'Front door',
    safeguardingRouteTelephone: '0113 000 0000',
    safeguardingRouteEmail: 'fd@example.org',
    safeguardingRouteText: 'Call now.',
  });
  const [authority, elsewhere] = await db
    .insert(tables.localAuthority)
    .values([authorityValues('Export Test Council', 'EXP'), authorityValues('Elsewhere Council', 'ELS')])
    .returning();
  if (!authority || !elsewhere) throw new Error('no authority');
  const [school, youth, hub] = await db
    .insert(tables.organisation)
    .values([
      { authorityId: authority.id, name: 'Parkside High School', kind: 'school' },
      { authorityId: authority.id, name: 'Youth Service', kind: 'youth_service' },
      { authorityId: authority.id, name: 'Early Help Hub', kind: 'early_help' },
    ])
    .returning();
  if (!school || !youth || !hub) throw new Error('no organisations');
  const passwordHash = await hashPassword(PASSWORD);
  const users = await db
    .insert(tables.appUser)
    .values([
      {
        authorityId: authority.id,
        organisationId: school.id,
        email: emails.assessor,
        name: 'Ada Assessor',
        jobTitle: 'Learning mentor',
        role: 'practitioner',
        passwordHash,
      },
      {
        authorityId: authority.id,
        organisationId: youth.id,
        email: emails.youthWorker,
        name: 'Yara Youth',
        jobTitle: 'Youth worker',
        role: 'practitioner',
        passwordHash,
      },
      {
        authorityId: authority.id,
        organisationId: hub.id,
        email: emails.manager,
        name: 'Mo Manager',
        jobTitle: 'Early help manager',
        role: 'manager',
        passwordHash,
      },
      {
        authorityId: authority.id,
        email: emails.administrator,
        name: 'Abe Admin',
        role: 'administrator',
        passwordHash,
      },
      { authorityId: authority.id, email: emails.family, name: 'Ines Lind', role: 'family_member', passwordHash },
      { authorityId: elsewhere.id, email: emails.otherManager, name: 'Olu Other', role: 'manager', passwordHash },
    ])
    .returning();
  const userId = (email: string) => {
    const found = users.find((u) => u.email === email);
    if (!found) throw new Error(`no user ${email}`);
    return found.id;
  };

  const [rosa] = await db
    .insert(tables.child)
    .values({
      authorityId: authority.id,
      givenNames: 'Rosa',
      familyName: 'Lind',
      sex: 'female',
      dateOfBirth: '2014-06-09',
      postcode: 'LS1 4AP',
      nhsNumber: '9434765919',
    })
    .returning();
  if (!rosa) throw new Error('no child');
  // CH-2: a duplicate record merged into Rosa's leaves a tombstone.
  const [duplicate] = await db
    .insert(tables.child)
    .values({
      authorityId: authority.id,
      givenNames: 'Rosa',
      familyName: 'Lynd',
      sex: 'female',
      dateOfBirth: '2014-06-09',
      mergedIntoId: rosa.id,
    })
    .returning();
  const [mother] = await db
    .insert(tables.person)
    .values({ authorityId: authority.id, name: 'Ines Lind', email: emails.family, userId: userId(emails.family) })
    .returning();
  if (!duplicate || !mother) throw new Error('no family');
  childId = rosa.id;
  motherId = mother.id;
  survivorId = rosa.id;
  mergedChildId = duplicate.id;
  await db
    .insert(tables.childPerson)
    .values({ childId: rosa.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });

  app = await buildServer({
    env: {
      LOG_LEVEL: 'silent',
      cookieSecure: false,
      WEB_DIST: mkdtempSync(join(tmpdir(), 'ecaf-web-')),
      TRUST_PROXY: false,
      NODE_ENV: 'test',
    },
    database,
    now: () => new Date(clock),
  });

  // CAF 1: completed, reviewed (version 2 changes the views), shared with the youth service, closed.
  const first = await startCaf();
  later();
  for (const [sectionId, content] of [
    ['assessment-information', { reasonForAssessment: 'Attendance has fallen to 62%.' }],
    ['development', { learning: { strengths: 'Enjoys science', needs: '', evidence: '' } }],
    ['parents-and-carers-domain', { basicCare: { strengths: 'Warm home', needs: '' } }],
    ['family-environment', { housingEmploymentFinance: { needs: 'Rent arrears' } }],
    ['views', { childViews: 'Wants to go back to school', parentViews: 'Worried' }],
    [
      'conclusions',
      {
        summary: 'Needs support to return to school.',
        agreedActions: [
          {
            need: 'Attendance',
            action: 'Morning check-in with the learning mentor',
            desiredOutcome: 'Attends every day',
            owner: { kind: 'user', id: userId(emails.assessor), name: 'Ada Assessor' },
            dueDate: '2026-12-18',
          },
        ],
        outcome: 'team_around_the_child',
        firstReviewDate: '2026-12-21',
      },
    ],
  ] as const) {
    await save(first.id, 1, sectionId, content);
  }
  await trpc('assessor', 'assessment.recordChildSeen', {
    episodeId: first.id,
    seenOn: '2026-11-23',
    seenBy: 'Ada Assessor',
    seenAlone: 'yes',
    location: 'School library',
  });
  later();
  await trpc('assessor', 'assessment.complete', { episodeId: first.id, versionNumber: 1 });
  later();
  await trpc('assessor', 'sharing.recordConsent', {
    episodeId: first.id,
    givenBy: { kind: 'person', personId: motherId },
    method: 'written',
    date: '2026-11-23',
    basicScope: { kind: 'only', organisationIds: [youth.id, hub.id] },
    additionalScope: { kind: 'only', organisationIds: [hub.id] },
    whatWasExplained: 'Who the assessment will be shared with, and that consent can be withdrawn.',
  });
  later();
  await trpc('assessor', 'sharing.addTeamMember', { episodeId: first.id, userId: userId(emails.youthWorker) });
  await db.transaction((tx) =>
    insertLeadProfessional(tx, {
      episodeId: first.id,
      userId: userId(emails.assessor),
      assignedBy: userId(emails.manager),
      familyView: 'Mum would like Ada to lead',
      now: clock,
    }),
  );
  later();
  // Earlier reads by practitioners: the assessor's child page, the team member's assessment.
  await trpc('assessor', 'children.get', { childId });
  await trpc('youthWorker', 'assessment.get', { episodeId: first.id });
  later();
  await trpc('assessor', 'assessment.startReview', { episodeId: first.id });
  await save(first.id, 2, 'views', { childViews: 'Now going to school every day', parentViews: 'Relieved' }, 0);
  later();
  await trpc('assessor', 'sharing.removeTeamMember', { episodeId: first.id, userId: userId(emails.youthWorker) });
  later();
  await closeEpisode(first.id);

  // CAF 2: a draft, closed without completing.
  later(60);
  const second = await startCaf();
  await save(second.id, 1, 'assessment-information', { reasonForAssessment: 'Second referral: sleep problems.' });
  later();
  await closeEpisode(second.id);

  // CAF 3: open; verbal consent to share, then withdrawn; a share without consent.
  later(60);
  const third = await startCaf();
  await save(third.id, 1, 'assessment-information', { reasonForAssessment: 'Third referral: exclusion risk.' });
  const { consentId } = await trpc('assessor', 'sharing.recordConsent', {
    episodeId: third.id,
    givenBy: { kind: 'person', personId: motherId },
    method: 'verbal',
    date: '2026-11-23',
    basicScope: { kind: 'all', organisationIds: [] },
    additionalScope: { kind: 'none', organisationIds: [] },
    whatWasExplained: 'Sharing with the team, by telephone.',
  });
  later();
  await trpc('assessor', 'sharing.withdrawConsent', {
    episodeId: third.id,
    consentId,
    withdrawnBy: { kind: 'person', personId: motherId },
    reason: 'Mum wants to think again',
  });
  later();
  await trpc('assessor', 'sharing.shareWithoutConsent', {
    episodeId: third.id,
    ground: 'significant_harm_to_child',
    reason: 'Disclosure at school on 23 November',
    shared: 'basic',
    recipient: { kind: 'outside', name: 'Duty social worker', organisation: "Children's social care" },
  });
  later();
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('GET /api/children/:childId/export.json', () => {
  let record: ChildRecordExport;

  it('gives a manager every CAF, version, consent, team member and read of the record', async () => {
    const before = (await auditEvents('child.exported')).length;
    const res = await download(exportUrl(childId, 'json'), await signIn('manager'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ecaf-right-of-access-${childId}-2026-11-23.json"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    record = childRecordExportSchema.parse(res.json());
    expect(res.json().format).toBe(CHILD_RECORD_EXPORT_FORMAT);
    expect(record.format).toBe('ecaf-right-of-access/1');

    expect(record.generatedAt).toBe(clock.toISOString());
    expect(record.generatedBy).toEqual({
      name: 'Mo Manager',
      jobTitle: 'Early help manager',
      organisation: 'Early Help Hub',
      role: 'manager',
      authority: 'Export Test Council',
    });
    expect(record.child).toMatchObject({
      id: childId,
      name: 'Rosa Lind',
      dateOfBirth: '2014-06-09',
      postcode: 'LS1 4AP',
      nhsNumber: '9434765919',
    });
    expect(record.parentsAndCarers).toEqual([
      {
        name: 'Ines Lind',
        relationship: 'Mother',
        parentalResponsibility: true,
        address: null,
        telephone: null,
        email: emails.family,
      },
    ]);
    expect(record.checklistDecisions.map((c) => c.episodeReference)).toEqual(episodes.map((e) => e.reference));
    expect(record.checklistDecisions[0]?.answers).toContainEqual({ question: 'Notes', answer: calmChecklist.notes });

    // Every CAF, oldest first.
    expect(record.episodes.map((e) => [e.reference, e.status])).toEqual([
      [episodes[0]?.reference, 'closed'],
      [episodes[1]?.reference, 'closed'],
      [episodes[2]?.reference, 'draft'],
    ]);
    const [first, second, third] = record.episodes;
    if (!first || !second || !third) throw new Error('three CAFs');
    expect(first.closedAt).not.toBeNull();
    expect(first.assessors).toEqual([{ name: 'Ada Assessor', organisation: 'Parkside High School', role: 'assessor' }]);

    // Every version, every section, with labels; the completed version keeps what it said.
    expect(first.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'completed'],
      [2, 'draft'],
    ]);
    const field = (version: number, sectionId: string, label: string) =>
      first.versions[version - 1]?.sections
        .find((s) => s.sectionId === sectionId)
        ?.fields.find((f) => f.label === label)?.value;
    expect(field(1, 'views', "The child or young person's views")).toBe('Wants to go back to school');
    expect(field(2, 'views', "The child or young person's views")).toBe('Now going to school every day');
    expect(field(1, 'assessment-information', 'What has led to this assessment?')).toBe(
      'Attendance has fallen to 62%.',
    );
    for (const version of record.episodes.flatMap((e) => e.versions)) {
      expect(version.sections.map((s) => s.sectionId)).toEqual(expect.arrayContaining(['about', 'consent', 'views']));
      // A manager sees the sensitive elements: nothing is withheld.
      expect(version.sections.every((s) => s.withheld.length === 0)).toBe(true);
    }
    expect(second.versions[0]?.sections.find((s) => s.sectionId === 'assessment-information')?.fields).toContainEqual(
      expect.objectContaining({ value: 'Second referral: sleep problems.' }),
    );

    // Consents, confirmations, withdrawals and shares without consent.
    expect(record.episodes.map((e) => e.consentToAssess.length)).toEqual([1, 1, 1]);
    expect(first.consentToAssess[0]).toMatchObject({
      decision: 'given',
      givenBy: { kind: 'person', name: 'Ines Lind' },
      capacity: 'parental_responsibility',
      recordedBy: 'Ada Assessor',
    });
    expect(first.consentToShare).toEqual([
      expect.objectContaining({
        status: 'active',
        standing: true,
        method: 'written',
        basicScope: { kind: 'only', organisations: ['Youth Service', 'Early Help Hub'] },
        additionalScope: { kind: 'only', organisations: ['Early Help Hub'] },
        withdrawal: null,
        correction: null,
      }),
    ]);
    expect(third.consentToShare[0]).toMatchObject({
      status: 'withdrawn',
      method: 'verbal',
      additionalScope: { kind: 'none', organisations: [] },
      withdrawal: { on: '2026-11-23', by: 'Ines Lind', recordedBy: 'Ada Assessor', reason: 'Mum wants to think again' },
    });
    expect(third.sharesWithoutConsent).toEqual([
      expect.objectContaining({
        ground: 'significant_harm_to_child',
        shared: 'basic',
        recipient: { name: 'Duty social worker', organisation: "Children's social care" },
        sharedBy: 'Ada Assessor',
      }),
    ]);
    expect(first.childSeen).toEqual([
      expect.objectContaining({ seenOn: '2026-11-23', seenBy: 'Ada Assessor', seenAlone: 'yes' }),
    ]);

    // The team with joined and left dates, and the lead professional.
    expect(first.team).toEqual([
      expect.objectContaining({ name: 'Yara Youth', organisation: 'Youth Service', basis: 'consent' }),
    ]);
    expect(first.team[0]?.leftAt).not.toBeNull();
    expect(Date.parse(first.team[0]?.leftAt ?? '')).toBeGreaterThan(Date.parse(first.team[0]?.joinedAt ?? ''));
    expect(first.leadProfessionals).toEqual([
      expect.objectContaining({
        name: 'Ada Assessor',
        assignedBy: 'Mo Manager',
        endedAt: null,
        familyView: 'Mum would like Ada to lead',
      }),
    ]);

    // SH-5: the earlier reads by practitioners, with who, organisation, role, ground.
    expect(record.accessLog).toContainEqual(
      expect.objectContaining({
        who: 'Ada Assessor',
        organisation: 'Parkside High School',
        role: 'practitioner',
        action: 'child.viewed',
        what: "Viewed the child's record",
        ground: 'role:practitioner',
      }),
    );
    expect(record.accessLog).toContainEqual(
      expect.objectContaining({
        who: 'Yara Youth',
        organisation: 'Youth Service',
        action: 'assessment.viewed',
        what: 'Viewed version 1 of the assessment',
        ground: expect.stringMatching(/^team:consent:/),
        groundDescription: 'Team Around the Child member, under the consent to share',
        episodeReference: first.reference,
      }),
    );
    const times = record.accessLog.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The export reads; it writes exactly one event, after what it lists.
    expect(record.accessLog.some((r) => r.action === 'child.exported')).toBe(false);
    const exported = await auditEvents('child.exported');
    expect(exported).toHaveLength(before + 1);
    expect(exported.at(-1)).toMatchObject({
      childId,
      episodeId: null,
      ground: 'role:manager',
      detail: { format: 'json' },
    });
  });

  it('lists an earlier export in the next one', async () => {
    const res = await download(exportUrl(childId, 'json'), await signIn('manager'));
    const next = childRecordExportSchema.parse(res.json());
    expect(next.accessLog.at(-1)).toMatchObject({
      who: 'Mo Manager',
      action: 'child.exported',
      what: 'Exported the whole record as a JSON file',
    });
  });

  it('holds nothing beyond the documented shape: no account ids, hashes or addresses', async () => {
    const res = await download(exportUrl(childId, 'json'), await signIn('manager'));
    expect(res.body).not.toMatch(/passwordHash|tokenHash|ipAddress|actorUserId|"hash"/);
    expect(res.json()).toEqual(childRecordExportSchema.parse(res.json()));
  });
});

describe('GET /api/children/:childId/export.pdf', () => {
  it('gives a manager the record as a PDF: contents by CAF, every section, the access log, a footer on every page', async () => {
    const before = (await auditEvents('child.exported')).length;
    const res = await download(exportUrl(childId, 'pdf'), await signIn('manager'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="ecaf-right-of-access-${childId}-2026-11-23.pdf"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { totalPages, pages } = await pdfText(res.rawPayload);
    const all = pages.join('\n');
    expect(all).toContain('Right of access');
    expect(all).toContain('Everything eCAF holds about Rosa Lind');
    expect(all).toContain('23 November 2026');
    // The contents name each CAF; each CAF and each version has its part.
    expect(pages[0]).toContain('Contents');
    for (const { reference } of episodes) {
      expect(pages[0]).toContain(`CAF ${reference}`);
      expect(all).toContain(`${reference}: assessment version 1`);
    }
    expect(all).toContain(`${episodes[0]?.reference}: assessment version 2 (draft)`);
    expect(all).toContain('Wants to go back to school');
    expect(all).toContain('Now going to school every day');
    expect(all).toContain('Second referral: sleep problems.');
    expect(all).toContain('9. Views');
    expect(all).toContain('Consent to share');
    expect(all).toContain('Only the organisations named: Youth Service, Early Help Hub');
    expect(all).toContain('Mum wants to think again');
    expect(all).toContain('Risk of significant harm to a child');
    expect(all).toContain('Yara Youth');
    expect(all).toContain('Mum would like Ada to lead');
    // The access log, as a table, with the earlier practitioner reads.
    // Words wrap inside the table's cells.
    const log = pages
      .slice(pages.findIndex((p) => p.includes('Access log') && p.includes('Ground')))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(log).toContain('Viewed the child');
    expect(log).toContain('Ada Assessor');
    expect(log).toContain('Team Around the Child member, under the consent to share');
    pages.forEach((page, index) => {
      expect(page).toContain(`Right of access · eCAF · Page ${index + 1} of ${totalPages}`);
    });

    const exported = await auditEvents('child.exported');
    expect(exported).toHaveLength(before + 1);
    expect(exported.at(-1)).toMatchObject({ childId, detail: { format: 'pdf' } });
  });
});

describe('who may not export', () => {
  it.each([
    ['the assessor', 'assessor'],
    ['an administrator', 'administrator'],
    ['a family member of the child', 'family'],
  ] as const)('answers 404 to %s, audits the refusal and exports nothing', async (_, who) => {
    const exportedBefore = (await auditEvents('child.exported')).length;
    const deniedBefore = (await auditEvents('access.denied')).length;
    for (const format of ['json', 'pdf'] as const) {
      const res = await download(exportUrl(childId, format), await signIn(who));
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.body).not.toContain('Rosa');
    }
    expect(await auditEvents('child.exported')).toHaveLength(exportedBefore);
    const denied = (await auditEvents('access.denied')).slice(deniedBefore);
    expect(denied.map((d) => [d.childId, d.detail])).toEqual(
      (['json', 'pdf'] as const).map((format) => [
        null,
        { route: 'child.export', permission: 'child-record:export', format, requestedChildId: childId },
      ]),
    );
  });

  it('answers 404 to a manager of another authority, as for a child that does not exist, and audits both', async () => {
    const before = (await auditEvents('child.access_denied')).length;
    const cookie = await signIn('otherManager');
    expect((await download(exportUrl(childId, 'json'), cookie)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await download(exportUrl(unknown, 'pdf'), await signIn('manager'))).statusCode).toBe(404);
    const denied = (await auditEvents('child.access_denied')).slice(before);
    expect(denied.map((d) => [d.childId, d.detail])).toEqual([
      [null, { wanted: 'export', format: 'json', reason: 'unknown_child', requestedChildId: childId }],
      [null, { wanted: 'export', format: 'pdf', reason: 'unknown_child', requestedChildId: unknown }],
    ]);
    expect((await download('/api/children/not-a-uuid/export.json', await signIn('manager'))).statusCode).toBe(404);
  });

  it('answers 404 for a merged record, naming the record it was merged into', async () => {
    const res = await download(exportUrl(mergedChildId, 'json'), await signIn('manager'));
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain(`/api/children/${survivorId}/export.json`);
    const denied = await auditEvents('child.access_denied');
    expect(denied.at(-1)).toMatchObject({ childId: mergedChildId, detail: { reason: 'merged' } });
  });

  it('answers 401 when signed out, or when the session cookie is not a session', async () => {
    expect((await download(exportUrl(childId, 'json'), null)).statusCode).toBe(401);
    expect((await download(exportUrl(childId, 'pdf'), null)).statusCode).toBe(401);
    const forged = await download(exportUrl(childId, 'pdf'), 'not-a-session-token');
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['cache-control']).toBe('no-store');
  });

  it('refuses a download started by another site, as the assessment PDF does', async () => {
    const before = (await auditEvents('child.exported')).length;
    const cookie = await signIn('manager');
    expect((await download(exportUrl(childId, 'json'), cookie, 'cross-site')).statusCode).toBe(404);
    expect((await download(exportUrl(childId, 'pdf'), cookie, 'same-site')).statusCode).toBe(404);
    expect(await auditEvents('child.exported')).toHaveLength(before);
    // Typed into the address bar, or from a bookmark.
    expect((await download(exportUrl(childId, 'json'), cookie, 'none')).statusCode).toBe(200);
    expect(await auditEvents('child.exported')).toHaveLength(before + 1);
  });
});
