import type { DbOrTx } from '../client';
import { child, childPerson, person } from '../schema/child';
import type { SyntheticFamily } from './synthetic-children';

export type LoadCounts = { children: number; persons: number; links: number };

/** Rows per INSERT statement: under PostgreSQL's 65,535 bind parameters (child has 21 columns). */
const INSERT_CHUNK = 1000;

/**
 * Inserts families with multi-row INSERTs, a chunk at a time. Call it inside a transaction to
 * make the load all-or-nothing.
 */
export async function insertFamilies(
  db: DbOrTx,
  authorityId: string,
  families: Iterable<SyntheticFamily>,
): Promise<LoadCounts> {
  const totals: LoadCounts = { children: 0, persons: 0, links: 0 };
  let children: (typeof child.$inferInsert)[] = [];
  let persons: (typeof person.$inferInsert)[] = [];
  let links: (typeof childPerson.$inferInsert)[] = [];
  const flush = async () => {
    // Parents before links; children and parents are independent.
    for (let i = 0; i < children.length; i += INSERT_CHUNK)
      await db.insert(child).values(children.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < persons.length; i += INSERT_CHUNK)
      await db.insert(person).values(persons.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < links.length; i += INSERT_CHUNK)
      await db.insert(childPerson).values(links.slice(i, i + INSERT_CHUNK));
    totals.children += children.length;
    totals.persons += persons.length;
    totals.links += links.length;
    children = [];
    persons = [];
    links = [];
  };
  for (const family of families) {
    for (const c of family.children) children.push({ ...c, authorityId });
    for (const p of family.carers) persons.push({ ...p, authorityId });
    for (const l of family.links) links.push(l);
    if (children.length >= INSERT_CHUNK) await flush();
  }
  await flush();
  return totals;
}
