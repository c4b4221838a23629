import {
  addDays,
  completeAssessmentThroughApi,
  fillDate,
  recordConsentThroughApi,
  startCafThroughApi,
  todayInLondon,
  trpc,
} from '../support/caf-setup';
import { expect, expectAccessible, test } from '../support/fixtures';

/**
 * The delivery plan, a review with distance travelled, closure and reopening (PL-1 to PL-4). The
 * completed CAF is set up through the API; the plan pages are used as a practitioner would.
 */

const ACTION = 'Morning check-in with the learning mentor';

test.describe('Delivery plan, reviews and closure', () => {
  test('PL-1 to PL-3: the plan shows the agreed actions; a review records distance travelled; the CAF is closed as needs met and reopened', async ({
    page,
    signInAs,
  }) => {
    await signInAs('practitioner');
    const today = todayInLondon();
    const caf = await startCafThroughApi(page.request);
    await recordConsentThroughApi(page.request, caf, today);
    const view = await trpc<{ consentGivers: { personId: string; name: string }[] }>(page.request, 'assessment.get', {
      episodeId: caf.episodeId,
    });
    const mother = view.consentGivers.find((g) => g.name === caf.parentName);
    if (!mother) throw new Error('no mother');
    // One agreed action, owned by the mother.
    await completeAssessmentThroughApi(page.request, caf, {
      today,
      seenBy: 'Priya Practitioner',
      summary: 'Needs support to return to school.',
      agreedActions: [
        {
          need: 'Attendance',
          action: ACTION,
          desiredOutcome: 'Attends every day',
          owner: { kind: 'person', id: mother.personId, name: caf.parentName },
          dueDate: addDays(today, 14),
        },
      ],
      firstReviewDate: addDays(today, 28),
    });

    await test.step('PL-1: the plan shows the completed CAF’s action', async () => {
      await page.goto(`/episodes/${caf.episodeId}/plan`);
      await expect(page.getByRole('heading', { level: 1, name: 'Delivery plan' })).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: ACTION });
      await expect(row).toContainText('Attendance');
      await expect(row).toContainText(caf.parentName);
      await expect(row).toContainText('Not started');
      await expectAccessible(page, 'delivery plan');
    });

    await test.step('PL-2: a review with every answer missing lists each problem', async () => {
      await page.getByRole('link', { name: 'Record a review' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Record a review' })).toBeVisible();
      await page.getByRole('button', { name: 'Record the review' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Select a score from 0 to 10' })).toBeVisible();
      await expect(summary.getByRole('link', { name: 'Select what happens next' })).toBeVisible();
      await expectAccessible(page, 'record a review with errors');
    });

    await test.step('PL-2: the review is recorded with distance travelled', async () => {
      await fillDate(page, 'When was the review held?', today);
      await page.getByRole('group', { name: 'Who attended?' }).getByLabel('Priya Practitioner').check();
      await page
        .getByRole('group', { name: new RegExp(ACTION) })
        .getByLabel('In progress')
        .check();
      await page.getByLabel(`Comment on progress for ${ACTION}`).fill('Two check-ins a week so far.');
      await page
        .getByRole('group', { name: 'How well is this need met now: Attendance?' })
        .getByLabel('6', { exact: true })
        .check();
      await page.getByLabel("The child's comments").fill('Mornings are easier.');
      await page.getByLabel("The parent's or carer's comments").fill('Getting there.');
      await page.getByLabel('Set the next review date').check();
      await fillDate(page, 'Date of the next review', addDays(today, 42));
      await page.getByRole('button', { name: 'Record the review' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Reviews and distance travelled' })).toBeVisible();
      await expect(page.getByText('Review 1 recorded. Version 2 of the assessment has been started.')).toBeVisible();
    });

    await test.step('PL-2: the chart and its table show the score', async () => {
      const chart = page.getByRole('img', { name: /Distance travelled for each need/ });
      await expect(chart).toBeVisible();
      const table = page.getByRole('table', { name: 'Distance travelled (score out of 10)' });
      await expect(table.getByRole('row', { name: /Attendance/ })).toContainText('6');
      await expectAccessible(page, 'reviews and distance travelled');
    });

    await test.step('PL-3: closed as needs met; the plan is read-only', async () => {
      await page.goto(`/episodes/${caf.episodeId}/close`);
      await expect(page.getByRole('heading', { level: 1, name: 'Close this CAF' })).toBeVisible();
      await expectAccessible(page, 'close this CAF');
      await page.getByLabel('Needs met').check();
      await page.getByRole('button', { name: 'Close the CAF' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Delivery plan' })).toBeVisible();
      await expect(page.getByText('This CAF is closed and can only be read.')).toBeVisible();
      await expect(page.getByRole('link', { name: 'Record a review' })).toHaveCount(0);
    });

    await test.step('PL-3: reopened with a reason', async () => {
      await page.getByRole('link', { name: 'Reopen this CAF' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Reopen this CAF' })).toBeVisible();
      await expectAccessible(page, 'reopen this CAF');
      await page.getByLabel('Why is the CAF being reopened?').fill('School has raised new concerns.');
      await page.getByRole('button', { name: 'Reopen the CAF' }).click();
      await expect(page.getByText('The CAF has been reopened.')).toBeVisible();
      await expect(page.getByText('This CAF is closed and can only be read.')).toHaveCount(0);
    });

    await test.step('PL-1: the lead professional adds an action to the reopened plan', async () => {
      await page.getByRole('link', { name: 'Add an action' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
      await page.getByRole('button', { name: 'Add the action' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible();
      await expectAccessible(page, 'add an action with errors');
      await page.getByLabel('Need it addresses').fill('Sleep');
      await page.getByLabel('Action', { exact: true }).fill('Bedtime routine');
      await page.getByRole('group', { name: 'Who is responsible?' }).getByLabel(caf.parentName).check();
      await fillDate(page, 'By when?', addDays(today, 21));
      await page.getByRole('button', { name: 'Add the action' }).click();
      await expect(page.getByText('Action added to the plan.')).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: 'Bedtime routine' })).toContainText('Sleep');
    });
  });
});
