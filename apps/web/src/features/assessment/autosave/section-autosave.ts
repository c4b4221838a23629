import type { AppErrorCode, FieldErrors, SectionDefinition } from '@ecaf/domain';
import { appErrorOf } from '../../../lib/errors';
import { contentFromValues, type SectionContent, type SectionFormValues, valuesFromContent } from '../form-values';
import {
  decideAfterFailure,
  decideRestore,
  type FailureDecision,
  type LocalDraft,
  retryDelay,
  type SavedVersion,
  whatToSend,
} from './decide';
import type { DraftStore } from './draft-store';
import { stableJson } from './stable-json';

export type SaveAnswer = { revision: number; savedAt: string };
export type SendSave = (input: { content: SectionContent; baseRevision: number }) => Promise<SaveAnswer>;

export type AutosaveStatus =
  | { kind: 'idle' }
  /** Changed since the last save; a save follows when the user pauses or leaves the field. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** Some answers need correcting before the section can be saved. */
  | { kind: 'invalid'; message?: string }
  | { kind: 'offline' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; code: AppErrorCode; message: string }
  | { kind: 'conflict' };

export type AutosaveSnapshot = {
  /** False until the device's copy has been looked for. */
  ready: boolean;
  values: SectionFormValues;
  /** Changes whenever the values are replaced from outside the form (restored, merged): remount the fields. */
  generation: number;
  baseRevision: number;
  status: AutosaveStatus;
  /** Problems to show beside the fields: the form's own checks and the server's VALIDATION_FAILED. */
  errors: FieldErrors;
  /** Someone else's save that this one ran into (CF-7), until the user has chosen. */
  conflict: SavedVersion | null;
  /** When the form was filled from this device's copy instead of the server's text: that copy's time. */
  restoredFrom: string | null;
  /** False when this device could not keep a copy (no IndexedDB, or writing to it failed). */
  keptOnDevice: boolean;
};

export type FlushReason = 'idle' | 'blur' | 'explicit' | 'retry' | 'restore';

type Timers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

export type AutosaveOptions = {
  section: SectionDefinition;
  /** The device copy's key (`draftKey`). */
  key: string;
  server: { content: SectionContent; revision: number };
  /** False when nothing may be saved (read-only, no consent yet, a completed version): the device's copy is still read. */
  canSave: boolean;
  store: DraftStore;
  send: SendSave;
  onSaved?: (answer: SaveAnswer, content: SectionContent) => void;
  now?: () => Date;
  debounceMs?: number;
  timers?: Timers;
};

type StoreOp =
  | { kind: 'put'; draft: LocalDraft }
  | { kind: 'deleteIfUnchanged'; valuesJson: string }
  | { kind: 'delete' };

export const AUTOSAVE_IDLE_MS = 1_500;
/** Someone typing without a pause is saved at least this often. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

const defaultTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function contentJsonOf(section: SectionDefinition, values: SectionFormValues): string {
  return stableJson(contentFromValues(section, values).content);
}

/**
 * CF-7 No lost work, for one section of one version. Every change is written to this device
 * first; it is sent when the user pauses (1.5 s), leaves a field, or asks; it names the revision
 * the text was based on; the device's copy is removed only once the server has acknowledged
 * exactly that text. A failed save keeps the text and says why; a dropped connection or ended
 * session is retried with growing waits (and at once when the browser is back online or the
 * window regains focus); a stale save becomes a conflict for the user to resolve.
 *
 * Framework-free: React reads it through `subscribe`/`getSnapshot` (useSectionAutosave).
 */
export class SectionAutosave {
  private readonly section: SectionDefinition;
  private readonly options: AutosaveOptions;
  private readonly timers: Timers;
  private readonly now: () => Date;
  private snapshot: AutosaveSnapshot;
  private readonly listeners = new Set<() => void>();
  /** JSON of the content the server holds at `baseRevision`, as far as this page knows. */
  private acknowledgedJson: string;
  private lastSavedAt: string | null = null;
  private idleTimer: unknown = null;
  /** When the first change not yet sent was made (ms), for the longest wait. */
  private changedSince: number | null = null;
  private retryTimer: unknown = null;
  private attempt = 0;
  private inFlight: Promise<void> | null = null;
  private readonly ops: StoreOp[] = [];
  private draining: Promise<void> | null = null;
  private disposed = false;

  constructor(options: AutosaveOptions) {
    this.options = options;
    this.section = options.section;
    this.timers = options.timers ?? defaultTimers;
    this.now = options.now ?? (() => new Date());
    const values = valuesFromContent(this.section, options.server.content);
    this.acknowledgedJson = contentJsonOf(this.section, values);
    this.snapshot = {
      ready: false,
      values,
      generation: 0,
      baseRevision: options.server.revision,
      status: { kind: 'idle' },
      errors: {},
      conflict: null,
      restoredFrom: null,
      keptOnDevice: options.store.persistent,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): AutosaveSnapshot => this.snapshot;

  private update(patch: Partial<AutosaveSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Looks for this device's copy and, when it holds text the server lacks, puts it in the form and saves it. */
  async start(): Promise<void> {
    let local: LocalDraft | null = null;
    try {
      local = await this.options.store.get(this.options.key);
    } catch {
      this.update({ keptOnDevice: false });
    }
    if (this.disposed) return;
    const localValues = local ? valuesFromContent(this.section, local.values) : null;
    const localContent = localValues ? contentFromValues(this.section, localValues) : null;
    const decision = decideRestore({
      local,
      localContentJson:
        localContent && Object.keys(localContent.errors).length === 0 ? stableJson(localContent.content) : null,
      serverContentJson: this.acknowledgedJson,
      serverRevision: this.options.server.revision,
    });
    if (decision.kind === 'use-local' && localValues) {
      this.update({
        ready: true,
        values: localValues,
        generation: this.snapshot.generation + 1,
        baseRevision: decision.draft.baseRevision,
        restoredFrom: decision.draft.updatedAt,
        status: { kind: 'pending' },
      });
      if (this.options.canSave) await this.flush('restore');
      return;
    }
    if (decision.kind === 'discard-local') this.enqueue({ kind: 'delete' });
    this.update({ ready: true });
  }

  /** The form changed: keep it on this device now, save it once the user pauses. */
  edit(values: SectionFormValues): void {
    if (this.disposed || !this.options.canSave || this.snapshot.conflict) return;
    const { status } = this.snapshot;
    const keepStatus = status.kind === 'offline' || status.kind === 'signed-out' || status.kind === 'refused';
    this.update({ values, status: keepStatus || status.kind === 'saving' ? status : { kind: 'pending' } });
    this.persist();
    this.clearIdleTimer();
    const now = this.now().getTime();
    this.changedSince ??= now;
    const longest = Math.max(0, this.changedSince + AUTOSAVE_MAX_WAIT_MS - now);
    this.idleTimer = this.timers.set(
      () => {
        this.idleTimer = null;
        void this.flush('idle');
      },
      Math.min(this.options.debounceMs ?? AUTOSAVE_IDLE_MS, longest),
    );
  }

  /**
   * Saves what the form holds, if the server does not have it yet. Resolves with the status
   * once that save (and any save already under way) has finished.
   */
  async flush(reason: FlushReason): Promise<AutosaveStatus> {
    this.clearIdleTimer();
    this.changedSince = null;
    if (this.disposed && reason !== 'blur') return this.snapshot.status;
    if (!this.options.canSave || this.snapshot.conflict) return this.snapshot.status;
    if (this.inFlight) {
      await this.inFlight;
      const { status } = this.snapshot;
      // A failure that is already being retried is not worth an immediate second attempt.
      const waiting = status.kind === 'offline' || status.kind === 'signed-out' || status.kind === 'refused';
      if (this.snapshot.conflict || (waiting && reason !== 'explicit')) return status;
      return this.flush(reason);
    }

    const { values, baseRevision } = this.snapshot;
    const { content, errors } = contentFromValues(this.section, values);
    const json = stableJson(content);
    const decision = whatToSend({ json, errors, acknowledgedJson: this.acknowledgedJson });

    if (decision.kind === 'invalid') {
      // While typing, only problems already on show stay; leaving a field or saving shows them all.
      const shown =
        reason === 'idle'
          ? Object.fromEntries(Object.entries(errors).filter(([path]) => path in this.snapshot.errors))
          : errors;
      this.update({ status: { kind: 'invalid' }, errors: shown });
      return this.snapshot.status;
    }
    if (decision.kind === 'nothing') {
      this.enqueue({ kind: 'deleteIfUnchanged', valuesJson: stableJson(values) });
      this.clearRetryTimer();
      this.attempt = 0;
      this.update({
        status: this.lastSavedAt ? { kind: 'saved', at: this.lastSavedAt } : { kind: 'idle' },
        errors: {},
      });
      return this.snapshot.status;
    }

    const sentValuesJson = stableJson(values);
    this.clearRetryTimer();
    // While eCAF cannot be reached or the user is signed out, a retry does not flip the status
    // to "Saving…" and back: screen readers would hear it again, and its link would vanish mid-click.
    const { status } = this.snapshot;
    const retrying = status.kind === 'offline' || status.kind === 'signed-out';
    if (!retrying) this.update({ status: { kind: 'saving' } });
    this.inFlight = this.send(content, json, sentValuesJson, baseRevision).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
    return this.snapshot.status;
  }

  private async send(content: SectionContent, json: string, sentValuesJson: string, baseRevision: number) {
    try {
      const answer = await this.options.send({ content, baseRevision });
      this.attempt = 0;
      this.acknowledgedJson = json;
      this.lastSavedAt = answer.savedAt;
      const changedMeanwhile = stableJson(this.snapshot.values) !== sentValuesJson;
      this.update({
        baseRevision: answer.revision,
        errors: {},
        status: changedMeanwhile ? { kind: 'pending' } : { kind: 'saved', at: answer.savedAt },
      });
      // The device's copy goes only if it still holds exactly what the server acknowledged;
      // newer text is kept, now based on the new revision.
      if (changedMeanwhile) this.persist();
      else this.enqueue({ kind: 'deleteIfUnchanged', valuesJson: sentValuesJson });
      this.options.onSaved?.(answer, content);
    } catch (error) {
      this.failed(decideAfterFailure(appErrorOf(error)));
    }
  }

  private failed(decision: FailureDecision) {
    switch (decision.kind) {
      case 'retry': {
        this.update({ status: { kind: decision.status } });
        if (this.disposed) return;
        const delay = retryDelay(this.attempt);
        this.attempt += 1;
        this.clearRetryTimer();
        this.retryTimer = this.timers.set(() => {
          this.retryTimer = null;
          void this.flush('retry');
        }, delay);
        return;
      }
      case 'conflict':
        this.clearIdleTimer();
        this.update({ conflict: decision.saved, status: { kind: 'conflict' } });
        return;
      case 'invalid':
        this.update({ status: { kind: 'invalid', message: decision.message }, errors: decision.errors });
        return;
      case 'refused':
        this.update({ status: { kind: 'refused', code: decision.code, message: decision.message } });
        return;
    }
  }

  /** The connection is back or the window regained focus: try a waiting save now. */
  retryNow(): void {
    const { kind } = this.snapshot.status;
    if (kind !== 'offline' && kind !== 'signed-out') return;
    this.clearRetryTimer();
    void this.flush('retry');
  }

  /**
   * The user chose between their text and the saved text (CF-7): these values replace the form
   * and are saved on top of the revision they were shown.
   */
  async resolveConflict(values: SectionFormValues, saved: SavedVersion): Promise<AutosaveStatus> {
    this.acknowledgedJson = contentJsonOf(this.section, valuesFromContent(this.section, saved.content));
    this.update({
      values,
      generation: this.snapshot.generation + 1,
      baseRevision: saved.revision,
      conflict: null,
      errors: {},
      status: { kind: 'pending' },
    });
    this.persist();
    return this.flush('explicit');
  }

  /** Forgets this device's copy (a copy that can no longer be saved, at the user's request). */
  discardDeviceCopy(): void {
    this.enqueue({ kind: 'delete' });
    this.update({ restoredFrom: null });
  }

  /** Resolves once every write to this device has finished. */
  async settled(): Promise<void> {
    while (this.draining || this.inFlight) {
      await this.draining;
      await this.inFlight;
    }
  }

  /** The page is going: stop the timers, and send what the user typed in the last moments. */
  dispose(): void {
    if (this.disposed) return;
    const pending = this.idleTimer !== null || this.snapshot.status.kind === 'pending';
    this.clearIdleTimer();
    this.clearRetryTimer();
    this.disposed = true;
    this.listeners.clear();
    if (pending) void this.flush('blur');
  }

  private persist() {
    this.enqueue({
      kind: 'put',
      draft: {
        key: this.options.key,
        values: this.snapshot.values,
        baseRevision: this.snapshot.baseRevision,
        updatedAt: this.now().toISOString(),
      },
    });
  }

  /** Writes to the device in order; a write waiting behind another is replaced by a newer one. */
  private enqueue(op: StoreOp) {
    const last = this.ops.at(-1);
    if (op.kind === 'put' && last?.kind === 'put') this.ops[this.ops.length - 1] = op;
    else this.ops.push(op);
    this.draining ??= this.drain();
  }

  private async drain() {
    await Promise.resolve();
    for (let op = this.ops.shift(); op !== undefined; op = this.ops.shift()) {
      try {
        if (op.kind === 'put') await this.options.store.put(op.draft);
        else if (op.kind === 'deleteIfUnchanged')
          await this.options.store.deleteIfUnchanged(this.options.key, op.valuesJson);
        else await this.options.store.delete(this.options.key);
      } catch {
        if (op.kind === 'put' && !this.disposed) this.update({ keptOnDevice: false });
      }
    }
    this.draining = null;
  }

  private clearIdleTimer() {
    if (this.idleTimer !== null) this.timers.clear(this.idleTimer);
    this.idleTimer = null;
  }

  private clearRetryTimer() {
    if (this.retryTimer !== null) this.timers.clear(this.retryTimer);
    this.retryTimer = null;
  }
}
