import { ChildPage } from '../pages/ChildPage';
import { FindChildPage } from '../pages/FindChildPage';
import { RegisterChildPage } from '../pages/RegisterChildPage';
import { expect, test } from '../support/fixtures';
import { tabTo, tabToNext } from '../support/keyboard';
import { fullName, longDate, newTestChild, spacedNhsNumber } from '../support/test-data';

test.describe('Register a child with the keyboard', () => {
  test('a practitioner searches and registers a child without the mouse, with focus where it should be', async ({
    page,
    signInAs,
  }) => {
    await signInAs('keyboardPractitioner');
    const child = newTestChild();
    const name = fullName(child);
    const { day, month, year } = child.dateOfBirth;

    const find = new FindChildPage(page);
    await find.goto();
    await find.searchBox.focus();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(find.noResults).toBeVisible();
    await tabToNext(page, find.searchButton);
    await tabToNext(page, find.registerNewChild);
    await page.keyboard.press('Enter');

    const register = new RegisterChildPage(page);
    await register.verifyOnPage();
    // Focus went to the top of the new page: the skip link comes first, and leads to the form.
    await tabToNext(page, page.getByRole('link', { name: 'Skip to main content' }));
    await page.keyboard.press('Enter');
    await tabToNext(page, register.givenNames);
    await expect(register.givenNames).toHaveValue(child.givenNames);
    await tabToNext(page, register.familyName);
    await expect(register.familyName).toHaveValue(child.familyName);

    // Enter in a text box submits the form; the unanswered questions are listed in the summary.
    await page.keyboard.press('Enter');
    await register.errorSummary.expectFocused();
    const sexProblem = register.errorSummary.link("Select the child's sex");
    await expect(register.errorSummary.link('Select yes if this is an unborn baby')).toBeVisible();
    await tabToNext(page, sexProblem);
    await page.keyboard.press('Enter');

    // The summary's link puts focus on the question; Space answers it.
    const male = register.sex.getByRole('radio', { name: 'Male', exact: true });
    await expect(male).toBeFocused();
    await expect(male).not.toBeChecked();
    await page.keyboard.press('Space');
    await expect(male).toBeChecked();

    // The next question's radios are one tab stop; the arrow keys choose within it.
    const unbornYes = register.unborn.getByRole('radio', { name: 'Yes', exact: true });
    const unbornNo = register.unborn.getByRole('radio', { name: 'No', exact: true });
    await tabToNext(page, unbornYes);
    await page.keyboard.press('ArrowDown');
    await expect(unbornNo).toBeFocused();
    await expect(unbornNo).toBeChecked();

    // Choosing 'No' reveals the date of birth, next in the tab order.
    await tabToNext(page, register.dateOfBirth.getByRole('textbox', { name: 'Day' }));
    await page.keyboard.type(String(day));
    await tabToNext(page, register.dateOfBirth.getByRole('textbox', { name: 'Month' }));
    await page.keyboard.type(String(month));
    await tabToNext(page, register.dateOfBirth.getByRole('textbox', { name: 'Year' }));
    await page.keyboard.type(String(year));

    await tabTo(page, register.nhsNumber);
    await page.keyboard.type(child.nhsNumber);
    await page.keyboard.press('Enter');

    // The child's record, with the success banner focused so it is announced.
    const childPage = new ChildPage(page, name);
    await childPage.verifyOnPage();
    await expect(childPage.registeredBanner).toBeFocused();
    await expect(childPage.registeredBanner).toContainText(`${name} has been registered`);
    await expect(childPage.identityDetail('Date of birth', longDate(child.dateOfBirth))).toBeVisible();
    await expect(childPage.identityDetail('NHS number', spacedNhsNumber(child.nhsNumber))).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: /^Male$/ })).toBeVisible();
  });
});
