import { type AppErrorCode, appErrorCodes, type FieldErrors } from '@ecaf/domain';

/** What the server's error formatter sends in `error.data` (packages/api/src/trpc.ts). */
export type AppErrorInfo = {
  code: AppErrorCode;
  /** Written for people by the server; falls back to the code's own sentence. */
  message: string;
  fieldErrors: FieldErrors | undefined;
  details: unknown;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === 'string' && Object.hasOwn(appErrorCodes, value);
}

function fieldErrorsFrom(value: unknown): FieldErrors | undefined {
  if (!isRecord(value)) return undefined;
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(value)) {
    if (typeof message === 'string' && message !== '') out[path] = message;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Reads the app's error out of a tRPC client error (or anything thrown). Returns null when the
 * error did not come from eCAF's server (for example, the network is down).
 */
export function appErrorOf(error: unknown): AppErrorInfo | null {
  if (!isRecord(error) && !(error instanceof Error)) return null;
  const data: unknown = (error as { data?: unknown }).data;
  if (!isRecord(data) || !isAppErrorCode(data.appCode)) return null;
  const serverMessage = (error as { message?: unknown }).message;
  return {
    code: data.appCode,
    message:
      typeof serverMessage === 'string' && serverMessage.trim() !== ''
        ? serverMessage
        : appErrorCodes[data.appCode].message,
    fieldErrors: fieldErrorsFrom(data.fieldErrors),
    details: data.details,
  };
}

export const networkErrorMessage = 'eCAF could not be reached. Check your connection and try again.';

/** One sentence a practitioner can act on, for any error. */
export function errorMessage(error: unknown): string {
  const appError = appErrorOf(error);
  if (appError) return appError.message;
  if (error instanceof TypeError) return networkErrorMessage;
  return appErrorCodes.INTERNAL.message;
}

export function isSignedOutError(error: unknown): boolean {
  const code = appErrorOf(error)?.code;
  return code === 'SESSION_EXPIRED' || code === 'NOT_SIGNED_IN';
}
