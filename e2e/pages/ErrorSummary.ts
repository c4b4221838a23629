import { expect, type Locator, type Page } from '@playwright/test';

/** The GOV.UK error summary at the top of a form that failed to submit. */
export class ErrorSummary {
  /** The summary's live region: its title and the list of problems. */
  readonly alert: Locator;

  constructor(page: Page) {
    this.alert = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  }

  /** A problem tied to a field: a link that moves focus to that field. */
  link(message: string | RegExp): Locator {
    return this.alert.getByRole('link', { name: message });
  }

  /** After a failed submit focus moves to the summary (the box around the live region). */
  async expectFocused() {
    await expect(this.alert).toBeVisible();
    await expect(this.alert.locator('xpath=..')).toBeFocused();
  }
}

/** A field's accessible description when it has this error: 'Error: <message>' (GOV.UK's hidden prefix). */
export function fieldErrorDescription(message: string): RegExp {
  const escaped = message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`Error:\\s+${escaped}`);
}
