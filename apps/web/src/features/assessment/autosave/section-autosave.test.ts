import 'fake-indexeddb/auto';
import { getSection, type SectionDefinition } from '@ecaf/domain';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { type SectionFormValues, valuesFromContent, withValueAt } from '../form-values';
import { type DraftStore, indexedDbDraftStore } from './draft-store';
import { type AutosaveOptions, SectionAutosave, type SendSave } from './section-autosave';

function section(id: string): SectionDefinition {
  const found = getSection(id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}

const views = section('views');
const KEY = 'user-1:episode-1:1:views';

/** Timers the test moves by hand, so nothing waits for real time. */
function manualTimers() {
  let now = 0;
  let nextId = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  return {
    time: () => now,
    set: (run: () => void, ms: number) => {
      nextId += 1;
      pending.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clear: (handle: unknown) => {
      pending.delete(handle as number);
    },
    /** Moves time on, running each timer that falls due. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].run();
      }
      now = until;
    },
  };
}

/** An error as the tRPC client reports eCAF's refusals. */
function refusal(appCode: string, extra: { details?: unknown; fieldErrors?: Record<string, string> } = {}) {
  return Object.assign(new Error(`${appCode} from the server`), { data: { appCode, ...extra } });
}

const networkDown = () => new TypeError('Failed to fetch');

function setup(
  overrides: Partial<AutosaveOptions> & { send?: SendSave } = {},
  store: DraftStore = indexedDbDraftStore(new IDBFactory()),
) {
  const timers = manualTimers();
  const send = vi.fn<SendSave>(overrides.send ?? (async () => ({ revision: 1, savedAt: '2026-03-03T14:03:00.000Z' })));
  const autosave = new SectionAutosave({
    section: views,
    key: KEY,
    server: { content: {}, revision: 0 },
    canSave: true,
    store,
    timers,
    now: () => new Date(Date.parse('2026-03-03T14:02:30.000Z') + timers.time()),
    ...overrides,
    send,
  });
  return { autosave, send, store, timers };
}

const typed = (text: string, base: SectionFormValues = valuesFromContent(views, {})) =>
  withValueAt(base, 'childViews', text);

describe('CF-7 autosave', () => {
  it('keeps every change on this device, saves 1.5 s after the last one with its base revision, then forgets the copy', async () => {
    const { autosave, send, store, timers } = setup({ server: { content: { childViews: 'Old' }, revision: 4 } });
    await autosave.start();
    autosave.edit(typed('Hel'));
    autosave.edit(typed('Hello'));
    await autosave.settled();
    expect((await store.get(KEY))?.values).toMatchObject({ childViews: 'Hello' });
    expect((await store.get(KEY))?.baseRevision).toBe(4);

    timers.advance(1_499);
    expect(send).not.toHaveBeenCalled();
    timers.advance(1);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ baseRevision: 4, content: { childViews: 'Hello' } });
    expect(autosave.getSnapshot().status).toEqual({ kind: 'saved', at: '2026-03-03T14:03:00.000Z' });
    expect(autosave.getSnapshot().baseRevision).toBe(1);
    expect(await store.get(KEY)).toBeNull();
  });

  it('saves at least every 10 seconds while someone types without pausing', async () => {
    const { autosave, send, timers } = setup();
    await autosave.start();
    let text = '';
    for (let second = 1; second <= 12; second += 1) {
      text += 'x';
      autosave.edit(typed(text));
      timers.advance(1_000);
      await autosave.settled();
    }
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0]).toMatchObject({ content: { childViews: 'x'.repeat(10) } });
  });

  it('saves at once when the user leaves a field, and sends nothing the server already has', async () => {
    const { autosave, send } = setup();
    await autosave.start();
    autosave.edit(typed('Hello'));
    await autosave.flush('blur');
    await autosave.flush('blur');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the text when eCAF cannot be reached, and retries with growing waits', async () => {
    const answers = [networkDown(), networkDown()];
    const { autosave, send, store, timers } = setup({
      send: async () => {
        const next = answers.shift();
        if (next) throw next;
        return { revision: 1, savedAt: '2026-03-03T14:05:00.000Z' };
      },
    });
    await autosave.start();
    autosave.edit(typed('Typed on the train'));
    await autosave.flush('blur');
    expect(autosave.getSnapshot().status).toEqual({ kind: 'offline' });
    expect((await store.get(KEY))?.values).toMatchObject({ childViews: 'Typed on the train' });

    timers.advance(2_000);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(2);
    expect(autosave.getSnapshot().status.kind).toBe('offline');

    timers.advance(3_999);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(2);
    timers.advance(1);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(3);
    expect(autosave.getSnapshot().status).toEqual({ kind: 'saved', at: '2026-03-03T14:05:00.000Z' });
    expect(await store.get(KEY)).toBeNull();
  });

  it('tries again at once when the connection returns', async () => {
    let online = false;
    const { autosave, send } = setup({
      send: async () => {
        if (!online) throw networkDown();
        return { revision: 1, savedAt: '2026-03-03T14:05:00.000Z' };
      },
    });
    await autosave.start();
    autosave.edit(typed('Hello'));
    await autosave.flush('blur');
    online = true;
    autosave.retryNow();
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(2);
    expect(autosave.getSnapshot().status.kind).toBe('saved');
  });

  it('keeps the text through a session that ended, and saves it from the device after signing in again', async () => {
    const store = indexedDbDraftStore(new IDBFactory());
    const before = setup({ send: async () => Promise.reject(refusal('SESSION_EXPIRED')) }, store);
    await before.autosave.start();
    before.autosave.edit(typed('Written before the timeout'));
    await before.autosave.flush('blur');
    expect(before.autosave.getSnapshot().status).toEqual({ kind: 'signed-out' });
    before.autosave.dispose();
    await before.autosave.settled();

    // Signed in again, the page opens afresh: the server still has the old text.
    const after = setup({ server: { content: { childViews: 'Old' }, revision: 0 } }, store);
    await after.autosave.start();
    await after.autosave.settled();
    expect(after.autosave.getSnapshot().values.childViews).toBe('Written before the timeout');
    expect(after.autosave.getSnapshot().restoredFrom).toBe('2026-03-03T14:02:30.000Z');
    expect(after.send).toHaveBeenCalledTimes(1);
    expect(after.send.mock.calls[0]?.[0]).toMatchObject({
      baseRevision: 0,
      content: { childViews: 'Written before the timeout' },
    });
    expect(await store.get(KEY)).toBeNull();
  });

  it('turns restored text into a conflict when the server moved on meanwhile, and saves the choice on the new revision', async () => {
    const store = indexedDbDraftStore(new IDBFactory());
    await store.put({ key: KEY, values: typed('Mine'), baseRevision: 1, updatedAt: '2026-03-03T13:00:00.000Z' });
    const saved = { childViews: 'Theirs' };
    const stale = refusal('STALE_REVISION', {
      details: { sectionId: 'views', revision: 2, content: saved, updatedAt: '2026-03-03T13:30:00.000Z' },
    });
    const answers: Array<Error | { revision: number; savedAt: string }> = [
      stale,
      { revision: 3, savedAt: '2026-03-03T14:10:00.000Z' },
    ];
    const { autosave, send } = setup(
      {
        server: { content: saved, revision: 2 },
        send: async () => {
          const next = answers.shift();
          if (next instanceof Error) throw next;
          if (!next) throw new Error('No more answers');
          return next;
        },
      },
      store,
    );
    await autosave.start();
    await autosave.settled();
    const { conflict } = autosave.getSnapshot();
    expect(conflict).toEqual({ revision: 2, content: saved, updatedAt: '2026-03-03T13:30:00.000Z' });
    expect(autosave.getSnapshot().status.kind).toBe('conflict');
    expect(await store.get(KEY)).not.toBeNull();

    // While the user chooses, nothing they type is sent or lost.
    autosave.edit(typed('Ignored while choosing'));
    expect(autosave.getSnapshot().values.childViews).toBe('Mine');

    if (!conflict) throw new Error('Expected a conflict');
    await autosave.resolveConflict(typed('Mine, then theirs'), conflict);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ baseRevision: 2, content: { childViews: 'Mine, then theirs' } });
    expect(autosave.getSnapshot().status.kind).toBe('saved');
    expect(await store.get(KEY)).toBeNull();
  });

  it('keeps text typed while a save is on its way, based on the new revision, and saves it next', async () => {
    let release: (() => void) | undefined;
    let calls = 0;
    const { autosave, send, store, timers } = setup({
      send: () => {
        calls += 1;
        const revision = calls;
        return new Promise((resolve) => {
          release = () => resolve({ revision, savedAt: '2026-03-03T14:03:00.000Z' });
        });
      },
    });
    await autosave.start();
    autosave.edit(typed('First'));
    const first = autosave.flush('blur');
    autosave.edit(typed('First and second'));
    release?.();
    await first;
    await autosave.settled();
    expect(autosave.getSnapshot().status.kind).toBe('pending');
    expect(await store.get(KEY)).toMatchObject({ baseRevision: 1, values: { childViews: 'First and second' } });

    timers.advance(1_500);
    release?.();
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ baseRevision: 1, content: { childViews: 'First and second' } });
    expect(await store.get(KEY)).toBeNull();
  });

  it('stops on a refusal that a retry cannot fix (CF-3), keeping the text', async () => {
    const { autosave, send, store, timers } = setup({
      send: async () => Promise.reject(refusal('CONSENT_REQUIRED')),
    });
    await autosave.start();
    autosave.edit(typed('Before consent'));
    await autosave.flush('blur');
    timers.advance(120_000);
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(1);
    expect(autosave.getSnapshot().status).toMatchObject({ kind: 'refused', code: 'CONSENT_REQUIRED' });
    expect(await store.get(KEY)).not.toBeNull();
  });

  it("shows the server's field errors beside the fields", async () => {
    const fieldErrors = { childViews: "The child or young person's views must be 20,000 characters or fewer" };
    const { autosave } = setup({ send: async () => Promise.reject(refusal('VALIDATION_FAILED', { fieldErrors })) });
    await autosave.start();
    autosave.edit(typed('Too long, says the server'));
    await autosave.flush('explicit');
    expect(autosave.getSnapshot().errors).toEqual(fieldErrors);
    expect(autosave.getSnapshot().status.kind).toBe('invalid');
  });

  it('does not send a date half typed; shows its problem once the user leaves the field', async () => {
    const conclusions = section('conclusions');
    const { autosave, send, store, timers } = setup({ section: conclusions, key: 'k' });
    await autosave.start();
    const values = withValueAt(valuesFromContent(conclusions, {}), 'firstReviewDate', {
      day: '3',
      month: '',
      year: '',
    });
    autosave.edit(values);
    timers.advance(1_500);
    await autosave.settled();
    expect(autosave.getSnapshot().status.kind).toBe('invalid');
    expect(autosave.getSnapshot().errors).toEqual({});
    await autosave.flush('blur');
    expect(autosave.getSnapshot().errors).toEqual({
      firstReviewDate: 'First review date must include a month and year',
    });
    expect(send).not.toHaveBeenCalled();
    expect((await store.get('k'))?.values).toMatchObject({ firstReviewDate: { day: '3', month: '', year: '' } });
  });

  it('sends what was typed in the last moments when the page closes', async () => {
    const { autosave, send } = setup();
    await autosave.start();
    autosave.edit(typed('Typed just before leaving'));
    autosave.dispose();
    await autosave.settled();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reads but never saves when saving is not allowed (read-only, no consent, completed)', async () => {
    const store = indexedDbDraftStore(new IDBFactory());
    await store.put({ key: KEY, values: typed('Kept'), baseRevision: 0, updatedAt: '2026-03-03T13:00:00.000Z' });
    const { autosave, send } = setup({ canSave: false }, store);
    await autosave.start();
    autosave.edit(typed('Not allowed'));
    await autosave.flush('explicit');
    expect(send).not.toHaveBeenCalled();
    expect(autosave.getSnapshot().restoredFrom).toBe('2026-03-03T13:00:00.000Z');
    expect(autosave.getSnapshot().values.childViews).toBe('Kept');
    autosave.discardDeviceCopy();
    await autosave.settled();
    expect(await store.get(KEY)).toBeNull();
  });
});
