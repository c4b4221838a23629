/**
 * True when `error` is a unique-index violation of `constraint`: the database settling a race
 * the service's own check could not (two people pressing the same button at once).
 */
export function violatesUnique(error: unknown, constraint: string): boolean {
  const cause = (error as { cause?: { code?: string; constraint_name?: string; constraint?: string } }).cause;
  return cause?.code === '23505' && (cause.constraint_name ?? cause.constraint) === constraint;
}
