import { z } from 'zod';

export const episodeViewOutput = z.object({
  episode: z.object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(['draft', 'active', 'closed']),
    startedAt: z.string(),
    childId: z.uuid(),
  }),
  child: z.object({
    id: z.uuid(),
    name: z.string(),
    isUnborn: z.boolean(),
    dateOfBirth: z.string().nullable(),
    expectedDateOfDelivery: z.string().nullable(),
    nhsNumber: z.string().nullable(),
  }),
  assessors: z.array(
    z.object({ name: z.string(), organisation: z.string().nullable(), role: z.enum(['assessor', 'co_assessor']) }),
  ),
  version: z.object({ number: z.number().int(), status: z.enum(['draft', 'completed']) }),
  taskList: z.array(
    z.object({
      sectionId: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.enum(['not_started', 'in_progress', 'completed']),
    }),
  ),
});
