import { describe, expect, it } from 'vitest';
import {
  canDecideJoinRequest,
  canRequestToJoin,
  decideJoinRequestInputSchema,
  requestToJoinInputSchema,
  teamFamilyMemberInputSchema,
} from './join-request';

const id = '0b7c2f9e-1d5a-4c3e-9f8b-2a6d4e1c7b90';

describe('CF-1 asking to join the team of an open CAF', () => {
  const ask = (changes: Partial<Parameters<typeof canRequestToJoin>[0]> = {}) =>
    canRequestToJoin({ episodeStatus: 'active', alreadyInvolved: false, hasPendingRequest: false, ...changes });

  it('CF-1 allows a practitioner to ask to join an open CAF (draft or active)', () => {
    expect(ask()).toEqual({ allowed: true });
    expect(ask({ episodeStatus: 'draft' })).toEqual({ allowed: true });
  });

  it('CF-1 refuses a closed CAF', () => {
    expect(ask({ episodeStatus: 'closed' })).toMatchObject({ allowed: false, reason: 'EPISODE_CLOSED' });
  });

  it('CF-1 refuses someone already on the team', () => {
    expect(ask({ alreadyInvolved: true })).toMatchObject({ allowed: false, reason: 'ALREADY_ON_TEAM' });
  });

  it('CF-1 allows one pending request at a time', () => {
    expect(ask({ hasPendingRequest: true })).toMatchObject({ allowed: false, reason: 'ALREADY_REQUESTED' });
  });

  it('CF-1 needs a message', () => {
    expect(requestToJoinInputSchema.safeParse({ childId: id, message: ' ' }).success).toBe(false);
    expect(requestToJoinInputSchema.safeParse({ childId: id, message: 'I am her school nurse.' }).success).toBe(true);
  });
});

describe('CF-1 LP-4 the lead professional accepts or declines with a reason', () => {
  it('CF-1 accepts without a reason, and declines only with one', () => {
    expect(canDecideJoinRequest({ alreadyDecided: false, decision: 'accepted', reason: '' })).toEqual({
      allowed: true,
    });
    expect(canDecideJoinRequest({ alreadyDecided: false, decision: 'declined', reason: '' })).toMatchObject({
      reason: 'REASON_REQUIRED',
    });
    expect(canDecideJoinRequest({ alreadyDecided: false, decision: 'declined', reason: 'Not needed' })).toEqual({
      allowed: true,
    });
    expect(decideJoinRequestInputSchema.safeParse({ requestId: id, decision: 'declined', reason: '' }).success).toBe(
      false,
    );
  });

  it('CF-1 decides a request once', () => {
    expect(canDecideJoinRequest({ alreadyDecided: true, decision: 'accepted', reason: '' })).toMatchObject({
      reason: 'ALREADY_DECIDED',
    });
  });

  it('LP-4 family members are a parent or carer, or the young person', () => {
    expect(teamFamilyMemberInputSchema.safeParse({ episodeId: id, member: { kind: 'child' } }).success).toBe(true);
    expect(
      teamFamilyMemberInputSchema.safeParse({ episodeId: id, member: { kind: 'person', personId: id } }).success,
    ).toBe(true);
    expect(teamFamilyMemberInputSchema.safeParse({ episodeId: id, member: { kind: 'person' } }).success).toBe(false);
  });
});
