import { expect, type Locator, type Page } from '@playwright/test';

export const CAF_REFERENCE = /^CAF-\d{4}-\d{6}$/;

/** A CAF episode: its reference, status and the task list of the assessment's sections. */
export class EpisodePage {
  readonly heading: Locator;
  readonly startedBanner: Locator;
  readonly progress: Locator;
  readonly taskList: Locator;
  readonly tasks: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: CAF_REFERENCE });
    this.startedBanner = page.getByRole('alert', { name: 'Success' });
    this.progress = page.getByText(/^You have completed \d+ of \d+ sections\.$/);
    this.taskList = page.getByRole('list').filter({ has: page.getByText(/^\d+\. /) });
    this.tasks = this.taskList.getByRole('listitem');
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/episodes\/[0-9a-f-]{36}$/);
  }

  async reference(): Promise<string> {
    return (await this.heading.textContent())?.trim() ?? '';
  }
}
