import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { E2E_PASSWORD, type E2eActor, e2eAccounts } from './accounts';
import { isoDate, type TestChild } from './test-data';

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

async function signInThroughApi(request: APIRequestContext, actor: E2eActor) {
  const response = await request.post('/trpc/auth.signIn', {
    headers: CLIENT_HEADER,
    data: { email: e2eAccounts[actor].email, password: E2E_PASSWORD },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * Registers a child through the API for a test that needs one but is not about registering.
 * Random names and dates mean no possible match is found, so no confirmation is needed (CH-1).
 */
export async function registerChildThroughApi(request: APIRequestContext, child: TestChild): Promise<string> {
  const response = await request.post('/trpc/children.register', {
    headers: CLIENT_HEADER,
    data: {
      child: {
        givenNames: child.givenNames,
        familyName: child.familyName,
        sex: 'female',
        isUnborn: false,
        dateOfBirth: isoDate(child.dateOfBirth),
        nhsNumber: child.nhsNumber,
      },
      parents: [],
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body: unknown = await response.json();
  const childId = (body as { result?: { data?: { childId?: unknown } } }).result?.data?.childId;
  if (typeof childId !== 'string')
    throw new Error(`children.register answered without a childId: ${JSON.stringify(body)}`);
  return childId;
}

type Fixtures = {
  /** Signs the page's browser context in through the API (the sign-in form has its own test). */
  signInAs: (actor: E2eActor) => Promise<void>;
  /** A page in a browser context of its own, signed in as another actor; closed after the test. */
  pageAs: (actor: E2eActor) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  signInAs: async ({ page }, use) => {
    await use((actor) => signInThroughApi(page.request, actor));
  },
  pageAs: async ({ browser, baseURL, timezoneId, locale }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (actor) => {
      const context = await browser.newContext({ baseURL, timezoneId, locale });
      contexts.push(context);
      const page = await context.newPage();
      await signInThroughApi(page.request, actor);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
