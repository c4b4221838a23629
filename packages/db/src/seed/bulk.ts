import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isoDateInLondon } from '@ecaf/domain';
import { blockingKeysVersion } from '@ecaf/matching';
import { asc, count, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { APP_ROLE, type Database } from '../client';
import { appendAuditEvent } from '../queries/audit';
import { localAuthority } from '../schema/authority';
import { child } from '../schema/child';
import { type DemoAccount, seedDemoIfEmpty } from './demo';
import { childMatchKeys, insertFamilies, type LoadCounts } from './insert-families';
import { type PlantedDuplicate, withPlantedDuplicates } from './planted-duplicates';
import { generateFamilies, type SyntheticFamily } from './synthetic-children';

export type { LoadCounts };

export type BulkProgress = LoadCounts & { total: number; elapsedMs: number };

/**
 * Where the rows go. PGlite (and any small load) takes chunked multi-row INSERTs through drizzle;
 * PostgreSQL takes COPY FROM STDIN through a raw postgres.js client connected as the application
 * role, which has INSERT on child, person, child_person and child_match_key.
 */
export type BulkTarget =
  | { driver: 'pglite'; db: Database }
  | { driver: 'postgres'; db: Database; copyClient: postgres.Sql };

export type BulkLoadOptions = {
  children: number;
  seed: number;
  now: Date;
  /** Defaults to the first local authority, seeding the demo one first if there is none. */
  authorityId?: string;
  /** Children per batch (one COPY, or one transaction of INSERTs, per table per batch). */
  batchSize?: number;
  /**
   * Also load planted duplicates (planted-duplicates.ts) of about `rate` of the children, each
   * straight after its original's family: a second record of the same child with one to three
   * slips. They come on top of `children`. `onPlanted` hears of each, with the ids as loaded.
   */
  duplicates?: { rate: number; seed?: number; onPlanted?: (planted: PlantedDuplicate) => void };
  onProgress?: (progress: BulkProgress) => void;
};

export type BulkLoadResult = LoadCounts & {
  authorityId: string;
  /** Planted duplicates among `children`. */
  duplicates: number;
  elapsedMs: number;
  /** Set when the database was empty and the demo authority had to be seeded first. */
  demoAccounts: DemoAccount[] | null;
};

// ---------------------------------------------------------------------------------------------
// COPY FROM STDIN (text format)

/** One value in COPY's text format: \N for NULL, t/f, and backslash escapes for the rest. */
export function copyTextValue(value: string | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function copyTextLine(values: readonly (string | boolean | null)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += '\t';
    line += copyTextValue(values[i] ?? null);
  }
  return `${line}\n`;
}

const childColumns = [
  'id',
  'authority_id',
  'given_names',
  'family_name',
  'sex',
  'is_unborn',
  'date_of_birth',
  'expected_date_of_delivery',
  'mother_name',
  'address',
  'postcode',
  'telephone',
  'ethnicity',
  'ethnicity_other',
  'first_language',
  'parent_first_language',
  'interpreter_needed',
  'nhs_number',
  'upn',
  'school_name',
  'gp_practice',
  'match_keys_version',
] as const;
const personColumns = ['id', 'authority_id', 'name', 'address', 'telephone', 'email'] as const;
const linkColumns = ['child_id', 'person_id', 'relationship', 'parental_responsibility'] as const;
const keyColumns = ['authority_id', 'key', 'child_id'] as const;

/** A batch rendered as COPY text, in chunks of a few hundred kilobytes for the socket. */
type CopyBatch = { child: string[]; person: string[]; link: string[]; key: string[]; counts: LoadCounts };

const LINES_PER_CHUNK = 1000;
const KEY_LINES_PER_CHUNK = 5000;

function renderBatch(authorityId: string, families: SyntheticFamily[]): CopyBatch {
  const batch: CopyBatch = {
    child: [],
    person: [],
    link: [],
    key: [],
    counts: { children: 0, persons: 0, links: 0, matchKeys: 0 },
  };
  const version = String(blockingKeysVersion);
  let childText = '';
  let personText = '';
  let linkText = '';
  let keyText = '';
  let childLines = 0;
  let personLines = 0;
  let linkLines = 0;
  let keyLines = 0;
  for (const f of families) {
    for (const c of f.children) {
      // CH-1: the child's blocking keys, as the server would index it (authority and child ids are plain UUIDs).
      for (const key of childMatchKeys(c)) {
        keyText += `${authorityId}\t${copyTextValue(key)}\t${c.id}\n`;
        if (++keyLines % KEY_LINES_PER_CHUNK === 0) {
          batch.key.push(keyText);
          keyText = '';
        }
      }
      childText += copyTextLine([
        c.id,
        authorityId,
        c.givenNames,
        c.familyName,
        c.sex,
        c.isUnborn,
        c.dateOfBirth,
        c.expectedDateOfDelivery,
        c.motherName,
        c.address,
        c.postcode,
        c.telephone,
        c.ethnicity,
        c.ethnicityOther,
        c.firstLanguage,
        c.parentFirstLanguage,
        c.interpreterNeeded,
        c.nhsNumber,
        c.upn,
        c.schoolName,
        c.gpPractice,
        version,
      ]);
      if (++childLines % LINES_PER_CHUNK === 0) {
        batch.child.push(childText);
        childText = '';
      }
    }
    for (const p of f.carers) {
      personText += copyTextLine([p.id, authorityId, p.name, p.address, p.telephone, p.email]);
      if (++personLines % LINES_PER_CHUNK === 0) {
        batch.person.push(personText);
        personText = '';
      }
    }
    for (const l of f.links) {
      linkText += copyTextLine([l.childId, l.personId, l.relationship, l.parentalResponsibility]);
      if (++linkLines % LINES_PER_CHUNK === 0) {
        batch.link.push(linkText);
        linkText = '';
      }
    }
  }
  if (childText) batch.child.push(childText);
  if (personText) batch.person.push(personText);
  if (linkText) batch.link.push(linkText);
  if (keyText) batch.key.push(keyText);
  batch.counts = { children: childLines, persons: personLines, links: linkLines, matchKeys: keyLines };
  return batch;
}

async function copyIn(
  client: postgres.Sql,
  table: string,
  columns: readonly string[],
  chunks: string[],
): Promise<void> {
  if (chunks.length === 0) return;
  // Table and column names are constants of this module, never input.
  const writable = await client.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(chunks), writable);
}

/**
 * Streams families into PostgreSQL with COPY, a batch at a time. The children and parents of a
 * batch are copied concurrently on two connections; their links and the children's match keys
 * follow once both are committed (the foreign keys need them), overlapping the next batch. Each
 * COPY commits on its own, so an interrupted load leaves whole batches behind, never a link or
 * a key without its child. (The children of the last batch may then be marked indexed without
 * their keys: redo an interrupted load into a fresh database.)
 */
export async function copyFamilies(
  client: postgres.Sql,
  authorityId: string,
  families: Iterable<SyntheticFamily>,
  options: { batchSize?: number; onBatch?: (counts: LoadCounts) => void } = {},
): Promise<LoadCounts> {
  const batchSize = options.batchSize ?? 20_000;
  const totals: LoadCounts = { children: 0, persons: 0, links: 0, matchKeys: 0 };
  let rowsInFlight: Promise<unknown> = Promise.resolve();
  let linksInFlight: Promise<unknown> = Promise.resolve();
  let linksWaiting: string[] = [];
  let keysWaiting: string[] = [];
  const settle = (counts: LoadCounts) => {
    totals.children += counts.children;
    totals.persons += counts.persons;
    totals.links += counts.links;
    totals.matchKeys += counts.matchKeys;
    options.onBatch?.(totals);
  };
  // One after the other: with the two COPYs of the next batch that makes three at a time, and a
  // postgres.js client must never be asked for more COPYs at once than it has connections
  // (callers open it with max: 3), or two would share a connection.
  const copyFollowers = async (links: string[], keys: string[]) => {
    await copyIn(client, 'child_person', linkColumns, links);
    await copyIn(client, 'child_match_key', keyColumns, keys);
  };

  const send = async (familiesInBatch: SyntheticFamily[]) => {
    const batch = renderBatch(authorityId, familiesInBatch);
    await rowsInFlight;
    // The previous batch's children and parents are committed: its links and keys can go now.
    await linksInFlight;
    linksInFlight = copyFollowers(linksWaiting, keysWaiting);
    linksInFlight.catch(() => {}); // awaited below; this only stops an early failure going unhandled
    linksWaiting = batch.link;
    keysWaiting = batch.key;
    rowsInFlight = Promise.all([
      copyIn(client, 'child', childColumns, batch.child),
      copyIn(client, 'person', personColumns, batch.person),
    ]).then(() => settle(batch.counts));
    rowsInFlight.catch(() => {});
  };

  let pending: SyntheticFamily[] = [];
  let pendingChildren = 0;
  for (const family of families) {
    pending.push(family);
    pendingChildren += family.children.length;
    if (pendingChildren >= batchSize) {
      await send(pending);
      pending = [];
      pendingChildren = 0;
    }
  }
  if (pending.length > 0) await send(pending);
  await rowsInFlight;
  await linksInFlight;
  await copyFollowers(linksWaiting, keysWaiting);
  return totals;
}

// ---------------------------------------------------------------------------------------------

/**
 * `pnpm db:seed --children N`: adds N synthetic children, with their parents and carers, to an
 * authority, and records it in the audit trail. Every child is indexed for matching as it is
 * loaded (child_match_key, match_keys_version: CH-1). Identifiers carry on from the children
 * already in the database, so loading twice does not repeat NHS numbers or UPNs.
 */
export async function bulkLoadChildren(target: BulkTarget, options: BulkLoadOptions): Promise<BulkLoadResult> {
  const started = performance.now();
  const { db } = target;
  let demoAccounts: DemoAccount[] | null = null;
  let authorityId = options.authorityId;
  if (!authorityId) {
    const demo = await seedDemoIfEmpty(db, { now: options.now });
    if (demo.seeded) demoAccounts = demo.accounts;
    const [first] = await db
      .select({ id: localAuthority.id })
      .from(localAuthority)
      .orderBy(asc(localAuthority.createdAt), asc(localAuthority.id))
      .limit(1);
    if (!first) throw new Error('No local authority to load children into');
    authorityId = first.id;
  }
  const [existing] = await db.select({ n: count() }).from(child);
  const today = isoDateInLondon(options.now);
  const generated = generateFamilies(options.children, options.seed, {
    today,
    ordinalStart: existing?.n ?? 0,
    // Random ids, so loading the same seed twice adds children instead of failing on the keys.
    ids: 'random',
  });
  let duplicates = 0;
  const planting = options.duplicates;
  const families = planting
    ? withPlantedDuplicates(generated, {
        seed: planting.seed ?? options.seed,
        rate: planting.rate,
        today,
        ids: 'random',
        onPlanted: (planted) => {
          duplicates++;
          planting.onPlanted?.(planted);
        },
      })
    : generated;
  // With duplicates the total is an estimate: they are planted as the children are generated.
  const total = options.children + Math.round(options.children * (planting?.rate ?? 0));
  const report = (counts: LoadCounts) =>
    options.onProgress?.({ ...counts, total, elapsedMs: performance.now() - started });

  let counts: LoadCounts;
  if (target.driver === 'postgres') {
    counts = await copyFamilies(target.copyClient, authorityId, families, {
      batchSize: options.batchSize ?? 20_000,
      onBatch: report,
    });
  } else {
    counts = { children: 0, persons: 0, links: 0, matchKeys: 0 };
    const batchSize = options.batchSize ?? 5000;
    let batch: SyntheticFamily[] = [];
    let inBatch = 0;
    const flush = async () => {
      const added = await db.transaction((tx) => insertFamilies(tx, authorityId, batch));
      counts.children += added.children;
      counts.persons += added.persons;
      counts.links += added.links;
      counts.matchKeys += added.matchKeys;
      batch = [];
      inBatch = 0;
      report(counts);
    };
    for (const family of families) {
      batch.push(family);
      inBatch += family.children.length;
      if (inBatch >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  }

  await db.transaction(async (tx) => {
    await appendAuditEvent(tx, {
      at: options.now,
      actorUserId: null,
      actorRole: 'system',
      action: 'seed.bulk_loaded',
      detail: {
        children: counts.children,
        parentsCarers: counts.persons,
        seed: options.seed,
        ...(planting ? { plantedDuplicates: duplicates } : {}),
      },
    });
  });
  return { ...counts, authorityId, duplicates, elapsedMs: performance.now() - started, demoAccounts };
}

/**
 * Refreshes the planner's statistics after a big load. Needs the table owner: on PostgreSQL pass
 * a client connected as the owner; on PGlite the single session switches role for a moment.
 */
export async function analyzeChildTables(target: { owner: postgres.Sql } | { pglite: Database }): Promise<void> {
  if ('owner' in target) {
    await target.owner.unsafe('analyze child, person, child_person, child_match_key');
    return;
  }
  const db = target.pglite;
  await db.execute(sql`set role postgres`);
  try {
    await db.execute(sql`analyze child, person, child_person, child_match_key`);
  } finally {
    await db.execute(sql.raw(`set role ${APP_ROLE}`));
  }
}

export {
  type DuplicateErrorKind,
  DuplicatePlanter,
  duplicateErrorKinds,
  type PlantedDuplicate,
} from './planted-duplicates';
export type { SyntheticChild } from './synthetic-children';
