import { recordConsentThroughApi, savedSection, startCafThroughApi, todayInLondon } from '../support/caf-setup';
import { expect, expectAccessible, test } from '../support/fixtures';

/**
 * CF-7: two tabs on the same section. The second save is based on a revision that has moved
 * on: it is refused, both texts are shown, and the user chooses; nothing is overwritten.
 */

const CHILD_VIEWS = "The child or young person's views";

test.describe('Two people in one section', () => {
  test('CF-7 a stale save shows both texts and saves the one chosen, never overwriting silently', async ({
    page,
    pageAs,
    signInAs,
  }) => {
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    await recordConsentThroughApi(page.request, caf, todayInLondon());
    const otherTab = await pageAs('practitioner');
    const url = `/episodes/${caf.episodeId}/sections/views`;
    await page.goto(url);
    await otherTab.goto(url);
    await expect(otherTab.getByLabel(CHILD_VIEWS, { exact: true })).toBeEditable();

    // The first tab saves.
    await page.getByLabel(CHILD_VIEWS, { exact: true }).fill('Wants to stay at her school.');
    await page.getByLabel(CHILD_VIEWS, { exact: true }).blur();
    await expect(page.getByRole('status')).toContainText('Saved at');

    // The other tab, opened before that save, writes something else.
    await otherTab.getByLabel(CHILD_VIEWS, { exact: true }).fill('Would like to move to a smaller school.');
    await otherTab.getByLabel(CHILD_VIEWS, { exact: true }).blur();
    await expect(otherTab.getByRole('heading', { name: 'This section was changed by someone else' })).toBeVisible();
    await expect(otherTab.getByText('Wants to stay at her school.', { exact: true })).toBeVisible();
    await expect(otherTab.getByText('Would like to move to a smaller school.', { exact: true })).toBeVisible();
    // Nothing was overwritten.
    expect(await savedSection(page.request, caf.episodeId, 'views')).toMatchObject({
      childViews: 'Wants to stay at her school.',
    });
    await expectAccessible(otherTab, 'the conflict page');

    // Saving without choosing is an error beside the question.
    await otherTab.getByRole('button', { name: 'Save my choices' }).click();
    await expect(otherTab.getByRole('alert').getByText('There is a problem')).toBeVisible();
    await expectAccessible(otherTab, 'the conflict page with an error');

    await otherTab.getByRole('radio', { name: 'Write the text myself' }).check();
    const merged = otherTab.getByLabel('Your text', { exact: true });
    await merged.fill('Wants to stay at her school, or move to a smaller one.');
    await otherTab.getByRole('button', { name: 'Save my choices' }).click();
    await expect(otherTab.getByRole('status')).toContainText('Saved at');
    expect(await savedSection(page.request, caf.episodeId, 'views')).toMatchObject({
      childViews: 'Wants to stay at her school, or move to a smaller one.',
    });
  });

  test('a section page shows a bad date beside the field and in the summary, and keeps what was typed', async ({
    page,
    signInAs,
  }) => {
    await signInAs('practitioner');
    const caf = await startCafThroughApi(page.request);
    await recordConsentThroughApi(page.request, caf, todayInLondon());
    await page.goto(`/episodes/${caf.episodeId}/sections/conclusions`);
    await page.getByLabel('Summary of strengths and needs').fill('Needs support with attendance.');
    const review = page.getByRole('group', { name: 'First review date' });
    await review.getByLabel('Day').fill('31');
    await review.getByLabel('Month').fill('2');
    await review.getByLabel('Year').fill('2027');
    await page.getByRole('button', { name: 'Save and return to task list' }).click();
    await expect(page.getByRole('alert').getByText('There is a problem')).toBeVisible();
    await expect(
      page.getByRole('alert').getByRole('link', { name: /First review date must be a real date/ }),
    ).toBeVisible();
    await expect(page.getByLabel('Summary of strengths and needs')).toHaveValue('Needs support with attendance.');
    await expectAccessible(page, 'a section page with an error');
  });
});
