import { AppHeader } from '../pages/AppHeader';
import { ChildPage } from '../pages/ChildPage';
import { FindChildPage } from '../pages/FindChildPage';
import { SignInPage } from '../pages/SignInPage';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';
import { DEMO_FAMILY_NAME } from '../support/test-data';

const PERMISSION_MESSAGE = 'You do not have permission to do this.';
const REFUSED_HEADING = 'You cannot see this page';
const actorLabels = { family: 'a family member', administrator: 'an administrator' } as const;

test.describe('Who may search the index and open a child record', () => {
  for (const actor of ['family', 'administrator'] as const) {
    test(`SH-3: ${actorLabels[actor]} is refused the index and a child's record`, async ({
      page,
      signInAs,
      pageAs,
    }) => {
      // A practitioner, in a browser of their own, finds a demo child to try to open.
      const practitioner = new FindChildPage(await pageAs('practitioner'));
      await practitioner.goto();
      await practitioner.searchFor(DEMO_FAMILY_NAME);
      const demoChild = await practitioner.firstResult();

      await signInAs(actor);
      const refused = page.getByRole('heading', { level: 1, name: REFUSED_HEADING });
      await page.goto('/children');
      await expect(refused).toBeVisible();
      await expect(page.getByText(PERMISSION_MESSAGE, { exact: true })).toBeVisible();
      await expect(new FindChildPage(page).searchBox).toHaveCount(0);
      await expect(new AppHeader(page).findAChild).toHaveCount(0);
      await expectAccessible(page, `Find a child refused to ${actorLabels[actor]}`);

      // The server refuses the search too, whatever the page offers.
      const search = await page.request.get('/trpc/children.search', {
        headers: CLIENT_HEADER,
        params: { input: JSON.stringify({ query: demoChild.name }) },
      });
      expect(search.status()).toBe(403);

      await page.goto(`/children/${demoChild.childId}`);
      await expect(refused).toBeVisible();
      await expect(page.getByText(PERMISSION_MESSAGE, { exact: true })).toBeVisible();
      await expect(page.getByText(demoChild.name)).toHaveCount(0);
      await expect(new ChildPage(page, demoChild.name).startCaf).toHaveCount(0);
      await expectAccessible(page, `a child's record refused to ${actorLabels[actor]}`);
    });
  }

  test('signed out, Find a child and a child record send the user to sign in', async ({ page, pageAs }) => {
    const practitioner = new FindChildPage(await pageAs('practitioner'));
    await practitioner.goto();
    await practitioner.searchFor(DEMO_FAMILY_NAME);
    const demoChild = await practitioner.firstResult();

    const signIn = new SignInPage(page);
    await page.goto('/children');
    await signIn.verifyOnPage();
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fchildren$/);
    await expectAccessible(page, 'the sign-in page reached from Find a child');

    await page.goto(`/children/${demoChild.childId}`);
    await signIn.verifyOnPage();
    await expect(page.getByText(demoChild.name)).toHaveCount(0);
  });
});
