import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { prepareChildIndex } from '@ecaf/api';
import { type DatabaseHandle, hashPassword, tables } from '@ecaf/db';
import { createTestDatabase } from '@ecaf/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, CLIENT_HEADER, SESSION_COOKIE } from './app';

let database: DatabaseHandle;
let app: FastifyInstance;
const logLines: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const [authority] = await database.db
    .insert(tables.localAuthority)
    .values({
      name: 'Server Test Council',
      code: 'SRV',
      safeguardingRouteTitle: 'Front door',
      safeguardingRouteTelephone: '0113 000 0000',
      safeguardingRouteEmail: 'fd@example.org',
      safeguardingRouteText: 'Call now.',
    })
    .returning();
  if (!authority) throw new Error('no authority');
  await database.db.insert(tables.appUser).values({
    authorityId: authority.id,
    email: 'server.test@example.org',
    name: 'Sam Server',
    role: 'practitioner',
    passwordHash: await hashPassword('a good long password'),
  });
  await database.db.insert(tables.child).values({
    authorityId: authority.id,
    givenNames: 'Secretname',
    familyName: 'Hiddenfamily',
    sex: 'female',
    dateOfBirth: '2015-01-01',
  });
  // As the server does at start: children written straight to the table are indexed for search.
  await prepareChildIndex(database.db, new Date());
  const webDist = mkdtempSync(join(tmpdir(), 'ecaf-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = await buildServer({
    env: { LOG_LEVEL: 'info', cookieSecure: true, WEB_DIST: webDist, TRUST_PROXY: false, NODE_ENV: 'test' },
    database,
    logStream,
  });
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function signIn() {
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
    payload: { email: 'server.test@example.org', password: 'a good long password' },
  });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

describe('HTTP host', () => {
  it('reports database reachability on /healthz', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'reachable' });
  });

  it('sets a CSP with no inline script, refuses framing, and never caches API answers', async () => {
    const page = await app.inject({ method: 'GET', url: '/sign-in' });
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    const api = await app.inject({ method: 'POST', url: '/trpc/auth.me', headers: { [CLIENT_HEADER]: '1' } });
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-request-id']).toBeTruthy();
  });

  it('serves the SPA for its own routes', async () => {
    const res = await app.inject({ method: 'GET', url: '/children/new' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
  });

  it('issues an httpOnly, SameSite=Lax, Secure session cookie at sign-in', async () => {
    const cookie = await signIn();
    expect(cookie.httpOnly).toBe(true);
    expect(String(cookie.sameSite).toLowerCase()).toBe('lax');
    expect(cookie.secure).toBe(true);
    expect(cookie.value.length).toBeGreaterThanOrEqual(40);
  });

  it('refuses any API call without the client header, even a read through a cross-site link (CSRF)', async () => {
    const cookie = await signIn();
    const res = await app.inject({
      method: 'GET',
      url: '/trpc/children.search?input=%7B%22query%22%3A%22Secretname%22%7D',
      cookies: { [SESSION_COOKIE]: cookie.value },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.data.appCode).toBe('CSRF_REFUSED');
  });

  it('refuses a state-changing request without the client header (CSRF)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'server.test@example.org', password: 'a good long password' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.data.appCode).toBe('CSRF_REFUSED');
  });

  it('answers a typed, field-level error for bad input', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
      payload: { email: 'not an email', password: '' },
    });
    expect(res.statusCode).toBe(400);
    const { data } = res.json().error;
    expect(data.appCode).toBe('VALIDATION_FAILED');
    expect(Object.keys(data.fieldErrors)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('accepts queries as POST so names and dates never go in URLs, and logs none of them', async () => {
    const cookie = await signIn();
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/children.search',
      headers: { [CLIENT_HEADER]: '1', 'content-type': 'application/json' },
      cookies: { [SESSION_COOKIE]: cookie.value },
      payload: { query: 'Secretname Hiddenfamily 01/01/2015' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.results[0].name).toBe('Secretname Hiddenfamily');
    // A GET with the query in the URL still must not leak it into the logs.
    await app.inject({ method: 'GET', url: '/trpc/children.search?input=%7B%22query%22%3A%22Secretname%22%7D' });
    const logs = logLines.join('\n');
    expect(logs).toContain('/trpc/children.search');
    expect(logs).not.toMatch(/Secretname|Hiddenfamily|01\/01\/2015|2015-01-01|server\.test@example\.org/);
  });
});

describe('loggableError', () => {
  it('keeps the kind and SQLSTATE of a failed query but not its message or parameters', async () => {
    const { loggableError } = await import('./app');
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint_name: 'episode_one_open_per_child_idx',
    });
    const queryError = new Error('Failed query: insert ... params: Secretname,2015-01-01', { cause: driverError });
    const logged = JSON.stringify(loggableError(queryError));
    expect(logged).toContain('23505');
    expect(logged).toContain('episode_one_open_per_child_idx');
    expect(logged).not.toContain('Secretname');
  });
});
