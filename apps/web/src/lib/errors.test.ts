import { appErrorCodes } from '@ecaf/domain';
import { describe, expect, it } from 'vitest';
import { appErrorOf, errorMessage, isSignedOutError, networkErrorMessage } from './errors';

function trpcError(message: string, data: unknown) {
  return Object.assign(new Error(message), { data });
}

describe('errors', () => {
  it("uses the server's sentence when it sent one", () => {
    const error = trpcError('This child already has an open CAF (CAF-2026-000001).', {
      appCode: 'EPISODE_ALREADY_OPEN',
      details: { name: 'Sam' },
    });
    expect(errorMessage(error)).toBe('This child already has an open CAF (CAF-2026-000001).');
    expect(appErrorOf(error)?.details).toEqual({ name: 'Sam' });
  });

  it("falls back to the code's sentence", () => {
    expect(errorMessage(trpcError('', { appCode: 'ACCOUNT_LOCKED' }))).toBe(appErrorCodes.ACCOUNT_LOCKED.message);
  });

  it('keeps only string field errors', () => {
    const error = trpcError('x', {
      appCode: 'VALIDATION_FAILED',
      fieldErrors: { 'child.givenNames': 'Enter', bad: 3 },
    });
    expect(appErrorOf(error)?.fieldErrors).toEqual({ 'child.givenNames': 'Enter' });
  });

  it('explains errors that did not come from the server', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(networkErrorMessage);
    expect(errorMessage(new Error('boom'))).toBe(appErrorCodes.INTERNAL.message);
    expect(appErrorOf(trpcError('x', { appCode: 'NOPE' }))).toBeNull();
  });

  it('recognises signed-out errors', () => {
    expect(isSignedOutError(trpcError('x', { appCode: 'SESSION_EXPIRED' }))).toBe(true);
    expect(isSignedOutError(trpcError('x', { appCode: 'NOT_SIGNED_IN' }))).toBe(true);
    expect(isSignedOutError(trpcError('x', { appCode: 'FORBIDDEN' }))).toBe(false);
  });
});
