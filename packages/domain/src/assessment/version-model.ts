import type { Decision } from '../errors/app-error';
import {
  type AssessmentVersionStatus,
  canEditVersion,
  canStartReview,
  decideSave,
  nextVersionFromCompleted,
} from './rules';

/**
 * An in-memory model of one episode's assessment versions, driven by the real rules (CF-6,
 * CF-7) so that a property test of random command sequences tests the rules themselves. The
 * database and services implement the same transitions; this is their specification in small.
 *
 * A section's content stands in as one string: the whole section, as a client sends it. As in
 * the database, each section has its own revision, so co-assessors in different sections never
 * conflict.
 */

export type ModelVersion = {
  readonly number: number;
  readonly status: AssessmentVersionStatus;
  /** Per section, bumped by every accepted save to it (CF-7); a section never saved is at 0. */
  readonly revisions: Readonly<Record<string, number>>;
  readonly content: Readonly<Record<string, string>>;
  readonly completedOn: string | null;
};

export type EpisodeVersions = { readonly versions: readonly ModelVersion[] };

export type VersionCommand =
  | { kind: 'save'; versionNumber: number; sectionId: string; text: string; baseRevision: number }
  | { kind: 'complete'; today: string }
  | { kind: 'startReview' };

export type VersionModelRefusal = 'VERSION_NOT_FOUND' | 'VERSION_COMPLETED' | 'STALE_REVISION' | 'DRAFT_IN_PROGRESS';

export type VersionCommandResult = {
  /** The state after the command; the same object when the command was refused. */
  state: EpisodeVersions;
  decision: Decision<VersionModelRefusal>;
};

/** A new episode: version 1, an empty draft. */
export function newEpisodeVersions(): EpisodeVersions {
  return { versions: [{ number: 1, status: 'draft', revisions: {}, content: {}, completedOn: null }] };
}

/** The newest version: the draft being worked on, or the last completed one. */
export function latestVersion(state: EpisodeVersions): ModelVersion {
  const latest = state.versions.at(-1);
  // newEpisodeVersions creates version 1 and no command removes a version.
  if (latest === undefined) return { number: 0, status: 'completed', revisions: {}, content: {}, completedOn: null };
  return latest;
}

export function sectionRevision(version: ModelVersion, sectionId: string): number {
  return version.revisions[sectionId] ?? 0;
}

function replaceLatest(state: EpisodeVersions, version: ModelVersion): EpisodeVersions {
  return { versions: [...state.versions.slice(0, -1), version] };
}

function save(state: EpisodeVersions, command: Extract<VersionCommand, { kind: 'save' }>): VersionCommandResult {
  const index = state.versions.findIndex((v) => v.number === command.versionNumber);
  const version = state.versions[index];
  if (version === undefined) {
    return {
      state,
      decision: { allowed: false, reason: 'VERSION_NOT_FOUND', message: 'We could not find that version.' },
    };
  }
  const decision = decideSave({
    baseRevision: command.baseRevision,
    currentRevision: sectionRevision(version, command.sectionId),
    versionStatus: version.status,
    completedOn: version.completedOn,
  });
  if (!decision.allowed) return { state, decision };
  const saved: ModelVersion = {
    ...version,
    revisions: { ...version.revisions, [command.sectionId]: sectionRevision(version, command.sectionId) + 1 },
    content: { ...version.content, [command.sectionId]: command.text },
  };
  return { state: { versions: state.versions.map((v, i) => (i === index ? saved : v)) }, decision };
}

function complete(state: EpisodeVersions, today: string): VersionCommandResult {
  const latest = latestVersion(state);
  const decision = canEditVersion(latest);
  if (!decision.allowed) return { state, decision };
  return { state: replaceLatest(state, { ...latest, status: 'completed', completedOn: today }), decision };
}

function startReview(state: EpisodeVersions): VersionCommandResult {
  const latest = latestVersion(state);
  const decision = canStartReview(latest);
  if (!decision.allowed) return { state, decision };
  const next = nextVersionFromCompleted(latest);
  return {
    state: {
      versions: [
        ...state.versions,
        // The copy starts its own revisions: a client holding version 1's cannot save into version 2.
        { number: next.number, status: 'draft', revisions: {}, content: next.content, completedOn: null },
      ],
    },
    decision,
  };
}

export function applyVersionCommand(state: EpisodeVersions, command: VersionCommand): VersionCommandResult {
  switch (command.kind) {
    case 'save':
      return save(state, command);
    case 'complete':
      return complete(state, command.today);
    case 'startReview':
      return startReview(state);
  }
}
