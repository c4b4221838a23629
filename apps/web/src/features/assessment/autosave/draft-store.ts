import type { LocalDraft } from './decide';
import { stableJson } from './stable-json';

/**
 * CF-7: the copy of each section's form kept on this device (IndexedDB) until the server has
 * acknowledged exactly that content, so a dropped connection, an ended session or a closed tab
 * loses nothing. A tiny promise wrapper over plain IndexedDB; without IndexedDB (a locked-down
 * browser) it falls back to memory, and says so, so the page does not promise what it cannot keep.
 */
export type DraftStore = {
  /** False when the copy lives only in memory (lost if the tab closes). */
  readonly persistent: boolean;
  get(key: string): Promise<LocalDraft | null>;
  put(draft: LocalDraft): Promise<void>;
  /** Removes the copy only if it still holds these values (JSON by `stableJson`); true if removed. */
  deleteIfUnchanged(key: string, valuesJson: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** The keys that start with this prefix. */
  keys(prefix: string): Promise<string[]>;
};

export const DRAFT_DB_NAME = 'ecaf-drafts';
const STORE = 'section-drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function isLocalDraft(value: unknown): value is LocalDraft {
  return (
    typeof value === 'object' &&
    value !== null &&
    'key' in value &&
    typeof value.key === 'string' &&
    'baseRevision' in value &&
    typeof value.baseRevision === 'number' &&
    'values' in value
  );
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(DRAFT_DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

export function indexedDbDraftStore(factory: IDBFactory): DraftStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => {
    database ??= openDatabase(factory).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };
  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    const tx = (await db()).transaction(STORE, mode);
    const [result] = await Promise.all([work(tx.objectStore(STORE)), done(tx)]);
    return result;
  }
  return {
    persistent: true,
    get: (key) =>
      run('readonly', async (store) => {
        const found: unknown = await request(store.get(key));
        return isLocalDraft(found) ? found : null;
      }),
    put: (draft) =>
      run('readwrite', async (store) => {
        await request(store.put(draft));
      }),
    deleteIfUnchanged: (key, valuesJson) =>
      // One transaction: a newer copy written meanwhile is never removed.
      run('readwrite', async (store) => {
        const found: unknown = await request(store.get(key));
        if (!isLocalDraft(found) || stableJson(found.values) !== valuesJson) return false;
        await request(store.delete(key));
        return true;
      }),
    delete: (key) =>
      run('readwrite', async (store) => {
        await request(store.delete(key));
      }),
    keys: (prefix) =>
      run('readonly', async (store) => {
        // Every key after the prefix and before the prefix followed by the highest character.
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        const keys = await request(store.getAllKeys(range));
        return keys.filter((key): key is string => typeof key === 'string');
      }),
  };
}

export function memoryDraftStore(): DraftStore {
  const drafts = new Map<string, LocalDraft>();
  return {
    persistent: false,
    get: async (key) => structuredClone(drafts.get(key) ?? null),
    put: async (draft) => {
      drafts.set(draft.key, structuredClone(draft));
    },
    deleteIfUnchanged: async (key, valuesJson) => {
      const found = drafts.get(key);
      if (!found || stableJson(found.values) !== valuesJson) return false;
      drafts.delete(key);
      return true;
    },
    delete: async (key) => {
      drafts.delete(key);
    },
    keys: async (prefix) => [...drafts.keys()].filter((key) => key.startsWith(prefix)),
  };
}

let shared: DraftStore | null = null;

/** The app's store: IndexedDB where the browser has it, memory otherwise. */
export function draftStore(): DraftStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryDraftStore() : indexedDbDraftStore(indexedDB);
  return shared;
}
