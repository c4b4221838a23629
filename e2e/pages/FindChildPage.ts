import { expect, type Locator, type Page } from '@playwright/test';

export class FindChildPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  readonly noResults: Locator;
  readonly registerNewChild: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Find a child' });
    this.searchBox = page.getByRole('searchbox', { name: /Search by name, date of birth/ });
    this.searchButton = page.getByRole('button', { name: 'Search', exact: true });
    this.results = page.getByRole('table', { name: /found$/ });
    this.noResults = page.getByRole('heading', { name: 'No children found' });
    this.registerNewChild = page.getByRole('button', { name: 'Register a new child' });
  }

  async goto() {
    await this.page.goto('/children');
    await expect(this.heading).toBeVisible();
  }

  async search(query: string) {
    await this.searchBox.fill(query);
    await this.searchButton.click();
  }

  /** Searches and waits for the results (or 'No children found'). */
  async searchFor(query: string) {
    await this.search(query);
    await expect(this.noResults.or(this.results)).toBeVisible();
  }

  resultLink(name: string): Locator {
    return this.results.getByRole('link', { name, exact: true });
  }

  /** The first child in the results: its name and record id, read from its link. */
  async firstResult(): Promise<{ name: string; childId: string }> {
    const link = this.results.getByRole('link').first();
    const name = (await link.textContent())?.trim() ?? '';
    const href = (await link.getAttribute('href')) ?? '';
    const childId = /^\/children\/([0-9a-f-]{36})$/.exec(href)?.[1];
    expect(name, 'the first result has a name').not.toBe('');
    if (!childId) throw new Error(`the first result links to ${href}, not a child's record`);
    return { name, childId };
  }
}
