import { and, count, eq, isNotNull, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { verifyPassword } from '../passwords';
import { verifyAuditChain } from '../queries/audit';
import { localAuthority, organisation } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { appUser } from '../schema/identity';
import { childMatchKey } from '../schema/matching';
import { createTestDatabase } from '../testing';
import { DEMO_CHILDREN, DEMO_PASSWORD, type DemoSeedResult, formatDemoAccounts, seedDemoIfEmpty } from './demo';

let handle: DatabaseHandle;
let first: DemoSeedResult;

beforeAll(async () => {
  handle = await createTestDatabase();
  first = await seedDemoIfEmpty(handle.db, { now: new Date('2026-11-23T09:00:00Z') });
});
afterAll(async () => {
  await handle?.close();
});

// The demo's seeds are fixed, so the planted duplicates are too: 5 of the 50 children.
const DEMO_PLANTED_DUPLICATES = 5;

describe('seedDemoIfEmpty', () => {
  it('seeds an empty database', () => {
    expect(first.seeded).toBe(true);
  });

  it('creates the demo authority with its safeguarding route', async () => {
    const authorities = await handle.db.select().from(localAuthority);
    expect(authorities).toHaveLength(1);
    expect(authorities[0]).toMatchObject({
      name: 'Leeds City Council (demo)',
      code: 'DEMO',
      safeguardingRouteTitle: "Leeds Children's Social Work Service Front Door",
      safeguardingRouteTelephone: '0113 376 0336',
      safeguardingRouteEmail: 'csws.frontdoor@example.org',
      reviewLimitWeeks: 12,
    });
    expect(authorities[0]?.safeguardingRouteText).toMatch(/999/);
  });

  it('creates an organisation of each kind, with the sexual health service marked sensitive', async () => {
    const orgs = await handle.db.select().from(organisation);
    expect(orgs.length).toBeGreaterThanOrEqual(7);
    const byName = new Map(orgs.map((o) => [o.name, o]));
    const expected: [string, string][] = [
      ['Meadowfield Primary School', 'school'],
      ['Parkside High School', 'school'],
      ['Leeds Community Health Visiting', 'health'],
      ['Woodhouse Medical Practice', 'gp'],
      ['Leeds Youth Service', 'youth_service'],
      ["Children's Social Care", 'social_care'],
      ['Family Action Leeds', 'voluntary'],
      ['Early Help Hub', 'early_help'],
      ['Leeds Sexual Health', 'health'],
    ];
    for (const [name, kind] of expected) expect(byName.get(name)?.kind, name).toBe(kind);
    expect(byName.get('Leeds Sexual Health')?.isSensitiveService).toBe(true);
    expect(orgs.filter((o) => o.isSensitiveService)).toHaveLength(1);
  });

  it('creates a practitioner in every organisation and one account for each other role', async () => {
    const users = await handle.db.select().from(appUser);
    const orgs = await handle.db.select().from(organisation);
    for (const o of orgs) {
      expect(
        users.some((u) => u.role === 'practitioner' && u.organisationId === o.id),
        o.name,
      ).toBe(true);
    }
    for (const role of ['manager', 'administrator', 'family_member'] as const) {
      expect(
        users.filter((u) => u.role === role),
        role,
      ).toHaveLength(1);
    }
    const byEmail = new Map(users.map((u) => [u.email, u]));
    const orgName = (id: string | null | undefined) => orgs.find((o) => o.id === id)?.name;
    expect(orgName(byEmail.get('practitioner@demo.ecaf.local')?.organisationId)).toBe('Parkside High School');
    expect(orgName(byEmail.get('manager@demo.ecaf.local')?.organisationId)).toBe('Early Help Hub');
    expect(byEmail.get('admin@demo.ecaf.local')?.role).toBe('administrator');
    expect(byEmail.get('family@demo.ecaf.local')?.role).toBe('family_member');
    for (const u of users.filter((x) => x.role !== 'family_member')) {
      expect(u.jobTitle).toBeTruthy();
      expect(u.telephone).toMatch(/^07700 900\d{3}$/);
    }
    if (first.seeded) {
      expect(first.accounts.map((a) => a.email).sort()).toEqual(users.map((u) => u.email).sort());
      expect(first.accounts[0]).toMatchObject({
        email: 'practitioner@demo.ecaf.local',
        organisation: 'Parkside High School',
      });
    }
  });

  it('gives every account the demo password, hashed once with argon2id', async () => {
    const users = await handle.db.select().from(appUser);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    const [hash] = users.map((u) => u.passwordHash);
    expect(hash).toMatch(/^\$argon2id\$/);
    for (const u of users) expect(await verifyPassword(u.passwordHash, DEMO_PASSWORD), u.email).toBe(true);
    expect(await verifyPassword(hash ?? '', 'wrong-password')).toBe(false);
  });

  it('adds 50 synthetic children and a few second registrations of them, each with parents or carers', async () => {
    const [children] = await handle.db.select({ n: count() }).from(child);
    expect(children?.n).toBe(DEMO_CHILDREN + DEMO_PLANTED_DUPLICATES);
    const linked = await handle.db.selectDistinct({ id: childPerson.childId }).from(childPerson);
    expect(linked).toHaveLength(DEMO_CHILDREN + DEMO_PLANTED_DUPLICATES);
    const [persons] = await handle.db.select({ n: count() }).from(person);
    expect(persons?.n).toBeGreaterThanOrEqual(25);
  });

  it('CH-1 indexes every demo child under its matching keys', async () => {
    const unindexed = await handle.db.select({ id: child.id }).from(child).where(isNull(child.matchKeysVersion));
    expect(unindexed).toEqual([]);
    const [keys] = await handle.db.select({ n: count() }).from(childMatchKey);
    expect(keys?.n).toBeGreaterThan((DEMO_CHILDREN + DEMO_PLANTED_DUPLICATES) * 5);
  });

  it('links the family account to a parent with parental responsibility for a born child', async () => {
    const [familyUser] = await handle.db.select().from(appUser).where(eq(appUser.role, 'family_member'));
    const parents = await handle.db.select().from(person).where(isNotNull(person.userId));
    expect(parents).toHaveLength(1);
    expect(parents[0]?.userId).toBe(familyUser?.id);
    expect(parents[0]?.name).toBe(familyUser?.name);
    expect(parents[0]?.email).toBe('family@demo.ecaf.local');
    const children = await handle.db
      .select({ isUnborn: child.isUnborn, relationship: childPerson.relationship })
      .from(childPerson)
      .innerJoin(child, eq(child.id, childPerson.childId))
      .where(and(eq(childPerson.personId, parents[0]?.id ?? ''), eq(childPerson.parentalResponsibility, true)));
    expect(children.some((c) => !c.isUnborn)).toBe(true);
  });

  it('records the seed in an intact audit chain', async () => {
    const result = await verifyAuditChain(handle.db);
    expect(result).toEqual({ ok: true, events: 1 });
  });

  it('is idempotent: a second call seeds nothing', async () => {
    const again = await seedDemoIfEmpty(handle.db, { now: new Date() });
    expect(again).toEqual({ seeded: false });
    const [children] = await handle.db.select({ n: count() }).from(child);
    expect(children?.n).toBe(DEMO_CHILDREN + DEMO_PLANTED_DUPLICATES);
    expect(await handle.db.select().from(localAuthority)).toHaveLength(1);
  });
});

describe('formatDemoAccounts', () => {
  it('prints the password and an aligned table of the accounts', () => {
    if (!first.seeded) throw new Error('not seeded');
    const text = formatDemoAccounts(first.accounts, DEMO_PASSWORD);
    expect(text).toContain(DEMO_PASSWORD);
    const rows = text.split('\n').filter((l) => l.includes('@demo.ecaf.local'));
    expect(rows).toHaveLength(first.accounts.length);
    const roleColumn = rows.map((r) => r.search(/ (practitioner|manager|administrator|family member) /));
    expect(new Set(roleColumn).size).toBe(1);
    expect(text).toMatch(/practitioner@demo\.ecaf\.local\s+practitioner\s+Hannah Pearson\s+Parkside High School/);
    expect(text).toMatch(/family@demo\.ecaf\.local\s+family member/);
  });
});
