import type { AppErrorCode, FieldErrors } from '@ecaf/domain';
import type { AppErrorInfo } from '../../../lib/errors';

/**
 * CF-7 No lost work: the decisions autosave makes, as pure functions. The controller
 * (section-autosave.ts) does the waiting, sending and storing; these say what to send, what an
 * answer means and when to try again.
 */

/** What the other person saved, from a STALE_REVISION refusal's details. */
export type SavedVersion = {
  revision: number;
  content: Record<string, unknown>;
  updatedAt: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function savedVersionFrom(details: unknown): SavedVersion | null {
  if (!isRecord(details) || typeof details.revision !== 'number') return null;
  return {
    revision: details.revision,
    content: isRecord(details.content) ? details.content : {},
    updatedAt: typeof details.updatedAt === 'string' ? details.updatedAt : null,
  };
}

/** What to do with the values in the form now. */
export type SendDecision =
  /** The server already holds exactly this content. */
  | { kind: 'nothing' }
  /** Some answers cannot be saved as they are (a date half typed, too many characters). */
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'send'; json: string };

export function whatToSend(input: { json: string; errors: FieldErrors; acknowledgedJson: string }): SendDecision {
  if (Object.keys(input.errors).length > 0) return { kind: 'invalid', errors: input.errors };
  if (input.json === input.acknowledgedJson) return { kind: 'nothing' };
  return { kind: 'send', json: input.json };
}

/** What a refused or failed save means for the text in the form (which is always kept). */
export type FailureDecision =
  /** eCAF could not be reached, or answered with something that may pass: try again later. */
  | { kind: 'retry'; status: 'offline' }
  /** The session ended: keep trying quietly, and save for certain once the user signs in again. */
  | { kind: 'retry'; status: 'signed-out' }
  /** Someone else saved this section first: show both texts and let the user choose (CF-7). */
  | { kind: 'conflict'; saved: SavedVersion }
  /** The server refused some answers: show its messages beside the fields. */
  | { kind: 'invalid'; errors: FieldErrors; message: string }
  /** It will not be saved as things stand (CF-3, CF-6, no permission): say why, keep the text. */
  | { kind: 'refused'; code: AppErrorCode; message: string };

/**
 * `error` is `appErrorOf(caught)`: null when the answer did not come from eCAF (network down,
 * a proxy's error page), which is worth retrying.
 */
export function decideAfterFailure(error: AppErrorInfo | null): FailureDecision {
  if (error === null) return { kind: 'retry', status: 'offline' };
  switch (error.code) {
    case 'NOT_SIGNED_IN':
    case 'SESSION_EXPIRED':
      return { kind: 'retry', status: 'signed-out' };
    case 'STALE_REVISION': {
      const saved = savedVersionFrom(error.details);
      return saved
        ? { kind: 'conflict', saved }
        : { kind: 'refused', code: error.code, message: 'This section was changed by someone else. Reload the page.' };
    }
    case 'VALIDATION_FAILED':
      return { kind: 'invalid', errors: error.fieldErrors ?? {}, message: error.message };
    case 'INTERNAL':
      return { kind: 'retry', status: 'offline' };
    default:
      return { kind: 'refused', code: error.code, message: error.message };
  }
}

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 60_000;

/** How long to wait before retry number `attempt` (0 for the first): doubling, at most a minute. */
export function retryDelay(attempt: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempt), MAX_RETRY_MS);
}

/** A copy of the form kept on this device until the server has acknowledged exactly it. */
export type LocalDraft = {
  key: string;
  values: unknown;
  /** The revision of the section these values were based on. */
  baseRevision: number;
  /** When the values were last changed (ISO timestamp). */
  updatedAt: string;
};

export type RestoreDecision =
  | { kind: 'server' }
  /** The device's copy says nothing the server does not: forget it. */
  | { kind: 'discard-local' }
  /**
   * The device holds text the server does not have (the session ended, the connection dropped,
   * the tab closed): put it in the form and save it. If the server moved on meanwhile, the
   * save is refused as stale and the user chooses between the texts.
   */
  | { kind: 'use-local'; draft: LocalDraft; staleBase: boolean };

export function decideRestore(input: {
  local: LocalDraft | null;
  /** JSON of the local values' content, or null when they do not make valid content yet. */
  localContentJson: string | null;
  serverContentJson: string;
  serverRevision: number;
}): RestoreDecision {
  const { local } = input;
  if (local === null) return { kind: 'server' };
  if (input.localContentJson === input.serverContentJson) return { kind: 'discard-local' };
  return { kind: 'use-local', draft: local, staleBase: local.baseRevision !== input.serverRevision };
}

/** The key of a section's copy on this device: one per user, episode, version and section. */
export function draftKey(parts: {
  userId: string;
  episodeId: string;
  versionNumber: number;
  sectionId: string;
}): string {
  return [parts.userId, parts.episodeId, parts.versionNumber, parts.sectionId].join(':');
}

/** The prefix of every key for one version, to find which of its sections have a copy here. */
export function draftKeyPrefix(parts: { userId: string; episodeId: string; versionNumber: number }): string {
  return `${[parts.userId, parts.episodeId, parts.versionNumber].join(':')}:`;
}

/** The prefix of every key one user has on this device (for signing out). */
export function userDraftKeyPrefix(userId: string): string {
  return `${userId}:`;
}
