import type { FieldComparison, SectionComparison } from '@ecaf/domain';
import { z } from 'zod';

/** Helpers for the versions, compare and print pages (CF-6). Pure, so they are tested without a browser. */

export type VersionSummary = {
  number: number;
  status: 'draft' | 'completed';
  startedAt: string;
  completedAt: string | null;
};

/** A version number from the address ('2'), or null for anything that is not one. */
export function parseVersionNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

export function versionsPath(episodeId: string): string {
  return `/episodes/${episodeId}/versions`;
}

/** Version numbers only: no personal data goes in an address. */
export function comparePath(episodeId: string, from: number, to: number, onlyChanges = false): string {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  if (onlyChanges) query.set('changes', 'only');
  return `${versionsPath(episodeId)}/compare?${query.toString()}`;
}

export function printPath(episodeId: string, versionNumber: number): string {
  return `${versionsPath(episodeId)}/${versionNumber}/print`;
}

/** Where the server sends the PDF of a version. */
export function pdfPath(episodeId: string, versionNumber: number): string {
  return `/api/episodes/${episodeId}/versions/${versionNumber}/pdf`;
}

/** The pair the compare form starts with: the latest version against the one before it. */
export function defaultComparePair(
  versions: readonly Pick<VersionSummary, 'number'>[],
): { from: number; to: number } | null {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const to = numbers.at(-1);
  const from = numbers.at(-2);
  return from === undefined || to === undefined ? null : { from, to };
}

export type CompareSectionView = SectionComparison & {
  /** The rows to show: every field, or only the changed ones. */
  rows: FieldComparison[];
  changedCount: number;
};

export type CompareView = {
  sections: CompareSectionView[];
  /** Sections with at least one change, for the list of links at the top. */
  changedSections: CompareSectionView[];
  changedFields: number;
  totalFields: number;
};

/**
 * What the compare page shows. With `onlyChanges`, sections without changes and unchanged
 * questions are left out; otherwise everything, each section counting its changes.
 */
export function compareView(sections: readonly SectionComparison[], onlyChanges: boolean): CompareView {
  const all = sections.map((section) => {
    const changedRows = section.fields.filter((f) => f.changed);
    return { ...section, rows: onlyChanges ? changedRows : section.fields, changedCount: changedRows.length };
  });
  const changedSections = all.filter((s) => s.changedCount > 0);
  return {
    sections: onlyChanges ? changedSections : all,
    changedSections,
    changedFields: changedSections.reduce((sum, s) => sum + s.changedCount, 0),
    totalFields: all.reduce((sum, s) => sum + s.fields.length, 0),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** '3 questions changed in 2 sections', or 'No questions changed'. */
export function describeChanges(view: Pick<CompareView, 'changedFields' | 'changedSections'>): string {
  if (view.changedFields === 0) return 'No questions changed';
  return `${plural(view.changedFields, 'question', 'questions')} changed in ${plural(view.changedSections.length, 'section', 'sections')}`;
}

/**
 * The compare form on the versions page. It only builds an address (the compare page asks the
 * server), so it is the page's own schema, not an API contract.
 */
export const compareFormSchema = z
  .object({
    from: z.string().regex(/^[1-9]\d*$/, 'Select the version to compare'),
    to: z.string().regex(/^[1-9]\d*$/, 'Select the version to compare it with'),
  })
  .refine((form) => form.from !== form.to, { path: ['to'], message: 'Select a different version to compare it with' })
  .transform((form) => ({ from: Number(form.from), to: Number(form.to) }));
