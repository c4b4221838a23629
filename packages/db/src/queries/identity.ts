import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../client';
import { localAuthority, organisation } from '../schema/authority';
import { appUser, session, signInAttempt } from '../schema/identity';

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select()
    .from(appUser)
    .where(eq(sql`lower(${appUser.email})`, email.toLowerCase()))
    .limit(1);
  return row ?? null;
}

function sessionWithUserQuery(db: Database) {
  return db
    .select({
      sessionId: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      endedAt: session.endedAt,
      user: {
        id: appUser.id,
        name: appUser.name,
        email: appUser.email,
        role: appUser.role,
        status: appUser.status,
        organisationId: appUser.organisationId,
        authorityId: appUser.authorityId,
        jobTitle: appUser.jobTitle,
        telephone: appUser.telephone,
      },
      organisationName: organisation.name,
      authorityName: localAuthority.name,
    })
    .from(session)
    .innerJoin(appUser, eq(appUser.id, session.userId))
    .innerJoin(localAuthority, eq(localAuthority.id, appUser.authorityId))
    .leftJoin(organisation, eq(organisation.id, appUser.organisationId))
    .where(eq(session.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('find_session_with_user');
}

const sessionLookups = new WeakMap<Database, ReturnType<typeof sessionWithUserQuery>>();

/**
 * The signed-in user as every request sees it: with their organisation and authority names.
 * Every request runs it, so it is built once per database and prepared on the server.
 */
export async function findSessionWithUser(db: Database, tokenHash: string) {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = sessionWithUserQuery(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ tokenHash });
  return row ?? null;
}

export async function insertSession(
  db: DbOrTx,
  values: { tokenHash: string; userId: string; now: Date },
): Promise<void> {
  await db
    .insert(session)
    .values({ tokenHash: values.tokenHash, userId: values.userId, createdAt: values.now, lastSeenAt: values.now });
}

/** Records activity on a session. Never moves `last_seen_at` back (two requests at once). */
export async function touchSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db
    .update(session)
    .set({ lastSeenAt: now })
    .where(and(eq(session.id, sessionId), lt(session.lastSeenAt, now)));
}

export async function endSession(db: DbOrTx, sessionId: string, now: Date, reason: string): Promise<void> {
  await db
    .update(session)
    .set({ endedAt: now, endedReason: reason })
    .where(and(eq(session.id, sessionId), sql`${session.endedAt} is null`));
}

export async function recordSignInAttempt(
  db: DbOrTx,
  values: { email: string; at: Date; succeeded: boolean },
): Promise<void> {
  await db.insert(signInAttempt).values({ ...values, email: values.email.toLowerCase() });
}

/** Failures for this address since its last success, within the window the throttle looks at. */
export async function recentSignInFailures(db: DbOrTx, email: string, since: Date): Promise<Date[]> {
  const rows = await db
    .select({ at: signInAttempt.at, succeeded: signInAttempt.succeeded })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.email, email.toLowerCase()), gte(signInAttempt.at, since)))
    .orderBy(signInAttempt.at);
  const failures: Date[] = [];
  for (const row of rows) {
    if (row.succeeded) failures.length = 0;
    else failures.push(row.at);
  }
  return failures;
}

export async function getAuthority(db: DbOrTx, authorityId: string) {
  const [row] = await db.select().from(localAuthority).where(eq(localAuthority.id, authorityId)).limit(1);
  return row ?? null;
}
