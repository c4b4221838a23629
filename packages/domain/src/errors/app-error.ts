/**
 * One error taxonomy for the whole product. Every refusal the server makes is one of these
 * codes; the server maps each to an HTTP/tRPC status once (packages/api/src/trpc.ts) and the
 * client turns each into a sentence a practitioner can act on (apps/web/src/lib/errors.ts).
 */
export const appErrorCodes = {
  VALIDATION_FAILED: { status: 'BAD_REQUEST', message: 'Some answers need correcting.' },
  NOT_SIGNED_IN: { status: 'UNAUTHORIZED', message: 'Sign in to continue.' },
  SESSION_EXPIRED: {
    status: 'UNAUTHORIZED',
    message: 'You were signed out because your session ended. Sign in again to continue.',
  },
  INVALID_CREDENTIALS: {
    status: 'UNAUTHORIZED',
    message: 'Enter a correct email address and password.',
  },
  ACCOUNT_LOCKED: {
    status: 'TOO_MANY_REQUESTS',
    message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
  },
  ACCOUNT_SUSPENDED: {
    status: 'FORBIDDEN',
    message: 'Your account is suspended. Contact your administrator.',
  },
  FORBIDDEN: { status: 'FORBIDDEN', message: 'You do not have permission to do this.' },
  NOT_FOUND: { status: 'NOT_FOUND', message: 'We could not find that record.' },
  CSRF_REFUSED: {
    status: 'FORBIDDEN',
    message: 'This request did not come from eCAF. Reload the page and try again.',
  },
  POSSIBLE_DUPLICATE: {
    status: 'CONFLICT',
    message: 'This child may already be registered. Check the possible matches.',
  },
  EPISODE_ALREADY_OPEN: {
    status: 'CONFLICT',
    message: 'This child already has an open CAF. Contact its lead professional to join the team.',
  },
  SAFEGUARDING_CONCERN: {
    status: 'PRECONDITION_FAILED',
    message: 'A CAF cannot be started when there is an immediate safeguarding concern.',
  },
  CONSENT_REQUIRED: {
    status: 'PRECONDITION_FAILED',
    message: 'Record consent to assess and store information before saving the assessment.',
  },
  CHILD_NOT_SEEN: {
    status: 'PRECONDITION_FAILED',
    message: 'Record when the child was seen before completing the assessment.',
  },
  INCOMPLETE: { status: 'PRECONDITION_FAILED', message: 'Some parts of the assessment are not finished yet.' },
  VERSION_COMPLETED: {
    status: 'CONFLICT',
    message: 'This version has been completed and cannot be changed. Start a review to make changes.',
  },
  STALE_REVISION: {
    status: 'CONFLICT',
    message: 'This section was changed by someone else since you opened it. Your text has not been lost.',
  },
  DRAFT_IN_PROGRESS: { status: 'CONFLICT', message: 'A draft of this assessment is already in progress.' },
  OUTSIDE_CONSENT_SCOPE: {
    status: 'PRECONDITION_FAILED',
    message: "The family's consent to share does not include this organisation.",
  },
  CONSENT_CHANGED: {
    status: 'CONFLICT',
    message: 'This consent record has changed since you opened it. Reload the page to see it as it is now.',
  },
  INVITATION_INVALID: {
    status: 'PRECONDITION_FAILED',
    message: 'This invitation cannot be used. Ask the practitioner who invited you for a new one.',
  },
  LEAD_PROFESSIONAL_NOT_ALLOWED: {
    status: 'PRECONDITION_FAILED',
    message: 'A lead professional cannot be assigned to this CAF now.',
  },
  HANDOVER_REQUIRED: {
    status: 'CONFLICT',
    message: 'The lead professional has to hand the role over to another member of the team first.',
  },
  JOIN_REQUEST_REFUSED: { status: 'CONFLICT', message: 'You cannot ask to join this team.' },
  EPISODE_CLOSED: {
    status: 'CONFLICT',
    message: 'This CAF is closed. Reopen it to make changes.',
  },
  EPISODE_NOT_CLOSED: { status: 'CONFLICT', message: 'This CAF is not closed.' },
  PLAN_NOT_STARTED: {
    status: 'PRECONDITION_FAILED',
    message: 'The delivery plan starts when the assessment is completed. Complete the assessment first.',
  },
  PLAN_ACTION_CHANGED: {
    status: 'CONFLICT',
    message: 'This action was changed by someone else since you opened it. Reload the page to see it as it is now.',
  },
  MERGE_NOT_ALLOWED: {
    status: 'PRECONDITION_FAILED',
    message: 'These two records cannot be merged.',
  },
  MERGE_ALREADY_UNDONE: { status: 'CONFLICT', message: 'This merge has already been undone.' },
  DUPLICATE_PAIR_DECIDED: {
    status: 'CONFLICT',
    message: 'Someone has already decided about this pair. Reload the page to see what was decided.',
  },
  DUPLICATE_REVIEW_RUNNING: {
    status: 'CONFLICT',
    message: 'A duplicate review is already running. Wait for it to finish.',
  },
  INTERNAL: { status: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong. Try again.' },
} as const satisfies Record<string, { status: TrpcStatus; message: string }>;

type TrpcStatus =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export type AppErrorCode = keyof typeof appErrorCodes;

/** Field-level problems, keyed by the form field's path (`parents.0.name`). */
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  /** Extra data the client needs to help the user (e.g. the possible duplicates). */
  readonly details: unknown;

  constructor(code: AppErrorCode, options: { message?: string; fieldErrors?: FieldErrors; details?: unknown } = {}) {
    super(options.message ?? appErrorCodes[code].message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

/** A rule's answer: allowed, or refused with a typed reason the client can explain. */
export type Decision<Reason extends string = string, Extra = undefined> =
  | { allowed: true }
  | ({ allowed: false; reason: Reason; message: string } & (Extra extends undefined ? unknown : { extra: Extra }));

export const allow = { allowed: true } as const;
