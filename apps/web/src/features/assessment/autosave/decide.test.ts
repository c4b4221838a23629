import { describe, expect, it } from 'vitest';
import type { AppErrorInfo } from '../../../lib/errors';
import {
  decideAfterFailure,
  decideRestore,
  draftKey,
  draftKeyPrefix,
  type LocalDraft,
  MAX_RETRY_MS,
  retryDelay,
  userDraftKeyPrefix,
  whatToSend,
} from './decide';

const appError = (code: AppErrorInfo['code'], extra: Partial<AppErrorInfo> = {}): AppErrorInfo => ({
  code,
  message: `${code} message`,
  fieldErrors: undefined,
  details: undefined,
  ...extra,
});

describe('CF-7 whatToSend', () => {
  it('sends content the server does not hold yet', () => {
    expect(whatToSend({ json: '{"a":"b"}', errors: {}, acknowledgedJson: '{"a":""}' })).toEqual({
      kind: 'send',
      json: '{"a":"b"}',
    });
  });

  it('sends nothing when the server already holds exactly this content', () => {
    expect(whatToSend({ json: '{"a":"b"}', errors: {}, acknowledgedJson: '{"a":"b"}' })).toEqual({ kind: 'nothing' });
  });

  it('holds back content with problems (a date half typed), whatever the server holds', () => {
    const errors = { dueDate: 'By when must include a month' };
    expect(whatToSend({ json: '{}', errors, acknowledgedJson: '{"a":1}' })).toEqual({ kind: 'invalid', errors });
  });
});

describe('CF-7 decideAfterFailure: the text is always kept; what happens next depends on the answer', () => {
  it('retries when eCAF cannot be reached or fails unexpectedly', () => {
    expect(decideAfterFailure(null)).toEqual({ kind: 'retry', status: 'offline' });
    expect(decideAfterFailure(appError('INTERNAL'))).toEqual({ kind: 'retry', status: 'offline' });
  });

  it('waits for the user to sign in again when the session has ended', () => {
    expect(decideAfterFailure(appError('SESSION_EXPIRED'))).toEqual({ kind: 'retry', status: 'signed-out' });
    expect(decideAfterFailure(appError('NOT_SIGNED_IN'))).toEqual({ kind: 'retry', status: 'signed-out' });
  });

  it("turns a stale save into a conflict with the saved text from the refusal's details", () => {
    const details = {
      sectionId: 'views',
      revision: 7,
      content: { childViews: 'Theirs' },
      updatedAt: '2026-03-03T14:02:00Z',
    };
    expect(decideAfterFailure(appError('STALE_REVISION', { details }))).toEqual({
      kind: 'conflict',
      saved: { revision: 7, content: { childViews: 'Theirs' }, updatedAt: '2026-03-03T14:02:00Z' },
    });
  });

  it('shows the server field errors beside the fields', () => {
    const fieldErrors = { 'agreedActions.0.dueDate': 'By when must be a real date' };
    expect(decideAfterFailure(appError('VALIDATION_FAILED', { fieldErrors }))).toEqual({
      kind: 'invalid',
      errors: fieldErrors,
      message: 'VALIDATION_FAILED message',
    });
  });

  it('stops, and says why, when the save cannot succeed as things stand (CF-3, CF-6, permission)', () => {
    for (const code of ['CONSENT_REQUIRED', 'VERSION_COMPLETED', 'FORBIDDEN', 'NOT_FOUND'] as const) {
      expect(decideAfterFailure(appError(code))).toEqual({ kind: 'refused', code, message: `${code} message` });
    }
  });
});

describe('CF-7 retryDelay', () => {
  it('doubles from 2 seconds and never waits more than a minute', () => {
    expect([0, 1, 2, 3, 4].map(retryDelay)).toEqual([2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(retryDelay(5)).toBe(MAX_RETRY_MS);
    expect(retryDelay(50)).toBe(MAX_RETRY_MS);
  });
});

describe('CF-7 decideRestore', () => {
  const local: LocalDraft = { key: 'k', values: { a: 'mine' }, baseRevision: 3, updatedAt: '2026-03-03T14:00:00Z' };

  it('uses the server text when the device has no copy', () => {
    expect(decideRestore({ local: null, localContentJson: null, serverContentJson: '{}', serverRevision: 3 })).toEqual({
      kind: 'server',
    });
  });

  it('forgets a copy that says what the server already says', () => {
    expect(
      decideRestore({ local, localContentJson: '{"a":"mine"}', serverContentJson: '{"a":"mine"}', serverRevision: 4 }),
    ).toEqual({ kind: 'discard-local' });
  });

  it('puts unsaved text back in the form, noting when the server has moved on since', () => {
    expect(
      decideRestore({ local, localContentJson: '{"a":"mine"}', serverContentJson: '{"a":""}', serverRevision: 3 }),
    ).toEqual({ kind: 'use-local', draft: local, staleBase: false });
    expect(
      decideRestore({ local, localContentJson: null, serverContentJson: '{"a":"theirs"}', serverRevision: 5 }),
    ).toEqual({ kind: 'use-local', draft: local, staleBase: true });
  });
});

describe('draftKey', () => {
  it('is one per user, episode, version and section, and shares a prefix per version', () => {
    const key = draftKey({ userId: 'u', episodeId: 'e', versionNumber: 2, sectionId: 'views' });
    expect(key).toBe('u:e:2:views');
    expect(key.startsWith(draftKeyPrefix({ userId: 'u', episodeId: 'e', versionNumber: 2 }))).toBe(true);
    expect(key.startsWith(draftKeyPrefix({ userId: 'u', episodeId: 'e', versionNumber: 1 }))).toBe(false);
  });
});

describe('the keys of what one user keeps on this device', () => {
  it("a user's prefix covers every section key of theirs and no other user's", () => {
    const key = draftKey({ userId: 'u1', episodeId: 'e', versionNumber: 2, sectionId: 'views' });
    expect(key.startsWith(userDraftKeyPrefix('u1'))).toBe(true);
    expect(key.startsWith(userDraftKeyPrefix('u'))).toBe(false);
  });
});
