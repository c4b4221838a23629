import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E_PASSWORD, type E2eActor, e2eAccounts } from './accounts';

export const CLIENT_HEADER = { 'x-ecaf-request': '1' };

/** WCAG 2.2 AA, as axe checks it: zero violations, or the test fails listing them. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

type Fixtures = {
  /** Signs the page's browser context in through the API (the sign-in form has its own test). */
  signInAs: (actor: E2eActor) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  signInAs: async ({ page }, use) => {
    await use(async (actor) => {
      const response = await page.request.post('/trpc/auth.signIn', {
        headers: CLIENT_HEADER,
        data: { email: e2eAccounts[actor].email, password: E2E_PASSWORD },
      });
      expect(response.ok(), await response.text()).toBe(true);
    });
  },
});

export { expect };
