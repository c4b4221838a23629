import { z } from 'zod';
import { allow, type Decision } from '../errors/app-error';

/**
 * IN-2 Concern: any practitioner or manager who may see the child page signals a concern; the
 * lead professional of the open episode (if any) and the authority's managers are told. A concern
 * is never deleted: it is resolved, once, with a reason.
 *
 * Who may resolve (the rule is silent; decided here): the lead professional of the child's open
 * episode, any manager of the authority, or the person who raised it. Anyone else may see it but
 * not close it, so a concern cannot be quietly closed by someone with no part in it.
 */

const tooLong = (what: string, max: number) => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

export const raiseConcernInputSchema = z.object({
  childId: z.uuid(),
  description: z
    .string('Describe your concern')
    .trim()
    .min(1, 'Describe your concern')
    .max(5000, tooLong('The description', 5000)),
});
export type RaiseConcernInput = z.output<typeof raiseConcernInputSchema>;

export const resolveConcernInputSchema = z.object({
  concernId: z.uuid(),
  resolution: z
    .string('Enter how the concern was resolved')
    .trim()
    .min(1, 'Enter how the concern was resolved')
    .max(5000, tooLong('The resolution', 5000)),
});
export type ResolveConcernInput = z.output<typeof resolveConcernInputSchema>;

export type ConcernResolver = { id: string; role: string };

export type ConcernFacts = {
  raisedBy: string;
  resolvedAt: unknown | null;
  /** The lead professional of the child's open episode now, if any. */
  leadProfessionalUserId: string | null;
};

export type ResolveRefusal = 'ALREADY_RESOLVED' | 'NOT_ALLOWED';

/** IN-2: whether this person may resolve the concern (they may see it: that is checked first). */
export function mayResolveConcern(viewer: ConcernResolver, concern: Omit<ConcernFacts, 'resolvedAt'>): boolean {
  return viewer.role === 'manager' || viewer.id === concern.raisedBy || viewer.id === concern.leadProfessionalUserId;
}

/** IN-2: resolve once, by someone allowed to. The reason is checked by the schema. */
export function decideResolveConcern(viewer: ConcernResolver, concern: ConcernFacts): Decision<ResolveRefusal> {
  if (!mayResolveConcern(viewer, concern)) {
    return {
      allowed: false,
      reason: 'NOT_ALLOWED',
      message: 'Only the lead professional, a manager or the person who raised the concern can resolve it.',
    };
  }
  if (concern.resolvedAt !== null) {
    return { allowed: false, reason: 'ALREADY_RESOLVED', message: 'This concern has already been resolved.' };
  }
  return allow;
}

/** Open concerns first (newest first), then resolved ones (most recently resolved first). */
export function orderConcerns<T extends { id: string; raisedAt: string; resolvedAt: string | null }>(
  concerns: readonly T[],
): T[] {
  return [...concerns].sort((a, b) => {
    if ((a.resolvedAt === null) !== (b.resolvedAt === null)) return a.resolvedAt === null ? -1 : 1;
    const byTime =
      a.resolvedAt !== null && b.resolvedAt !== null
        ? b.resolvedAt.localeCompare(a.resolvedAt)
        : b.raisedAt.localeCompare(a.raisedAt);
    return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
  });
}
