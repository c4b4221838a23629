import { performance } from 'node:perf_hooks';
import {
  type Database,
  getEpisodeForAccess,
  hashPassword,
  insertLeadProfessional,
  insertTeamMember,
  tables,
} from '@ecaf/db';
import { isoDateInLondon, type SaveSectionInput } from '@ecaf/domain';
import { count, eq, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { relationshipsOf } from '../services/episode-access';
import { createHarness, type Harness, PASSWORD } from '../testing/harness';

/**
 * The fixture world of the authorization matrix (issue 4, item 8): one test database (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), one authority with the organisations a consent scope can
 * name, a second authority, one account per actor, and one episode per consent to share state.
 *
 * Built through the real procedures (signed in through auth.signIn, through the harness's real
 * context factory) wherever one exists: children, episodes, consent to assess, the co-assessor,
 * the answers, child seen, consent to share, the team, the share without consent, its withdrawal,
 * the family accounts (invited, then accepted). Written directly only where no procedure exists
 * (the lead professional) or where the rules refuse it on purpose: team members while no consent
 * shares with them (SH-4), so the matrix proves that the policy, not only the missing membership,
 * refuses them.
 *
 * Each world: a 14-year-old child; the mother (parental responsibility) with her own family
 * account; an episode started by the assessor, with a co-assessor; consent to assess; version 1
 * a draft with every answer completion needs and the canary in a sensitive element; the child
 * seen; consent to share (none / active: written, basic only [youth, health], additional only
 * [youth] / verbal awaiting confirmation: the same, dated today / withdrawn); the team (youth
 * worker, health visitor, the lead professional, all on consent; a police officer on a share
 * without consent of basic information); the lead professional; a pending invitation of the
 * young person.
 */

export const consentStates = ['none', 'active', 'verbal', 'withdrawn'] as const;
export type ConsentState = (typeof consentStates)[number];

export const consentStateLabels: Record<ConsentState, string> = {
  none: 'none',
  active: 'active',
  verbal: 'verbal awaiting confirmation',
  withdrawn: 'withdrawn',
};

/** Who calls. Every one but `signedOut` has an account and a session. */
export const actors = [
  'assessor',
  'coAssessor',
  'teamInScope',
  'teamOutsideAdditional',
  'sharedWithoutConsent',
  'colleague',
  'otherOrganisation',
  'leadProfessional',
  'manager',
  'administrator',
  'familyParty',
  'familyOther',
  'otherAuthority',
  'signedOut',
] as const;
export type Actor = (typeof actors)[number];
export type SignedInActor = Exclude<Actor, 'signedOut'>;
/** Actors with one account across the worlds; the family member party to it is each world's own. */
type SharedActor = Exclude<SignedInActor, 'familyParty'>;

export const actorLabels: Record<Actor, string> = {
  assessor: 'assessor',
  coAssessor: 'co-assessor',
  teamInScope: 'team member in scope',
  teamOutsideAdditional: 'team member outside the additional-information scope',
  sharedWithoutConsent: 'team member by a share without consent (basic)',
  colleague: 'colleague in the same organisation not on the team',
  otherOrganisation: 'practitioner of another organisation',
  leadProfessional: 'lead professional',
  manager: 'manager',
  administrator: 'administrator',
  familyParty: 'family member party to it',
  familyOther: 'family member of another child',
  otherAuthority: 'manager of another authority',
  signedOut: 'signed out',
};

/** SH-2: planted in a sensitive (S) element; it must reach exactly those who may see it. */
export const CANARY = 'SENSITIVE-CANARY-7f3a9c-emotional-social';

export type Account = { id: string; email: string; name: string };

/** One episode in one consent to share state, and what the matrix's inputs name in it. */
export type World = {
  state: ConsentState;
  childId: string;
  episodeId: string;
  /** Version 1, a draft with every answer CF-5 needs (so it can be completed) and the canary. */
  versionId: string;
  versionNumber: 1;
  /** The mother: parental responsibility, a family account (the family member party to it). */
  motherPersonId: string;
  /** The consent to share that stands, or null when none was recorded. */
  consentToShareId: string | null;
  /** Revisions of version 1's sections, for saves that are not stale (CF-7). */
  revisions: Record<string, number>;
  /** A pending invitation of the young person to a family account (family.invite), and its link's token. */
  invitation: { id: string; token: string };
  /** The mother's family account, made by accepting her invitation, and its session. */
  familyParty: { account: Account; session: string };
};

export type Fixture = {
  harness: Harness;
  db: Database;
  now: () => Date;
  today: string;
  driver: 'pglite' | 'postgres';
  accounts: Record<SharedActor | 'spareYouthWorker', Account>;
  /** Each signed-in actor's session token, as the cookie would carry it. */
  sessions: Record<SharedActor, string>;
  organisations: {
    school: string;
    youth: string;
    health: string;
    hub: string;
    housing: string;
    police: string;
    elsewhere: string;
  };
  /** A child with no episode, for starting one. */
  childWithoutEpisodeId: string;
  /** The lead professional's notification that consent was withdrawn (CO-5), unread. */
  leadNotificationId: string;
  worlds: Record<ConsentState, World>;
  /** How long creating and migrating the database took, and building the worlds on it. */
  timings: { databaseMs: number; worldsMs: number };
  close(): Promise<void>;
};

const calmChecklist = {
  healthy: 'yes',
  safeFromHarm: 'yes',
  learningAndDeveloping: 'not_sure',
  positiveImpactOnOthers: 'yes',
  freeFromPoverty: 'no',
  immediateConcern: 'no',
  decision: 'start_caf',
  notes: '',
} as const;

const childNames: Record<ConsentState, { givenNames: string; familyName: string; dateOfBirth: string }> = {
  none: { givenNames: 'Nadia', familyName: 'Quillfeather', dateOfBirth: '2012-01-10' },
  active: { givenNames: 'Arlo', familyName: 'Vantongeren', dateOfBirth: '2012-02-11' },
  verbal: { givenNames: 'Vera', familyName: 'Holtzmann', dateOfBirth: '2012-03-12' },
  withdrawn: { givenNames: 'Wren', familyName: 'Ashbury-Oduya', dateOfBirth: '2012-04-13' },
};

/** Every answer CF-5 needs, and the canary in a sensitive element of section 8.1. */
function assessmentContent(
  assessor: Account,
): Omit<SaveSectionInput, 'episodeId' | 'versionNumber' | 'baseRevision'>[] {
  return [
    { sectionId: 'assessment-information', content: { reasonForAssessment: 'Attendance has fallen to 62%.' } },
    {
      sectionId: 'development',
      content: {
        learning: { strengths: 'Enjoys science', needs: '', evidence: '' },
        emotionalSocialDevelopment: { strengths: CANARY, needs: 'Anxious in groups', evidence: '' },
      },
    },
    { sectionId: 'parents-and-carers-domain', content: { basicCare: { strengths: 'Warm home', needs: '' } } },
    { sectionId: 'family-environment', content: { housingEmploymentFinance: { needs: 'Rent arrears' } } },
    { sectionId: 'views', content: { childViews: 'Wants to go back to school', parentViews: 'Worried' } },
    {
      sectionId: 'conclusions',
      content: {
        summary: 'Needs support to return to school.',
        agreedActions: [
          {
            need: 'Attendance',
            action: 'Morning check-in with the learning mentor',
            desiredOutcome: 'Attends every day',
            owner: { kind: 'user', id: assessor.id, name: assessor.name },
            dueDate: '2026-12-18',
          },
        ],
        outcome: 'team_around_the_child',
        firstReviewDate: '2026-12-21',
      },
    },
  ];
}

export async function buildFixture(): Promise<Fixture> {
  const started = performance.now();
  const h = await createHarness();
  const migrated = performance.now();
  const db = h.db;
  const now = h.clock.now;
  const today = isoDateInLondon(now());
  const passwordHash = await hashPassword(PASSWORD);

  // ---- Organisations: the harness's school, youth service and hub, and four more ----
  const [health, housing, police] = await db
    .insert(tables.organisation)
    .values([
      { authorityId: h.authority.id, name: 'Health Visiting Team', kind: 'health' },
      { authorityId: h.authority.id, name: 'Riverside Housing', kind: 'housing' },
      { authorityId: h.authority.id, name: 'Northtown Police', kind: 'police' },
    ])
    .returning();
  const [otherAuthority] = await db
    .insert(tables.localAuthority)
    .values({
      name: 'Elsewhere County Council',
      code: `E${Math.random().toString(36).slice(2, 8)}`,
      safeguardingRouteTitle: 'Elsewhere Front Door',
      safeguardingRouteTelephone: '0114 000 0000',
      safeguardingRouteEmail: 'frontdoor@elsewhere.example.org',
      safeguardingRouteText: 'Call the front door.',
    })
    .returning();
  if (!health || !housing || !police || !otherAuthority) throw new Error('world: organisations not created');
  const [elsewhere] = await db
    .insert(tables.organisation)
    .values({ authorityId: otherAuthority.id, name: 'Elsewhere Early Help', kind: 'early_help' })
    .returning();
  if (!elsewhere) throw new Error('world: organisation elsewhere not created');

  // ---- Accounts: the harness's practitioners, manager and administrator, and the actors it lacks ----
  const staff = (organisationId: string, role: 'practitioner' | 'manager' = 'practitioner') => ({
    organisationId,
    role,
  });
  const extra = {
    coAssessor: { name: 'Cora Coassessor', email: 'cora@hub.test', ...staff(h.orgs.hub.id) },
    teamOutsideAdditional: { name: 'Hana Health', email: 'hana@health.test', ...staff(health.id) },
    sharedWithoutConsent: { name: 'Pip Police', email: 'pip@police.test', ...staff(police.id) },
    otherOrganisation: { name: 'Otto Housing', email: 'otto@housing.test', ...staff(housing.id) },
    leadProfessional: { name: 'Leah Lead', email: 'leah@youth.test', ...staff(h.orgs.youth.id) },
    spareYouthWorker: { name: 'Sam Spare', email: 'sam@youth.test', ...staff(h.orgs.youth.id) },
    otherAuthority: { name: 'Mona Elsewhere', email: 'mona@elsewhere.test', ...staff(elsewhere.id, 'manager') },
  };
  const inserted = await db
    .insert(tables.appUser)
    .values(
      Object.entries(extra).map(([key, u]) => ({
        ...u,
        authorityId: key === 'otherAuthority' ? otherAuthority.id : h.authority.id,
        jobTitle: 'Test',
        telephone: '07700 900124',
        passwordHash,
      })),
    )
    .returning();
  const added = (key: keyof typeof extra): Account => {
    const found = inserted.find((u) => u.email === extra[key].email);
    if (!found) throw new Error(`world: no account for ${key}`);
    return { id: found.id, email: found.email, name: found.name };
  };
  const fromHarness = (who: keyof Harness['people']): Account => ({
    id: h.userId(who),
    email: h.people[who].email,
    name: h.people[who].name,
  });
  const accounts: Omit<Fixture['accounts'], 'familyOther'> = {
    assessor: fromHarness('practitioner'),
    coAssessor: added('coAssessor'),
    teamInScope: fromHarness('youthWorker'),
    teamOutsideAdditional: added('teamOutsideAdditional'),
    sharedWithoutConsent: added('sharedWithoutConsent'),
    colleague: fromHarness('colleague'),
    otherOrganisation: added('otherOrganisation'),
    leadProfessional: added('leadProfessional'),
    manager: fromHarness('manager'),
    administrator: fromHarness('administrator'),
    otherAuthority: added('otherAuthority'),
    spareYouthWorker: added('spareYouthWorker'),
  };

  const assessor = h.browser();
  await assessor.signIn(accounts.assessor.email);
  const asAssessor = () => assessor.call();

  /** Registers a child and its mother (parental responsibility) through children.register. */
  async function registerChild(names: { givenNames: string; familyName: string; dateOfBirth: string }, mother: string) {
    const { childId } = await (await asAssessor()).children.register({
      child: { ...names, sex: 'female' },
      parents: [{ name: mother, relationship: 'Mother', parentalResponsibility: 'yes' }],
      confirmedNoneMatch: false,
      shownMatchIds: [],
    });
    const [link] = await db.select().from(tables.childPerson).where(eq(tables.childPerson.childId, childId));
    if (!link) throw new Error('world: registered child has no parent');
    return { childId, personId: link.personId };
  }

  /** Screen 6: a family account, as the family makes one: invited, then the link accepted (signed in). */
  async function familyAccount(episodeId: string, personId: string, email: string) {
    const invited = await (await asAssessor()).family.invite({
      episodeId,
      invitee: { kind: 'person', personId },
      email,
    });
    const b = h.browser();
    const token = invited.path.replace('/invitations/', '');
    const accepted = await (await b.call()).family.acceptInvitation({
      token,
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    if (!b.cookie) throw new Error('world: accepting the invitation did not sign in');
    return { account: { id: accepted.id, email, name: accepted.name }, session: b.cookie };
  }

  // The family member of another child: a CAF of their own, and an account made the same way.
  const otherChild = await registerChild(
    { givenNames: 'Felix', familyName: 'Marchetti-Obi', dateOfBirth: '2013-07-02' },
    'Olive Marchetti-Obi',
  );
  const otherStarted = await (await asAssessor()).episodes.start({
    childId: otherChild.childId,
    checklist: calmChecklist,
  });
  if (otherStarted.outcome !== 'episode_started') throw new Error('world: no episode for the other child');
  const familyOther = await familyAccount(otherStarted.episodeId, otherChild.personId, 'olive@family.test');
  const childWithoutEpisode = await registerChild(
    { givenNames: 'Otis', familyName: 'Pemberton-Szabo', dateOfBirth: '2015-06-01' },
    'Petra Pemberton-Szabo',
  );

  // ---- Sessions: every other actor signs in through auth.signIn ----
  const sessions = { familyOther: familyOther.session } as Record<SharedActor, string>;
  for (const actor of actors) {
    if (actor === 'signedOut' || actor === 'familyParty' || actor === 'familyOther') continue;
    const b = h.browser();
    await b.signIn(accounts[actor].email);
    if (!b.cookie) throw new Error(`world: ${actor} could not sign in`);
    sessions[actor] = b.cookie;
  }

  // CO-3: basic information to the youth service and health visiting, additional to the youth service only.
  const scopes = {
    basicScope: { kind: 'only' as const, organisationIds: [h.orgs.youth.id, health.id] },
    additionalScope: { kind: 'only' as const, organisationIds: [h.orgs.youth.id] },
  };
  const team = [accounts.teamInScope, accounts.teamOutsideAdditional, accounts.leadProfessional];
  const organisationOf = new Map([
    [accounts.teamInScope.id, h.orgs.youth.id],
    [accounts.teamOutsideAdditional.id, health.id],
    [accounts.leadProfessional.id, h.orgs.youth.id],
  ]);
  /** SH-4 refuses these through sharing.addTeamMember without consent: written directly. */
  async function insertTeamDirectly(episodeId: string) {
    for (const member of team) {
      await insertTeamMember(db, {
        episodeId,
        userId: member.id,
        organisationId: organisationOf.get(member.id) ?? null,
        basis: 'consent',
        joinedAt: now(),
        addedBy: accounts.assessor.id,
      });
    }
  }

  async function buildWorld(state: ConsentState): Promise<World> {
    const { childId, personId } = await registerChild(childNames[state], `${childNames[state].givenNames}'s mother`);
    const call = await asAssessor();
    const started = await call.episodes.start({ childId, checklist: calmChecklist });
    if (started.outcome !== 'episode_started') throw new Error(`world: episode not started (${started.outcome})`);
    const { episodeId } = started;
    await call.assessment.recordConsent({
      episodeId,
      decision: 'given',
      givenBy: { kind: 'person', personId },
      capacity: 'parental_responsibility',
      competenceReasons: '',
      date: today,
      method: 'written',
      whatWasExplained: 'What a CAF is, who will see it, and that consent can be withdrawn at any time.',
    });
    await call.assessment.addCoAssessor({ episodeId, userId: accounts.coAssessor.id });
    const revisions: Record<string, number> = {};
    for (const section of assessmentContent(accounts.assessor)) {
      const saved = await call.assessment.saveSection({
        ...section,
        episodeId,
        versionNumber: 1,
        baseRevision: 0,
      } as SaveSectionInput);
      revisions[saved.sectionId] = saved.revision;
    }
    await call.assessment.recordChildSeen({
      episodeId,
      seenOn: today,
      seenBy: accounts.assessor.name,
      seenAlone: 'yes',
      location: 'School',
    });

    let consentToShareId: string | null = null;
    if (state === 'none') {
      await insertTeamDirectly(episodeId);
    } else {
      const recorded = await call.sharing.recordConsent({
        episodeId,
        givenBy: { kind: 'person', personId },
        method: state === 'verbal' ? 'verbal' : 'written',
        date: today,
        ...scopes,
        whatWasExplained: 'Who will see the assessment, and that consent can be withdrawn at any time.',
      });
      consentToShareId = recorded.consentId;
      for (const member of team) await call.sharing.addTeamMember({ episodeId, userId: member.id });
    }
    // CO-7: basic information shared with the police without consent; they join the team on that ground.
    await call.sharing.shareWithoutConsent({
      episodeId,
      ground: 'serious_crime',
      reason: 'Information needed to prevent serious crime.',
      shared: 'basic',
      recipient: { kind: 'practitioner', userId: accounts.sharedWithoutConsent.id },
    });
    // Screen 6: the young person is invited to a family account; the link stays unused.
    const invited = await call.family.invite({
      episodeId,
      invitee: { kind: 'child' },
      email: `${state}.young.person@family.test`,
    });
    const invitation = { id: invited.invitationId, token: invited.path.replace('/invitations/', '') };
    const familyParty = await familyAccount(episodeId, personId, `mother.${state}@family.test`);
    // LP-1: no procedure assigns a lead professional yet.
    await insertLeadProfessional(db, {
      episodeId,
      userId: accounts.leadProfessional.id,
      assignedBy: accounts.assessor.id,
      familyView: 'The family would like the youth worker.',
      now: now(),
    });
    if (state === 'withdrawn' && consentToShareId !== null) {
      const withdrawn = await call.sharing.withdrawConsent({
        episodeId,
        consentId: consentToShareId,
        withdrawnBy: { kind: 'person', personId },
        reason: 'The family no longer want the information shared.',
      });
      // CO-5 ends the shares made under consent; the share without consent stands.
      if (withdrawn.teamMembersEnded !== team.length) throw new Error('world: CO-5 did not end every membership');
      // CO-5 ended the memberships. Put them back, so it is the policy's reading of the consent
      // that refuses them, not only the missing membership.
      await insertTeamDirectly(episodeId);
    }

    const [version] = await db
      .select({ id: tables.assessmentVersion.id })
      .from(tables.assessmentVersion)
      .where(eq(tables.assessmentVersion.episodeId, episodeId));
    if (!version) throw new Error('world: no version 1');
    const world: World = {
      state,
      childId,
      episodeId,
      versionId: version.id,
      versionNumber: 1,
      motherPersonId: personId,
      consentToShareId,
      revisions,
      invitation,
      familyParty,
    };
    await checkWorld(world);
    return world;
  }

  /** The world is what the matrix assumes, as the access policy reads it. */
  async function checkWorld(world: World) {
    const loaded = await getEpisodeForAccess(db, h.authority.id, world.episodeId);
    if (!loaded) throw new Error('world: episode not found');
    const relationships = relationshipsOf(loaded, today);
    const expectedStatus = {
      none: 'none',
      active: 'active',
      verbal: 'awaiting_confirmation',
      withdrawn: 'withdrawn',
    }[world.state];
    const sameIds = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
    const problems: string[] = [];
    if (relationships.consent.status !== expectedStatus) problems.push(`consent is ${relationships.consent.status}`);
    if (relationships.leadProfessionalUserId !== accounts.leadProfessional.id) problems.push('no lead professional');
    const assessors = relationships.assessors.map((a) => `${a.role}:${a.userId}`);
    if (!sameIds(assessors, [`assessor:${accounts.assessor.id}`, `co_assessor:${accounts.coAssessor.id}`])) {
      problems.push('the assessors differ');
    }
    if (
      !sameIds(
        relationships.team.map((m) => `${m.basis}:${m.userId}`),
        [...team.map((m) => `consent:${m.id}`), `without_consent:${accounts.sharedWithoutConsent.id}`],
      )
    )
      problems.push('the team differs');
    if (!sameIds(relationships.familyUserIds, [world.familyParty.account.id])) {
      problems.push('the family account is not the one party');
    }
    const [invitation] = await db
      .select()
      .from(tables.familyInvitation)
      .where(eq(tables.familyInvitation.id, world.invitation.id));
    if (!invitation || invitation.acceptedAt !== null || invitation.revokedAt !== null) {
      problems.push("the young person's invitation is not pending");
    }
    if (problems.length > 0) throw new Error(`world ${world.state}: ${problems.join('; ')}`);
  }

  const worlds = {} as Record<ConsentState, World>;
  for (const state of consentStates) worlds[state] = await buildWorld(state);

  // CO-5: the withdrawal told the lead professional.
  const [notice] = await db
    .select({ id: tables.notification.id })
    .from(tables.notification)
    .where(eq(tables.notification.userId, accounts.leadProfessional.id));
  if (!notice) throw new Error('world: the lead professional was not told of the withdrawal');

  return {
    harness: h,
    db,
    now,
    today,
    driver: h.database.driver,
    accounts: { ...accounts, familyOther: familyOther.account },
    sessions,
    organisations: {
      school: h.orgs.school.id,
      youth: h.orgs.youth.id,
      health: health.id,
      hub: h.orgs.hub.id,
      housing: housing.id,
      police: police.id,
      elsewhere: elsewhere.id,
    },
    childWithoutEpisodeId: childWithoutEpisode.childId,
    leadNotificationId: notice.id,
    worlds,
    timings: { databaseMs: migrated - started, worldsMs: performance.now() - migrated },
    close: () => h.close(),
  };
}

/**
 * A digest of every row of every table: equal before and after the matrix when every case was
 * rolled back (a table's name stands for its whole row in PostgreSQL, so each row is hashed as text).
 */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of Object.values(tables)) {
    if (!is(table, PgTable)) continue;
    const [row] = await db
      .select({
        rows: count(),
        digest: sql<string>`md5(coalesce(string_agg(${table}::text, '|' order by ${table}::text), ''))`,
      })
      .from(table);
    out[getTableName(table)] = `${row?.rows ?? '?'}:${row?.digest ?? '?'}`;
  }
  return out;
}

/** The session an actor's browser carries in a world: none when signed out. */
export function sessionOf(fixture: Fixture, world: World, actor: Actor): string | null {
  if (actor === 'signedOut') return null;
  if (actor === 'familyParty') return world.familyParty.session;
  return fixture.sessions[actor];
}

export function accountOf(fixture: Fixture, world: World, actor: SignedInActor): Account {
  return actor === 'familyParty' ? world.familyParty.account : fixture.accounts[actor];
}
