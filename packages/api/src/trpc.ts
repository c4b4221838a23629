import { appendAuditEvent } from '@ecaf/db';
import { AppError, type AppErrorCode, appErrorCodes, can, type FieldErrors, type Permission } from '@ecaf/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context, CurrentUser } from './context';

function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    // The first problem per field is the one a person should fix first.
    out[path] ??= issue.message;
  }
  return out;
}

/** Throws a typed error: the only way procedures and services refuse. */
export function fail(code: AppErrorCode, options?: ConstructorParameters<typeof AppError>[1]): never {
  const appError = new AppError(code, options);
  throw new TRPCError({ code: appErrorCodes[code].status, message: appError.message, cause: appError });
}

export type AppErrorShape = {
  appCode: AppErrorCode;
  message: string;
  fieldErrors: FieldErrors | undefined;
  details: unknown;
};

/** Every error a procedure can end with, as the client sees it: a code, a sentence, field errors. */
export function toAppErrorShape(error: TRPCError): AppErrorShape {
  if (error.cause instanceof AppError) {
    const { code, message, fieldErrors, details } = error.cause;
    return { appCode: code, message, fieldErrors, details };
  }
  if (error.cause instanceof ZodError) {
    return {
      appCode: 'VALIDATION_FAILED',
      message: appErrorCodes.VALIDATION_FAILED.message,
      fieldErrors: fieldErrorsFromZod(error.cause),
      details: undefined,
    };
  }
  const appCode: AppErrorCode =
    error.code === 'NOT_FOUND'
      ? 'NOT_FOUND'
      : error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR'
        ? 'VALIDATION_FAILED'
        : 'INTERNAL';
  // Internal messages and stacks never reach the browser: they may hold personal data.
  return { appCode, message: appErrorCodes[appCode].message, fieldErrors: undefined, details: undefined };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const { message, ...data } = toAppErrorShape(error);
    return {
      message,
      code: shape.code,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, ...data },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * CSRF: every call must carry the SPA's custom header, which a cross-site form, link or image
 * cannot send. Queries too: reading a child's record writes an audit event, so a read is a
 * state change here.
 */
const csrfGuard = t.middleware(({ ctx, next }) => {
  if (!ctx.request.fromOwnClient) fail('CSRF_REFUSED');
  return next();
});

export const publicProcedure = t.procedure.use(csrfGuard);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) fail(ctx.sessionProblem ?? 'NOT_SIGNED_IN');
  const user: CurrentUser = ctx.user;
  return next({ ctx: { ...ctx, user } });
});

/**
 * The first of three checks (procedure, service, query): the role must hold the permission.
 * A refusal is itself audited, so probing shows up in the trail.
 */
export function procedureWith(permission: Permission) {
  return signedInProcedure.use(async ({ ctx, path, next }) => {
    if (!can(ctx.user.role, permission)) {
      await ctx.db.transaction((tx) =>
        appendAuditEvent(tx, {
          at: ctx.now(),
          actorUserId: ctx.user.id,
          actorRole: ctx.user.role,
          action: 'access.denied',
          ipAddress: ctx.request.ipAddress,
          requestId: ctx.request.requestId,
          detail: { procedure: path, permission },
        }),
      );
      fail('FORBIDDEN');
    }
    return next();
  });
}
