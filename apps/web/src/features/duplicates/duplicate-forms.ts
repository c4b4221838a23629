import { mergeReason, notDuplicateReason, undoMergeReason } from '@ecaf/domain';
import { z } from 'zod';
import type { MergeInput, NotDuplicateInput, UndoMergeInput } from './duplicates-data';

/**
 * CH-2's three decisions as forms: the reasons are the server's own fields (@ecaf/domain), and
 * each form's output is typed as the procedure's input so the two cannot drift apart.
 */
export const CHOOSE_SURVIVOR = 'Choose which record to keep';

/** "Merge these records": which of the two to keep, and why they are the same child. */
export function makeMergeFormSchema(pairId: string, childIds: readonly [string, string]) {
  return z
    .object({
      survivorId: z.string({ error: CHOOSE_SURVIVOR }).refine((id) => childIds.includes(id), CHOOSE_SURVIVOR),
      reason: mergeReason,
    })
    .transform((form): MergeInput => ({ pairId, survivorId: form.survivorId, reason: form.reason }));
}

/** "These are different children": why. */
export function makeNotDuplicateFormSchema(pairId: string) {
  return z
    .object({ reason: notDuplicateReason })
    .transform((form): NotDuplicateInput => ({ pairId, reason: form.reason }));
}

/** "Undo merge": why. */
export function makeUndoMergeFormSchema(mergeId: string) {
  return z.object({ reason: undoMergeReason }).transform((form): UndoMergeInput => ({ mergeId, reason: form.reason }));
}
