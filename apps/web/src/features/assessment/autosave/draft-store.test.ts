import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { LocalDraft } from './decide';
import { type DraftStore, indexedDbDraftStore, memoryDraftStore } from './draft-store';
import { stableJson } from './stable-json';

const draft = (key: string, text: string): LocalDraft => ({
  key,
  values: { childViews: text, parentViews: '' },
  baseRevision: 2,
  updatedAt: '2026-03-03T14:00:00.000Z',
});

const stores: Array<[string, () => DraftStore]> = [
  ['IndexedDB', () => indexedDbDraftStore(new IDBFactory())],
  ['memory', () => memoryDraftStore()],
];

describe.each(stores)('CF-7 the %s draft store', (_name, makeStore) => {
  it('keeps a copy and gives it back', async () => {
    const store = makeStore();
    await store.put(draft('u:e:1:views', 'Typed offline'));
    expect(await store.get('u:e:1:views')).toEqual(draft('u:e:1:views', 'Typed offline'));
    expect(await store.get('u:e:1:other')).toBeNull();
  });

  it('removes a copy only when it still holds exactly the acknowledged values', async () => {
    const store = makeStore();
    const sent = draft('k', 'First');
    await store.put(sent);
    // The user typed more before the server answered: the newer copy stays.
    await store.put(draft('k', 'First and more'));
    expect(await store.deleteIfUnchanged('k', stableJson(sent.values))).toBe(false);
    expect((await store.get('k'))?.values).toEqual({ childViews: 'First and more', parentViews: '' });
    // Key order does not matter, the values do.
    expect(await store.deleteIfUnchanged('k', stableJson({ parentViews: '', childViews: 'First and more' }))).toBe(
      true,
    );
    expect(await store.get('k')).toBeNull();
  });

  it("lists one version's sections by key prefix", async () => {
    const store = makeStore();
    await store.put(draft('u:e:1:views', 'a'));
    await store.put(draft('u:e:1:conclusions', 'b'));
    await store.put(draft('u:e:2:views', 'c'));
    await store.put(draft('other:e:1:views', 'd'));
    expect((await store.keys('u:e:1:')).sort()).toEqual(['u:e:1:conclusions', 'u:e:1:views']);
    await store.delete('u:e:1:views');
    expect(await store.keys('u:e:1:')).toEqual(['u:e:1:conclusions']);
  });
});

describe('the IndexedDB draft store', () => {
  it('survives the page being reloaded (a new connection to the same database)', async () => {
    const factory = new IDBFactory();
    await indexedDbDraftStore(factory).put(draft('k', 'Kept across reloads'));
    expect((await indexedDbDraftStore(factory).get('k'))?.values).toEqual({
      childViews: 'Kept across reloads',
      parentViews: '',
    });
  });
});
