import { z } from 'zod';

/**
 * What a family member adds in the family view: their own views on the current draft, written
 * into section 9 (the young person's views or the parent's or carer's) with the same revision
 * check as any autosave (CF-7), and the withdrawal of the consent to share (CO-5).
 */

export type FamilyParty = 'child' | 'parent';

/** The section 9 field a family member writes: their own voice, never someone else's. */
export function viewsElementFor(party: FamilyParty): 'childViews' | 'parentViews' {
  return party === 'child' ? 'childViews' : 'parentViews';
}

export const saveFamilyViewsInputSchema = z.object({
  episodeId: z.uuid(),
  versionNumber: z.int().min(1),
  baseRevision: z.int().min(0),
  views: z
    .string('Enter your views')
    .trim()
    .min(1, 'Enter your views')
    .max(20000, 'Your views must be 20,000 characters or fewer'),
});
export type SaveFamilyViewsInput = z.output<typeof saveFamilyViewsInputSchema>;

export const familyWithdrawConsentInputSchema = z.object({
  episodeId: z.uuid(),
  consentId: z.uuid(),
  reason: z.string().trim().max(2000, 'The reason must be 2,000 characters or fewer').default(''),
  confirmed: z.literal(true, 'Confirm that you want to withdraw your consent'),
});
export type FamilyWithdrawConsentInput = z.output<typeof familyWithdrawConsentInputSchema>;
