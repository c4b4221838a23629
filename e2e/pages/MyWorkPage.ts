import { expect, type Locator, type Page } from '@playwright/test';

export class MyWorkPage {
  readonly heading: Locator;
  readonly drafts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My work' });
    this.drafts = page.getByRole('table', { name: 'My draft CAFs' });
  }

  async goto() {
    await this.page.goto('/');
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  /** A draft's link: its reference, named with the child for screen readers. */
  draft(reference: string, childName: string): Locator {
    return this.drafts.getByRole('link', { name: `${reference} for ${childName}` });
  }
}
