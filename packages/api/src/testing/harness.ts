import { type DatabaseHandle, hashPassword, tables } from '@ecaf/db';
import { createTestDatabase } from '@ecaf/db/testing';
import { type Context, createContextFactory, type RequestInfo } from '../context';
import { createCaller } from '../root';
import type { MailSettings } from '../services/mail';

export const PASSWORD = 'correct horse battery staple';

/** A clock the tests move by hand, so timeouts and lockouts are tested without waiting. */
export class TestClock {
  private current = new Date('2026-11-23T09:00:00Z');
  now = () => new Date(this.current);
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/**
 * A migrated database with one authority, three organisations and one user per role, and
 * callers that go through the real context factory with a cookie jar, as the HTTP host does.
 */
export async function createHarness(options: { mail?: MailSettings | null } = {}) {
  const database: DatabaseHandle = await createTestDatabase();
  const db = database.db;
  const clock = new TestClock();
  const passwordHash = await hashPassword(PASSWORD);

  const [authority] = await db
    .insert(tables.localAuthority)
    .values({
      name: 'Test Borough Council',
      code: `T${Math.random().toString(36).slice(2, 8)}`,
      safeguardingRouteTitle: 'Children’s Front Door',
      safeguardingRouteTelephone: '0113 000 0000',
      safeguardingRouteEmail: 'frontdoor@example.org',
      safeguardingRouteText: 'Call the front door now. If a child is in immediate danger, call 999.',
    })
    .returning();
  if (!authority) throw new Error('no authority');
  const orgs = await db
    .insert(tables.organisation)
    .values([
      { authorityId: authority.id, name: 'Parkside High School', kind: 'school' },
      { authorityId: authority.id, name: 'Youth Service', kind: 'youth_service' },
      { authorityId: authority.id, name: 'Early Help Hub', kind: 'early_help' },
    ])
    .returning();
  const [school, youth, hub] = orgs;
  if (!school || !youth || !hub) throw new Error('no organisations');

  const people = {
    practitioner: { email: 'pat@school.test', name: 'Pat Assessor', role: 'practitioner', organisationId: school.id },
    colleague: { email: 'colin@school.test', name: 'Colin Colleague', role: 'practitioner', organisationId: school.id },
    youthWorker: { email: 'yara@youth.test', name: 'Yara Youth', role: 'practitioner', organisationId: youth.id },
    manager: { email: 'maya@hub.test', name: 'Maya Manager', role: 'manager', organisationId: hub.id },
    administrator: { email: 'adam@admin.test', name: 'Adam Admin', role: 'administrator', organisationId: null },
    family: { email: 'fran@family.test', name: 'Fran Family', role: 'family_member', organisationId: null },
  } as const;
  const users = await db
    .insert(tables.appUser)
    .values(
      Object.values(people).map((p) => ({
        ...p,
        authorityId: authority.id,
        passwordHash,
        telephone: '07700 900123',
        jobTitle: 'Test',
      })),
    )
    .returning();
  const userIdByEmail = new Map(users.map((u) => [u.email, u.id]));

  const createContext = createContextFactory({ db, now: clock.now, mail: options.mail ?? null });

  /** One browser: keeps its session cookie between calls, like the real one. */
  function browser(options: { fromOwnClient?: boolean } = {}) {
    let cookie: string | null = null;
    const request = (): RequestInfo => ({
      sessionToken: cookie,
      ipAddress: '127.0.0.1',
      requestId: `test-${Math.random().toString(36).slice(2)}`,
      fromOwnClient: options.fromOwnClient ?? true,
      setSessionCookie(token) {
        cookie = token;
      },
      clearSessionCookie() {
        cookie = null;
      },
    });
    const call = async () => createCaller(await createContext(request()));
    return {
      call,
      get cookie() {
        return cookie;
      },
      async signIn(email: string, password = PASSWORD) {
        return (await call()).auth.signIn({ email, password });
      },
    };
  }

  async function signedIn(who: keyof typeof people) {
    const b = browser();
    await b.signIn(people[who].email);
    return b;
  }

  return {
    database,
    db,
    clock,
    authority,
    orgs: { school, youth, hub },
    people,
    userId: (who: keyof typeof people) => {
      const id = userIdByEmail.get(people[who].email);
      if (!id) throw new Error(`no user ${who}`);
      return id;
    },
    browser,
    signedIn,
    close: () => database.close(),
  };
}

export type Caller = Awaited<ReturnType<ReturnType<Harness['browser']>['call']>>;
export type { Context };
