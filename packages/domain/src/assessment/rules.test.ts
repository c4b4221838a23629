import { describe, expect, it } from 'vitest';
import {
  type AssessmentCompletionProblem,
  type ChildSeenRecord,
  canComplete,
  canEditVersion,
  canSaveSection,
  canStartReview,
  checkChildSeen,
  completionProblems,
  decideSave,
  nextVersionFromCompleted,
} from './rules';

const today = '2026-03-15';

describe('CF-3 consent before content', () => {
  it('allows every section once consent to assess is recorded', () => {
    for (const sectionId of ['assessment-information', 'development', 'conclusions', 'child', 'checklist'] as const) {
      expect(canSaveSection({ sectionId, consentToAssessRecorded: true })).toEqual({ allowed: true });
    }
  });

  it('allows identifying details, other derived sections and the checklist before consent', () => {
    for (const sectionId of ['about', 'child', 'assessor', 'consent', 'checklist'] as const) {
      expect(canSaveSection({ sectionId, consentToAssessRecorded: false }), sectionId).toEqual({ allowed: true });
    }
  });

  it('refuses every content section (3 to 10) before consent', () => {
    for (const sectionId of [
      'assessment-information',
      'parents-carers',
      'family-home',
      'services',
      'development',
      'parents-and-carers-domain',
      'family-environment',
      'views',
      'conclusions',
    ] as const) {
      expect(canSaveSection({ sectionId, consentToAssessRecorded: false }), sectionId).toEqual({
        allowed: false,
        reason: 'CONSENT_REQUIRED',
        message:
          'You cannot save this section until consent to assess and store information has been recorded. Record consent first.',
      });
    }
  });
});

describe('CF-4 child seen before completion', () => {
  const seen = (seenOn: string, more: Partial<ChildSeenRecord> = {}): ChildSeenRecord => ({
    seenOn,
    seenBy: 'Priya Shah',
    seenAlone: true,
    expectantMother: false,
    ...more,
  });
  const base = { versionStartedAt: '2026-03-01', completingOn: today, isUnborn: false };

  it('allows a record from the start of the version to completion day', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-03-01')] })).toEqual({ allowed: true });
    expect(checkChildSeen({ ...base, childSeenRecords: [seen(today, { seenAlone: 'not_applicable' })] })).toEqual({
      allowed: true,
    });
    expect(
      checkChildSeen({ ...base, childSeenRecords: [seen('2026-02-01'), seen('2026-03-10', { seenAlone: false })] }),
    ).toEqual({ allowed: true });
  });

  it('refuses with no record, explaining what to record', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [] })).toEqual({
      allowed: false,
      reason: 'CHILD_NOT_SEEN',
      message:
        'Record when the child was seen. They must have been seen by a practitioner on or after 1 March 2026, when this version was started.',
    });
  });

  it('refuses a record from before the version started (a previous version)', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-02-28')] }).allowed).toBe(false);
  });

  it('refuses a record after completion or in the future', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-03-16')] }).allowed).toBe(false);
    expect(
      checkChildSeen({ ...base, completingOn: '2026-03-20', today, childSeenRecords: [seen('2026-03-16')] }).allowed,
    ).toBe(false);
  });

  it('refuses a record without who saw the child, or with a date that is not real', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-03-05', { seenBy: ' ' })] }).allowed).toBe(false);
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-02-30')] }).allowed).toBe(false);
  });

  it('counts seeing the expectant mother for an unborn baby, and only that', () => {
    const unborn = { ...base, isUnborn: true };
    expect(checkChildSeen({ ...unborn, childSeenRecords: [seen('2026-03-05', { expectantMother: true })] })).toEqual({
      allowed: true,
    });
    expect(checkChildSeen({ ...unborn, childSeenRecords: [seen('2026-03-05')] })).toEqual({
      allowed: false,
      reason: 'CHILD_NOT_SEEN',
      message:
        'Record when the expectant mother was seen. She must have been seen by a practitioner on or after 1 March 2026, when this version was started.',
    });
  });

  it('does not count seeing the expectant mother for a born child', () => {
    expect(checkChildSeen({ ...base, childSeenRecords: [seen('2026-03-05', { expectantMother: true })] }).allowed).toBe(
      false,
    );
  });
});

describe('CF-5 complete means complete', () => {
  const owner = { kind: 'user', id: '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b', name: 'Priya Shah' };
  const complete = {
    'assessment-information': { reasonForAssessment: 'Attendance has dropped this term.' },
    development: { learning: { needs: 'Reading is behind' } },
    'parents-and-carers-domain': { basicCare: { strengths: 'Warm and attentive' } },
    'family-environment': { housingEmploymentFinance: { needs: 'Rent arrears' } },
    views: { childViewsMissingReason: 'Baby is 3 months old', parentViews: 'Happy with the plan' },
    conclusions: {
      agreedActions: [{ action: 'Daily check-in', owner, dueDate: '2026-04-30' }],
      outcome: 'team_around_the_child',
      firstReviewDate: '2026-05-15',
    },
  };
  const ready = { content: complete, childSeen: { allowed: true } as const, consentToAssessRecorded: true, today };

  it('allows completion when everything is there', () => {
    expect(completionProblems(ready)).toEqual([]);
    expect(canComplete(ready)).toEqual({ allowed: true });
  });

  it('lists everything missing from an empty assessment, in form order, with where to fix it', () => {
    const problems = completionProblems({
      content: {},
      childSeen: { allowed: false, reason: 'CHILD_NOT_SEEN', message: 'Record when the child was seen.' },
      consentToAssessRecorded: false,
      today,
    });
    expect(problems).toEqual<AssessmentCompletionProblem[]>([
      {
        sectionId: 'assessment-information',
        field: 'reasonForAssessment',
        message: 'Enter what has led to this assessment',
      },
      {
        sectionId: 'development',
        field: 'health.strengths',
        message: "Enter at least one strength or need for the child's development",
      },
      {
        sectionId: 'parents-and-carers-domain',
        field: 'basicCare.strengths',
        message: 'Enter at least one strength or need for parents and carers',
      },
      {
        sectionId: 'family-environment',
        field: 'familyHistory.strengths',
        message: 'Enter at least one strength or need for family and environmental factors',
      },
      {
        sectionId: 'views',
        field: 'childViews',
        message: "Enter the child's views, or why they could not be obtained",
      },
      {
        sectionId: 'views',
        field: 'parentViews',
        message: "Enter the parent's or carer's views, or why they could not be obtained",
      },
      {
        sectionId: 'conclusions',
        field: 'agreedActions',
        message: 'Add at least one agreed action with who is responsible and by when',
      },
      { sectionId: 'conclusions', field: 'outcome', message: 'Select the outcome of the assessment' },
      { sectionId: 'conclusions', field: 'firstReviewDate', message: 'Enter the first review date' },
      { sectionId: 'child-seen', message: 'Record when the child was seen.' },
      { sectionId: 'consent', message: 'Record consent to assess and store information' },
    ]);
  });

  it('refuses when only one domain of §8 has no comment', () => {
    const content = { ...complete, 'family-environment': { widerFamily: { strengths: ' ', evidence: 'opinion' } } };
    expect(completionProblems({ ...ready, content }).map((p) => p.sectionId)).toEqual(['family-environment']);
  });

  it('refuses an action without an owner or a due date', () => {
    const conclusions = { ...complete.conclusions, agreedActions: [{ action: 'Daily check-in', owner: null }] };
    expect(completionProblems({ ...ready, content: { ...complete, conclusions } }).map((p) => p.field)).toEqual([
      'agreedActions',
    ]);
  });

  it('refuses a first review date in the past or beyond the limit, and allows one on the limit', () => {
    const withReview = (firstReviewDate: string, reviewLimitWeeks?: number) =>
      completionProblems({
        ...ready,
        ...(reviewLimitWeeks ? { reviewLimitWeeks } : {}),
        content: { ...complete, conclusions: { ...complete.conclusions, firstReviewDate } },
      });
    expect(withReview(today)).toEqual([]);
    expect(withReview('2026-06-07')).toEqual([]);
    expect(withReview('2026-03-14')).toEqual([
      {
        sectionId: 'conclusions',
        field: 'firstReviewDate',
        message: 'First review date must be today or in the future',
      },
    ]);
    expect(withReview('2026-06-08')).toEqual([
      {
        sectionId: 'conclusions',
        field: 'firstReviewDate',
        message: 'First review date must be within 12 weeks of completing the assessment, on or before 7 June 2026',
      },
    ]);
    expect(withReview('2026-04-13', 4).map((p) => p.message)).toEqual([
      'First review date must be within 4 weeks of completing the assessment, on or before 12 April 2026',
    ]);
  });

  it('refuses without the child seen (CF-4) or consent (CO-1)', () => {
    const notSeen = checkChildSeen({
      versionStartedAt: '2026-03-01',
      completingOn: today,
      childSeenRecords: [],
      isUnborn: false,
    });
    expect(completionProblems({ ...ready, childSeen: notSeen }).map((p) => p.sectionId)).toEqual(['child-seen']);
    expect(completionProblems({ ...ready, consentToAssessRecorded: false }).map((p) => p.sectionId)).toEqual([
      'consent',
    ]);
  });

  it('refuses with the whole list as a decision', () => {
    const one = canComplete({ ...ready, consentToAssessRecorded: false });
    expect(one).toEqual({
      allowed: false,
      reason: 'INCOMPLETE',
      message: 'You cannot complete this assessment yet: record consent to assess and store information',
      extra: [{ sectionId: 'consent', message: 'Record consent to assess and store information' }],
    });
    const many = canComplete({ ...ready, content: {} });
    expect(many.allowed === false && many.message).toBe(
      'You cannot complete this assessment yet. There are 9 things to finish.',
    );
    expect(many.allowed === false && many.extra).toHaveLength(9);
  });
});

describe('CF-6 completed versions are immutable', () => {
  it('allows editing a draft', () => {
    expect(canEditVersion({ status: 'draft' })).toEqual({ allowed: true });
  });

  it('refuses editing a completed version and says how to make changes', () => {
    expect(canEditVersion({ status: 'completed', completedOn: '2026-03-15' })).toEqual({
      allowed: false,
      reason: 'VERSION_COMPLETED',
      message: 'This version was completed on 15 March 2026 and cannot be changed. Start a review to make changes.',
    });
    expect(canEditVersion({ status: 'completed' })).toMatchObject({
      message: 'This version was completed and cannot be changed. Start a review to make changes.',
    });
  });

  it('starts the next version as a deep copy of the completed one', () => {
    const completed = { number: 1, content: { conclusions: { agreedActions: [{ action: 'Daily check-in' }] } } };
    const next = nextVersionFromCompleted(completed);
    expect(next).toEqual({ number: 2, content: completed.content });
    next.content.conclusions.agreedActions[0] = { action: 'Changed in the review' };
    expect(completed.content.conclusions.agreedActions[0]).toEqual({ action: 'Daily check-in' });
  });

  it('allows a review from a completed version, refuses while a draft is open', () => {
    expect(canStartReview({ number: 1, status: 'completed' })).toEqual({ allowed: true });
    expect(canStartReview({ number: 1, status: 'draft' })).toEqual({
      allowed: false,
      reason: 'DRAFT_IN_PROGRESS',
      message: 'Complete the assessment before starting a review.',
    });
    expect(canStartReview({ number: 3, status: 'draft' })).toMatchObject({
      message: 'A review is already in progress (version 3). Continue it instead of starting another.',
    });
  });
});

describe('CF-7 no lost work', () => {
  it('allows a save based on the current revision of a draft', () => {
    expect(decideSave({ baseRevision: 4, currentRevision: 4, versionStatus: 'draft' })).toEqual({ allowed: true });
  });

  it('refuses a save based on an older (or unknown newer) revision as a conflict', () => {
    const conflict = {
      allowed: false,
      reason: 'STALE_REVISION',
      message:
        'This section has been changed since you opened it, by someone else or in another tab. Your text has not been lost: compare it with the saved text and choose what to keep.',
    };
    expect(decideSave({ baseRevision: 3, currentRevision: 4, versionStatus: 'draft' })).toEqual(conflict);
    expect(decideSave({ baseRevision: 5, currentRevision: 4, versionStatus: 'draft' })).toEqual(conflict);
  });

  it('refuses any save to a completed version, stale or not', () => {
    for (const baseRevision of [3, 4]) {
      expect(
        decideSave({ baseRevision, currentRevision: 4, versionStatus: 'completed', completedOn: '2026-03-15' }),
      ).toMatchObject({ allowed: false, reason: 'VERSION_COMPLETED' });
    }
  });
});
