import type { Locator, Page } from '@playwright/test';

/** The header every page shares: main navigation, who is signed in, and sign out. */
export class AppHeader {
  readonly navigation: Locator;
  readonly myWork: Locator;
  readonly findAChild: Locator;
  readonly signOut: Locator;

  constructor(page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.myWork = this.navigation.getByRole('link', { name: 'My work' });
    this.findAChild = this.navigation.getByRole('link', { name: 'Find a child' });
    this.signOut = page.getByRole('button', { name: 'Sign out' });
  }
}
