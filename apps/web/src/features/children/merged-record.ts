import { appErrorOf } from '../../lib/errors';

/**
 * CH-2: a record merged into another is a tombstone. The server answers "not found" for it, with
 * the id of the record it was merged into in the error's details; null for any other error.
 */
export function mergedIntoIdOf(error: unknown): string | null {
  const appError = appErrorOf(error);
  if (appError?.code !== 'NOT_FOUND') return null;
  const details = appError.details;
  if (typeof details !== 'object' || details === null || !('mergedIntoId' in details)) return null;
  const id = details.mergedIntoId;
  return typeof id === 'string' && id !== '' ? id : null;
}
