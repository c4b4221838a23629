import { z } from 'zod';
import type { Decision } from '../errors/app-error';

export type MergeSide = {
  id: string;
  /** Set when the record has already been merged into another. */
  mergedIntoId: string | null;
  hasOpenEpisode: boolean;
};

export type MergeAttempt = {
  pairStatus: 'open' | 'merged' | 'not_duplicate';
  survivor: MergeSide;
  merged: MergeSide;
};

/**
 * CH-2 one record per child: two records of the same child become one, the survivor keeping
 * every episode, involvement and concern. Refused when the pair has been decided already, when
 * either record is already a tombstone, and when both children have an open CAF: a child has
 * one open CAF at a time (CF-1), so one of them must be closed first.
 */
export function decideMerge(attempt: MergeAttempt): Decision<'DUPLICATE_PAIR_DECIDED' | 'MERGE_NOT_ALLOWED'> {
  if (attempt.pairStatus !== 'open') {
    return {
      allowed: false,
      reason: 'DUPLICATE_PAIR_DECIDED',
      message:
        attempt.pairStatus === 'merged'
          ? 'These records have already been merged.'
          : 'This pair has already been marked as two different children.',
    };
  }
  if (attempt.survivor.id === attempt.merged.id) {
    return { allowed: false, reason: 'MERGE_NOT_ALLOWED', message: 'Choose which of the two records to keep.' };
  }
  if (attempt.survivor.mergedIntoId || attempt.merged.mergedIntoId) {
    return {
      allowed: false,
      reason: 'MERGE_NOT_ALLOWED',
      message: 'One of these records has already been merged into another. Run the duplicate review again.',
    };
  }
  if (attempt.survivor.hasOpenEpisode && attempt.merged.hasOpenEpisode) {
    return {
      allowed: false,
      reason: 'MERGE_NOT_ALLOWED',
      message:
        'Both children have an open CAF, and a child can have only one. Close one of the CAFs before merging the records.',
    };
  }
  return { allowed: true };
}

export type UndoMergeAttempt = {
  undoneAt: Date | null;
  /** The survivor has since been merged into a third record: that merge must be undone first. */
  survivorMergedIntoId: string | null;
};

/** CH-2: merges can be undone, latest first along a chain of merges. */
export function decideUndoMerge(attempt: UndoMergeAttempt): Decision<'MERGE_ALREADY_UNDONE' | 'MERGE_NOT_ALLOWED'> {
  if (attempt.undoneAt) {
    return { allowed: false, reason: 'MERGE_ALREADY_UNDONE', message: 'This merge has already been undone.' };
  }
  if (attempt.survivorMergedIntoId) {
    return {
      allowed: false,
      reason: 'MERGE_NOT_ALLOWED',
      message: 'The record kept by this merge has since been merged into another. Undo that merge first.',
    };
  }
  return { allowed: true };
}

/** CH-2's three decisions each need a reason, kept with the merge or the pair (and in the audit trail). */
export const DECISION_REASON_MAX = 1000;

function decisionReason(message: string) {
  return z
    .string()
    .trim()
    .min(1, message)
    .max(DECISION_REASON_MAX, `The reason must be ${DECISION_REASON_MAX.toLocaleString('en-GB')} characters or fewer`);
}

export const mergeReason = decisionReason('Enter why these are the same child');
export const notDuplicateReason = decisionReason('Enter why these are different children');
export const undoMergeReason = decisionReason('Enter why the merge is being undone');

export const mergeInputSchema = z.object({ pairId: z.uuid(), survivorId: z.uuid(), reason: mergeReason });
export const notDuplicateInputSchema = z.object({ pairId: z.uuid(), reason: notDuplicateReason });
export const undoMergeInputSchema = z.object({ mergeId: z.uuid(), reason: undoMergeReason });
