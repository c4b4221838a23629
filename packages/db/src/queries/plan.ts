import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { localAuthority } from '../schema/authority';
import { childPerson } from '../schema/child';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { episodeClosure, planAction, planActionNote, review, reviewAttendee, reviewDistance } from '../schema/plan';

/** The delivery plan, reviews and closure (PL-1 to PL-4). Every function takes db or a transaction. */

export type PlanActionRow = typeof planAction.$inferSelect;
export type PlanActionInsert = Omit<typeof planAction.$inferInsert, 'id' | 'seq' | 'revision'>;

export async function listPlanActions(db: DbOrTx, episodeId: string): Promise<PlanActionRow[]> {
  return db.select().from(planAction).where(eq(planAction.episodeId, episodeId)).orderBy(asc(planAction.seq));
}

export async function insertPlanActions(db: DbOrTx, rows: PlanActionInsert[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insert(planAction).values(rows).returning({ id: planAction.id });
  return inserted.map((r) => r.id);
}

/** One action of the episode, locked for the update that follows. */
export async function lockPlanAction(db: DbOrTx, episodeId: string, actionId: string): Promise<PlanActionRow | null> {
  const [row] = await db
    .select()
    .from(planAction)
    .where(and(eq(planAction.id, actionId), eq(planAction.episodeId, episodeId)))
    .for('update');
  return row ?? null;
}

/** Updates the action when it is still at `baseRevision`; the new revision, or null when it was not. */
export async function updatePlanActionIfUnchanged(
  db: DbOrTx,
  values: {
    id: string;
    baseRevision: number;
    set: Partial<
      Pick<
        PlanActionRow,
        | 'need'
        | 'action'
        | 'desiredOutcome'
        | 'ownerKind'
        | 'ownerUserId'
        | 'ownerPersonId'
        | 'ownerName'
        | 'dueOn'
        | 'status'
      >
    >;
    userId: string;
    now: Date;
  },
): Promise<number | null> {
  const [row] = await db
    .update(planAction)
    .set({ ...values.set, revision: sql`${planAction.revision} + 1`, updatedBy: values.userId, updatedAt: values.now })
    .where(and(eq(planAction.id, values.id), eq(planAction.revision, values.baseRevision)))
    .returning({ revision: planAction.revision });
  return row?.revision ?? null;
}

export async function insertActionNotes(db: DbOrTx, rows: (typeof planActionNote.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(planActionNote).values(rows);
}

export async function listActionNotes(db: DbOrTx, actionIds: string[]) {
  if (actionIds.length === 0) return [];
  return db
    .select({
      id: planActionNote.id,
      actionId: planActionNote.actionId,
      status: planActionNote.status,
      note: planActionNote.note,
      writtenBy: appUser.name,
      writtenAt: planActionNote.writtenAt,
      reviewId: planActionNote.reviewId,
    })
    .from(planActionNote)
    .innerJoin(appUser, eq(appUser.id, planActionNote.writtenBy))
    .where(inArray(planActionNote.actionId, actionIds))
    .orderBy(asc(planActionNote.seq));
}

export async function setEpisodeNextReview(db: DbOrTx, episodeId: string, nextReviewOn: string | null): Promise<void> {
  await db.update(episode).set({ nextReviewOn }).where(eq(episode.id, episodeId));
}

export async function getReviewLimitWeeks(db: DbOrTx, authorityId: string): Promise<number> {
  const [row] = await db
    .select({ weeks: localAuthority.reviewLimitWeeks })
    .from(localAuthority)
    .where(eq(localAuthority.id, authorityId));
  return row?.weeks ?? 12;
}

export type ReviewAttendeeRow = { kind: 'user' | 'person' | 'child' | 'other'; id: string | null; name: string };

/** Every review of the episode, oldest first, with who attended and the distances travelled. */
export async function listReviews(db: DbOrTx, episodeId: string) {
  return db
    .select({
      id: review.id,
      number: review.number,
      heldOn: review.heldOn,
      childComments: review.childComments,
      parentComments: review.parentComments,
      nextReviewOn: review.nextReviewOn,
      closureReason: review.closureReason,
      closureReasonText: review.closureReasonText,
      startedVersionNumber: review.startedVersionNumber,
      recordedBy: appUser.name,
      recordedAt: review.recordedAt,
      attendees: sql<ReviewAttendeeRow[]>`coalesce((
        select json_agg(json_build_object('kind', ra.kind, 'id', coalesce(ra.user_id, ra.person_id), 'name', ra.name)
          order by ra.position)
        from review_attendee ra where ra.review_id = ${review.id}
      ), '[]'::json)`,
      distances: sql<{ need: string; score: number }[]>`coalesce((
        select json_agg(json_build_object('need', rd.need, 'score', rd.score) order by rd.need)
        from review_distance rd where rd.review_id = ${review.id}
      ), '[]'::json)`,
    })
    .from(review)
    .innerJoin(appUser, eq(appUser.id, review.recordedBy))
    .where(eq(review.episodeId, episodeId))
    .orderBy(asc(review.number));
}

export async function insertReview(
  db: DbOrTx,
  values: typeof review.$inferInsert,
  attendees: ReviewAttendeeRow[],
  distances: { need: string; score: number }[],
): Promise<string> {
  const [row] = await db.insert(review).values(values).returning({ id: review.id });
  if (!row) throw new Error('insert into review returned no row');
  if (attendees.length > 0) {
    await db.insert(reviewAttendee).values(
      attendees.map((a, position) => ({
        reviewId: row.id,
        position,
        kind: a.kind,
        userId: a.kind === 'user' ? a.id : null,
        personId: a.kind === 'person' ? a.id : null,
        name: a.name,
      })),
    );
  }
  if (distances.length > 0) {
    await db.insert(reviewDistance).values(distances.map((d) => ({ reviewId: row.id, need: d.need, score: d.score })));
  }
  return row.id;
}

/** PL-3: the episode's status changes with a closure event that says why. */
export async function closeEpisodeRow(
  db: DbOrTx,
  values: {
    episodeId: string;
    reason: NonNullable<(typeof episodeClosure.$inferInsert)['reason']>;
    reasonText: string;
    reviewId: string | null;
    userId: string;
    now: Date;
  },
): Promise<void> {
  await db
    .update(episode)
    .set({ status: 'closed', closedAt: values.now, nextReviewOn: null })
    .where(eq(episode.id, values.episodeId));
  await db.insert(episodeClosure).values({
    episodeId: values.episodeId,
    event: 'closed',
    reason: values.reason,
    reasonText: values.reasonText,
    reviewId: values.reviewId,
    by: values.userId,
    at: values.now,
  });
}

export async function reopenEpisodeRow(
  db: DbOrTx,
  values: { episodeId: string; status: 'draft' | 'active'; reason: string; userId: string; now: Date },
): Promise<void> {
  await db
    .update(episode)
    .set({ status: values.status, closedAt: null })
    .where(and(eq(episode.id, values.episodeId), eq(episode.status, 'closed')));
  await db.insert(episodeClosure).values({
    episodeId: values.episodeId,
    event: 'reopened',
    reason: null,
    reasonText: values.reason,
    by: values.userId,
    at: values.now,
  });
}

export async function listEpisodeClosures(db: DbOrTx, episodeId: string) {
  return db
    .select({
      event: episodeClosure.event,
      reason: episodeClosure.reason,
      reasonText: episodeClosure.reasonText,
      reviewId: episodeClosure.reviewId,
      by: appUser.name,
      at: episodeClosure.at,
    })
    .from(episodeClosure)
    .innerJoin(appUser, eq(appUser.id, episodeClosure.by))
    .where(eq(episodeClosure.episodeId, episodeId))
    .orderBy(asc(episodeClosure.seq));
}

/** CF-1: whether the child has an open episode other than this one. */
export async function childHasOtherOpenEpisode(db: DbOrTx, childId: string, episodeId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: episode.id })
    .from(episode)
    .where(and(eq(episode.childId, childId), ne(episode.id, episodeId), ne(episode.status, 'closed')))
    .limit(1);
  return row !== undefined;
}

/** Which of these ids are users of the authority and which are people on the child record (action owners). */
export async function knownActionOwners(
  db: DbOrTx,
  values: { authorityId: string; childId: string; userIds: string[]; personIds: string[] },
): Promise<{ userIds: Set<string>; personIds: Set<string> }> {
  const users =
    values.userIds.length === 0
      ? []
      : await db
          .select({ id: appUser.id })
          .from(appUser)
          .where(and(inArray(appUser.id, values.userIds), eq(appUser.authorityId, values.authorityId)));
  const people =
    values.personIds.length === 0
      ? []
      : await db
          .select({ id: childPerson.personId })
          .from(childPerson)
          .where(and(inArray(childPerson.personId, values.personIds), eq(childPerson.childId, values.childId)));
  return { userIds: new Set(users.map((u) => u.id)), personIds: new Set(people.map((p) => p.id)) };
}
