import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DatabaseHandle, hashPassword, tables } from '@ecaf/db';
import { createTestDatabase } from '@ecaf/db/testing';
import type { FastifyInstance } from 'fastify';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, CLIENT_HEADER, SESSION_COOKIE } from '../app';

/**
 * The PDF download through HTTP, as a link in the SPA reaches it: the session cookie, no client
 * header. On PGlite, or PostgreSQL with TEST_DATABASE_URL.
 */

const PASSWORD = 'a good long password';
const NOW = new Date('2026-03-03T10:00:00Z');

let database: DatabaseHandle;
let app: FastifyInstance;
let episodeId: string;
let reference: string;
const cookies: Record<'assessor' | 'colleague' | 'manager' | 'administrator', string> = {
  assessor: '',
  colleague: '',
  manager: '',
  administrator: '',
};
const emails = {
  assessor: 'ada.assessor@school.test',
  colleague: 'colm.colleague@school.test',
  manager: 'mo.manager@hub.test',
  administrator: 'abe.admin@council.test',
} as const;

async function trpc(cookie: string, path: string, input: unknown) {
  const res = await app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
    cookies: { [SESSION_COOKIE]: cookie },
    payload: JSON.stringify(input),
  });
  if (res.statusCode !== 200) throw new Error(`${path} answered ${res.statusCode}: ${res.body}`);
  return res.json().result.data;
}

async function signIn(email: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
    payload: { email, password: PASSWORD },
  });
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie for ${email}`);
  return cookie.value;
}

const pdfUrl = (episode: string, version: number | string) => `/api/episodes/${episode}/versions/${version}/pdf`;

function download(url: string, cookie: string | null, site = 'same-origin') {
  return app.inject({
    method: 'GET',
    url,
    headers: { 'sec-fetch-site': site },
    ...(cookie ? { cookies: { [SESSION_COOKIE]: cookie } } : {}),
  });
}

/** The audit trail of this test's database, filtered here (the server has no query builder of its own). */
async function auditEvents(action: string) {
  const events = await database.db.select().from(tables.auditEvent);
  return events.filter((e) => e.action === action);
}

async function pdfText(body: Buffer) {
  const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: false });
  return { totalPages, pages: text };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const [authority] = await db
    .insert(tables.localAuthority)
    .values({
      name: 'PDF Test Council',
      code: 'PDF',
      safeguardingRouteTitle: 'Front door',
      safeguardingRouteTelephone: '0113 000 0000',
      safeguardingRouteEmail: 'fd@example.org',
      safeguardingRouteText: 'Call now.',
    })
    .returning();
  if (!authority) throw new Error('no authority');
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(tables.appUser).values([
    { authorityId: authority.id, email: emails.assessor, name: 'Ada Assessor', role: 'practitioner', passwordHash },
    { authorityId: authority.id, email: emails.colleague, name: 'Colm Colleague', role: 'practitioner', passwordHash },
    { authorityId: authority.id, email: emails.manager, name: 'Mo Manager', role: 'manager', passwordHash },
    { authorityId: authority.id, email: emails.administrator, name: 'Abe Admin', role: 'administrator', passwordHash },
  ]);
  const [child] = await db
    .insert(tables.child)
    .values({
      authorityId: authority.id,
      givenNames: 'Rosa',
      familyName: 'Lind',
      sex: 'female',
      dateOfBirth: '2014-06-09',
    })
    .returning();
  const [mother] = await db.insert(tables.person).values({ authorityId: authority.id, name: 'Ines Lind' }).returning();
  if (!child || !mother) throw new Error('no family');
  await db
    .insert(tables.childPerson)
    .values({ childId: child.id, personId: mother.id, relationship: 'Mother', parentalResponsibility: true });

  app = await buildServer({
    env: {
      LOG_LEVEL: 'silent',
      cookieSecure: false,
      WEB_DIST: mkdtempSync(join(tmpdir(), 'ecaf-web-')),
      TRUST_PROXY: false,
      NODE_ENV: 'test',
    },
    database,
    now: () => new Date(NOW),
  });
  for (const who of Object.keys(cookies) as (keyof typeof cookies)[]) cookies[who] = await signIn(emails[who]);

  const started = await trpc(cookies.assessor, 'episodes.start', {
    childId: child.id,
    checklist: {
      healthy: 'yes',
      safeFromHarm: 'yes',
      learningAndDeveloping: 'not_sure',
      positiveImpactOnOthers: 'yes',
      freeFromPoverty: 'no',
      immediateConcern: 'no',
      decision: 'start_caf',
      notes: '',
    },
  });
  episodeId = started.episodeId;
  reference = started.reference;
  await trpc(cookies.assessor, 'assessment.recordConsent', {
    episodeId,
    decision: 'given',
    givenBy: { kind: 'person', personId: mother.id },
    capacity: 'parental_responsibility',
    competenceReasons: '',
    date: '2026-03-02',
    method: 'written',
    whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn.',
  });
  const save = (sectionId: string, content: unknown) =>
    trpc(cookies.assessor, 'assessment.saveSection', {
      episodeId,
      versionNumber: 1,
      sectionId,
      baseRevision: 0,
      content,
    });
  await save('assessment-information', { reasonForAssessment: 'Attendance has fallen to 62% since September.' });
  // Long enough to run over several pages.
  await save('views', { childViews: 'Wants to go back to school and see her friends. '.repeat(150) });
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('GET /api/episodes/:episodeId/versions/:versionNumber/pdf', () => {
  it('downloads the version as a PDF with the reference, every section and a footer on every page', async () => {
    const res = await download(pdfUrl(episodeId, 1), cookies.assessor);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${reference}-v1.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const { totalPages, pages } = await pdfText(res.rawPayload);
    expect(totalPages).toBeGreaterThan(1);
    const all = pages.join('\n');
    expect(all).toContain('Common Assessment Framework');
    expect(all).toContain(reference);
    expect(all).toContain('Rosa Lind');
    expect(all).toContain('1 (Draft)');
    expect(all).toContain('3 March 2026');
    expect(all).toContain('Attendance has fallen to 62% since September.');
    expect(all).toContain('Not answered');
    expect(all).toContain('9. Views');
    pages.forEach((page, index) => {
      expect(page).toContain(`${reference} · Version 1 · Page ${index + 1} of ${totalPages}`);
    });
  });

  it('audits the download as such', async () => {
    const events = await auditEvents('assessment.downloaded');
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events[0]).toMatchObject({ episodeId, ground: 'assessor', detail: { version: 1, format: 'pdf' } });
  });

  it('lets a manager of the authority download it', async () => {
    const res = await download(pdfUrl(episodeId, 1), cookies.manager);
    expect(res.statusCode).toBe(200);
  });

  it('answers 404 to a practitioner who is not an assessor, and audits the refusal', async () => {
    const res = await download(pdfUrl(episodeId, 1), cookies.colleague);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toContain('pdf');
    const denied = await auditEvents('episode.access_denied');
    expect(denied.map((d) => d.episodeId)).toEqual([episodeId]);
  });

  it('answers 404 to a role that may not view assessments, and audits the refusal', async () => {
    const res = await download(pdfUrl(episodeId, 1), cookies.administrator);
    expect(res.statusCode).toBe(404);
    const denied = await auditEvents('access.denied');
    expect(denied.map((d) => d.detail)).toContainEqual({ route: 'assessment.pdf', permission: 'assessment:view' });
  });

  it('answers 401 when signed out, or when the session cookie is not a session', async () => {
    expect((await download(pdfUrl(episodeId, 1), null)).statusCode).toBe(401);
    const forged = await download(pdfUrl(episodeId, 1), 'not-a-session-token');
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 for a version, an episode or parameters that do not exist', async () => {
    for (const url of [
      pdfUrl(episodeId, 2),
      pdfUrl(episodeId, 0),
      pdfUrl(episodeId, '1e0'),
      pdfUrl('00000000-0000-4000-8000-000000000000', 1),
      pdfUrl('not-a-uuid', 1),
    ]) {
      expect((await download(url, cookies.assessor)).statusCode, url).toBe(404);
    }
  });

  it('refuses a download started by another site, which the SameSite=Lax cookie would follow', async () => {
    expect((await download(pdfUrl(episodeId, 1), cookies.assessor, 'cross-site')).statusCode).toBe(404);
    expect((await download(pdfUrl(episodeId, 1), cookies.assessor, 'same-site')).statusCode).toBe(404);
    // Typed into the address bar, or from a bookmark.
    expect((await download(pdfUrl(episodeId, 1), cookies.assessor, 'none')).statusCode).toBe(200);
  });
});

describe('SH-2: the PDF for a team member outside the additional-information scope', () => {
  const SENSITIVE = 'Panic attacks since the bereavement';
  let youthCookie = '';

  beforeAll(async () => {
    const { db } = database;
    const [authority] = await db.select().from(tables.localAuthority);
    if (!authority) throw new Error('no authority');
    const [youth] = await db
      .insert(tables.organisation)
      .values({ authorityId: authority.id, name: 'Youth Service', kind: 'youth_service' })
      .returning();
    if (!youth) throw new Error('no organisation');
    const [worker] = await db
      .insert(tables.appUser)
      .values({
        authorityId: authority.id,
        organisationId: youth.id,
        email: 'yara.youth@youth.test',
        name: 'Yara Youth',
        role: 'practitioner',
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning();
    const [mother] = await db.select().from(tables.person);
    if (!worker || !mother) throw new Error('no team member');
    await trpc(cookies.assessor, 'assessment.saveSection', {
      episodeId,
      versionNumber: 1,
      sectionId: 'development',
      baseRevision: 0,
      content: {
        learning: { strengths: 'Loves maths', needs: '', evidence: '' },
        emotionalSocialDevelopment: { strengths: '', needs: SENSITIVE, evidence: '' },
      },
    });
    // Basic information for every service in the team, additional (sensitive) information for none.
    await trpc(cookies.assessor, 'sharing.recordConsent', {
      episodeId,
      givenBy: { kind: 'person', personId: mother.id },
      method: 'written',
      date: '2026-03-02',
      basicScope: { kind: 'all', organisationIds: [] },
      additionalScope: { kind: 'none', organisationIds: [] },
      whatWasExplained: 'Who the assessment will be shared with.',
    });
    await trpc(cookies.assessor, 'sharing.addTeamMember', { episodeId, userId: worker.id });
    youthCookie = await signIn('yara.youth@youth.test');
  });

  it('says under each section what is withheld and why, and leaves the sensitive answers out', async () => {
    const res = await download(pdfUrl(episodeId, 1), youthCookie);
    expect(res.statusCode).toBe(200);
    const { pages } = await pdfText(res.rawPayload);
    const all = pages.join(' ').replace(/\s+/g, ' ');
    const reason = 'The family has not agreed to share additional (sensitive) information with your organisation.';
    // At the end of each section it applies to, before the next section's heading.
    expect(all).toContain(
      `Withheld: Health, Emotional and social development, Behavioural development. ${reason} 8.2.`,
    );
    expect(all).toContain(
      `Withheld: Basic care, ensuring safety and protection, Emotional warmth and stability. ${reason} 8.3.`,
    );
    expect(all).toContain(
      `Withheld: Family history, functioning and well-being, Housing, employment and financial considerations. ${reason} 9. Views`,
    );
    expect(all).toContain('Loves maths');
    expect(all).not.toContain(SENSITIVE);
  });

  it('withholds nothing from the assessor, and says nothing about it', async () => {
    const res = await download(pdfUrl(episodeId, 1), cookies.assessor);
    const { pages } = await pdfText(res.rawPayload);
    const all = pages.join(' ');
    expect(all).toContain(SENSITIVE);
    expect(all).not.toContain('Withheld:');
  });
});
