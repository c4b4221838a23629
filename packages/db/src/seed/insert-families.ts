import { blockingKeys, blockingKeysVersion, normaliseRecord } from '@ecaf/matching';
import type { DbOrTx } from '../client';
import { matchRecordOf } from '../queries/matching';
import { child, childPerson, person } from '../schema/child';
import { childMatchKey } from '../schema/matching';
import type { SyntheticChild, SyntheticFamily } from './synthetic-children';

export type LoadCounts = { children: number; persons: number; links: number; matchKeys: number };

/** Rows per INSERT statement: under PostgreSQL's 65,535 bind parameters (child has 22 columns). */
const INSERT_CHUNK = 1000;
/** Key rows per INSERT statement (3 columns each). */
const KEY_CHUNK = 5000;

/**
 * CH-1: the blocking keys a child is indexed under in child_match_key, worked out exactly as the
 * server works them out for a registered child (its row read as the engine reads it).
 */
export function childMatchKeys(c: SyntheticChild): string[] {
  return blockingKeys(normaliseRecord(matchRecordOf(c)));
}

/**
 * Inserts families with multi-row INSERTs, a chunk at a time, each child with its blocking keys
 * (child_match_key) and match_keys_version. Call it inside a transaction to make the load
 * all-or-nothing.
 */
export async function insertFamilies(
  db: DbOrTx,
  authorityId: string,
  families: Iterable<SyntheticFamily>,
): Promise<LoadCounts> {
  const totals: LoadCounts = { children: 0, persons: 0, links: 0, matchKeys: 0 };
  let children: (typeof child.$inferInsert)[] = [];
  let persons: (typeof person.$inferInsert)[] = [];
  let links: (typeof childPerson.$inferInsert)[] = [];
  let keys: (typeof childMatchKey.$inferInsert)[] = [];
  const flush = async () => {
    // Parents before links, children before their keys; children and parents are independent.
    for (let i = 0; i < children.length; i += INSERT_CHUNK)
      await db.insert(child).values(children.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < persons.length; i += INSERT_CHUNK)
      await db.insert(person).values(persons.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < links.length; i += INSERT_CHUNK)
      await db.insert(childPerson).values(links.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < keys.length; i += KEY_CHUNK)
      await db.insert(childMatchKey).values(keys.slice(i, i + KEY_CHUNK));
    totals.children += children.length;
    totals.persons += persons.length;
    totals.links += links.length;
    totals.matchKeys += keys.length;
    children = [];
    persons = [];
    links = [];
    keys = [];
  };
  for (const family of families) {
    for (const c of family.children) {
      children.push({ ...c, authorityId, matchKeysVersion: blockingKeysVersion });
      for (const key of childMatchKeys(c)) keys.push({ authorityId, key, childId: c.id });
    }
    for (const p of family.carers) persons.push({ ...p, authorityId });
    for (const l of family.links) links.push(l);
    if (children.length >= INSERT_CHUNK) await flush();
  }
  await flush();
  return totals;
}
