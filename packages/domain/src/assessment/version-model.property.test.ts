import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToIsoDate } from '../dates/iso-date';
import {
  applyVersionCommand,
  type EpisodeVersions,
  latestVersion,
  type ModelVersion,
  newEpisodeVersions,
  sectionRevision,
  type VersionCommand,
} from './version-model';

/**
 * CF-6 and CF-7 as properties: random sequences of save / complete / start review / conflicting
 * save, run through the model built on the real rules, checked against a plain oracle.
 */

type Step =
  /** A client that has the latest revision saves. */
  | { kind: 'save'; sectionId: string; text: string }
  /** A client saves with whatever revision it happens to hold. */
  | { kind: 'saveWithBase'; sectionId: string; text: string; baseRevision: number }
  /** A client that missed `staleBy` saves (another tab, a co-assessor, a reconnect). */
  | { kind: 'conflictingSave'; sectionId: string; text: string; staleBy: number }
  /** A client still showing an older version saves to it. */
  | { kind: 'saveToOlderVersion'; sectionId: string; text: string; pick: number }
  | { kind: 'complete'; days: number }
  | { kind: 'startReview' };

const sectionId = fc.constantFrom('assessment-information', 'views', 'conclusions');
const text = fc.string({ maxLength: 12 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), sectionId, text }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('saveWithBase' as const), sectionId, text, baseRevision: fc.nat(8) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('conflictingSave' as const),
      sectionId,
      text,
      staleBy: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('saveToOlderVersion' as const), sectionId, text, pick: fc.nat() }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('complete' as const), days: fc.nat(30) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'startReview' as const }) },
);

function toCommand(s: Step, state: EpisodeVersions, today: string): VersionCommand {
  const latest = latestVersion(state);
  switch (s.kind) {
    case 'save':
      return {
        kind: 'save',
        versionNumber: latest.number,
        sectionId: s.sectionId,
        text: s.text,
        baseRevision: sectionRevision(latest, s.sectionId),
      };
    case 'saveWithBase':
      return {
        kind: 'save',
        versionNumber: latest.number,
        sectionId: s.sectionId,
        text: s.text,
        baseRevision: s.baseRevision,
      };
    case 'conflictingSave': {
      // Behind if it can be, otherwise ahead (a revision the server never issued): stale either way.
      const current = sectionRevision(latest, s.sectionId);
      const behind = current - s.staleBy;
      const baseRevision = behind >= 0 ? behind : current + s.staleBy;
      return { kind: 'save', versionNumber: latest.number, sectionId: s.sectionId, text: s.text, baseRevision };
    }
    case 'saveToOlderVersion': {
      const older = state.versions.slice(0, -1);
      const target = older[s.pick % Math.max(older.length, 1)] ?? latest;
      return {
        kind: 'save',
        versionNumber: target.number,
        sectionId: s.sectionId,
        text: s.text,
        baseRevision: sectionRevision(target, s.sectionId),
      };
    }
    case 'complete':
      return { kind: 'complete', today };
    case 'startReview':
      return { kind: 'startReview' };
  }
}

function run(steps: readonly Step[]) {
  let state = newEpisodeVersions();
  let today = '2026-01-05';
  /** The oracle: what each version must hold, from acknowledged saves and review copies only. */
  const expected = new Map<number, Record<string, string>>([[1, {}]]);
  const completedSnapshots = new Map<number, ModelVersion>();

  for (const s of steps) {
    if (s.kind === 'complete') today = addDaysToIsoDate(today, s.days);
    const command = toCommand(s, state, today);
    const before = state;
    const { state: after, decision } = applyVersionCommand(before, command);

    if (command.kind === 'save') {
      const target = before.versions.find((v) => v.number === command.versionNumber);
      const fresh = target?.status === 'draft' && command.baseRevision === sectionRevision(target, command.sectionId);
      expect(decision.allowed).toBe(fresh);
      if (!fresh) {
        // Refused, with the reason the client needs, and nothing written.
        expect(decision).toMatchObject({
          allowed: false,
          reason: target?.status === 'completed' ? 'VERSION_COMPLETED' : 'STALE_REVISION',
        });
        expect(after).toBe(before);
      } else {
        const content = expected.get(command.versionNumber);
        if (content) content[command.sectionId] = command.text;
      }
      // A stale save is always refused.
      if (s.kind === 'conflictingSave') expect(decision.allowed).toBe(false);
    }

    if (command.kind === 'complete') {
      const wasDraft = latestVersion(before).status === 'draft';
      expect(decision.allowed).toBe(wasDraft);
      if (wasDraft) {
        const completed = latestVersion(after);
        completedSnapshots.set(completed.number, structuredClone(completed));
      } else expect(after).toBe(before);
    }

    if (command.kind === 'startReview') {
      const from = latestVersion(before);
      expect(decision.allowed).toBe(from.status === 'completed');
      if (decision.allowed) expected.set(from.number + 1, { ...expected.get(from.number) });
      else expect(after).toBe(before);
    }

    state = after;

    // Version numbers are contiguous 1..n; only the newest can be a draft.
    expect(state.versions.map((v) => v.number)).toEqual(state.versions.map((_, i) => i + 1));
    expect(state.versions.slice(0, -1).every((v) => v.status === 'completed')).toBe(true);
    // A completed version never changes afterwards.
    for (const [number, snapshot] of completedSnapshots) {
      expect(state.versions[number - 1]).toEqual(snapshot);
    }
    // Every acknowledged save is in the version it was saved to, until the same client (who had
    // seen it, since it held the newest revision) saved over it; a review carries it forward.
    for (const version of state.versions) {
      expect(version.content).toEqual(expected.get(version.number));
    }
  }
  return state;
}

describe('CF-6 and CF-7 over random sequences of saves, completions and reviews', () => {
  it('never changes a completed version, keeps versions contiguous, never drops an acknowledged save, refuses stale saves', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        run(steps);
      }),
      { numRuns: 500 },
    );
  });

  it('runs a typical life: assess, conflict, complete, review, complete again', () => {
    const state = run([
      { kind: 'save', sectionId: 'views', text: 'Wants to stay' },
      { kind: 'conflictingSave', sectionId: 'views', text: 'Old tab', staleBy: 1 },
      { kind: 'complete', days: 3 },
      { kind: 'save', sectionId: 'views', text: 'Too late' },
      { kind: 'startReview' },
      { kind: 'startReview' },
      { kind: 'saveToOlderVersion', sectionId: 'views', text: 'Into version 1', pick: 0 },
      { kind: 'save', sectionId: 'conclusions', text: 'Reviewed' },
      { kind: 'complete', days: 40 },
    ]);
    expect(state.versions).toEqual([
      {
        number: 1,
        status: 'completed',
        revisions: { views: 1 },
        content: { views: 'Wants to stay' },
        completedOn: '2026-01-08',
      },
      {
        number: 2,
        status: 'completed',
        revisions: { conclusions: 1 },
        content: { views: 'Wants to stay', conclusions: 'Reviewed' },
        completedOn: '2026-02-17',
      },
    ]);
  });
});
