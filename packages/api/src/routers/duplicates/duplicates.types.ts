import { z } from 'zod';

/**
 * CH-2 duplicate review: what a manager sees. Identifying details only (SH-3), never assessment
 * content; declared as outputs so a field added to a query cannot leak by accident.
 */
export const matchBand = z.enum(['certain', 'likely', 'possible']);

export const duplicateReviewRunOutput = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'finished', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  startedByName: z.string(),
  /** Children to look through, and how many have been so far: the progress bar. */
  total: z.number().int(),
  processed: z.number().int(),
  pairsFound: z.number().int(),
  openPairs: z.number().int(),
  error: z.string().nullable(),
});

const childSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  postcode: z.string().nullable(),
  nhsNumber: z.string().nullable(),
});

export const duplicatesOverviewOutput = z.object({
  latestRun: duplicateReviewRunOutput.nullable(),
  /** The model the index is scored with: trained on this authority's children, or the one bundled with eCAF. */
  model: z.object({
    source: z.enum(['trained', 'bundled']),
    records: z.number().int(),
    trainedAt: z.string().nullable(),
  }),
  children: z.number().int(),
  recentMerges: z.array(
    z.object({
      id: z.uuid(),
      survivor: childSummary,
      merged: childSummary,
      mergedAt: z.string(),
      mergedByName: z.string(),
      reason: z.string(),
      undoneAt: z.string().nullable(),
    }),
  ),
});

export const duplicatePairsInput = z.object({
  runId: z.uuid(),
  status: z.enum(['open', 'merged', 'not_duplicate']).default('open'),
  page: z.number().int().min(1).default(1),
});

export const duplicatePairsOutput = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pairs: z.array(
    z.object({
      id: z.uuid(),
      probability: z.number(),
      band: matchBand,
      explanation: z.string(),
      status: z.enum(['open', 'merged', 'not_duplicate']),
      a: childSummary,
      b: childSummary,
    }),
  ),
});

const sideBySideChild = z.object({
  id: z.uuid(),
  name: z.string(),
  givenNames: z.string(),
  familyName: z.string(),
  sex: z.string(),
  dateOfBirth: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  telephone: z.string().nullable(),
  nhsNumber: z.string().nullable(),
  upn: z.string().nullable(),
  schoolName: z.string().nullable(),
  /** How many CAFs the record holds, and whether one is open (CF-1: one open CAF per child). */
  episodes: z.number().int(),
  hasOpenEpisode: z.boolean(),
  parentsAndCarers: z.number().int(),
  mergedIntoId: z.uuid().nullable(),
});

export const duplicatePairOutput = z.object({
  pair: z.object({
    id: z.uuid(),
    runId: z.uuid(),
    probability: z.number(),
    band: matchBand,
    explanation: z.string(),
    status: z.enum(['open', 'merged', 'not_duplicate']),
    decidedAt: z.string().nullable(),
    /** Each field compared, strongest evidence first, with its weight in bits. */
    fields: z.array(
      z.object({
        field: z.string(),
        label: z.string(),
        level: z.string(),
        weight: z.number(),
        description: z.string(),
      }),
    ),
  }),
  a: sideBySideChild,
  b: sideBySideChild,
  /** The merge made from this pair, while it can still be undone or once it was. */
  merge: z.object({ id: z.uuid(), survivorId: z.uuid(), undoneAt: z.string().nullable() }).nullable(),
});

export {
  mergeInputSchema as mergeInput,
  notDuplicateInputSchema as notDuplicateInput,
  undoMergeInputSchema as undoMergeInput,
} from '@ecaf/domain';
