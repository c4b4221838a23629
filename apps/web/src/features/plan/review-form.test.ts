import { distanceChart } from '@ecaf/domain';
import { describe, expect, it } from 'vitest';
import { makeAddActionFormSchema } from './add-action-form';
import { makeCloseFormSchema, makeReopenFormSchema } from './closure-forms';
import type { PlanView } from './plan-data';
import { attendeeValue, emptyReviewForm, makeReviewFormSchema } from './review-form';

const EPISODE = '00000000-0000-4000-8000-000000000e01';
const ACTION = '00000000-0000-4000-8000-000000000a01';
const USER = '00000000-0000-4000-8000-000000000b01';

const view: PlanView = {
  episode: { id: EPISODE, reference: 'CAF-1', status: 'active', childId: USER, closedAt: null },
  child: {
    id: USER,
    name: 'Kai Morgan',
    isUnborn: false,
    dateOfBirth: '2013-01-01',
    expectedDateOfDelivery: null,
    nhsNumber: null,
  },
  today: '2026-11-23',
  reviewLimitWeeks: 12,
  nextReviewOn: '2026-12-21',
  reviewOverdue: false,
  actions: [
    {
      id: ACTION,
      need: 'Attendance',
      action: 'Check in',
      desiredOutcome: '',
      owner: { kind: 'user', id: USER, name: 'Pat' },
      dueOn: '2026-12-18',
      status: 'not_started',
      revision: 0,
      open: true,
      overdue: false,
      fromVersion: true,
      mayUpdate: true,
      notes: [],
    },
  ],
  needs: ['Attendance'],
  counts: { total: 1, open: 1, overdue: 0, done: 0 },
  reviews: [],
  chart: distanceChart([]),
  closures: [],
  attendeeOptions: [
    { kind: 'user', id: USER, name: 'Pat', detail: 'School' },
    { kind: 'child', id: null, name: 'Kai Morgan', detail: 'The child' },
  ],
  may: { coordinate: true, recordReview: true, close: true, reopen: false },
};

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.')).sort();

describe('PL-2 the review form', () => {
  it('PL-2 an empty review lists every missing answer, each at its field', () => {
    const result = makeReviewFormSchema(view).safeParse(emptyReviewForm(view));
    expect(pathsOf(result)).toEqual(
      [
        'attendees',
        'childComments',
        'distances.0.score',
        'heldOn',
        'next',
        'parentComments',
        'progress.0.status',
      ].sort(),
    );
  });

  it('PL-2 a complete review becomes the API input', () => {
    const result = makeReviewFormSchema(view).safeParse({
      ...emptyReviewForm(view),
      heldOn: { day: '23', month: '11', year: '2026' },
      attendees: [attendeeValue({ kind: 'user', id: USER })],
      progress: [{ actionId: ACTION, status: 'done', note: 'Finished' }],
      distances: [{ need: 'Attendance', score: '7' }],
      childComments: 'Good',
      parentComments: 'Better',
      next: 'next_review',
      nextReviewOn: { day: '4', month: '1', year: '2027' },
    });
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject({
      episodeId: EPISODE,
      heldOn: '2026-11-23',
      attendees: [{ kind: 'user', id: USER, name: 'Pat' }],
      distances: [{ need: 'Attendance', score: 7 }],
      nextReviewOn: '2027-01-04',
    });
  });

  it("PL-2 a next review beyond the authority's limit is refused", () => {
    const result = makeReviewFormSchema(view).safeParse({
      ...emptyReviewForm(view),
      heldOn: { day: '23', month: '11', year: '2026' },
      next: 'next_review',
      nextReviewOn: { day: '1', month: '6', year: '2027' },
    });
    expect(result.error?.issues.find((i) => i.path.join('.') === 'nextReviewOn')?.message).toMatch(/within 12 weeks/);
  });
});

describe('PL-3 the close and reopen forms', () => {
  it('PL-3 closing needs a reason, and other needs words', () => {
    expect(pathsOf(makeCloseFormSchema(EPISODE).safeParse({ reason: undefined, reasonText: '' }))).toEqual(['reason']);
    expect(pathsOf(makeCloseFormSchema(EPISODE).safeParse({ reason: 'other', reasonText: '' }))).toEqual([
      'reasonText',
    ]);
    expect(makeCloseFormSchema(EPISODE).safeParse({ reason: 'needs_met', reasonText: 'ignored' }).data).toEqual({
      episodeId: EPISODE,
      reason: 'needs_met',
      reasonText: '',
    });
  });
  it('PL-3 reopening needs a reason', () => {
    expect(pathsOf(makeReopenFormSchema(EPISODE).safeParse({ reason: ' ' }))).toEqual(['reason']);
  });
});

describe('PL-1 the add action form', () => {
  it('PL-1 an action needs a need, an action, an owner and a due date', () => {
    const schema = makeAddActionFormSchema(view);
    const empty = schema.safeParse({
      need: '',
      action: '',
      desiredOutcome: '',
      owner: undefined,
      dueOn: { day: '', month: '', year: '' },
    });
    expect(pathsOf(empty)).toEqual(['action', 'dueOn', 'need', 'owner']);
    const child = schema.safeParse({
      need: 'Sleep',
      action: 'Bedtime routine',
      desiredOutcome: '',
      owner: attendeeValue({ kind: 'child', id: null }),
      dueOn: { day: '1', month: '12', year: '2026' },
    });
    expect(child.data?.owner).toEqual({ kind: 'child', name: 'Kai Morgan' });
  });
});
