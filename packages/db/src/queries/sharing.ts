import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditEvent } from '../schema/audit';
import { organisation } from '../schema/authority';
import { episode } from '../schema/episode';
import { appUser } from '../schema/identity';
import { consentToShare, leadProfessional, notification, shareWithoutConsent, teamMember } from '../schema/sharing';

// ---- Consent to share (CO-3 to CO-6) ----

export async function insertConsentToShare(db: DbOrTx, values: typeof consentToShare.$inferInsert): Promise<string> {
  const [row] = await db.insert(consentToShare).values(values).returning({ id: consentToShare.id });
  if (!row) throw new Error('insert into consent_to_share returned no row');
  return row.id;
}

/** Every consent to share record of an episode, oldest first, with who recorded each change. */
export async function listConsentToShare(db: DbOrTx, episodeId: string) {
  return db
    .select({
      record: consentToShare,
      recordedByName: sql<string>`(select name from app_user where id = ${consentToShare.recordedBy})`,
      confirmedByName: sql<string | null>`(select name from app_user where id = ${consentToShare.confirmedBy})`,
      withdrawalRecordedByName: sql<
        string | null
      >`(select name from app_user where id = ${consentToShare.withdrawalRecordedBy})`,
    })
    .from(consentToShare)
    .where(eq(consentToShare.episodeId, episodeId))
    .orderBy(asc(consentToShare.seq));
}

/** CO-4: stamps the confirmation once; false when it was confirmed or withdrawn meanwhile. */
export async function markConsentToShareConfirmed(
  db: DbOrTx,
  values: { id: string; confirmedOn: string; userId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(consentToShare)
    .set({ confirmedOn: values.confirmedOn, confirmedBy: values.userId, confirmedAt: values.now })
    .where(
      and(eq(consentToShare.id, values.id), isNull(consentToShare.confirmedOn), isNull(consentToShare.withdrawnAt)),
    )
    .returning({ id: consentToShare.id });
  return rows.length === 1;
}

/** CO-5: stamps the withdrawal once; false when it was already withdrawn. */
export async function markConsentToShareWithdrawn(
  db: DbOrTx,
  values: {
    id: string;
    withdrawnOn: string;
    now: Date;
    recordedBy: string;
    byPersonId: string | null;
    byChild: boolean;
    reason: string;
  },
): Promise<boolean> {
  const rows = await db
    .update(consentToShare)
    .set({
      withdrawnOn: values.withdrawnOn,
      withdrawnAt: values.now,
      withdrawalRecordedBy: values.recordedBy,
      withdrawnByPersonId: values.byPersonId,
      withdrawnByChild: values.byChild,
      withdrawalReason: values.reason,
    })
    .where(and(eq(consentToShare.id, values.id), isNull(consentToShare.withdrawnAt)))
    .returning({ id: consentToShare.id });
  return rows.length === 1;
}

// ---- Sharing without consent (CO-7) ----

export async function insertShareWithoutConsent(
  db: DbOrTx,
  values: typeof shareWithoutConsent.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(shareWithoutConsent).values(values).returning({ id: shareWithoutConsent.id });
  if (!row) throw new Error('insert into share_without_consent returned no row');
  return row.id;
}

export async function listSharesWithoutConsent(db: DbOrTx, episodeId: string) {
  return db
    .select({
      share: shareWithoutConsent,
      sharedByName: sql<string>`(select name from app_user where id = ${shareWithoutConsent.sharedBy})`,
      recipientUserName: sql<
        string | null
      >`(select name from app_user where id = ${shareWithoutConsent.recipientUserId})`,
      recipientUserOrganisation: sql<string | null>`(
        select o.name from app_user u join organisation o on o.id = u.organisation_id
        where u.id = ${shareWithoutConsent.recipientUserId}
      )`,
    })
    .from(shareWithoutConsent)
    .where(eq(shareWithoutConsent.episodeId, episodeId))
    .orderBy(asc(shareWithoutConsent.sharedAt));
}

// ---- Team Around the Child (SH-4) ----

/** The team now and before: who, from which organisation, on which basis, joined and left. */
export async function listTeam(db: DbOrTx, episodeId: string) {
  return db
    .select({
      userId: teamMember.userId,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      email: appUser.email,
      telephone: appUser.telephone,
      organisationId: teamMember.organisationId,
      organisation: organisation.name,
      basis: teamMember.basis,
      shareWithoutConsentId: teamMember.shareWithoutConsentId,
      joinedAt: teamMember.joinedAt,
      leftAt: teamMember.leftAt,
    })
    .from(teamMember)
    .innerJoin(appUser, eq(appUser.id, teamMember.userId))
    .leftJoin(organisation, eq(organisation.id, teamMember.organisationId))
    .where(eq(teamMember.episodeId, episodeId))
    .orderBy(asc(teamMember.joinedAt));
}

export async function insertTeamMember(db: DbOrTx, values: typeof teamMember.$inferInsert): Promise<void> {
  await db.insert(teamMember).values(values);
}

/** Ends a membership; false when the practitioner was not on the team. */
export async function endTeamMembership(
  db: DbOrTx,
  values: { episodeId: string; userId: string; now: Date; removedBy: string },
): Promise<boolean> {
  const rows = await db
    .update(teamMember)
    .set({ leftAt: values.now, removedBy: values.removedBy })
    .where(
      and(eq(teamMember.episodeId, values.episodeId), eq(teamMember.userId, values.userId), isNull(teamMember.leftAt)),
    )
    .returning({ id: teamMember.id });
  return rows.length === 1;
}

// ---- Lead professional (LP-1; assignment and handover come with the team and plan) ----

export async function insertLeadProfessional(
  db: DbOrTx,
  values: { episodeId: string; userId: string; assignedBy: string; familyView: string; now: Date },
): Promise<void> {
  await db.insert(leadProfessional).values({
    episodeId: values.episodeId,
    userId: values.userId,
    assignedBy: values.assignedBy,
    familyView: values.familyView,
    assignedAt: values.now,
  });
}

export async function getLeadProfessional(db: DbOrTx, episodeId: string) {
  const [row] = await db
    .select({
      userId: leadProfessional.userId,
      name: appUser.name,
      jobTitle: appUser.jobTitle,
      email: appUser.email,
      telephone: appUser.telephone,
      organisation: organisation.name,
      assignedAt: leadProfessional.assignedAt,
    })
    .from(leadProfessional)
    .innerJoin(appUser, eq(appUser.id, leadProfessional.userId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(and(eq(leadProfessional.episodeId, episodeId), isNull(leadProfessional.endedAt)))
    .limit(1);
  return row ?? null;
}

// ---- Who has looked at this record (SH-5) ----

/** The audit actions that are a person reading or taking away a child's record. */
export const readActions = [
  'assessment.viewed',
  'assessment.downloaded',
  'child.viewed',
  'child.exported',
  'sharing.viewed',
  'family.episode_viewed',
] as const;

/**
 * Every read of this episode, and of its child's record page, newest first: who, from which
 * organisation, in which role, when, what, and on which ground.
 */
export async function listReadsOfEpisode(
  db: DbOrTx,
  values: { episodeId: string; childId: string; limit: number; before?: number | undefined },
) {
  return db
    .select({
      id: auditEvent.id,
      at: auditEvent.at,
      action: auditEvent.action,
      ground: auditEvent.ground,
      actorUserId: auditEvent.actorUserId,
      actorRole: auditEvent.actorRole,
      actorName: appUser.name,
      actorJobTitle: appUser.jobTitle,
      actorOrganisation: organisation.name,
      detail: auditEvent.detail,
    })
    .from(auditEvent)
    .leftJoin(appUser, eq(appUser.id, auditEvent.actorUserId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(
      and(
        inArray(auditEvent.action, [...readActions]),
        or(
          eq(auditEvent.episodeId, values.episodeId),
          and(eq(auditEvent.childId, values.childId), isNull(auditEvent.episodeId)),
        ),
        values.before === undefined ? undefined : sql`${auditEvent.id} < ${values.before}`,
      ),
    )
    .orderBy(desc(auditEvent.id))
    .limit(values.limit);
}

/** The authority's organisations, for naming them in a consent scope. */
export async function listOrganisations(db: DbOrTx, authorityId: string) {
  return db
    .select({ id: organisation.id, name: organisation.name, kind: organisation.kind })
    .from(organisation)
    .where(eq(organisation.authorityId, authorityId))
    .orderBy(asc(organisation.name));
}

// ---- Notifications and reminders ----

export async function insertNotification(db: DbOrTx, values: typeof notification.$inferInsert): Promise<void> {
  await db.insert(notification).values(values);
}

export async function listNotifications(db: DbOrTx, userId: string, limit = 20) {
  return db
    .select({
      id: notification.id,
      episodeId: notification.episodeId,
      kind: notification.kind,
      message: notification.message,
      createdAt: notification.createdAt,
      readAt: notification.readAt,
    })
    .from(notification)
    .where(eq(notification.userId, userId))
    .orderBy(desc(notification.createdAt))
    .limit(limit);
}

export async function markNotificationRead(
  db: DbOrTx,
  values: { id: string; userId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .update(notification)
    .set({ readAt: values.now })
    .where(and(eq(notification.id, values.id), eq(notification.userId, values.userId), isNull(notification.readAt)))
    .returning({ id: notification.id });
  return rows.length === 1;
}

/**
 * CO-4 reminders: open episodes the user leads (or assesses while no lead professional is
 * assigned) with an unconfirmed, unwithdrawn verbal consent to share. The caller confirms with
 * the domain which of them is the consent that stands.
 */
export async function listEpisodesWithVerbalConsentFor(db: DbOrTx, userId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ episodeId: consentToShare.episodeId })
    .from(consentToShare)
    .innerJoin(episode, eq(episode.id, consentToShare.episodeId))
    .where(
      and(
        eq(consentToShare.method, 'verbal'),
        isNull(consentToShare.confirmedOn),
        isNull(consentToShare.withdrawnAt),
        sql`${episode.status} <> 'closed'`,
        sql`(
          exists (select 1 from lead_professional lp
                  where lp.episode_id = ${episode.id} and lp.ended_at is null and lp.user_id = ${userId})
          or (
            exists (select 1 from episode_assessor ea
                    where ea.episode_id = ${episode.id} and ea.role = 'assessor' and ea.user_id = ${userId})
            and not exists (select 1 from lead_professional lp where lp.episode_id = ${episode.id} and lp.ended_at is null)
          )
        )`,
      ),
    )
    .limit(200);
  return rows.map((r) => r.episodeId);
}

/** Names and addresses of the users a notification goes to, for its email. */
export async function listNotificationRecipients(db: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: appUser.id, name: appUser.name, email: appUser.email })
    .from(appUser)
    .where(and(inArray(appUser.id, [...userIds]), eq(appUser.status, 'active')));
}
