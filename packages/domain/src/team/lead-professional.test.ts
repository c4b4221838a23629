import { describe, expect, it } from 'vitest';
import {
  assignLeadProfessionalInputSchema,
  canAssignLeadProfessional,
  canHandOverLeadProfessional,
  canLeaveTeam,
  handOverLeadProfessionalInputSchema,
  type LeadProfessionalSnapshot,
} from './lead-professional';

const snapshot = (changes: Partial<LeadProfessionalSnapshot> = {}): LeadProfessionalSnapshot => ({
  episodeStatus: 'active',
  hasCompletedVersion: true,
  currentLeadUserId: null,
  candidates: [
    { userId: 'assessor', relation: 'assessor' },
    { userId: 'co', relation: 'co_assessor' },
    { userId: 'nurse', relation: 'team_consent' },
    { userId: 'officer', relation: 'team_without_consent' },
  ],
  ...changes,
});
const view = 'Mum would like the school nurse, whom she trusts.';
const assign = (userId: string, s = snapshot(), familyView = view) =>
  canAssignLeadProfessional(s, { userId, familyView });

describe('LP-1 a lead professional once the assessment is completed', () => {
  it('LP-1 refuses a lead professional before the assessment is completed', () => {
    expect(assign('nurse', snapshot({ episodeStatus: 'draft', hasCompletedVersion: false }))).toEqual({
      allowed: false,
      reason: 'NOT_COMPLETED',
      message: 'You can assign a lead professional once the assessment is completed.',
    });
  });

  it('LP-1 refuses on a closed episode', () => {
    expect(assign('nurse', snapshot({ episodeStatus: 'closed' }))).toMatchObject({ reason: 'EPISODE_CLOSED' });
  });

  it('LP-1 allows a practitioner on the team under consent, the assessor or a co-assessor', () => {
    for (const id of ['nurse', 'assessor', 'co']) expect(assign(id)).toEqual({ allowed: true });
  });

  it('LP-1 refuses someone who is not on the team', () => {
    expect(assign('stranger')).toMatchObject({ allowed: false, reason: 'NOT_ON_TEAM' });
  });

  it('LP-1 CO-7 refuses a member who joined on a share without consent', () => {
    const decision = assign('officer');
    expect(decision).toMatchObject({ allowed: false, reason: 'NOT_ON_TEAM' });
    expect(decision.allowed === false && decision.message).toContain('share without consent');
  });

  it('LP-1 one at a time: assigning when one exists is refused; the role is handed over', () => {
    expect(assign('nurse', snapshot({ currentLeadUserId: 'assessor' }))).toMatchObject({ reason: 'ALREADY_ASSIGNED' });
  });
});

describe("LP-2 the family's view is recorded at assignment", () => {
  it("LP-2 refuses an assignment without the family's view", () => {
    expect(assign('nurse', snapshot(), '   ')).toMatchObject({ allowed: false, reason: 'FAMILY_VIEW_REQUIRED' });
  });

  it("LP-2 the input schemas require the family's view", () => {
    const base = { episodeId: '0b7c2f9e-1d5a-4c3e-9f8b-2a6d4e1c7b90', userId: '1b7c2f9e-1d5a-4c3e-9f8b-2a6d4e1c7b90' };
    expect(assignLeadProfessionalInputSchema.safeParse({ ...base, familyView: '' }).success).toBe(false);
    expect(assignLeadProfessionalInputSchema.safeParse({ ...base, familyView: view }).success).toBe(true);
    const handOver = { episodeId: base.episodeId, toUserId: base.userId, note: 'Plan is on track.' };
    expect(handOverLeadProfessionalInputSchema.safeParse({ ...handOver, familyView: ' ' }).success).toBe(false);
    expect(handOverLeadProfessionalInputSchema.safeParse({ ...handOver, familyView: view, note: '' }).success).toBe(
      false,
    );
  });
});

describe('LP-3 handover', () => {
  const withLead = snapshot({ currentLeadUserId: 'assessor' });
  const handOver = (toUserId: string, note = 'Actions and contacts handed over.', s = withLead) =>
    canHandOverLeadProfessional(s, { toUserId, note, familyView: view });

  it('LP-3 allows handing over to another eligible member with a note', () => {
    expect(handOver('nurse')).toEqual({ allowed: true });
  });

  it('LP-3 refuses a handover without a note', () => {
    expect(handOver('nurse', ' ')).toMatchObject({ reason: 'HANDOVER_NOTE_REQUIRED' });
  });

  it('LP-3 refuses handing over to the current lead professional', () => {
    expect(handOver('assessor')).toMatchObject({ reason: 'SAME_PERSON' });
  });

  it('LP-3 refuses handing over to someone not on the team', () => {
    expect(handOver('stranger')).toMatchObject({ reason: 'NOT_ON_TEAM' });
  });

  it('LP-3 refuses a handover when there is no lead professional, or the CAF is closed', () => {
    expect(handOver('nurse', 'note', snapshot())).toMatchObject({ reason: 'NO_LEAD_PROFESSIONAL' });
    expect(handOver('nurse', 'note', { ...withLead, episodeStatus: 'closed' })).toMatchObject({
      reason: 'EPISODE_CLOSED',
    });
  });

  it('LP-3 the lead professional cannot leave the team until handed over', () => {
    expect(canLeaveTeam({ userId: 'lead', currentLeadUserId: 'lead' })).toMatchObject({
      allowed: false,
      reason: 'HANDOVER_REQUIRED',
    });
  });

  it('LP-3 any other member may leave', () => {
    expect(canLeaveTeam({ userId: 'nurse', currentLeadUserId: 'lead' })).toEqual({ allowed: true });
    expect(canLeaveTeam({ userId: 'nurse', currentLeadUserId: null })).toEqual({ allowed: true });
  });
});
