import { expect, type Locator, type Page } from '@playwright/test';

/** The manager's dashboard (screen 7). */
export class DashboardPage {
  readonly heading: Locator;
  readonly counts: Locator;
  readonly organisation: Locator;
  readonly status: Locator;
  readonly overdueOnly: Locator;
  readonly apply: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.counts = page.getByRole('list', { name: 'At a glance' });
    this.organisation = page.getByLabel('Organisation');
    this.status = page.getByLabel('CAF status');
    this.overdueOnly = page.getByRole('checkbox', { name: 'Overdue only' });
    this.apply = page.getByRole('button', { name: 'Apply filters' });
  }

  async goto() {
    await this.page.goto('/dashboard');
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  /** A count card: its number, read from the card whose label is `label`. */
  count(label: string): Locator {
    return this.counts.getByRole('listitem').filter({ hasText: label }).locator('.govuk-heading-xl');
  }

  section(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title });
  }
}
