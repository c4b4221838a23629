import { expect, type Locator, type Page } from '@playwright/test';

/** The invitation link's page: set a password (the family's first sign-in). */
export class InvitationPage {
  readonly heading: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Set up your eCAF account' });
    this.password = page.getByLabel('Create a password');
    this.confirmPassword = page.getByLabel('Type your password again');
    this.submit = page.getByRole('button', { name: 'Set password and continue' });
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/invitations\/[\w-]+$/);
  }
}

/** The family home: their children and each child's CAFs. */
export class FamilyHomePage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Your family’s CAF records' });
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/family$/);
  }

  record(reference: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`View the CAF record ${reference}`) });
  }
}

/** One CAF in the family view. */
export class FamilyEpisodePage {
  readonly heading: Locator;
  readonly team: Locator;
  readonly whoLooked: Locator;
  readonly views: Locator;
  readonly saveViews: Locator;
  readonly withdrawLink: Locator;

  constructor(
    readonly page: Page,
    childName: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: `${childName}’s CAF record` });
    this.team = page.getByRole('table', { name: 'The team around your family' });
    this.whoLooked = page.getByRole('table', { name: 'Who has looked at the record' });
    this.views = page.getByLabel('Your views as a parent or carer');
    this.saveViews = page.getByRole('button', { name: 'Save your views' });
    this.withdrawLink = page.getByRole('link', { name: 'Withdraw your consent to share information' });
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/family\/episodes\/[0-9a-f-]{36}$/);
  }
}
