import { chronologyGroups, chronologyKinds } from '@ecaf/domain';
import { z } from 'zod';

/**
 * What the concerns procedures may return about a child: declared, so nothing extra leaks (a
 * hidden involvement's organisation, a concern's raiser's id).
 */

const involvementOutput = z.object({
  id: z.uuid(),
  organisationName: z.string(),
  sensitiveService: z.boolean(),
  explicitConsent: z.boolean(),
  practitionerName: z.string(),
  practitionerEmail: z.string(),
  practitionerTelephone: z.string().nullable(),
  service: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  canEnd: z.boolean(),
});

const concernOutput = z.object({
  id: z.uuid(),
  raisedByName: z.string(),
  raisedAt: z.string(),
  description: z.string(),
  resolvedByName: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  canResolve: z.boolean(),
});

export const concernsForChildOutput = z.object({
  canRecordInvolvement: z.boolean(),
  canRaiseConcern: z.boolean(),
  ownServiceIsSensitive: z.boolean(),
  hiddenInvolvements: z.int().nonnegative(),
  involvements: z.array(involvementOutput),
  concerns: z.array(concernOutput),
});

export const chronologyOutput = z.object({
  entries: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(chronologyKinds),
      group: z.enum(chronologyGroups),
      at: z.string(),
      dateOnly: z.boolean(),
      title: z.string(),
      detail: z.string().nullable(),
      episodeId: z.string().nullable(),
      actorName: z.string().nullable(),
    }),
  ),
});
