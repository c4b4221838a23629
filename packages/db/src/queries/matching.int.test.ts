import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { localAuthority } from '../schema/authority';
import { child } from '../schema/child';
import { createTestDatabase } from '../testing';
import { findCandidatePairs, findMatchCandidates, matchRecordOf, replaceChildMatchKeys } from './matching';

let handle: DatabaseHandle;
const rule = { soloBucketLimit: 50, minimumSharedKeys: 2, max: 500 };
const authorityId = randomUUID();
const otherAuthorityId = randomUUID();
const ids = { first: randomUUID(), second: randomUUID(), third: randomUUID(), elsewhere: randomUUID() };

async function addChild(id: string, authority: string, keys: string[], extra: Partial<typeof child.$inferInsert> = {}) {
  await handle.db.insert(child).values({
    id,
    authorityId: authority,
    givenNames: 'Amelia',
    familyName: 'Whitaker',
    sex: 'female',
    dateOfBirth: '2012-03-14',
    ...extra,
  });
  await replaceChildMatchKeys(handle.db, { authorityId: authority, childId: id, keys, version: 1 });
}

const route = {
  safeguardingRouteTitle: 'Front door',
  safeguardingRouteTelephone: '0113 496 0000',
  safeguardingRouteEmail: 'front.door@example.org',
  safeguardingRouteText: 'Call the front door.',
};

beforeAll(async () => {
  handle = await createTestDatabase();
  const now = new Date();
  await handle.db.insert(localAuthority).values([
    { id: authorityId, name: 'A', code: 'A', createdAt: now, ...route },
    { id: otherAuthorityId, name: 'B', code: 'B', createdAt: now, ...route },
  ]);
  await addChild(ids.first, authorityId, ['dob:20120314', 'nm:AML|TKR', 'common:x']);
  await addChild(ids.second, authorityId, ['dob:20120314', 'common:x']);
  await addChild(ids.third, authorityId, ['nm:AML|TKR', 'common:x'], { dateOfBirth: '2012-03-15' });
  await addChild(ids.elsewhere, otherAuthorityId, ['dob:20120314', 'nm:AML|TKR']);
});
afterAll(async () => {
  await handle.close();
});

describe('CH-1 candidate search on the key table', () => {
  it('CH-1 finds the children of the authority sharing any key, with their details', async () => {
    const found = await findMatchCandidates(handle.db, authorityId, [{ key: 'dob:20120314', limit: 1000 }], rule);
    expect(found.map((c) => c.id).sort()).toEqual([ids.first, ids.second].sort());
    expect(found[0]).toMatchObject({ givenNames: 'Amelia', dateOfBirth: '2012-03-14', hasOpenEpisode: false });
  });

  it("CH-1 never finds another authority's children", async () => {
    const found = await findMatchCandidates(handle.db, authorityId, [{ key: 'nm:AML|TKR', limit: 1000 }], rule);
    expect(found.map((c) => c.id)).not.toContain(ids.elsewhere);
  });

  it('CH-1 skips a key held by more children than its limit, as the in-memory index does', async () => {
    expect(await findMatchCandidates(handle.db, authorityId, [{ key: 'common:x', limit: 2 }], rule)).toEqual([]);
    expect(await findMatchCandidates(handle.db, authorityId, [{ key: 'common:x', limit: 3 }], rule)).toHaveLength(3);
  });

  it('CH-1 asks for a second shared key when a key is held by more than a few children', async () => {
    const lookups = [
      { key: 'common:x', limit: 1000 },
      { key: 'dob:20120314', limit: 1000 },
    ];
    const strict = { soloBucketLimit: 2, minimumSharedKeys: 2, max: 500 };
    // common:x is held by three: only the children sharing dob:20120314 (held by two) as well, or alone, count.
    expect((await findMatchCandidates(handle.db, authorityId, lookups, strict)).map((c) => c.id).sort()).toEqual(
      [ids.first, ids.second].sort(),
    );
    const stricter = { soloBucketLimit: 1, minimumSharedKeys: 2, max: 500 };
    expect((await findMatchCandidates(handle.db, authorityId, lookups, stricter)).map((c) => c.id).sort()).toEqual(
      [ids.first, ids.second].sort(),
    );
    const alone = { soloBucketLimit: 1, minimumSharedKeys: 3, max: 500 };
    expect(await findMatchCandidates(handle.db, authorityId, lookups, alone)).toEqual([]);
  });

  it('CH-2 pairs each child of a batch with later children sharing a usable key, once', async () => {
    const pairs = await findCandidatePairs(handle.db, authorityId, [ids.first, ids.second, ids.third], {
      byKind: { common: 2 },
      defaultLimit: 1000,
      soloBucketLimit: 50,
      minimumSharedKeys: 2,
    });
    const sorted = (a: string, b: string) => [a, b].sort().join('|');
    expect(pairs.map((p) => sorted(p.a, p.b)).sort()).toEqual(
      [sorted(ids.first, ids.second), sorted(ids.first, ids.third)].sort(),
    );
    for (const p of pairs) expect(p.a < p.b).toBe(true);
  });

  it('reads the address as street then town', () => {
    const base = {
      id: 'x',
      givenNames: 'A',
      familyName: 'B',
      sex: 'female',
      dateOfBirth: null,
      address: '12 Acacia Avenue, Headingley, Leeds',
      postcode: 'LS6 2AB',
      telephone: null,
      nhsNumber: null,
      upn: null,
      schoolName: null,
    };
    const record = matchRecordOf(base);
    expect(record).toMatchObject({ street: '12 Acacia Avenue', town: 'Leeds' });
    const flat = matchRecordOf({ ...base, address: 'Flat 18, 12 Oak Road, Leeds' });
    expect(flat).toMatchObject({ street: '12 Oak Road', locality: 'Flat 18', town: 'Leeds' });
  });
});
