import { E2E_PASSWORD, e2eAccounts } from '../support/accounts';
import { AppProcess, freePort } from '../support/app-process';
import { recordConsentThroughApi, savedSection, startCafThroughApi, todayInLondon } from '../support/caf-setup';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';

/**
 * CF-7 "never lose a word": the server stops while a practitioner types, and their session
 * ends while they type. Everything typed is kept in the browser and saved when the server is
 * back, or when they sign in again.
 */

const CHILD_VIEWS = "The child or young person's views";
const PARENT_VIEWS = "The parent's or carer's views";

test.describe('No lost work', () => {
  // This test starts and stops a server of its own; it needs the time.
  test.describe.configure({ timeout: 180_000 });

  test('CF-7 text typed while the server is stopped is saved when it comes back, and after signing in again', async ({
    browser,
  }) => {
    const server = new AppProcess(await freePort(), `nolostwork_${Date.now()}`);
    const context = await browser.newContext({ baseURL: server.baseURL, timezoneId: 'Europe/London', locale: 'en-GB' });
    try {
      await server.start();
      const page = await context.newPage();
      const signIn = () =>
        page.request.post('/trpc/auth.signIn', {
          headers: CLIENT_HEADER,
          data: { email: e2eAccounts.practitioner.email, password: E2E_PASSWORD },
        });
      expect((await signIn()).ok()).toBe(true);
      const caf = await startCafThroughApi(page.request);
      await recordConsentThroughApi(page.request, caf, todayInLondon());

      await page.goto(`/episodes/${caf.episodeId}/sections/views`);
      const status = page.getByRole('status');
      const childViews = page.getByLabel(CHILD_VIEWS, { exact: true });
      await childViews.click();
      await page.keyboard.type('She wants to go back to school.');
      await expect(status).toContainText('Saved at');

      // The server stops mid-sentence; the practitioner keeps typing.
      await server.stop();
      await page.keyboard.type(' She misses her friends.');
      await expect(status).toContainText('eCAF cannot be reached', { timeout: 20_000 });
      await expect(status).toContainText('kept on this device');
      await page.getByLabel(PARENT_VIEWS, { exact: true }).click();
      await page.keyboard.type('Mum is worried about mornings.');
      await expectAccessible(page, 'Section page while eCAF cannot be reached');

      // The server comes back (the same database): every word is saved without the user doing anything.
      await server.start();
      await expect(status).toContainText('Saved at', { timeout: 45_000 });
      expect(await savedSection(page.request, caf.episodeId, 'views')).toMatchObject({
        childViews: 'She wants to go back to school. She misses her friends.',
        parentViews: 'Mum is worried about mornings.',
      });

      // The session ends (here: signed out elsewhere) while they type.
      const signedOut = await page.request.post('/trpc/auth.signOut', { headers: CLIENT_HEADER, data: {} });
      expect(signedOut.ok()).toBe(true);
      await page.getByLabel(PARENT_VIEWS, { exact: true }).press('End');
      await page.keyboard.type(' She has asked for help.');
      await expect(status).toContainText('You have been signed out', { timeout: 20_000 });

      // They sign in again and come back to the page: the kept text is saved.
      await status.getByRole('link', { name: 'Sign in again' }).click();
      await page.getByLabel('Email address').fill(e2eAccounts.practitioner.email);
      await page.getByLabel('Password').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page).toHaveURL(new RegExp(`/episodes/${caf.episodeId}/sections/views$`));
      await expect(page.getByRole('status')).toContainText('Saved at', { timeout: 20_000 });
      expect(await savedSection(page.request, caf.episodeId, 'views')).toMatchObject({
        childViews: 'She wants to go back to school. She misses her friends.',
        parentViews: 'Mum is worried about mornings. She has asked for help.',
      });
      await page.reload();
      await expect(page.getByLabel(PARENT_VIEWS, { exact: true })).toHaveValue(
        'Mum is worried about mornings. She has asked for help.',
      );
    } finally {
      await context.close();
      await server.destroy();
    }
  });

  test('CF-7 signing out with unsaved text warns first, and deleting it leaves nothing on the device', async ({
    page,
    signInAs,
  }) => {
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    await recordConsentThroughApi(page.request, caf, todayInLondon());
    await page.goto(`/episodes/${caf.episodeId}/sections/views`);
    // eCAF cannot be reached for saves (the browser's requests fail as if the network had gone).
    await page.route('**/trpc/assessment.saveSection*', (route) => route.abort('internetdisconnected'));
    await page.getByLabel(CHILD_VIEWS, { exact: true }).fill('Private words typed on a shared computer.');
    await page.getByLabel(CHILD_VIEWS, { exact: true }).blur();
    await expect(page.getByRole('status')).toContainText('eCAF cannot be reached', { timeout: 20_000 });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign out' })).toBeVisible();
    await expect(page.getByText('One section has text on this device that eCAF has not saved yet.')).toBeVisible();
    await expectAccessible(page, 'signing out with unsaved text');
    await page.getByRole('button', { name: 'Delete the unsaved text and sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await page.unrouteAll();
    await page.getByLabel('Email address').fill(e2eAccounts.practitioner.email);
    await page.getByLabel('Password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
    await page.goto(`/episodes/${caf.episodeId}/sections/views`);
    await expect(page.getByLabel(CHILD_VIEWS, { exact: true })).toHaveValue('');
    expect(await savedSection(page.request, caf.episodeId, 'views')).toBeNull();
  });
});
