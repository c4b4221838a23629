import { AppHeader } from '../pages/AppHeader';
import { fieldErrorDescription } from '../pages/ErrorSummary';
import { MyWorkPage } from '../pages/MyWorkPage';
import { SignInPage } from '../pages/SignInPage';
import { E2E_PASSWORD, e2eAccounts } from '../support/accounts';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';
import { tabTo, tabToNext } from '../support/keyboard';

const LOCKED_MESSAGE = 'Too many failed sign-in attempts. Try again in 15 minutes.';
const WRONG_CREDENTIALS = 'Enter a correct email address and password';

test.describe('Sign in', () => {
  test('a practitioner signs in with the keyboard alone and lands on My work', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await expectAccessible(page, 'the sign-in page');

    await tabTo(page, signIn.email, { maxPresses: 5 });
    await page.keyboard.type(e2eAccounts.practitioner.email);
    await tabToNext(page, signIn.password);
    await page.keyboard.type(E2E_PASSWORD);
    await page.keyboard.press('Enter');

    const myWork = new MyWorkPage(page);
    await myWork.verifyOnPage();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(e2eAccounts.practitioner.name)).toBeVisible();
    await expectAccessible(page, 'My work');
  });

  test('a wrong password shows the error summary, focused, and the message beside the field', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();

    await signIn.signIn(e2eAccounts.manager.email, 'not-the-password');

    await signIn.errorSummary.expectFocused();
    await expect(signIn.errorSummary.link(WRONG_CREDENTIALS)).toBeVisible();
    await expect(signIn.email).toHaveAccessibleDescription(fieldErrorDescription(WRONG_CREDENTIALS));
    await expect(page).toHaveTitle(/^Error: /);
    // What was typed is kept, so only the password needs typing again.
    await expect(signIn.email).toHaveValue(e2eAccounts.manager.email);
    await expectAccessible(page, 'the sign-in page with an error');

    // The summary's link takes the user to the field.
    await signIn.errorSummary.link(WRONG_CREDENTIALS).click();
    await expect(signIn.email).toBeFocused();
  });

  test('five wrong passwords lock the account: the right password is then refused', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();

    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn.signIn(e2eAccounts.lockout.email, `wrong-password-${attempt}`);
      await expect(signIn.errorSummary.alert).toContainText(WRONG_CREDENTIALS);
    }

    await signIn.signIn(e2eAccounts.lockout.email, E2E_PASSWORD);

    await signIn.errorSummary.expectFocused();
    await expect(signIn.errorSummary.alert).toContainText(LOCKED_MESSAGE);
    await expect(signIn.errorSummary.alert).not.toContainText(WRONG_CREDENTIALS);
    await signIn.verifyOnPage();
    await expectAccessible(page, 'the sign-in page with the lockout message');
  });

  test('signing out ends the session', async ({ page, signInAs }) => {
    await signInAs('manager');
    const myWork = new MyWorkPage(page);
    await myWork.goto();

    await new AppHeader(page).signOut.click();

    const signIn = new SignInPage(page);
    await signIn.verifyOnPage();
    await page.goto('/');
    await signIn.verifyOnPage();
    await expect(myWork.heading).toHaveCount(0);
    const me = await page.request.get('/trpc/auth.me', { headers: CLIENT_HEADER });
    expect(await me.json()).toMatchObject({ result: { data: { user: null } } });
  });
});
