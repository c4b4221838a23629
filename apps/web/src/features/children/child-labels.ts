import { formatDate } from '@ecaf/domain';
import type { TagColour } from '../../components/Tag';

/** The date shown for a child in lists: date of birth, or when an unborn baby is due. */
export function birthDateText(child: { dateOfBirth: string | null; expectedDateOfDelivery: string | null }): string {
  if (child.dateOfBirth) return formatDate(child.dateOfBirth);
  if (child.expectedDateOfDelivery) return `Due ${formatDate(child.expectedDateOfDelivery)}`;
  return 'Not recorded';
}

/**
 * CH-1, CH-2: how sure the child index is that two records are the same child. 'unlikely' comes
 * only in search results: what was typed agrees with the child, but too little to say more.
 */
export const matchBands = ['certain', 'likely', 'possible', 'unlikely'] as const;
export type MatchBand = (typeof matchBands)[number];

/** The band in plain words, for its tag: never a bare percentage, which reads as more exact than it is. */
export const matchBandLabels: Record<MatchBand, string> = {
  certain: 'Very likely the same child',
  likely: 'Likely the same child',
  possible: 'Possibly the same child',
  unlikely: 'Some details match',
};

/** The stronger the match, the stronger the colour: the words carry the meaning, the colour only helps to scan. */
export const matchBandColours: Record<MatchBand, TagColour> = {
  certain: 'red',
  likely: 'orange',
  possible: 'yellow',
  unlikely: 'grey',
};

export function isMatchBand(value: unknown): value is MatchBand {
  return typeof value === 'string' && (matchBands as readonly string[]).includes(value);
}

/**
 * The matching engine writes its reasons as parts of one line ("same date of birth", "Bill is a
 * nickname of William"); listed one per line, each starts with a capital.
 */
export function asListItem(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** A match probability (0 to 1) as a whole percentage that never claims certainty: 'More than 99%', '73%', 'Less than 1%'. */
export function probabilityText(probability: number): string {
  if (!Number.isFinite(probability)) return 'Not known';
  if (probability >= 0.995) return 'More than 99%';
  if (probability < 0.005) return 'Less than 1%';
  return `${Math.round(probability * 100)}%`;
}
