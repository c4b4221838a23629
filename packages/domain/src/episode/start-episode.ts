import type { Decision } from '../errors/app-error';

export const episodeStatuses = ['draft', 'active', 'closed'] as const;
export type EpisodeStatus = (typeof episodeStatuses)[number];

export type EpisodeContact = {
  name: string;
  organisation: string;
  telephone: string | null;
  email: string;
  role: 'lead_professional' | 'assessor';
};

export type OpenEpisodeSnapshot = {
  /** The child's episode in draft or active status, if there is one. */
  openEpisode: null | { reference: string; contact: EpisodeContact };
};

/**
 * CF-1 One open episode per child. The refusal carries the contact so the practitioner can ask
 * to join the existing team instead of starting a parallel assessment.
 */
export function canStartEpisode(snapshot: OpenEpisodeSnapshot): Decision<'EPISODE_ALREADY_OPEN', EpisodeContact> {
  const { openEpisode } = snapshot;
  if (openEpisode === null) return { allowed: true };
  const { contact } = openEpisode;
  const who = contact.role === 'lead_professional' ? 'the lead professional' : 'the assessor';
  return {
    allowed: false,
    reason: 'EPISODE_ALREADY_OPEN',
    message: `This child already has an open CAF (${openEpisode.reference}). Contact ${who}, ${contact.name} at ${contact.organisation}, to ask to join the team.`,
    extra: contact,
  };
}

/** 'CAF-2026-000123': short enough to read out on the phone, unique within the authority. */
export function formatEpisodeReference(year: number, n: number): string {
  return `CAF-${year}-${String(n).padStart(6, '0')}`;
}

export const episodeReferencePattern = /^CAF-\d{4}-\d{6,}$/;
