import { and, desc, eq, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';

export type ChildRow = typeof child.$inferSelect;
export type NewChild = typeof child.$inferInsert;

const fullName = sql`lower(${child.givenNames} || ' ' || ${child.familyName})`;
const hasOpenEpisode = sql<boolean>`exists (select 1 from ${episode} where ${episode.childId} = ${child.id} and ${episode.status} <> 'closed')`;

export type ChildSearchCriteria = {
  authorityId: string;
  name?: string;
  dateOfBirth?: string;
  postcode?: string;
  postcodeOutward?: string;
  nhsNumber?: string;
  upn?: string;
  limit: number;
};

export type ChildSearchHit = {
  id: string;
  givenNames: string;
  familyName: string;
  isUnborn: boolean;
  motherName: string | null;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  postcode: string | null;
  nhsNumber: string | null;
  nameSimilarity: number;
  sameDateOfBirth: boolean;
  samePostcode: boolean;
  samePostcodeDistrict: boolean;
  sameNhsNumber: boolean;
  sameUpn: boolean;
  hasOpenEpisode: boolean;
};

/**
 * The child index search (screen 3). Names tolerate typos through pg_trgm's word similarity
 * (served by the GIN index); identifiers and dates of birth are exact. With a name, other
 * fields only rank results unless an identifier matches, so a date of birth alone does not
 * flood the list with every child born that day.
 */
export async function searchChildIndex(db: DbOrTx, c: ChildSearchCriteria): Promise<ChildSearchHit[]> {
  const name = c.name?.toLowerCase() ?? '';
  const nameSim = name ? sql<number>`word_similarity(${name}, ${fullName})` : sql<number>`0`;
  const dob = c.dateOfBirth ? sql<boolean>`${child.dateOfBirth} = ${c.dateOfBirth}` : sql<boolean>`false`;
  const pc = c.postcode ? sql<boolean>`${child.postcode} = ${c.postcode}` : sql<boolean>`false`;
  const outward = c.postcodeOutward ?? c.postcode?.split(' ')[0];
  const district = outward ? sql<boolean>`${child.postcode} like ${`${outward} %`}` : sql<boolean>`false`;
  const nhs = c.nhsNumber ? sql<boolean>`${child.nhsNumber} = ${c.nhsNumber}` : sql<boolean>`false`;
  const upn = c.upn ? sql<boolean>`${child.upn} = ${c.upn}` : sql<boolean>`false`;

  const identifierMatches: SQL[] = [];
  if (c.nhsNumber) identifierMatches.push(eq(child.nhsNumber, c.nhsNumber));
  if (c.upn) identifierMatches.push(eq(child.upn, c.upn));
  const others: SQL[] = [];
  if (c.dateOfBirth) others.push(eq(child.dateOfBirth, c.dateOfBirth));
  if (c.postcode) others.push(eq(child.postcode, c.postcode));
  else if (outward) others.push(sql`${child.postcode} like ${`${outward} %`}`);

  let match: SQL | undefined;
  if (name) {
    // `<%` uses the trigram index; the threshold is set per transaction below.
    const nameMatch = sql`${name} <% ${fullName}`;
    match = or(nameMatch, ...identifierMatches, others.length > 1 ? and(...others) : undefined);
  } else {
    match = or(...identifierMatches, others.length > 0 ? and(...others) : undefined);
  }
  if (!match) return [];

  const run = async (tx: DbOrTx) => {
    if (name) await tx.execute(sql`set local pg_trgm.word_similarity_threshold = 0.5`);
    return tx
      .select({
        id: child.id,
        givenNames: child.givenNames,
        familyName: child.familyName,
        isUnborn: child.isUnborn,
        motherName: child.motherName,
        dateOfBirth: child.dateOfBirth,
        expectedDateOfDelivery: child.expectedDateOfDelivery,
        postcode: child.postcode,
        nhsNumber: child.nhsNumber,
        nameSimilarity: nameSim.mapWith(Number),
        sameDateOfBirth: dob,
        samePostcode: pc,
        samePostcodeDistrict: district,
        sameNhsNumber: nhs,
        sameUpn: upn,
        hasOpenEpisode,
      })
      .from(child)
      .where(and(eq(child.authorityId, c.authorityId), isNull(child.mergedIntoId), match))
      .orderBy(
        desc(
          sql`(case when ${nhs} or ${upn} then 10 else 0 end) + ${nameSim} * 4 + (case when ${dob} then 3 else 0 end) + (case when ${pc} then 1 else 0 end)`,
        ),
        child.familyName,
        child.givenNames,
      )
      .limit(c.limit);
  };
  return db.transaction(run);
}

export type MatchCandidate = {
  authorityId: string;
  givenNames: string;
  familyName: string;
  dateOfBirth?: string;
  postcode?: string;
  nhsNumber?: string;
  upn?: string;
};

/**
 * CH-1: likely existing records for a child about to be registered. Catches the same
 * identifiers, a similar name with the same date of birth (or day and month swapped), and a
 * similar name at the same postcode.
 */
export async function findPossibleMatches(db: DbOrTx, c: MatchCandidate, limit = 10): Promise<ChildSearchHit[]> {
  const name = `${c.givenNames} ${c.familyName}`.toLowerCase();
  const nameSim = sql<number>`similarity(${name}, ${fullName})`;
  const swapped = c.dateOfBirth ? swapDayMonth(c.dateOfBirth) : null;
  const dob = c.dateOfBirth ? sql<boolean>`${child.dateOfBirth} = ${c.dateOfBirth}` : sql<boolean>`false`;
  const dobSwapped = swapped ? sql<boolean>`${child.dateOfBirth} = ${swapped}` : sql<boolean>`false`;
  const pc = c.postcode ? sql<boolean>`${child.postcode} = ${c.postcode}` : sql<boolean>`false`;
  const nhs = c.nhsNumber ? sql<boolean>`${child.nhsNumber} = ${c.nhsNumber}` : sql<boolean>`false`;
  const upn = c.upn ? sql<boolean>`${child.upn} = ${c.upn}` : sql<boolean>`false`;

  const conditions: SQL[] = [];
  if (c.nhsNumber) conditions.push(eq(child.nhsNumber, c.nhsNumber));
  if (c.upn) conditions.push(eq(child.upn, c.upn));
  const dobs = [c.dateOfBirth, swapped].filter((d): d is string => Boolean(d));
  if (dobs.length > 0) {
    conditions.push(
      and(
        inArray(child.dateOfBirth, dobs),
        or(sql`${name} % ${fullName}`, sql`dmetaphone(${child.familyName}) = dmetaphone(${c.familyName})`),
      ) as SQL,
    );
  }
  if (c.postcode) conditions.push(and(eq(child.postcode, c.postcode), sql`${name} % ${fullName}`) as SQL);
  if (conditions.length === 0) return [];

  return db
    .select({
      id: child.id,
      givenNames: child.givenNames,
      familyName: child.familyName,
      isUnborn: child.isUnborn,
      motherName: child.motherName,
      dateOfBirth: child.dateOfBirth,
      expectedDateOfDelivery: child.expectedDateOfDelivery,
      postcode: child.postcode,
      nhsNumber: child.nhsNumber,
      nameSimilarity: nameSim.mapWith(Number),
      sameDateOfBirth: sql<boolean>`${dob} or ${dobSwapped}`,
      samePostcode: pc,
      samePostcodeDistrict: sql<boolean>`false`,
      sameNhsNumber: nhs,
      sameUpn: upn,
      hasOpenEpisode,
    })
    .from(child)
    .where(and(eq(child.authorityId, c.authorityId), isNull(child.mergedIntoId), or(...conditions)))
    .orderBy(desc(nameSim))
    .limit(limit);
}

function swapDayMonth(iso: string): string | null {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d || m === d || Number(d) > 12) return null;
  return `${y}-${d}-${m}`;
}

export async function getChild(db: DbOrTx, authorityId: string, childId: string): Promise<ChildRow | null> {
  const [row] = await db
    .select()
    .from(child)
    .where(and(eq(child.id, childId), eq(child.authorityId, authorityId)))
    .limit(1);
  return row ?? null;
}

export async function listParentsAndCarers(db: DbOrTx, childId: string) {
  return db
    .select({
      id: person.id,
      name: person.name,
      address: person.address,
      telephone: person.telephone,
      email: person.email,
      relationship: childPerson.relationship,
      parentalResponsibility: childPerson.parentalResponsibility,
    })
    .from(childPerson)
    .innerJoin(person, eq(person.id, childPerson.personId))
    .where(eq(childPerson.childId, childId))
    .orderBy(person.name);
}

export type NewParentCarer = {
  name: string;
  relationship: string;
  address: string | null;
  telephone: string | null;
  email: string | null;
  parentalResponsibility: boolean;
};

export async function insertChildWithParents(db: DbOrTx, values: NewChild, parents: NewParentCarer[]): Promise<string> {
  const [created] = await db.insert(child).values(values).returning({ id: child.id });
  if (!created) throw new Error('insert into child returned no row');
  for (const p of parents) {
    const [pr] = await db
      .insert(person)
      .values({
        authorityId: values.authorityId,
        name: p.name,
        address: p.address,
        telephone: p.telephone,
        email: p.email,
      })
      .returning({ id: person.id });
    if (!pr) throw new Error('insert into person returned no row');
    await db.insert(childPerson).values({
      childId: created.id,
      personId: pr.id,
      relationship: p.relationship,
      parentalResponsibility: p.parentalResponsibility,
    });
  }
  return created.id;
}

/** Episodes for the child page: reference, status and who started it, never content (SH-3). */
export async function listEpisodesForChild(db: DbOrTx, childId: string) {
  return db
    .select({
      id: episode.id,
      reference: episode.reference,
      status: episode.status,
      startedAt: episode.createdAt,
      closedAt: episode.closedAt,
      assessorName: appUser.name,
      assessorOrganisation: organisation.name,
    })
    .from(episode)
    .innerJoin(appUser, eq(appUser.id, episode.createdBy))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(episode.childId, childId))
    .orderBy(desc(episode.createdAt));
}

/** CF-1: the open episode, if any, with the person to contact about it. */
/**
 * CF-1, SH-3: the open episode of a child and who to contact about it: the lead professional
 * once one is assigned, the assessor until then.
 */
export async function findOpenEpisodeContact(db: DbOrTx, childId: string) {
  const contactId = sql<string>`coalesce(
    (select lp.user_id from lead_professional lp where lp.episode_id = ${episode.id} and lp.ended_at is null),
    (select ea.user_id from episode_assessor ea where ea.episode_id = ${episode.id} and ea.role = 'assessor' limit 1)
  )`;
  const [row] = await db
    .select({
      episodeId: episode.id,
      reference: episode.reference,
      name: appUser.name,
      email: appUser.email,
      telephone: appUser.telephone,
      organisation: organisation.name,
      isLeadProfessional: sql<boolean>`exists (
        select 1 from lead_professional lp where lp.episode_id = ${episode.id} and lp.ended_at is null
      )`,
    })
    .from(episode)
    .innerJoin(appUser, eq(appUser.id, contactId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(and(eq(episode.childId, childId), ne(episode.status, 'closed')))
    .limit(1);
  return row ?? null;
}
