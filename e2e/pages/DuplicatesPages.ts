import { expect, type Locator, type Page } from '@playwright/test';
import { ErrorSummary } from './ErrorSummary';

/** `/duplicates` (CH-2): the duplicate review, the pairs it found, recent merges. */
export class DuplicatesPage {
  readonly heading: Locator;
  readonly runReview: Locator;
  /** The live region: says only that a review started or finished. */
  readonly status: Locator;
  readonly progress: Locator;
  readonly lastReview: Locator;
  readonly pairsTable: Locator;
  readonly recentMerges: Locator;
  readonly successBanner: Locator;
  readonly errorSummary: ErrorSummary;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Possible duplicate children' });
    this.runReview = page.getByRole('button', { name: /^Run the duplicate review/ });
    this.status = page.getByRole('status').filter({ hasText: /duplicate review/ });
    this.progress = page.getByRole('progressbar', { name: /children checked|Counting the children/ });
    this.lastReview = page.getByRole('term').filter({ hasText: 'Last review' });
    this.pairsTable = page.getByRole('table', { name: /^Pairs found/ });
    this.recentMerges = page.getByRole('table', { name: 'Recent merges' });
    this.successBanner = page.getByRole('alert', { name: 'Success' });
    this.errorSummary = new ErrorSummary(page);
  }

  async goto() {
    await this.page.goto('/duplicates');
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  /** A tab of the list of pairs: 'To check', 'Merged', 'Different children'. */
  tab(name: 'To check' | 'Merged' | 'Different children'): Locator {
    return this.page.getByRole('navigation', { name: 'Pairs by decision' }).getByRole('link', { name });
  }

  /** The recent merge of `mergedName` into `survivorName`. */
  mergeRow(survivorName: string, mergedName: string): Locator {
    return this.recentMerges
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: survivorName, exact: true }) })
      .filter({ hasText: mergedName });
  }
}

/** `/duplicates/pairs/:pairId`: the two records side by side, the evidence, and the decision. */
export class DuplicatePairPage {
  readonly heading: Locator;
  readonly comparison: Locator;
  readonly evidence: Locator;
  readonly keepRecord: Locator;
  readonly mergeReason: Locator;
  readonly merge: Locator;
  readonly differentReason: Locator;
  readonly markDifferent: Locator;
  readonly undoReason: Locator;
  readonly undo: Locator;
  readonly successBanner: Locator;
  readonly errorSummary: ErrorSummary;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Are these the same child?' });
    this.comparison = page.getByRole('table', { name: 'The two records side by side' });
    this.evidence = page.getByRole('table', { name: 'What eCAF compared, strongest evidence first' });
    this.keepRecord = page.getByRole('group', { name: 'Which record should be kept?' });
    this.mergeReason = page.getByRole('textbox', { name: 'Why are these the same child?' });
    this.merge = page.getByRole('button', { name: 'Merge these records' });
    this.differentReason = page.getByRole('textbox', { name: 'Why are these different children?' });
    this.markDifferent = page.getByRole('button', { name: 'Mark as different children' });
    this.undoReason = page.getByRole('textbox', { name: 'Why is the merge being undone?' });
    this.undo = page.getByRole('button', { name: 'Undo merge' });
    this.successBanner = page.getByRole('alert', { name: 'Success' });
    this.errorSummary = new ErrorSummary(page);
  }

  async goto(pairId: string) {
    await this.page.goto(`/duplicates/pairs/${pairId}`);
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  comparisonRow(detail: string): Locator {
    return this.comparison.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: detail }) });
  }
}

/** `/duplicates/merges/:mergeId/undo`: one recent merge, undone with a reason. */
export class UndoMergePage {
  readonly heading: Locator;
  readonly reason: Locator;
  readonly undo: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Undo a merge' });
    this.reason = page.getByRole('textbox', { name: 'Why is the merge being undone?' });
    this.undo = page.getByRole('button', { name: 'Undo merge' });
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }
}

/** A child's record that was merged into another: the tombstone (CH-2). */
export class MergedRecordPage {
  readonly heading: Locator;
  readonly goToRecord: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'This record has been merged' });
    this.goToRecord = page.getByRole('link', { name: "Go to the child's record" });
  }

  async goto(childId: string) {
    await this.page.goto(`/children/${childId}`);
    await expect(this.heading).toBeVisible();
  }
}
