import { tables } from '@ecaf/db';
import type { Harness } from './harness';

/**
 * Rows for the My work and dashboard tests, written straight to the tables (the procedures that
 * fill them have tests of their own). Today, by the test clock, is 2026-11-23.
 */

let counter = 0;
const next = () => ++counter;

export async function addChild(
  h: Harness,
  values: {
    givenNames?: string;
    familyName?: string;
    dateOfBirth?: string;
    postcode?: string;
    authorityId?: string;
  } = {},
) {
  const n = next();
  const [child] = await h.db
    .insert(tables.child)
    .values({
      authorityId: values.authorityId ?? h.authority.id,
      givenNames: values.givenNames ?? `Child${n}`,
      familyName: values.familyName ?? `Family${n}x`,
      sex: 'female',
      dateOfBirth: values.dateOfBirth ?? `2015-01-${String((n % 28) + 1).padStart(2, '0')}`,
      postcode: values.postcode ?? null,
    })
    .returning();
  if (!child) throw new Error('no child');
  return child;
}

export async function addEpisode(
  h: Harness,
  values: {
    status: 'draft' | 'active' | 'closed';
    createdBy: string;
    nextReviewOn?: string | null;
    authorityId?: string;
    childId?: string;
  },
) {
  const authorityId = values.authorityId ?? h.authority.id;
  const childId = values.childId ?? (await addChild(h, { authorityId })).id;
  const [episode] = await h.db
    .insert(tables.episode)
    .values({
      authorityId,
      childId,
      reference: `CAF-T-${String(next()).padStart(5, '0')}-${Math.random().toString(36).slice(2, 6)}`,
      status: values.status,
      createdBy: values.createdBy,
      createdAt: new Date('2026-10-01T09:00:00Z'),
      nextReviewOn: values.nextReviewOn ?? null,
    })
    .returning();
  if (!episode) throw new Error('no episode');
  await h.db
    .insert(tables.episodeAssessor)
    .values({ episodeId: episode.id, userId: values.createdBy, role: 'assessor', addedAt: episode.createdAt });
  return episode;
}

export async function setLead(h: Harness, episodeId: string, userId: string, assignedAt = '2026-11-01T09:00:00Z') {
  await h.db.insert(tables.leadProfessional).values({
    episodeId,
    userId,
    assignedAt: new Date(assignedAt),
    assignedBy: userId,
  });
}

export async function addTeamMember(h: Harness, episodeId: string, userId: string, joinedAt = '2026-11-02T09:00:00Z') {
  await h.db.insert(tables.teamMember).values({
    episodeId,
    userId,
    basis: 'consent',
    joinedAt: new Date(joinedAt),
    addedBy: userId,
  });
}

/** Written consent to share with every service in the team, so team members may read. */
export async function shareWithAll(h: Harness, episodeId: string, recordedBy: string) {
  await h.db.insert(tables.consentToShare).values({
    episodeId,
    givenByChild: true,
    method: 'written',
    decidedOn: '2026-10-01',
    basicScope: 'all',
    additionalScope: 'all',
    whatWasExplained: 'Sharing with the team.',
    recordedBy,
    recordedAt: new Date('2026-10-01T09:00:00Z'),
  });
}

export async function addVerbalConsent(h: Harness, episodeId: string, recordedBy: string, decidedOn: string) {
  await h.db.insert(tables.consentToShare).values({
    episodeId,
    givenByChild: true,
    method: 'verbal',
    decidedOn,
    basicScope: 'all',
    additionalScope: 'all',
    whatWasExplained: 'Sharing with the team, by telephone.',
    recordedBy,
    recordedAt: new Date(`${decidedOn}T09:00:00Z`),
  });
}

export async function addAction(
  h: Harness,
  values: {
    episodeId: string;
    ownerUserId: string;
    dueOn: string;
    status?: 'not_started' | 'in_progress' | 'done' | 'no_longer_needed';
    action?: string;
  },
) {
  const [row] = await h.db
    .insert(tables.planAction)
    .values({
      episodeId: values.episodeId,
      need: 'Attendance',
      action: values.action ?? `Action ${next()}`,
      ownerKind: 'user',
      ownerUserId: values.ownerUserId,
      ownerName: 'Owner',
      dueOn: values.dueOn,
      status: values.status ?? 'not_started',
      createdBy: values.ownerUserId,
      createdAt: new Date('2026-11-01T09:00:00Z'),
    })
    .returning();
  if (!row) throw new Error('no action');
  return row;
}

export async function addConcern(
  h: Harness,
  values: { childId: string; episodeId?: string | null; raisedBy: string; resolved?: boolean },
) {
  const [row] = await h.db
    .insert(tables.concern)
    .values({
      childId: values.childId,
      episodeId: values.episodeId ?? null,
      raisedBy: values.raisedBy,
      raisedAt: new Date('2026-11-20T10:00:00Z'),
      description: 'Arrived hungry three days running.',
      ...(values.resolved
        ? { resolvedAt: new Date('2026-11-21T10:00:00Z'), resolvedBy: values.raisedBy, resolution: 'Spoke to mum.' }
        : {}),
    })
    .returning();
  if (!row) throw new Error('no concern');
  return row;
}

export async function addShareWithoutConsent(h: Harness, episodeId: string, sharedBy: string) {
  await h.db.insert(tables.shareWithoutConsent).values({
    episodeId,
    ground: 'significant_harm_to_child',
    reason: 'Risk of significant harm.',
    shared: 'basic',
    recipientName: 'DC Smith',
    recipientOrganisation: 'Police',
    sharedBy,
    sharedAt: new Date('2026-11-22T10:00:00Z'),
  });
}
