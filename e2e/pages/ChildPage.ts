import { expect, type Locator, type Page } from '@playwright/test';

/** A child's record (SH-3: identifying details, parents and carers, CAFs). */
export class ChildPage {
  readonly heading: Locator;
  readonly startCaf: Locator;
  readonly registeredBanner: Locator;
  readonly parentsAndCarers: Locator;
  readonly cafs: Locator;

  constructor(
    readonly page: Page,
    readonly childName: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: childName, exact: true });
    this.startCaf = page.getByRole('button', { name: 'Start a CAF' });
    this.registeredBanner = page.getByRole('alert', { name: 'Success' });
    this.parentsAndCarers = page.getByRole('table', { name: 'Parents and carers' });
    this.cafs = page.getByRole('table', { name: 'CAFs' });
  }

  async goto(childId: string) {
    await this.page.goto(`/children/${childId}`);
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
  }

  /** One fact of the identity bar above the record, as shown: 'Date of birth: 3 August 2015'. */
  identityDetail(label: 'Date of birth' | 'NHS number' | 'Age', value: string): Locator {
    return this.page.getByText(`${label}: ${value}`, { exact: true });
  }

  /** The line a child without a CAF shows instead of the CAFs table. */
  noCaf(): Locator {
    return this.page.getByText(`No CAF has been started for ${this.childName}.`, { exact: true });
  }
}
