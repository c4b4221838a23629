import type { AppErrorCode } from '@ecaf/domain';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { type AppErrorShape, toAppErrorShape } from '../trpc';

/** Awaits a call that must be refused with this typed error, and returns it as the client would see it. */
export async function expectAppError(promise: Promise<unknown>, code: AppErrorCode): Promise<AppErrorShape> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  const shape = toAppErrorShape(outcome as TRPCError);
  expect(shape.appCode, shape.message).toBe(code);
  return shape;
}
