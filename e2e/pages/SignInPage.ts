import { expect, type Locator, type Page } from '@playwright/test';
import { ErrorSummary } from './ErrorSummary';

export class SignInPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly errorSummary: ErrorSummary;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.email = page.getByLabel('Email address');
    this.password = page.getByLabel('Password');
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.errorSummary = new ErrorSummary(page);
  }

  async goto() {
    await this.page.goto('/sign-in');
    await this.verifyOnPage();
  }

  async verifyOnPage() {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  /** Fills the form and submits it, returning once the server has answered. */
  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    const answered = this.page.waitForResponse((response) => response.url().includes('/trpc/auth.signIn'));
    await this.submit.click();
    await answered;
  }
}
