import { and, asc, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { child, childPerson, person } from '../schema/child';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { familyInvitation, leadProfessional } from '../schema/sharing';

/**
 * Family accounts (screen 6): invitations (a single-use link valid for 7 days, of which only the
 * token's SHA-256 is stored), the account they create, linked to the parent's or carer's person
 * record or to the young person's child record, and the children a family account is party to.
 */

export type FamilyInvitationRow = typeof familyInvitation.$inferSelect;

export async function insertFamilyInvitation(
  db: DbOrTx,
  values: typeof familyInvitation.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(familyInvitation).values(values).returning({ id: familyInvitation.id });
  if (!row) throw new Error('insert into family_invitation returned no row');
  return row.id;
}

/**
 * An invitation by its token's hash, with what the invitation page and the acceptance need: who
 * is invited (the parent's or carer's name, or the young person's), who invited them, and the
 * child's authority (the account belongs to it). Null for an unknown token.
 */
export async function getFamilyInvitationByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      invitation: familyInvitation,
      authorityId: child.authorityId,
      personName: person.name,
      childGivenNames: child.givenNames,
      childFamilyName: child.familyName,
      childIsUnborn: child.isUnborn,
      childMotherName: child.motherName,
      invitedByName: appUser.name,
      invitedByOrganisation: organisation.name,
    })
    .from(familyInvitation)
    .innerJoin(child, eq(child.id, familyInvitation.childId))
    .leftJoin(person, eq(person.id, familyInvitation.personId))
    .innerJoin(appUser, eq(appUser.id, familyInvitation.createdBy))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(familyInvitation.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/**
 * Single use under a race: marks the invitation accepted only while it is unused, not withdrawn
 * and not expired, in one statement. False when another request got there first (or it lapsed):
 * a second transaction waits on the first one's row lock and then finds `accepted_at` set. Run
 * before the account is made, so a loser never reaches the account's unique email; the account
 * is recorded on it afterwards (`setFamilyInvitationAccount`), in the same transaction.
 */
export async function markFamilyInvitationAccepted(db: DbOrTx, values: { id: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(familyInvitation)
    .set({ acceptedAt: values.now })
    .where(
      and(
        eq(familyInvitation.id, values.id),
        isNull(familyInvitation.acceptedAt),
        isNull(familyInvitation.revokedAt),
        gt(familyInvitation.expiresAt, values.now),
      ),
    )
    .returning({ id: familyInvitation.id });
  return rows.length === 1;
}

/** The account an accepted invitation made. */
export async function setFamilyInvitationAccount(db: DbOrTx, values: { id: string; userId: string }): Promise<void> {
  await db
    .update(familyInvitation)
    .set({ acceptedUserId: values.userId })
    .where(and(eq(familyInvitation.id, values.id), isNull(familyInvitation.acceptedUserId)));
}

/** Withdraws an unused invitation of this episode; false when it was used or withdrawn already. */
export async function revokeFamilyInvitation(
  db: DbOrTx,
  values: { id: string; episodeId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(familyInvitation)
    .set({ revokedAt: values.now })
    .where(
      and(
        eq(familyInvitation.id, values.id),
        eq(familyInvitation.episodeId, values.episodeId),
        isNull(familyInvitation.acceptedAt),
        isNull(familyInvitation.revokedAt),
      ),
    )
    .returning({ id: familyInvitation.id });
  return rows.length === 1;
}

/**
 * Withdraws every unused invitation for the same person (or for the young person, when
 * `personId` is null) and child: a new invitation replaces them, so only one link works.
 */
export async function revokePendingFamilyInvitations(
  db: DbOrTx,
  values: { childId: string; personId: string | null; now: Date },
): Promise<string[]> {
  const rows = await db
    .update(familyInvitation)
    .set({ revokedAt: values.now })
    .where(
      and(
        eq(familyInvitation.childId, values.childId),
        values.personId === null ? isNull(familyInvitation.personId) : eq(familyInvitation.personId, values.personId),
        isNull(familyInvitation.acceptedAt),
        isNull(familyInvitation.revokedAt),
        gt(familyInvitation.expiresAt, values.now),
      ),
    )
    .returning({ id: familyInvitation.id });
  return rows.map((r) => r.id);
}

/** An episode's invitations, newest first, with who was invited and who invited them. */
export async function listFamilyInvitations(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: familyInvitation.id,
      personId: familyInvitation.personId,
      personName: person.name,
      email: familyInvitation.email,
      createdAt: familyInvitation.createdAt,
      createdByName: appUser.name,
      expiresAt: familyInvitation.expiresAt,
      acceptedAt: familyInvitation.acceptedAt,
      revokedAt: familyInvitation.revokedAt,
    })
    .from(familyInvitation)
    .leftJoin(person, eq(person.id, familyInvitation.personId))
    .innerJoin(appUser, eq(appUser.id, familyInvitation.createdBy))
    .where(eq(familyInvitation.episodeId, episodeId))
    .orderBy(desc(familyInvitation.createdAt), desc(familyInvitation.id));
}

/**
 * Who may be invited for a child, as `mayBeInvited` reads them: the parents and carers (with
 * parental responsibility or not, and whether they have an account) and the young person.
 */
export async function listFamilyInvitees(db: DbOrTx, childId: string) {
  const [people, [young]] = await Promise.all([
    db
      .select({
        personId: person.id,
        name: person.name,
        email: person.email,
        relationship: childPerson.relationship,
        parentalResponsibility: childPerson.parentalResponsibility,
        userId: person.userId,
      })
      .from(childPerson)
      .innerJoin(person, eq(person.id, childPerson.personId))
      .where(eq(childPerson.childId, childId))
      .orderBy(asc(person.name)),
    db
      .select({
        id: child.id,
        givenNames: child.givenNames,
        familyName: child.familyName,
        isUnborn: child.isUnborn,
        motherName: child.motherName,
        dateOfBirth: child.dateOfBirth,
        userId: child.userId,
      })
      .from(child)
      .where(eq(child.id, childId))
      .limit(1),
  ]);
  return { people, child: young ?? null };
}

export async function insertFamilyMemberAccount(
  db: DbOrTx,
  values: { id: string; authorityId: string; email: string; name: string; passwordHash: string; now: Date },
): Promise<void> {
  await db.insert(appUser).values({
    id: values.id,
    authorityId: values.authorityId,
    organisationId: null,
    email: values.email,
    name: values.name,
    role: 'family_member',
    passwordHash: values.passwordHash,
    createdAt: values.now,
  });
}

/**
 * Links a family account to the parent's or carer's person record (`personId`) or to the young
 * person's own record (`childId`), only where none is linked yet. False when one already is.
 */
export async function linkFamilyAccount(
  db: DbOrTx,
  values: { userId: string } & ({ personId: string } | { childId: string }),
): Promise<boolean> {
  const rows =
    'personId' in values
      ? await db
          .update(person)
          .set({ userId: values.userId })
          .where(and(eq(person.id, values.personId), isNull(person.userId)))
          .returning({ id: person.id })
      : await db
          .update(child)
          .set({ userId: values.userId })
          .where(and(eq(child.id, values.childId), isNull(child.userId)))
          .returning({ id: child.id });
  return rows.length === 1;
}

/**
 * How a family account is party to a child: as the young person themself, or as a parent or
 * carer with parental responsibility (the person record it is linked to). Null when it is not,
 * which is the same rule the access policy's `familyUserIds` applies.
 */
export async function getFamilyParty(
  db: DbOrTx,
  values: { childId: string; userId: string },
): Promise<{ kind: 'child' } | { kind: 'person'; personId: string; name: string } | null> {
  const [young] = await db
    .select({ id: child.id })
    .from(child)
    .where(and(eq(child.id, values.childId), eq(child.userId, values.userId)))
    .limit(1);
  if (young) return { kind: 'child' };
  const [parent] = await db
    .select({ personId: person.id, name: person.name })
    .from(childPerson)
    .innerJoin(person, eq(person.id, childPerson.personId))
    .where(
      and(
        eq(childPerson.childId, values.childId),
        eq(childPerson.parentalResponsibility, true),
        eq(person.userId, values.userId),
      ),
    )
    .limit(1);
  return parent ? { kind: 'person', personId: parent.personId, name: parent.name } : null;
}

/**
 * The family home: every CAF of every child the account is party to (as the young person, or as
 * a parent or carer with parental responsibility), in its authority, newest first. Merged
 * records (tombstones) are left out; their episodes moved to the surviving child.
 */
export async function listEpisodesForFamilyMember(db: DbOrTx, values: { userId: string; authorityId: string }) {
  const party = or(
    eq(child.userId, values.userId),
    sql`exists (
      select 1 from ${childPerson} cp join ${person} p on p.id = cp.person_id
      where cp.child_id = ${child.id} and cp.parental_responsibility and p.user_id = ${values.userId}
    )`,
  );
  return db
    .select({
      childId: child.id,
      givenNames: child.givenNames,
      familyName: child.familyName,
      isUnborn: child.isUnborn,
      motherName: child.motherName,
      dateOfBirth: child.dateOfBirth,
      isYoungPerson: sql<boolean>`coalesce(${child.userId} = ${values.userId}, false)`,
      episodeId: episode.id,
      reference: episode.reference,
      status: episode.status,
      startedAt: episode.createdAt,
      closedAt: episode.closedAt,
      leadProfessionalName: sql<string | null>`(
        select u.name from ${leadProfessional} lp join ${appUser} u on u.id = lp.user_id
        where lp.episode_id = ${episode.id} and lp.ended_at is null
      )`,
    })
    .from(child)
    .innerJoin(episode, eq(episode.childId, child.id))
    .where(and(eq(child.authorityId, values.authorityId), isNull(child.mergedIntoId), party))
    .orderBy(asc(child.givenNames), asc(child.familyName), asc(child.id), desc(episode.createdAt));
}
