import { formatDate } from '../child/age';
import { addDaysToIsoDate, isIsoDate } from '../dates/iso-date';
import type { Decision } from '../errors/app-error';
import { cafFormDefinition, getSection, type SectionId } from './form-definition';
import { sectionCompletionProblems } from './task-list';

/**
 * The rules of an assessment version (rules.md CF-3 to CF-7). Pure: callers pass today's date
 * and what they loaded; each rule answers allowed, or refused with a reason the client explains.
 */

/** Mirrors the `assessment_version_status` enum in the database. */
export const assessmentVersionStatuses = ['draft', 'completed'] as const;
export type AssessmentVersionStatus = (typeof assessmentVersionStatuses)[number];

/** The pre-assessment checklist is not a section, but it is saved too (CF-3 allows it). */
export type SavableSectionId = SectionId | 'checklist';

// ---- CF-3 Consent before content ----

/**
 * CF-3: no assessment content (sections 3 to 10) is saved until consent to assess and store is
 * recorded (CO-1). Identifying details, the other derived sections and the checklist may be.
 * An id the form does not know is treated as content: without consent, nothing unknown is saved.
 */
export function canSaveSection(input: {
  sectionId: SavableSectionId;
  consentToAssessRecorded: boolean;
}): Decision<'CONSENT_REQUIRED'> {
  if (input.consentToAssessRecorded || input.sectionId === 'checklist') return { allowed: true };
  if (getSection(input.sectionId)?.kind === 'derived') return { allowed: true };
  return {
    allowed: false,
    reason: 'CONSENT_REQUIRED',
    message:
      'You cannot save this section until consent to assess and store information has been recorded. Record consent first.',
  };
}

// ---- CF-4 Child seen before completion ----

export type ChildSeenRecord = {
  /** ISO date the child (or, for an unborn baby, the expectant mother) was seen. */
  seenOn: string;
  /** The practitioner who saw them. */
  seenBy: string;
  seenAlone: boolean | 'not_applicable';
  /** This record is of seeing the expectant mother of an unborn baby. */
  expectantMother: boolean;
};

export type ChildSeenInput = {
  /** ISO date this version was started (the date in England). */
  versionStartedAt: string;
  /** ISO date of completion: today, when checked at completion. */
  completingOn: string;
  childSeenRecords: readonly ChildSeenRecord[];
  isUnborn: boolean;
  /** Today, if it can differ from `completingOn`; a record after it is in the future and never counts. */
  today?: string;
};

/**
 * CF-4: the child was seen by a practitioner during this version's life: a record dated on or
 * after the version was started, on or before completion and not in the future, saying by whom.
 * For an unborn baby only seeing the expectant mother counts; for a born child it does not.
 */
export function checkChildSeen(input: ChildSeenInput): Decision<'CHILD_NOT_SEEN'> {
  const { versionStartedAt, completingOn, isUnborn } = input;
  const latest = input.today !== undefined && input.today < completingOn ? input.today : completingOn;
  const counts = (record: ChildSeenRecord) =>
    isIsoDate(record.seenOn) &&
    record.seenOn >= versionStartedAt &&
    record.seenOn <= latest &&
    record.seenBy.trim() !== '' &&
    record.expectantMother === isUnborn;
  if (isIsoDate(versionStartedAt) && input.childSeenRecords.some(counts)) return { allowed: true };

  const since = isIsoDate(versionStartedAt)
    ? ` on or after ${formatDate(versionStartedAt)}, when this version was started`
    : '';
  return {
    allowed: false,
    reason: 'CHILD_NOT_SEEN',
    message: isUnborn
      ? `Record when the expectant mother was seen. She must have been seen by a practitioner${since}.`
      : `Record when the child was seen. They must have been seen by a practitioner${since}.`,
  };
}

// ---- CF-5 Complete means complete ----

/** Where a completion problem is fixed: a section of the form, or the child-seen record (CF-4). */
export type CompletionTarget = SectionId | 'child-seen';

export type AssessmentCompletionProblem = {
  sectionId: CompletionTarget;
  /** The element (or 'group.field') to link to. */
  field?: string;
  message: string;
};

export const DEFAULT_REVIEW_LIMIT_WEEKS = 12;

export type CompletionInput = {
  /** The version's content, as stored (keyed by section id). */
  content: unknown;
  /** The answer of `checkChildSeen` for this version (CF-4). */
  childSeen: Decision;
  /** Consent to assess and store is recorded and stands (CO-1, CO-2). */
  consentToAssessRecorded: boolean;
  /** ISO date of completion. */
  today: string;
  /** The authority's limit on the first review date; 12 weeks unless it says otherwise. */
  reviewLimitWeeks?: number;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstReviewDateProblem(value: unknown, today: string, weeks: number): string | null {
  // A missing date is already a problem of the conclusions section.
  if (typeof value !== 'string' || value.trim() === '') return null;
  const date = value.trim();
  if (!isIsoDate(date)) return 'First review date must be a real date';
  if (date < today) return 'First review date must be today or in the future';
  const limit = addDaysToIsoDate(today, weeks * 7);
  if (date > limit) {
    return `First review date must be within ${weeks} weeks of completing the assessment, on or before ${formatDate(limit)}`;
  }
  return null;
}

/**
 * CF-5: everything still missing before this version can be completed, in form order (empty
 * when it can be). Each section's own requirements come from the form definition; then the
 * first review date's limits, the child seen (CF-4) and consent (CO-1).
 */
export function completionProblems(input: CompletionInput): AssessmentCompletionProblem[] {
  const content = isRecord(input.content) ? input.content : {};
  const weeks = input.reviewLimitWeeks ?? DEFAULT_REVIEW_LIMIT_WEEKS;
  const problems: AssessmentCompletionProblem[] = [];

  for (const section of cafFormDefinition.sections) {
    problems.push(...sectionCompletionProblems(section.id, content[section.id]));
    if (section.id === 'conclusions') {
      const conclusions = content[section.id];
      const reviewDate = isRecord(conclusions) ? conclusions.firstReviewDate : undefined;
      const message = firstReviewDateProblem(reviewDate, input.today, weeks);
      if (message !== null) problems.push({ sectionId: section.id, field: 'firstReviewDate', message });
    }
  }
  if (!input.childSeen.allowed) problems.push({ sectionId: 'child-seen', message: input.childSeen.message });
  if (!input.consentToAssessRecorded) {
    problems.push({ sectionId: 'consent', message: 'Record consent to assess and store information' });
  }
  return problems;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** CF-5 as a decision: refused with the complete list of what is missing. */
export function canComplete(input: CompletionInput): Decision<'INCOMPLETE', AssessmentCompletionProblem[]> {
  const problems = completionProblems(input);
  const [only, ...others] = problems;
  if (only === undefined) return { allowed: true };
  return {
    allowed: false,
    reason: 'INCOMPLETE',
    message:
      others.length === 0
        ? `You cannot complete this assessment yet: ${lowerFirst(only.message)}`
        : `You cannot complete this assessment yet. There are ${problems.length} things to finish.`,
    extra: problems,
  };
}

// ---- CF-6 Completed versions are immutable ----

export type VersionState = {
  status: AssessmentVersionStatus;
  /** ISO date the version was completed, when it has been. */
  completedOn?: string | null;
};

/** CF-6: a completed version is never edited; changes come through a review. */
export function canEditVersion({ status, completedOn }: VersionState): Decision<'VERSION_COMPLETED'> {
  if (status === 'draft') return { allowed: true };
  const when = completedOn && isIsoDate(completedOn) ? ` on ${formatDate(completedOn)}` : '';
  return {
    allowed: false,
    reason: 'VERSION_COMPLETED',
    message: `This version was completed${when} and cannot be changed. Start a review to make changes.`,
  };
}

/**
 * CF-6: a review starts a new draft version, copied forward from the last completed one. The
 * copy shares nothing with the original, so editing the draft cannot touch the completed version.
 */
export function nextVersionFromCompleted<Content>(completed: { number: number; content: Content }): {
  number: number;
  content: Content;
} {
  return { number: completed.number + 1, content: structuredClone(completed.content) };
}

/** CF-6: a review can start only from a completed version, one draft at a time. */
export function canStartReview(latest: {
  number: number;
  status: AssessmentVersionStatus;
}): Decision<'DRAFT_IN_PROGRESS'> {
  if (latest.status === 'completed') return { allowed: true };
  return {
    allowed: false,
    reason: 'DRAFT_IN_PROGRESS',
    message:
      latest.number === 1
        ? 'Complete the assessment before starting a review.'
        : `A review is already in progress (version ${latest.number}). Continue it instead of starting another.`,
  };
}

// ---- CF-7 No lost work ----

export type SaveState = {
  /** The revision of the version the client's text was based on. */
  baseRevision: number;
  /** The version's revision now. */
  currentRevision: number;
  versionStatus: AssessmentVersionStatus;
  completedOn?: string | null;
};

/**
 * CF-7: a save is written only onto the revision it was based on. Anything else is a conflict,
 * never an overwrite: the client shows the text it holds beside the saved text and the user
 * chooses or merges. A completed version refuses every save (CF-6), stale or not.
 */
export function decideSave(input: SaveState): Decision<'VERSION_COMPLETED' | 'STALE_REVISION'> {
  const editable = canEditVersion({ status: input.versionStatus, completedOn: input.completedOn ?? null });
  if (!editable.allowed) return editable;
  if (input.baseRevision === input.currentRevision) return { allowed: true };
  return {
    allowed: false,
    reason: 'STALE_REVISION',
    message:
      'This section has been changed since you opened it, by someone else or in another tab. Your text has not been lost: compare it with the saved text and choose what to keep.',
  };
}
