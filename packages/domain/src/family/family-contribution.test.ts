import { describe, expect, it } from 'vitest';
import { getSection } from '../assessment/form-definition';
import { familyWithdrawConsentInputSchema, saveFamilyViewsInputSchema, viewsElementFor } from './family-contribution';

const episodeId = '0b7a4a3e-5d2c-4f7e-9a61-2f3c8d9e1a20';
const consentId = '6f1d2c3b-4a5e-4f60-8b7c-9d0e1f2a3b4c';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('the family writes their own views in section 9', () => {
  it('the young person writes the child’s views, a parent or carer the parent’s views', () => {
    expect(viewsElementFor('child')).toBe('childViews');
    expect(viewsElementFor('parent')).toBe('parentViews');
  });

  it('both are fields of the views section of the CAF form', () => {
    const views = getSection('views');
    const ids = views?.elements.map((e) => e.id);
    expect(ids).toContain(viewsElementFor('child'));
    expect(ids).toContain(viewsElementFor('parent'));
  });
});

describe('CF-7 saveFamilyViewsInputSchema: the same revision check as any autosave', () => {
  const save = { episodeId, versionNumber: 2, baseRevision: 0, views: '  I want help with mornings.  ' };

  it('CF-7 accepts views on a named version and revision, trimmed', () => {
    expect(saveFamilyViewsInputSchema.parse(save)).toEqual({ ...save, views: 'I want help with mornings.' });
  });

  it('CF-7 refuses a save that does not name the version and revision it edits', () => {
    const { versionNumber: _v, baseRevision: _r, ...unnamed } = save;
    expect(issues(saveFamilyViewsInputSchema.safeParse(unnamed)).map(([path]) => path)).toEqual([
      'versionNumber',
      'baseRevision',
    ]);
  });

  it('CF-7 refuses a version before 1, a negative revision, or numbers that are not whole', () => {
    expect(saveFamilyViewsInputSchema.safeParse({ ...save, versionNumber: 0 }).success).toBe(false);
    expect(saveFamilyViewsInputSchema.safeParse({ ...save, baseRevision: -1 }).success).toBe(false);
    expect(saveFamilyViewsInputSchema.safeParse({ ...save, versionNumber: 1.5 }).success).toBe(false);
    expect(saveFamilyViewsInputSchema.safeParse({ ...save, baseRevision: '3' }).success).toBe(false);
  });

  it('refuses empty views', () => {
    expect(issues(saveFamilyViewsInputSchema.safeParse({ ...save, views: '   ' }))).toEqual([
      ['views', 'Enter your views'],
    ]);
    expect(issues(saveFamilyViewsInputSchema.safeParse({ ...save, views: undefined }))).toEqual([
      ['views', 'Enter your views'],
    ]);
  });

  it('refuses views over 20,000 characters', () => {
    expect(issues(saveFamilyViewsInputSchema.safeParse({ ...save, views: 'x'.repeat(20001) }))).toEqual([
      ['views', 'Your views must be 20,000 characters or fewer'],
    ]);
    expect(saveFamilyViewsInputSchema.safeParse({ ...save, views: 'x'.repeat(20000) }).success).toBe(true);
  });
});

describe('CO-5 familyWithdrawConsentInputSchema: withdrawal from the family view', () => {
  it('CO-5 accepts a confirmed withdrawal, with no reason needed', () => {
    expect(familyWithdrawConsentInputSchema.parse({ episodeId, consentId, confirmed: true })).toEqual({
      episodeId,
      consentId,
      confirmed: true,
      reason: '',
    });
  });

  it('CO-5 keeps a reason, trimmed', () => {
    const parsed = familyWithdrawConsentInputSchema.parse({
      episodeId,
      consentId,
      confirmed: true,
      reason: ' Moving. ',
    });
    expect(parsed.reason).toBe('Moving.');
  });

  it('CO-5 refuses a withdrawal that is not confirmed', () => {
    for (const confirmed of [false, undefined, 'true']) {
      expect(issues(familyWithdrawConsentInputSchema.safeParse({ episodeId, consentId, confirmed }))).toEqual([
        ['confirmed', 'Confirm that you want to withdraw your consent'],
      ]);
    }
  });

  it('CO-5 refuses a reason over 2,000 characters', () => {
    expect(
      issues(
        familyWithdrawConsentInputSchema.safeParse({ episodeId, consentId, confirmed: true, reason: 'x'.repeat(2001) }),
      ),
    ).toEqual([['reason', 'The reason must be 2,000 characters or fewer']]);
  });

  it('CO-5 refuses a withdrawal that does not name the consent', () => {
    expect(familyWithdrawConsentInputSchema.safeParse({ episodeId, confirmed: true }).success).toBe(false);
  });
});
