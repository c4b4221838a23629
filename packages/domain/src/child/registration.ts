import type { Decision } from '../errors/app-error';

export type RegistrationAttempt = {
  /** Ids of the likely matches the server found for the details being registered. */
  matchIds: readonly string[];
  confirmedNoneMatch: boolean;
  /** The matches the practitioner was shown when they confirmed. */
  shownMatchIds: readonly string[];
};

/**
 * CH-1 search before register: with likely matches, registering needs the practitioner's
 * confirmation that none of them is the child, and that confirmation must cover every match
 * found now (a match that appeared since they looked must be shown to them first).
 */
export function decideRegistration(attempt: RegistrationAttempt): Decision<'POSSIBLE_DUPLICATE'> {
  if (attempt.matchIds.length === 0) return { allowed: true };
  const unseen = attempt.matchIds.filter((id) => !attempt.shownMatchIds.includes(id));
  if (attempt.confirmedNoneMatch && unseen.length === 0) return { allowed: true };
  return {
    allowed: false,
    reason: 'POSSIBLE_DUPLICATE',
    message:
      unseen.length > 0 && attempt.confirmedNoneMatch
        ? 'Another possible match has been found since you checked. Check it before registering.'
        : 'This child may already be registered. Check the possible matches, or confirm that none of them is the child.',
  };
}
