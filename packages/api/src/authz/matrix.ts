import {
  closeEpisodeRow,
  type Database,
  insertJoinRequest,
  insertTeamFamilyMember,
  markEpisodeActive,
  markVersionCompleted,
  tables,
} from '@ecaf/db';
import { type AppErrorCode, addDaysToIsoDate } from '@ecaf/domain';
import type { AnyProcedure, inferProcedureInput } from '@trpc/server';
import { eq } from 'drizzle-orm';
import type { AppRouter } from '../root';
import { PASSWORD } from '../testing/harness';
import {
  type Actor,
  accountOf,
  actorLabels,
  actors,
  type ConsentState,
  consentStateLabels,
  consentStates,
  type Fixture,
  type World,
} from './world';

/**
 * The authorization matrix (issue 4, item 8), as data: every tRPC procedure × every actor ×
 * every consent to share state → the outcome the rules (SH-1 to SH-5, CO-3 to CO-7, CF-7) and the
 * access policy (packages/domain/src/access/access-policy.ts) call for. Each procedure names an
 * access profile (one explicit outcome per actor, varying by consent state where it does), the
 * result its domain logic gives an allowed caller, and how its input is built from the fixture.
 * `expandMatrix` spells out every case; `pnpm authz:report` prints the expanded table.
 */

// ---- Outcomes ----

/**
 * - allowed: got past access control, and then succeeded or was refused by the domain logic
 *   with the result the entry names (never "not found" for something the input names).
 * - allowed-redacted: a content read without the sensitive elements (SH-2): the canary is absent.
 * - record-missing: got past access control; the record named does not exist in this state (the
 *   consent to share a state without one cannot name), answered with NOT_FOUND saying so.
 * - not-found: NOT_FOUND that reveals nothing (SH-1): the record's existence is not disclosed.
 * - forbidden: FORBIDDEN, by the permission check before any lookup or by the policy.
 * - signed-out: NOT_SIGNED_IN.
 */
export const outcomes = [
  'allowed',
  'allowed-redacted',
  'record-missing',
  'not-found',
  'forbidden',
  'signed-out',
] as const;
export type Outcome = (typeof outcomes)[number];

/** What an allowed call ends with: success, or the domain's typed refusal. */
export type DomainResult = 'ok' | 'record-missing' | Exclude<AppErrorCode, 'NOT_FOUND' | 'FORBIDDEN' | 'NOT_SIGNED_IN'>;

// ---- Procedure paths and their inputs, from the router's type ----

type Leaves<R, Prefix extends string = ''> = {
  [K in keyof R & string]: R[K] extends AnyProcedure
    ? { path: `${Prefix}${K}`; input: inferProcedureInput<R[K]> }
    : Leaves<R[K], `${Prefix}${K}.`>;
}[keyof R & string];
type Procedures = Leaves<AppRouter['_def']['record']>;
export type ProcedurePath = Procedures['path'];
type InputOf<P extends ProcedurePath> = Extract<Procedures, { path: P }>['input'];

/** Where a case runs: the world of its consent state, the whole fixture, and who calls. */
export type Where = { world: World; fixture: Fixture; actor: Actor };

// ---- Access profiles: one outcome per actor, with the consent states where it differs ----

type Cell = Outcome | ({ otherwise: Outcome } & Partial<Record<ConsentState, Outcome>>);
export type AccessProfile = Readonly<Record<Actor, Cell>>;

/** Roles the procedure's permission leaves out (procedureWith), and nobody signed in. */
const withoutPermission = {
  administrator: 'forbidden',
  familyParty: 'forbidden',
  familyOther: 'forbidden',
  signedOut: 'signed-out',
} as const;

/** CO-5: a lead professional exists, so the assessor and co-assessor lose access on withdrawal. */
const assessorUntilWithdrawn = { otherwise: 'allowed', withdrawn: 'not-found' } as const;
/** SH-1, SH-4: team members see the record while consent shares with them (active or verbal). */
const whileConsentShares = (outcome: Outcome) =>
  ({ otherwise: 'not-found', active: outcome, verbal: outcome }) as const;

/** SH-1, SH-2, CO-5: reading the assessment's content. */
const readContent: AccessProfile = {
  assessor: assessorUntilWithdrawn,
  coAssessor: assessorUntilWithdrawn,
  teamInScope: whileConsentShares('allowed'),
  teamOutsideAdditional: whileConsentShares('allowed-redacted'),
  // CO-7: 'basic' was shared, so never the sensitive elements; the share does not rest on consent.
  sharedWithoutConsent: 'allowed-redacted',
  colleague: 'not-found',
  otherOrganisation: 'not-found',
  leadProfessional: 'allowed',
  manager: 'allowed',
  otherAuthority: 'not-found',
  ...withoutPermission,
};

/** SH-1: reading the consent and sharing page (no assessment content, so nothing to redact). */
const readSharing: AccessProfile = {
  ...readContent,
  teamOutsideAdditional: whileConsentShares('allowed'),
  sharedWithoutConsent: 'allowed',
};

/**
 * CF-7: only the assessor and co-assessors write the assessment. Readers are refused (FORBIDDEN);
 * managers and administrators lack the permission (procedureWith refuses before any lookup).
 */
const editAssessment: AccessProfile = {
  assessor: assessorUntilWithdrawn,
  coAssessor: assessorUntilWithdrawn,
  teamInScope: whileConsentShares('forbidden'),
  teamOutsideAdditional: whileConsentShares('forbidden'),
  sharedWithoutConsent: 'forbidden',
  colleague: 'not-found',
  otherOrganisation: 'not-found',
  leadProfessional: 'forbidden',
  manager: 'forbidden',
  otherAuthority: 'forbidden',
  ...withoutPermission,
};

/** Only the assessor who started the CAF adds or removes co-assessors. */
const manageCoAssessors: AccessProfile = {
  ...editAssessment,
  coAssessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
};

/** CO-3 to CO-7, SH-4: the assessor, a co-assessor or the lead professional changes the sharing. */
const manageSharing: AccessProfile = {
  ...editAssessment,
  leadProfessional: 'allowed',
};

/**
 * SH-5: the lead professional, managers (and the family, in the family view) see who looked. The
 * assessor would too, but only while no lead professional is assigned; the fixture has one.
 */
const seeWhoLooked: AccessProfile = {
  assessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  coAssessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  teamInScope: whileConsentShares('forbidden'),
  teamOutsideAdditional: whileConsentShares('forbidden'),
  sharedWithoutConsent: 'forbidden',
  colleague: 'not-found',
  otherOrganisation: 'not-found',
  leadProfessional: 'allowed',
  manager: 'allowed',
  otherAuthority: 'not-found',
  ...withoutPermission,
};

/**
 * LP-4, PL-2: the lead professional manages the plan and records reviews (the assessor would
 * before one is assigned; the fixture has one). Managers lack the permission to write.
 */
const coordinatePlan: AccessProfile = {
  ...editAssessment,
  assessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  coAssessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  leadProfessional: 'allowed',
};

/** PL-3: the lead professional or a manager closes and reopens. */
const closeEpisodeProfile: AccessProfile = {
  ...coordinatePlan,
  manager: 'allowed',
  otherAuthority: 'not-found',
};

/** A plan action written by the cases that update one (rolled back with each case). */
const PLAN_ACTION_ID = '00000000-0000-4000-8000-0000000a0001';

/** SH-3: every practitioner and manager uses the child index and the child page; nobody else. */
const practitionersAndManagers: AccessProfile = {
  assessor: 'allowed',
  coAssessor: 'allowed',
  teamInScope: 'allowed',
  teamOutsideAdditional: 'allowed',
  sharedWithoutConsent: 'allowed',
  colleague: 'allowed',
  otherOrganisation: 'allowed',
  leadProfessional: 'allowed',
  manager: 'allowed',
  otherAuthority: 'allowed',
  ...withoutPermission,
};

/** A child of this authority, named to someone of another authority: not found. */
const thisAuthoritysChild: AccessProfile = { ...practitionersAndManagers, otherAuthority: 'not-found' };

/** Only a user's own records: the lead professional's notification, to everyone who may use the procedure. */
const leadProfessionalsOwn: AccessProfile = {
  assessor: 'not-found',
  coAssessor: 'not-found',
  teamInScope: 'not-found',
  teamOutsideAdditional: 'not-found',
  sharedWithoutConsent: 'not-found',
  colleague: 'not-found',
  otherOrganisation: 'not-found',
  leadProfessional: 'allowed',
  manager: 'not-found',
  otherAuthority: 'not-found',
  ...withoutPermission,
};

/** The family view ('family:view-own'): practitioners, managers and administrators lack it. */
const notFamily = {
  assessor: 'forbidden',
  coAssessor: 'forbidden',
  teamInScope: 'forbidden',
  teamOutsideAdditional: 'forbidden',
  sharedWithoutConsent: 'forbidden',
  colleague: 'forbidden',
  otherOrganisation: 'forbidden',
  leadProfessional: 'forbidden',
  manager: 'forbidden',
  administrator: 'forbidden',
  otherAuthority: 'forbidden',
  signedOut: 'signed-out',
} as const;

/** A family member's own home page. */
const familyOwnView: AccessProfile = { ...notFamily, familyParty: 'allowed', familyOther: 'allowed' };

/**
 * SH-1: the family members party to the child, whatever consent to share says (it governs
 * sharing with services, not the family's own record); a family member of another child is told
 * nothing.
 */
const familyParty: AccessProfile = { ...notFamily, familyParty: 'allowed', familyOther: 'not-found' };

const everyone: AccessProfile = Object.fromEntries(actors.map((a) => [a, 'allowed'])) as Record<Actor, Outcome>;
const everyoneSignedIn: AccessProfile = { ...everyone, signedOut: 'signed-out' };

/**
 * LP-1, LP-3 ('assign_lead'): the lead professional and managers; the assessor and co-assessors
 * only before one is assigned, and the fixture has one.
 */
const assignLead: AccessProfile = {
  assessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  coAssessor: { otherwise: 'forbidden', withdrawn: 'not-found' },
  teamInScope: whileConsentShares('forbidden'),
  teamOutsideAdditional: whileConsentShares('forbidden'),
  sharedWithoutConsent: 'forbidden',
  colleague: 'not-found',
  otherOrganisation: 'not-found',
  leadProfessional: 'allowed',
  manager: 'allowed',
  otherAuthority: 'not-found',
  ...withoutPermission,
};

/** LP-4 ('coordinate'): the lead professional's work on the team; managers lack the permission. */
const coordinateTeam: AccessProfile = { ...assignLead, manager: 'forbidden', otherAuthority: 'forbidden' };

/** A request to join the team (CF-1), written by the case's arrange and rolled back with it. */
const JOIN_REQUEST_ID = '00000000-0000-4000-8000-00000000a001';

/**
 * CH-2 ('duplicates:review'): managers only. A manager of another authority reviews their own
 * authority's index (allowed), and is told nothing of a run, pair or merge of this one (not-found).
 */
const reviewDuplicates: AccessProfile = {
  assessor: 'forbidden',
  coAssessor: 'forbidden',
  teamInScope: 'forbidden',
  teamOutsideAdditional: 'forbidden',
  sharedWithoutConsent: 'forbidden',
  colleague: 'forbidden',
  otherOrganisation: 'forbidden',
  leadProfessional: 'forbidden',
  manager: 'allowed',
  otherAuthority: 'allowed',
  ...withoutPermission,
};
const reviewThisAuthoritysDuplicates: AccessProfile = { ...reviewDuplicates, otherAuthority: 'not-found' };

// A duplicate review run, a pair it found (the world's child and the child without an episode)
// and a merge of that pair, written by the cases' arrange and rolled back with them.
const DUPLICATE_RUN_ID = '00000000-0000-4000-8000-0000000d0001';
const DUPLICATE_PAIR_ID = '00000000-0000-4000-8000-0000000d0002';
const CHILD_MERGE_ID = '00000000-0000-4000-8000-0000000d0003';

async function insertDuplicateRun(
  db: Database,
  { fixture }: Where,
  values: { id?: string; status: 'running' | 'finished'; authorityId?: string; startedBy?: string },
) {
  const startedBy = values.startedBy ?? fixture.accounts.manager.id;
  await db.insert(tables.duplicateReviewRun).values({
    id: values.id,
    authorityId: values.authorityId ?? fixture.harness.authority.id,
    status: values.status,
    startedBy,
    startedAt: fixture.now(),
    finishedAt: values.status === 'finished' ? fixture.now() : null,
    total: 8,
    processed: values.status === 'finished' ? 8 : 0,
    pairsFound: values.status === 'finished' ? 1 : 0,
  });
}

/** The world's child (an open CAF) and the child without an episode: the pair a merge may join. */
async function insertDuplicatePair(db: Database, where: Where, status: 'open' | 'merged') {
  await insertDuplicateRun(db, where, { id: DUPLICATE_RUN_ID, status: 'finished' });
  const [childAId, childBId] = [where.world.childId, where.fixture.childWithoutEpisodeId].sort();
  await db.insert(tables.duplicatePair).values({
    id: DUPLICATE_PAIR_ID,
    runId: DUPLICATE_RUN_ID,
    authorityId: where.fixture.harness.authority.id,
    childAId: childAId as string,
    childBId: childBId as string,
    probability: 0.97,
    band: 'likely',
    explanation: 'same date of birth; surnames spelt almost the same',
    status,
  });
}

/** The pair merged, the world's child surviving: nothing moved, so an undo has only the tombstone to revive. */
async function insertChildMerge(db: Database, where: Where) {
  await insertDuplicatePair(db, where, 'merged');
  const { world, fixture } = where;
  await db.insert(tables.childMerge).values({
    id: CHILD_MERGE_ID,
    authorityId: fixture.harness.authority.id,
    survivorId: world.childId,
    mergedId: fixture.childWithoutEpisodeId,
    pairId: DUPLICATE_PAIR_ID,
    moved: {
      episode: [],
      involvement: [],
      concern: [],
      checklistDecision: [],
      familyInvitation: [],
      notification: [],
      childPerson: [],
      userId: null,
    },
    reason: 'Same child.',
    mergedBy: fixture.accounts.manager.id,
    mergedAt: fixture.now(),
  });
  await db
    .update(tables.child)
    .set({ mergedIntoId: world.childId })
    .where(eq(tables.child.id, fixture.childWithoutEpisodeId));
}

// ---- The table ----

type Entry<P extends ProcedurePath> = {
  /** The rule the procedure's cases prove (SH-2 and CO-5 cases are named after those rules). */
  rule: string;
  /** content-read: the canary must appear to 'allowed' and nowhere else; otherwise it never appears. */
  kind: 'content-read' | 'read' | 'write';
  /** Whether the procedure acts on the world's episode (its withdrawn cases prove CO-5). */
  episode: boolean;
  access: AccessProfile;
  /** What an allowed caller gets, by consent state when it differs. */
  result: DomainResult | Record<ConsentState, DomainResult>;
  /**
   * The input names an existing record of one user (a notification): NOT_FOUND, whatever its
   * sentence, is then the refusal of everyone else's (not-found), not a missing record.
   */
  ownRecordsOnly?: boolean;
  /** Written inside the case's transaction before the call, and rolled back with it. */
  arrange?: (db: Database, where: Where) => Promise<void>;
  input: (where: Where) => InputOf<P>;
};

/** A uuid that names nothing: the consent to share a state without one cannot name. */
const NO_SUCH_RECORD = '00000000-0000-4000-8000-00000000dead';

const consentToShare = ({ world }: Where) => world.consentToShareId ?? NO_SUCH_RECORD;
const episodeOf = ({ world }: Where) => ({ episodeId: world.episodeId });

const today = ({ fixture }: Where) => fixture.today;

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

// ---- Involvement and concerns (IN-1, IN-2): records the cases write and roll back ----

const AUTHZ_INVOLVEMENT_ID = '00000000-0000-4000-8000-0000000001a1';
const AUTHZ_CONCERN_ID = '00000000-0000-4000-8000-0000000001c1';

async function insertSchoolInvolvement(db: Database, childId: string, fixture: Fixture) {
  await db.insert(tables.involvement).values({
    id: AUTHZ_INVOLVEMENT_ID,
    childId,
    organisationId: fixture.organisations.school,
    practitionerId: fixture.accounts.assessor.id,
    service: 'Learning mentor',
    startedOn: fixture.today,
    recordedAt: fixture.now(),
  });
}

async function insertAssessorsConcern(db: Database, childId: string, fixture: Fixture) {
  await db.insert(tables.concern).values({
    id: AUTHZ_CONCERN_ID,
    childId,
    raisedBy: fixture.accounts.assessor.id,
    raisedAt: fixture.now(),
    description: 'Often tired in lessons',
  });
}

export const matrix: { [P in ProcedurePath]?: Entry<P> } = {
  // ---- The assessment (SH-1, SH-2, CF-3 to CF-7) ----
  'assessment.get': {
    rule: 'SH-1',
    kind: 'content-read',
    episode: true,
    access: readContent,
    result: 'ok',
    input: episodeOf,
  },
  'assessment.compare': {
    rule: 'SH-1',
    kind: 'content-read',
    episode: true,
    access: readContent,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, from: 1, to: 1 }),
  },
  'assessment.print': {
    rule: 'SH-1',
    kind: 'content-read',
    episode: true,
    access: readContent,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, versionNumber: 1 }),
  },
  'assessment.saveSection': {
    rule: 'CF-7',
    kind: 'write',
    episode: true,
    access: editAssessment,
    result: 'ok',
    input: ({ world }) => ({
      episodeId: world.episodeId,
      versionNumber: 1,
      sectionId: 'assessment-information',
      baseRevision: world.revisions['assessment-information'] ?? 0,
      content: { reasonForAssessment: 'Attendance has fallen to 58%.' },
    }),
  },
  'assessment.recordConsent': {
    rule: 'CO-1',
    kind: 'write',
    episode: true,
    access: editAssessment,
    result: 'ok',
    input: (where) => ({
      episodeId: where.world.episodeId,
      decision: 'given',
      givenBy: { kind: 'person', personId: where.world.motherPersonId },
      capacity: 'parental_responsibility',
      competenceReasons: '',
      date: today(where),
      method: 'written',
      whatWasExplained: 'What a CAF is, and that consent can be withdrawn.',
    }),
  },
  'assessment.recordChildSeen': {
    rule: 'CF-4',
    kind: 'write',
    episode: true,
    access: editAssessment,
    result: 'ok',
    input: (where) => ({
      episodeId: where.world.episodeId,
      seenOn: today(where),
      seenBy: 'Pat Assessor',
      seenAlone: 'no',
      location: 'Home',
    }),
  },
  'assessment.complete': {
    rule: 'CF-5',
    kind: 'write',
    episode: true,
    access: editAssessment,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, versionNumber: 1 }),
  },
  'assessment.startReview': {
    rule: 'CF-6',
    kind: 'write',
    episode: true,
    access: editAssessment,
    result: 'ok',
    // A review starts from a completed version: complete version 1 first.
    arrange: (db, { world, fixture }) =>
      markVersionCompleted(db, {
        versionId: world.versionId,
        userId: fixture.accounts.assessor.id,
        now: fixture.now(),
        derivedSnapshot: {},
      }),
    input: episodeOf,
  },
  'assessment.findPractitioners': {
    rule: 'CF-7',
    kind: 'read',
    episode: true,
    access: editAssessment,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, query: 'Colin' }),
  },
  'assessment.addCoAssessor': {
    rule: 'CF-7',
    kind: 'write',
    episode: true,
    access: manageCoAssessors,
    result: 'ok',
    input: ({ world, fixture }) => ({ episodeId: world.episodeId, userId: fixture.accounts.colleague.id }),
  },
  'assessment.removeCoAssessor': {
    rule: 'CF-7',
    kind: 'write',
    episode: true,
    access: manageCoAssessors,
    result: 'ok',
    input: ({ world, fixture }) => ({ episodeId: world.episodeId, userId: fixture.accounts.coAssessor.id }),
  },

  // ---- Consent to share, sharing without consent, the team, who looked (CO-3 to CO-7, SH-4, SH-5) ----
  'sharing.get': {
    rule: 'SH-1',
    kind: 'read',
    episode: true,
    access: readSharing,
    result: 'ok',
    input: episodeOf,
  },
  'sharing.recordConsent': {
    rule: 'CO-3',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: (where) => ({
      episodeId: where.world.episodeId,
      givenBy: { kind: 'person', personId: where.world.motherPersonId },
      method: 'written',
      date: today(where),
      basicScope: { kind: 'all', organisationIds: [] },
      additionalScope: { kind: 'none', organisationIds: [] },
      whatWasExplained: 'Who will see the assessment.',
    }),
  },
  'sharing.confirmConsent': {
    rule: 'CO-4',
    kind: 'write',
    episode: true,
    access: manageSharing,
    // Only verbal consent is confirmed; a withdrawn one cannot be.
    result: { none: 'record-missing', active: 'CONSENT_CHANGED', verbal: 'ok', withdrawn: 'CONSENT_CHANGED' },
    input: (where) => ({
      episodeId: where.world.episodeId,
      consentId: consentToShare(where),
      confirmedOn: today(where),
    }),
  },
  'sharing.withdrawConsent': {
    rule: 'CO-5',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: { none: 'record-missing', active: 'ok', verbal: 'ok', withdrawn: 'CONSENT_CHANGED' },
    input: (where) => ({
      episodeId: where.world.episodeId,
      consentId: consentToShare(where),
      withdrawnBy: { kind: 'person', personId: where.world.motherPersonId },
      reason: 'Changed their mind.',
    }),
  },
  'sharing.correctConsent': {
    rule: 'CO-6',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: { none: 'record-missing', active: 'ok', verbal: 'ok', withdrawn: 'ok' },
    input: (where) => ({
      episodeId: where.world.episodeId,
      consentId: consentToShare(where),
      givenBy: { kind: 'person', personId: where.world.motherPersonId },
      method: 'online',
      date: today(where),
      reason: 'The method was recorded wrongly.',
    }),
  },
  'sharing.shareWithoutConsent': {
    rule: 'CO-7',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: ({ world, fixture }) => ({
      episodeId: world.episodeId,
      ground: 'significant_harm_to_child',
      reason: 'Disclosure at school.',
      shared: 'basic',
      recipient: { kind: 'practitioner', userId: fixture.accounts.otherOrganisation.id },
    }),
  },
  'sharing.findTeamCandidates': {
    rule: 'SH-4',
    kind: 'read',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, query: 'Sam' }),
  },
  'sharing.addTeamMember': {
    rule: 'SH-4',
    kind: 'write',
    episode: true,
    access: manageSharing,
    // SH-4: a youth worker joins while consent shares with the youth service.
    result: { none: 'OUTSIDE_CONSENT_SCOPE', active: 'ok', verbal: 'ok', withdrawn: 'OUTSIDE_CONSENT_SCOPE' },
    input: ({ world, fixture }) => ({ episodeId: world.episodeId, userId: fixture.accounts.spareYouthWorker.id }),
  },
  'sharing.removeTeamMember': {
    rule: 'SH-4',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: ({ world, fixture }) => ({ episodeId: world.episodeId, userId: fixture.accounts.teamInScope.id }),
  },
  'sharing.whoLooked': {
    rule: 'SH-5',
    kind: 'read',
    episode: true,
    access: seeWhoLooked,
    result: 'ok',
    input: episodeOf,
  },

  // ---- The child index and the child page (SH-3, CH-1), starting a CAF (CF-1), my work ----
  'children.search': {
    rule: 'SH-3',
    kind: 'read',
    episode: false,
    access: practitionersAndManagers,
    result: 'ok',
    input: () => ({ query: 'Quillfeather' }),
  },
  'children.get': {
    rule: 'SH-3',
    kind: 'read',
    episode: false,
    access: thisAuthoritysChild,
    result: 'ok',
    input: ({ world }) => ({ childId: world.childId }),
  },
  'children.register': {
    rule: 'CH-1',
    kind: 'write',
    episode: false,
    access: practitionersAndManagers,
    result: 'ok',
    input: () => ({
      child: { givenNames: 'Zephyrine', familyName: 'Okonkwo-Lindqvist', sex: 'female', dateOfBirth: '2019-09-09' },
      parents: [],
      confirmedNoneMatch: false,
      shownMatchIds: [],
    }),
  },
  'episodes.start': {
    rule: 'CF-1',
    kind: 'write',
    episode: false,
    // Managers read every CAF but do not start one: its assessor must be able to write it (CF-7).
    access: { ...thisAuthoritysChild, manager: 'forbidden', otherAuthority: 'forbidden' },
    result: 'ok',
    input: ({ fixture }) => ({ childId: fixture.childWithoutEpisodeId, checklist: calmChecklist }),
  },
  'work.mine': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    access: practitionersAndManagers,
    result: 'ok',
    input: () => undefined,
  },
  'work.markNotificationRead': {
    rule: 'CO-5',
    kind: 'write',
    episode: false,
    access: leadProfessionalsOwn,
    ownRecordsOnly: true,
    result: 'ok',
    // The lead professional was told of the withdrawal (CO-5); nobody else may touch that notice.
    input: ({ fixture }) => ({ notificationId: fixture.leadNotificationId }),
  },

  // ---- Family accounts and the family view (screen 6) ----
  'family.invite': {
    rule: 'SH-1',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: 'ok',
    // A new link for the young person replaces the pending one.
    input: ({ world }) => ({
      episodeId: world.episodeId,
      invitee: { kind: 'child' },
      email: `young.person.${world.state}@family.test`,
    }),
  },
  'family.invitations': {
    rule: 'SH-1',
    kind: 'read',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: episodeOf,
  },
  'family.revokeInvitation': {
    rule: 'SH-1',
    kind: 'write',
    episode: true,
    access: manageSharing,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, invitationId: world.invitation.id }),
  },
  'family.invitation': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    access: everyone,
    result: 'ok',
    input: ({ world }) => ({ token: world.invitation.token }),
  },
  'family.acceptInvitation': {
    rule: 'SH-1',
    kind: 'write',
    episode: false,
    access: everyone,
    result: 'ok',
    input: ({ world }) => ({ token: world.invitation.token, password: PASSWORD, confirmPassword: PASSWORD }),
  },
  'family.home': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    access: familyOwnView,
    result: 'ok',
    input: () => undefined,
  },
  'family.episode': {
    rule: 'SH-1',
    kind: 'content-read',
    episode: true,
    access: familyParty,
    result: 'ok',
    input: episodeOf,
  },
  'family.whoLooked': {
    rule: 'SH-5',
    kind: 'read',
    episode: true,
    access: familyParty,
    result: 'ok',
    input: episodeOf,
  },
  'family.saveViews': {
    rule: 'CF-7',
    kind: 'write',
    episode: true,
    access: familyParty,
    result: 'ok',
    input: ({ world }) => ({
      episodeId: world.episodeId,
      versionNumber: 1,
      baseRevision: world.revisions.views ?? 0,
      views: 'We would like help with mornings.',
    }),
  },
  'family.confirmConsent': {
    rule: 'CO-4',
    kind: 'write',
    episode: true,
    access: familyParty,
    result: { none: 'record-missing', active: 'CONSENT_CHANGED', verbal: 'ok', withdrawn: 'CONSENT_CHANGED' },
    input: (where) => ({ episodeId: where.world.episodeId, consentId: consentToShare(where) }),
  },
  'family.withdrawConsent': {
    rule: 'CO-5',
    kind: 'write',
    episode: true,
    access: familyParty,
    result: { none: 'record-missing', active: 'ok', verbal: 'ok', withdrawn: 'CONSENT_CHANGED' },
    input: (where) => ({
      episodeId: where.world.episodeId,
      consentId: consentToShare(where),
      reason: 'We changed our minds.',
      confirmed: true,
    }),
  },

  // ---- Lead professional and the Team Around the Child (LP-1 to LP-4, CF-1) ----
  'leadProfessional.get': {
    rule: 'LP-1',
    kind: 'read',
    episode: true,
    access: readSharing,
    result: 'ok',
    input: episodeOf,
  },
  'leadProfessional.assign': {
    rule: 'LP-1',
    kind: 'write',
    episode: true,
    access: assignLead,
    // LP-1: version 1 is a draft, so no lead professional can be assigned yet (and one exists).
    result: 'LEAD_PROFESSIONAL_NOT_ALLOWED',
    input: ({ world, fixture }) => ({
      episodeId: world.episodeId,
      userId: fixture.accounts.teamInScope.id,
      familyView: 'The family would like the youth worker.',
    }),
  },
  'leadProfessional.handOver': {
    rule: 'LP-3',
    kind: 'write',
    episode: true,
    access: assignLead,
    result: 'ok',
    input: ({ world, fixture }) => ({
      episodeId: world.episodeId,
      toUserId: fixture.accounts.teamInScope.id,
      note: 'The plan and contacts are handed over.',
      familyView: 'The family agreed.',
    }),
  },
  'team.get': {
    rule: 'SH-1',
    kind: 'read',
    episode: true,
    access: readSharing,
    result: 'ok',
    input: episodeOf,
  },
  'team.requestToJoin': {
    rule: 'CF-1',
    kind: 'write',
    episode: true,
    access: {
      assessor: 'allowed',
      coAssessor: 'allowed',
      teamInScope: 'allowed',
      teamOutsideAdditional: 'allowed',
      sharedWithoutConsent: 'allowed',
      colleague: 'allowed',
      otherOrganisation: 'allowed',
      leadProfessional: 'allowed',
      manager: 'forbidden',
      otherAuthority: 'forbidden',
      ...withoutPermission,
    },
    // Everyone asking already works on it or has asked: one pending request at a time (CF-1).
    result: 'JOIN_REQUEST_REFUSED',
    arrange: async (db, { world, fixture, actor }) => {
      if (actor === 'signedOut') return;
      await insertJoinRequest(db, {
        episodeId: world.episodeId,
        userId: accountOf(fixture, world, actor).id,
        message: 'Already asked.',
        requestedAt: fixture.now(),
      });
    },
    input: ({ world }) => ({ childId: world.childId, message: 'I work with the family.' }),
  },
  'team.listRequests': {
    rule: 'LP-4',
    kind: 'read',
    episode: true,
    access: coordinateTeam,
    result: 'ok',
    input: episodeOf,
  },
  'team.decideRequest': {
    rule: 'CF-1',
    kind: 'write',
    episode: true,
    access: coordinateTeam,
    result: 'ok',
    arrange: async (db, { world, fixture }) => {
      await db.insert(tables.teamJoinRequest).values({
        id: JOIN_REQUEST_ID,
        episodeId: world.episodeId,
        userId: fixture.accounts.spareYouthWorker.id,
        message: 'May I join?',
        requestedAt: fixture.now(),
      });
    },
    input: () => ({ requestId: JOIN_REQUEST_ID, decision: 'declined', reason: 'The school is already involved.' }),
  },
  'team.addFamilyMember': {
    rule: 'LP-4',
    kind: 'write',
    episode: true,
    access: coordinateTeam,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, member: { kind: 'child' } }),
  },
  'team.removeFamilyMember': {
    rule: 'LP-4',
    kind: 'write',
    episode: true,
    access: coordinateTeam,
    result: 'ok',
    arrange: (db, { world, fixture }) =>
      insertTeamFamilyMember(db, {
        episodeId: world.episodeId,
        personId: world.motherPersonId,
        isChild: false,
        addedBy: fixture.accounts.leadProfessional.id,
        now: fixture.now(),
      }),
    input: ({ world }) => ({ episodeId: world.episodeId, member: { kind: 'person', personId: world.motherPersonId } }),
  },

  // ---- Delivery plan, reviews and closure (PL-1 to PL-4) ----

  'plan.get': {
    rule: 'PL-1',
    kind: 'read',
    episode: true,
    access: readSharing,
    result: 'ok',
    input: episodeOf,
  },
  'plan.addAction': {
    rule: 'LP-4',
    kind: 'write',
    episode: true,
    access: coordinatePlan,
    result: 'ok',
    input: (where) => ({
      episodeId: where.world.episodeId,
      need: 'Friendships',
      action: 'Join the youth club',
      desiredOutcome: 'Goes every week',
      owner: { kind: 'child', name: 'The child' },
      dueOn: today(where),
    }),
  },
  'plan.updateAction': {
    rule: 'LP-4',
    kind: 'write',
    episode: true,
    // LP-4: the team member who owns the action updates it; the lead professional manages the plan.
    access: { ...coordinatePlan, teamInScope: whileConsentShares('allowed') },
    result: 'ok',
    arrange: async (db, { world, fixture }) => {
      await db.insert(tables.planAction).values({
        id: PLAN_ACTION_ID,
        episodeId: world.episodeId,
        need: 'Attendance',
        action: 'Morning check-in',
        ownerKind: 'user',
        ownerUserId: fixture.accounts.teamInScope.id,
        ownerName: fixture.accounts.teamInScope.name,
        dueOn: fixture.today,
        createdBy: fixture.accounts.assessor.id,
        createdAt: fixture.now(),
      });
    },
    input: ({ world }) => ({
      episodeId: world.episodeId,
      actionId: PLAN_ACTION_ID,
      baseRevision: 0,
      status: 'in_progress',
      note: 'Met twice this week.',
    }),
  },
  'plan.recordReview': {
    rule: 'PL-2',
    kind: 'write',
    episode: true,
    access: coordinatePlan,
    result: 'ok',
    // A review follows a completed assessment: complete version 1 and make the episode active.
    arrange: async (db, { world, fixture }) => {
      await markVersionCompleted(db, {
        versionId: world.versionId,
        userId: fixture.accounts.assessor.id,
        now: fixture.now(),
        derivedSnapshot: {},
      });
      await markEpisodeActive(db, world.episodeId);
    },
    input: (where) => ({
      episodeId: where.world.episodeId,
      heldOn: today(where),
      attendees: [{ kind: 'user', id: where.fixture.accounts.leadProfessional.id, name: 'Leah Lead' }],
      progress: [],
      distances: [],
      childComments: 'Things are better.',
      parentComments: 'Mornings are easier.',
      next: 'next_review',
      nextReviewOn: addDaysToIsoDate(today(where), 28),
    }),
  },
  'plan.close': {
    rule: 'PL-3',
    kind: 'write',
    episode: true,
    access: closeEpisodeProfile,
    result: 'ok',
    input: ({ world }) => ({ episodeId: world.episodeId, reason: 'needs_met', reasonText: '' }),
  },
  'plan.reopen': {
    rule: 'PL-3',
    kind: 'write',
    episode: true,
    access: closeEpisodeProfile,
    result: 'ok',
    arrange: (db, { world, fixture }) =>
      closeEpisodeRow(db, {
        episodeId: world.episodeId,
        reason: 'needs_met',
        reasonText: '',
        reviewId: null,
        userId: fixture.accounts.leadProfessional.id,
        now: fixture.now(),
      }),
    input: ({ world }) => ({ episodeId: world.episodeId, reason: 'New concerns from school.' }),
  },

  // ---- Involvement, concerns and the chronology (IN-1, IN-2, screen 4) ----
  'concerns.listForChild': {
    rule: 'IN-1',
    kind: 'read',
    episode: false,
    access: thisAuthoritysChild,
    result: 'ok',
    input: ({ world }) => ({ childId: world.childId }),
  },
  'concerns.chronology': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    access: thisAuthoritysChild,
    result: 'ok',
    input: ({ world }) => ({ childId: world.childId }),
  },
  'concerns.recordInvolvement': {
    rule: 'IN-1',
    kind: 'write',
    episode: false,
    // IN-1: a practitioner records their own service's involvement; managers lack the permission.
    access: { ...thisAuthoritysChild, manager: 'forbidden', otherAuthority: 'forbidden' },
    result: 'ok',
    input: ({ world, fixture }) => ({ childId: world.childId, service: 'Weekly mentoring', startedOn: fixture.today }),
  },
  'concerns.endInvolvement': {
    rule: 'IN-1',
    kind: 'write',
    episode: false,
    // Only the organisation whose service it is (the school: the assessor and their colleague).
    access: {
      ...practitionersAndManagers,
      coAssessor: 'forbidden',
      teamInScope: 'forbidden',
      teamOutsideAdditional: 'forbidden',
      sharedWithoutConsent: 'forbidden',
      otherOrganisation: 'forbidden',
      leadProfessional: 'forbidden',
      manager: 'forbidden',
      otherAuthority: 'forbidden',
    },
    result: 'ok',
    arrange: (db, { world, fixture }) => insertSchoolInvolvement(db, world.childId, fixture),
    input: ({ fixture }) => ({ involvementId: AUTHZ_INVOLVEMENT_ID, endedOn: fixture.today }),
  },
  'concerns.raise': {
    rule: 'IN-2',
    kind: 'write',
    episode: false,
    access: thisAuthoritysChild,
    result: 'ok',
    input: ({ world }) => ({ childId: world.childId, description: 'Arrives hungry most mornings' }),
  },
  'concerns.resolve': {
    rule: 'IN-2',
    kind: 'write',
    episode: false,
    // IN-2: whoever raised it (the assessor), the lead professional of the open episode, a manager.
    access: {
      ...practitionersAndManagers,
      coAssessor: 'forbidden',
      teamInScope: 'forbidden',
      teamOutsideAdditional: 'forbidden',
      sharedWithoutConsent: 'forbidden',
      colleague: 'forbidden',
      otherOrganisation: 'forbidden',
      otherAuthority: 'not-found',
    },
    result: 'ok',
    arrange: (db, { world, fixture }) => insertAssessorsConcern(db, world.childId, fixture),
    input: () => ({ concernId: AUTHZ_CONCERN_ID, resolution: 'Spoke to the family; breakfast club arranged' }),
  },

  // ---- Duplicate review: one record per child (CH-2), managers only ----
  'duplicates.overview': {
    rule: 'CH-2',
    kind: 'read',
    episode: false,
    access: reviewDuplicates,
    result: 'ok',
    input: () => undefined,
  },
  'duplicates.start': {
    rule: 'CH-2',
    kind: 'write',
    episode: false,
    access: reviewDuplicates,
    // A run already going in each authority: a new one is refused before anything starts in the
    // background (which would outlive the case's transaction).
    result: 'DUPLICATE_REVIEW_RUNNING',
    arrange: async (db, where) => {
      const other = where.fixture.accounts.otherAuthority;
      const [elsewhere] = await db
        .select({ authorityId: tables.appUser.authorityId })
        .from(tables.appUser)
        .where(eq(tables.appUser.id, other.id));
      await insertDuplicateRun(db, where, { status: 'running' });
      await insertDuplicateRun(db, where, {
        status: 'running',
        authorityId: elsewhere?.authorityId,
        startedBy: other.id,
      });
    },
    input: () => undefined,
  },
  'duplicates.run': {
    rule: 'CH-2',
    kind: 'read',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    result: 'ok',
    arrange: (db, where) => insertDuplicateRun(db, where, { id: DUPLICATE_RUN_ID, status: 'finished' }),
    input: () => ({ runId: DUPLICATE_RUN_ID }),
  },
  'duplicates.pairs': {
    rule: 'CH-2',
    kind: 'read',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    result: 'ok',
    arrange: (db, where) => insertDuplicatePair(db, where, 'open'),
    input: () => ({ runId: DUPLICATE_RUN_ID, status: 'open', page: 1 }),
  },
  'duplicates.pair': {
    rule: 'CH-2',
    kind: 'read',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    result: 'ok',
    arrange: (db, where) => insertDuplicatePair(db, where, 'open'),
    input: () => ({ pairId: DUPLICATE_PAIR_ID }),
  },
  'duplicates.merge': {
    rule: 'CH-2',
    kind: 'write',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    // Only the world's child has a CAF open, so the merge is allowed (CF-1).
    result: 'ok',
    arrange: (db, where) => insertDuplicatePair(db, where, 'open'),
    input: ({ world }) => ({ pairId: DUPLICATE_PAIR_ID, survivorId: world.childId, reason: 'Same child.' }),
  },
  'duplicates.notDuplicate': {
    rule: 'CH-2',
    kind: 'write',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    result: 'ok',
    arrange: (db, where) => insertDuplicatePair(db, where, 'open'),
    input: () => ({ pairId: DUPLICATE_PAIR_ID, reason: 'Two different children.' }),
  },
  'duplicates.undoMerge': {
    rule: 'CH-2',
    kind: 'write',
    episode: false,
    access: reviewThisAuthoritysDuplicates,
    result: 'ok',
    arrange: insertChildMerge,
    input: () => ({ mergeId: CHILD_MERGE_ID, reason: 'Merged by mistake.' }),
  },

  // ---- My work and the manager's dashboard (screens 2 and 7) ----
  'dashboard.overview': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    // Screen 7: managers only ('dashboard:view'); each sees their own authority's (the manager of
    // another authority is allowed, and sees nothing of this one: dashboard.int.test.ts).
    access: {
      assessor: 'forbidden',
      coAssessor: 'forbidden',
      teamInScope: 'forbidden',
      teamOutsideAdditional: 'forbidden',
      sharedWithoutConsent: 'forbidden',
      colleague: 'forbidden',
      otherOrganisation: 'forbidden',
      leadProfessional: 'forbidden',
      manager: 'allowed',
      otherAuthority: 'allowed',
      ...withoutPermission,
    },
    result: 'ok',
    input: () => ({ overdueOnly: false }),
  },

  // ---- Signing in and out: public, or any signed-in user ----
  'auth.me': {
    rule: 'SH-1',
    kind: 'read',
    episode: false,
    access: everyone,
    result: 'ok',
    input: () => undefined,
  },
  'auth.signIn': {
    rule: 'SH-1',
    kind: 'write',
    episode: false,
    access: everyone,
    result: 'ok',
    // Each signs in as themself; someone signed out signs in as the assessor.
    input: ({ fixture, world, actor }) => ({
      email: accountOf(fixture, world, actor === 'signedOut' ? 'assessor' : actor).email,
      password: PASSWORD,
    }),
  },
  'auth.signOut': {
    rule: 'SH-1',
    kind: 'write',
    episode: false,
    access: everyoneSignedIn,
    result: 'ok',
    input: () => undefined,
  },
};

// ---- Expansion ----

/** One entry with its input seen as data, for the runner. */
export type AnyEntry = Omit<Entry<ProcedurePath>, 'input'> & { input: (where: Where) => unknown };

export function listedProcedures(): [string, AnyEntry][] {
  return Object.entries(matrix) as [string, AnyEntry][];
}

export type Case = {
  path: string;
  actor: Actor;
  state: ConsentState;
  rule: string;
  expected: Outcome;
  /** For allowed outcomes: what the domain logic answers. */
  expectedResult: DomainResult | null;
  name: string;
};

function cellOutcome(cell: Cell, state: ConsentState): Outcome {
  return typeof cell === 'string' ? cell : (cell[state] ?? cell.otherwise);
}

/** The actors whose access the policy grants on a relationship: their withdrawn cases prove CO-5. */
const related: readonly Actor[] = [
  'assessor',
  'coAssessor',
  'teamInScope',
  'teamOutsideAdditional',
  'leadProfessional',
  'manager',
];

export function expandEntry(path: string, entry: AnyEntry): Case[] {
  const cases: Case[] = [];
  for (const actor of actors) {
    for (const state of consentStates) {
      const access = cellOutcome(entry.access[actor], state);
      const domain = typeof entry.result === 'string' ? entry.result : entry.result[state];
      const allowed = access === 'allowed' || access === 'allowed-redacted';
      // A state with no such record: the allowed caller is told so, past access control.
      const expected: Outcome = allowed && domain === 'record-missing' ? 'record-missing' : access;
      const expectedResult = allowed && domain !== 'record-missing' ? domain : null;
      const rule =
        entry.episode && actor === 'sharedWithoutConsent'
          ? 'CO-7'
          : expected === 'allowed-redacted'
            ? 'SH-2'
            : entry.episode && state === 'withdrawn' && related.includes(actor)
              ? 'CO-5'
              : entry.rule;
      const shown = expectedResult && expectedResult !== 'ok' ? `${expected} (${expectedResult})` : expected;
      cases.push({
        path,
        actor,
        state,
        rule,
        expected,
        expectedResult,
        name: `${rule} ${path} × ${actorLabels[actor]} × consent ${consentStateLabels[state]} → ${shown}`,
      });
    }
  }
  return cases;
}

export function expandMatrix(): Case[] {
  return listedProcedures().flatMap(([path, entry]) => expandEntry(path, entry));
}
