import { describe, expect, it } from 'vitest';
import { canClose, canReopen, canWriteToEpisode, checkClosureReason, statusAfterReopening } from './closure';
import { distanceChart } from './distance-chart';
import {
  canUpdateAction,
  isOverdue,
  needsOfPlan,
  planActionsFromConclusions,
  updatePlanActionInputSchema,
} from './plan-action';
import {
  checkReview,
  nextReviewDateProblem,
  type RecordReviewData,
  recordReviewInputSchema,
  reviewDue,
} from './review';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const USER = '00000000-0000-4000-8000-0000000000f1';
const OTHER = '00000000-0000-4000-8000-0000000000f2';

describe('PL-1 actions', () => {
  it('PL-1 an open action due before today is overdue', () => {
    expect(isOverdue({ status: 'not_started', dueOn: '2026-11-22' }, '2026-11-23')).toBe(true);
    expect(isOverdue({ status: 'in_progress', dueOn: '2026-11-01' }, '2026-11-23')).toBe(true);
  });
  it('PL-1 an action due today, or done, or no longer needed, is not overdue', () => {
    expect(isOverdue({ status: 'not_started', dueOn: '2026-11-23' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
    expect(isOverdue({ status: 'no_longer_needed', dueOn: '2026-01-01' }, '2026-11-23')).toBe(false);
  });
  it('PL-1 agreed actions of section 10 become plan actions with need, owner, due date', () => {
    const drafts = planActionsFromConclusions({
      agreedActions: [
        {
          need: 'Attendance',
          action: 'Check in',
          desiredOutcome: 'Attends',
          owner: { kind: 'user', id: USER, name: 'Pat' },
          dueDate: '2026-12-01',
        },
        { need: '', action: 'Sleep routine', owner: { kind: 'person', id: OTHER, name: 'Mum' }, dueDate: '2026-12-02' },
        { need: 'Blank', action: '', owner: null, dueDate: '' },
      ],
    });
    expect(drafts).toEqual([
      {
        need: 'Attendance',
        action: 'Check in',
        desiredOutcome: 'Attends',
        owner: { kind: 'user', id: USER, name: 'Pat' },
        dueOn: '2026-12-01',
      },
      {
        need: 'General',
        action: 'Sleep routine',
        desiredOutcome: '',
        owner: { kind: 'person', id: OTHER, name: 'Mum' },
        dueOn: '2026-12-02',
      },
    ]);
  });
  it('PL-1 an update needs a status and a progress note', () => {
    const parsed = updatePlanActionInputSchema.safeParse({
      episodeId: A,
      actionId: B,
      baseRevision: 0,
      status: 'done',
      note: ' ',
    });
    expect(parsed.success).toBe(false);
  });
  it('PL-2 needs are the distinct needs of the plan, in order', () => {
    expect(needsOfPlan([{ need: 'Sleep' }, { need: 'School' }, { need: 'Sleep' }])).toEqual(['Sleep', 'School']);
  });
});

describe('LP-4 who updates an action', () => {
  const mine = { ownerKind: 'user' as const, ownerUserId: USER };
  it('LP-4 the owner updates the status and progress of their own action', () => {
    expect(canUpdateAction({ viewerId: USER, coordinates: false, action: mine, changesTheAction: false })).toEqual({
      allowed: true,
      as: 'owner',
    });
  });
  it('LP-4 the owner may not change the action itself', () => {
    expect(canUpdateAction({ viewerId: USER, coordinates: false, action: mine, changesTheAction: true }).allowed).toBe(
      false,
    );
  });
  it("LP-4 a team member may not update someone else's action", () => {
    const d = canUpdateAction({ viewerId: OTHER, coordinates: false, action: mine, changesTheAction: false });
    expect(d).toMatchObject({ allowed: false, reason: 'FORBIDDEN' });
  });
  it('LP-4 the lead professional manages every action', () => {
    expect(canUpdateAction({ viewerId: OTHER, coordinates: true, action: mine, changesTheAction: true })).toEqual({
      allowed: true,
      as: 'lead',
    });
  });
});

const context = {
  today: '2026-11-23',
  reviewLimitWeeks: 12,
  openActions: [{ id: A, action: 'Check in' }],
  needs: ['Attendance', 'Sleep'],
};

function review(overrides: Partial<RecordReviewData> = {}): RecordReviewData {
  return recordReviewInputSchema.parse({
    episodeId: B,
    heldOn: '2026-11-23',
    attendees: [{ kind: 'user', id: USER, name: 'Pat' }],
    progress: [{ actionId: A, status: 'in_progress', note: 'Going well' }],
    distances: [
      { need: 'Attendance', score: 4 },
      { need: 'Sleep', score: 6 },
    ],
    childComments: 'I like the mentor',
    parentComments: 'Mornings are easier',
    next: 'next_review',
    nextReviewOn: '2027-01-18',
    ...overrides,
  });
}

describe('PL-2 a review', () => {
  it('PL-2 a complete review with a next review date within the limit is allowed', () => {
    expect(checkReview(review(), context)).toEqual({});
  });
  it('PL-2 refuses a review with nobody attending', () => {
    expect(checkReview(review({ attendees: [] }), context)).toHaveProperty('attendees');
  });
  it('PL-2 refuses a review without progress on every open action', () => {
    expect(checkReview(review({ progress: [] }), context)).toHaveProperty(['progress.0.status']);
  });
  it('PL-2 refuses a review without distance travelled for every need', () => {
    expect(checkReview(review({ distances: [{ need: 'Attendance', score: 3 }] }), context)).toHaveProperty([
      'distances.1.score',
    ]);
  });
  it('PL-2 distance travelled is a score from 0 to 10', () => {
    const parsed = recordReviewInputSchema.safeParse({ ...review(), distances: [{ need: 'Sleep', score: 11 }] });
    expect(parsed.success).toBe(false);
  });
  it("PL-2 refuses a review without the child's and the parent's comments", () => {
    const errors = checkReview(review({ childComments: '', parentComments: '' }), context);
    expect(Object.keys(errors)).toEqual(['childComments', 'parentComments']);
  });
  it("PL-2 refuses a next review date beyond the authority's limit, and allows one on the limit", () => {
    expect(nextReviewDateProblem('2027-02-15', '2026-11-23', 12)).toBeNull();
    expect(nextReviewDateProblem('2027-02-16', '2026-11-23', 12)).toMatch(/within 12 weeks/);
    expect(nextReviewDateProblem('2026-11-23', '2026-11-23', 12)).toMatch(/after/);
    expect(checkReview(review({ nextReviewOn: '' }), context)).toHaveProperty('nextReviewOn');
  });
  it('PL-2 a review held in the future is refused', () => {
    expect(checkReview(review({ heldOn: '2026-11-24', nextReviewOn: '2026-12-24' }), context)).toHaveProperty('heldOn');
  });
  it('PL-3 a review that closes needs a reason, and "other" needs words', () => {
    expect(checkReview(review({ next: 'close', nextReviewOn: '' }), context)).toHaveProperty('closureReason');
    expect(checkReview(review({ next: 'close', closureReason: 'other' }), context)).toHaveProperty('closureReasonText');
    expect(checkReview(review({ next: 'close', closureReason: 'needs_met' }), context)).toEqual({});
  });
});

describe('PL-3 closure and reopening', () => {
  it('PL-3 closing needs a reason; other needs text', () => {
    expect(checkClosureReason({ reason: null, reasonText: '' })).toHaveProperty('reason');
    expect(checkClosureReason({ reason: 'other', reasonText: '' })).toHaveProperty('reasonText');
    expect(checkClosureReason({ reason: 'other', reasonText: 'Family moved abroad' })).toEqual({});
    expect(checkClosureReason({ reason: 'needs_met', reasonText: '' })).toEqual({});
  });
  it('PL-3 a closed episode is read-only and cannot be closed again', () => {
    expect(canWriteToEpisode('closed')).toMatchObject({ allowed: false, reason: 'EPISODE_CLOSED' });
    expect(canClose('closed').allowed).toBe(false);
    expect(canWriteToEpisode('active').allowed).toBe(true);
  });
  it('PL-3 reopening is allowed for a closed episode and refused when the child has another open one (CF-1)', () => {
    expect(canReopen({ status: 'closed', childHasOtherOpenEpisode: false }).allowed).toBe(true);
    expect(canReopen({ status: 'closed', childHasOtherOpenEpisode: true })).toMatchObject({
      reason: 'EPISODE_ALREADY_OPEN',
    });
    expect(canReopen({ status: 'active', childHasOtherOpenEpisode: false })).toMatchObject({
      reason: 'EPISODE_NOT_CLOSED',
    });
    expect(statusAfterReopening(true)).toBe('active');
    expect(statusAfterReopening(false)).toBe('draft');
  });
});

describe('PL-4 nothing closes automatically', () => {
  it('PL-4 an overdue review shows as overdue and the episode stays active', () => {
    const due = reviewDue({ status: 'active', nextReviewOn: '2024-01-01' }, '2026-11-23');
    expect(due).toEqual({ overdue: true, status: 'active' });
  });
});

describe('PL-2 distance travelled chart', () => {
  it('PL-2 one series per need across the reviews, with distinct markers and scaled points', () => {
    const chart = distanceChart([
      { number: 2, heldOn: '2027-01-10', distances: [{ need: 'Sleep', score: 10 }] },
      {
        number: 1,
        heldOn: '2026-12-01',
        distances: [
          { need: 'Sleep', score: 0 },
          { need: 'School', score: 5 },
        ],
      },
    ]);
    expect(chart.series.map((s) => s.need)).toEqual(['Sleep', 'School']);
    expect(new Set(chart.series.map((s) => s.marker)).size).toBe(2);
    const sleep = chart.series[0];
    expect(sleep?.points.map((p) => p.reviewNumber)).toEqual([1, 2]);
    expect(sleep?.points[0]?.y).toBe(chart.plot.bottom);
    expect(sleep?.points[1]?.y).toBe(chart.plot.top);
    expect(sleep?.points[0]?.x).toBe(chart.plot.left);
    expect(sleep?.path).toMatch(/^M/);
    expect(chart.description).toContain('Sleep: review 1 0 out of 10, review 2 10 out of 10');
  });
  it('PL-2 an empty chart says so', () => {
    expect(distanceChart([]).description).toMatch(/No distance/);
  });
});
