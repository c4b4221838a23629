import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { organisation } from '../schema/authority';
import { assessmentSection, assessmentVersion, childSeen, consentToAssess, episodeAssessor } from '../schema/episode';
import { appUser } from '../schema/identity';

export type VersionRow = typeof assessmentVersion.$inferSelect;

export async function listVersions(db: DbOrTx, episodeId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(assessmentVersion)
    .where(eq(assessmentVersion.episodeId, episodeId))
    .orderBy(asc(assessmentVersion.number));
}

export async function getVersion(db: DbOrTx, episodeId: string, number: number): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(assessmentVersion)
    .where(and(eq(assessmentVersion.episodeId, episodeId), eq(assessmentVersion.number, number)))
    .limit(1);
  return row ?? null;
}

/** What the consent rule (`effectiveConsent`) reads of each consent record. */
export type ConsentDecisionRow = {
  decision: (typeof consentToAssess.$inferSelect)['decision'];
  capacity: (typeof consentToAssess.$inferSelect)['capacity'];
  /** ISO date, as the `date` column reads. */
  decidedOn: string;
};

/**
 * The version a save writes to, locked FOR SHARE: saves to one version run side by side, but
 * a completion (which locks it FOR UPDATE) waits for them, and they wait for it (CF-6, CF-7).
 * With it, in the same round trip, the episode's consent decisions in the order
 * `effectiveConsent` reads them (as `listConsentToAssess`), for CF-3.
 *
 * Prepared, like the other statements every autosave runs: the text never changes, so each
 * connection parses and plans it once instead of on every save (planning these joins and
 * subqueries costs PostgreSQL more than running them). drizzle's `.prepare()` on the
 * transaction keeps it inside the transaction; the name is for reading, the driver keys
 * prepared statements by their text.
 */
export async function lockVersionForSave(db: DbOrTx, episodeId: string, number: number) {
  const [row] = await db
    .select({
      id: assessmentVersion.id,
      status: assessmentVersion.status,
      completedAt: assessmentVersion.completedAt,
      // Spelled out: drizzle leaves columns unqualified when a query reads one table.
      consent: sql<ConsentDecisionRow[]>`coalesce((
        select json_agg(
          json_build_object('decision', c.decision, 'capacity', c.capacity, 'decidedOn', c.decided_on)
          order by c.recorded_at, c.id
        )
        from consent_to_assess c
        where c.episode_id = "assessment_version"."episode_id"
      ), '[]'::json)`,
    })
    .from(assessmentVersion)
    .where(and(eq(assessmentVersion.episodeId, episodeId), eq(assessmentVersion.number, number)))
    .limit(1)
    .for('share', { of: assessmentVersion })
    .prepare('lock_version_for_save')
    .execute();
  return row ?? null;
}

/** The newest version, locked FOR UPDATE, for completing it or starting a review from it. */
export async function lockLatestVersion(db: DbOrTx, episodeId: string): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(assessmentVersion)
    .where(eq(assessmentVersion.episodeId, episodeId))
    .orderBy(desc(assessmentVersion.number))
    .limit(1)
    .for('update');
  return row ?? null;
}

export type SectionRow = { sectionId: string; content: unknown; revision: number; updatedAt: Date };

export async function listSections(db: DbOrTx, versionId: string): Promise<SectionRow[]> {
  return db
    .select({
      sectionId: assessmentSection.sectionId,
      content: assessmentSection.content,
      revision: assessmentSection.revision,
      updatedAt: assessmentSection.updatedAt,
    })
    .from(assessmentSection)
    .where(eq(assessmentSection.versionId, versionId));
}

export async function getSection(db: DbOrTx, versionId: string, sectionId: string): Promise<SectionRow | null> {
  const [row] = await db
    .select({
      sectionId: assessmentSection.sectionId,
      content: assessmentSection.content,
      revision: assessmentSection.revision,
      updatedAt: assessmentSection.updatedAt,
    })
    .from(assessmentSection)
    .where(and(eq(assessmentSection.versionId, versionId), eq(assessmentSection.sectionId, sectionId)))
    .limit(1);
  return row ?? null;
}

/**
 * CF-7 compare-and-set: writes the section only if it is still at `baseRevision` (0 = never
 * saved), in one statement, so two writers can never both succeed from the same revision.
 * Returns the new revision, or null when the section had moved on (a conflict). Prepared (see
 * `lockVersionForSave`).
 */
export async function saveSectionIfUnchanged(
  db: DbOrTx,
  values: { versionId: string; sectionId: string; baseRevision: number; content: unknown; userId: string; now: Date },
): Promise<number | null> {
  if (values.baseRevision === 0) {
    const [inserted] = await db
      .insert(assessmentSection)
      .values({
        versionId: values.versionId,
        sectionId: values.sectionId,
        content: values.content,
        revision: 1,
        updatedAt: values.now,
        updatedBy: values.userId,
      })
      // A review's copied sections start at revision 0 too: written once, by the first to save.
      .onConflictDoUpdate({
        target: [assessmentSection.versionId, assessmentSection.sectionId],
        set: {
          content: values.content,
          revision: sql`${assessmentSection.revision} + 1`,
          updatedAt: values.now,
          updatedBy: values.userId,
        },
        setWhere: eq(assessmentSection.revision, 0),
      })
      .returning({ revision: assessmentSection.revision })
      .prepare('insert_section_if_unsaved')
      .execute();
    return inserted?.revision ?? null;
  }
  const [updated] = await db
    .update(assessmentSection)
    .set({
      content: values.content,
      revision: sql`${assessmentSection.revision} + 1`,
      updatedAt: values.now,
      updatedBy: values.userId,
    })
    .where(
      and(
        eq(assessmentSection.versionId, values.versionId),
        eq(assessmentSection.sectionId, values.sectionId),
        eq(assessmentSection.revision, values.baseRevision),
      ),
    )
    .returning({ revision: assessmentSection.revision })
    .prepare('update_section_if_unchanged')
    .execute();
  return updated?.revision ?? null;
}

export async function markVersionCompleted(
  db: DbOrTx,
  values: { versionId: string; userId: string; now: Date; derivedSnapshot: unknown },
): Promise<void> {
  await db
    .update(assessmentVersion)
    .set({
      status: 'completed',
      completedAt: values.now,
      completedBy: values.userId,
      derivedSnapshot: values.derivedSnapshot,
    })
    .where(and(eq(assessmentVersion.id, values.versionId), eq(assessmentVersion.status, 'draft')));
}

/** CF-6: the next draft version, its sections copied forward from `fromVersionId`. */
export async function insertReviewVersion(
  db: DbOrTx,
  values: { episodeId: string; number: number; fromVersionId: string; userId: string; now: Date },
): Promise<string> {
  const [row] = await db
    .insert(assessmentVersion)
    .values({ episodeId: values.episodeId, number: values.number, startedAt: values.now, startedBy: values.userId })
    .returning({ id: assessmentVersion.id });
  if (!row) throw new Error('insert into assessment_version returned no row');
  // Copied in SQL: content never travels through the application, and the copy is a new value.
  await db.execute(sql`
    insert into assessment_section (version_id, section_id, content, revision, updated_at, updated_by)
    select ${row.id}, section_id, content, 0, ${values.now.toISOString()}::timestamptz, ${values.userId}
    from assessment_section where version_id = ${values.fromVersionId}`);
  return row.id;
}

export async function insertConsentToAssess(db: DbOrTx, values: typeof consentToAssess.$inferInsert): Promise<string> {
  const [row] = await db.insert(consentToAssess).values(values).returning({ id: consentToAssess.id });
  if (!row) throw new Error('insert into consent_to_assess returned no row');
  return row.id;
}

/** Oldest first: the order `effectiveConsent` reads them in. */
export async function listConsentToAssess(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: consentToAssess.id,
      decision: consentToAssess.decision,
      givenByPersonId: consentToAssess.givenByPersonId,
      givenByChild: consentToAssess.givenByChild,
      capacity: consentToAssess.capacity,
      competenceReasons: consentToAssess.competenceReasons,
      decidedOn: consentToAssess.decidedOn,
      method: consentToAssess.method,
      whatWasExplained: consentToAssess.whatWasExplained,
      recordedAt: consentToAssess.recordedAt,
      recordedByName: appUser.name,
    })
    .from(consentToAssess)
    .innerJoin(appUser, eq(appUser.id, consentToAssess.recordedBy))
    .where(eq(consentToAssess.episodeId, episodeId))
    .orderBy(asc(consentToAssess.recordedAt), asc(consentToAssess.id));
}

export async function insertChildSeen(db: DbOrTx, values: typeof childSeen.$inferInsert): Promise<string> {
  const [row] = await db.insert(childSeen).values(values).returning({ id: childSeen.id });
  if (!row) throw new Error('insert into child_seen returned no row');
  return row.id;
}

export async function listChildSeen(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: childSeen.id,
      seenOn: childSeen.seenOn,
      seenBy: childSeen.seenBy,
      seenAlone: childSeen.seenAlone,
      location: childSeen.location,
      expectantMother: childSeen.expectantMother,
      recordedAt: childSeen.recordedAt,
    })
    .from(childSeen)
    .where(eq(childSeen.episodeId, episodeId))
    .orderBy(desc(childSeen.seenOn), desc(childSeen.recordedAt));
}

export async function insertCoAssessor(db: DbOrTx, values: { episodeId: string; userId: string; now: Date }) {
  await db
    .insert(episodeAssessor)
    .values({ episodeId: values.episodeId, userId: values.userId, role: 'co_assessor', addedAt: values.now })
    .onConflictDoNothing();
}

export async function deleteCoAssessor(db: DbOrTx, values: { episodeId: string; userId: string }) {
  await db
    .delete(episodeAssessor)
    .where(
      and(
        eq(episodeAssessor.episodeId, values.episodeId),
        eq(episodeAssessor.userId, values.userId),
        eq(episodeAssessor.role, 'co_assessor'),
      ),
    );
}

/** The assessor's details as section 6 shows them. */
export async function getUserForForm(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: appUser.id,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      telephone: appUser.telephone,
      email: appUser.email,
      organisation: organisation.name,
    })
    .from(appUser)
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(appUser.id, userId))
    .limit(1);
  return row ?? null;
}

/** Active practitioners of the authority, by name or email, for choosing a co-assessor. */
export async function searchPractitioners(db: DbOrTx, authorityId: string, query: string, limit = 20) {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: appUser.id,
      name: appUser.name,
      email: appUser.email,
      organisationId: appUser.organisationId,
      organisation: organisation.name,
    })
    .from(appUser)
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(
      and(
        eq(appUser.authorityId, authorityId),
        eq(appUser.role, 'practitioner'),
        eq(appUser.status, 'active'),
        or(ilike(appUser.name, pattern), ilike(appUser.email, pattern)),
      ),
    )
    .orderBy(asc(appUser.name))
    .limit(limit);
}

export async function getActivePractitioner(db: DbOrTx, authorityId: string, userId: string) {
  const [row] = await db
    .select({
      id: appUser.id,
      name: appUser.name,
      organisationId: appUser.organisationId,
      organisation: organisation.name,
    })
    .from(appUser)
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(
      and(
        eq(appUser.id, userId),
        eq(appUser.authorityId, authorityId),
        eq(appUser.role, 'practitioner'),
        eq(appUser.status, 'active'),
      ),
    )
    .limit(1);
  return row ?? null;
}
