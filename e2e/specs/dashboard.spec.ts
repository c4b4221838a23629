import { AppHeader } from '../pages/AppHeader';
import { DashboardPage } from '../pages/DashboardPage';
import { MyWorkPage } from '../pages/MyWorkPage';
import { recordConsentThroughApi, startCafThroughApi } from '../support/caf-setup';
import { CLIENT_HEADER, expect, expectAccessible, test } from '../support/fixtures';
import { tabTo } from '../support/keyboard';

/** Screen 7, the manager's dashboard, and screen 2, My work: counts, filters, sorting, WCAG 2.2 AA. */

const isoDaysAgo = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(date);
};

test.describe('the manager’s dashboard', () => {
  test('a manager opens it, sees the counts, filters them, and it passes axe', async ({ page, signInAs }) => {
    await signInAs('manager');
    await page.goto('/');
    await new AppHeader(page).navigation.getByRole('link', { name: 'Dashboard' }).click();
    const dashboard = new DashboardPage(page);
    await dashboard.verifyOnPage();
    await expect(dashboard.counts.getByRole('listitem')).toHaveCount(9);
    await expect(dashboard.count('Active CAFs')).toHaveText(/^\d[\d,]*$/);
    await expect(dashboard.section('Active CAFs without a lead professional')).toBeVisible();
    await expectAccessible(page, 'the dashboard');

    await dashboard.status.selectOption({ label: 'Active' });
    await dashboard.overdueOnly.check();
    await dashboard.apply.click();
    await expect(page).toHaveURL(/status=active/);
    await expect(page).toHaveURL(/overdue=yes/);
    await expect(dashboard.section('Reviews overdue')).toBeVisible();
    await expect(dashboard.section('Actions overdue')).toBeVisible();
    await expect(dashboard.status).toHaveValue('active');
    await expect(dashboard.overdueOnly).toBeChecked();
    await expectAccessible(page, 'the filtered dashboard');
  });

  test('practitioners are not offered it', async ({ page, signInAs }) => {
    await signInAs('practitioner');
    await new MyWorkPage(page).goto();
    await expect(new AppHeader(page).navigation.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
  });
});

test.describe('My work', () => {
  test('lists what is due, sorts by keyboard, and passes axe', async ({ page, signInAs }) => {
    await signInAs('keyboardPractitioner');
    // A CAF of their own with a verbal consent to share given 20 days ago: overdue (CO-4).
    const caf = await startCafThroughApi(page.request);
    await recordConsentThroughApi(page.request, caf, isoDaysAgo(20));
    const sharing = await page.request.post('/trpc/sharing.get', {
      headers: CLIENT_HEADER,
      data: { episodeId: caf.episodeId },
    });
    const givers = (
      (await sharing.json()) as { result: { data: { consentGivers: { personId: string; name: string }[] } } }
    ).result.data.consentGivers;
    const mother = givers.find((g) => g.name === caf.parentName);
    if (!mother) throw new Error('no mother to give consent');
    const recorded = await page.request.post('/trpc/sharing.recordConsent', {
      headers: CLIENT_HEADER,
      data: {
        episodeId: caf.episodeId,
        givenBy: { kind: 'person', personId: mother.personId },
        method: 'verbal',
        date: isoDaysAgo(20),
        basicScope: { kind: 'all', organisationIds: [] },
        additionalScope: { kind: 'all', organisationIds: [] },
        whatWasExplained: 'Who the assessment will be shared with, by telephone.',
      },
    });
    expect(recorded.ok(), await recorded.text()).toBe(true);

    const myWork = new MyWorkPage(page);
    await myWork.goto();
    const glance = page.getByRole('list', { name: /^Today/ });
    await expect(glance.getByRole('listitem').filter({ hasText: 'Overdue' })).toContainText(/[1-9]/);
    const todo = page.getByRole('table', { name: /Things to do/ });
    await expect(todo.getByRole('row').filter({ hasText: caf.reference })).toContainText('Overdue');
    await expect(myWork.draft(caf.reference, `${caf.child.givenNames} ${caf.child.familyName}`)).toBeVisible();
    await expectAccessible(page, 'My work');

    // The MoJ sortable table: a button in each header, aria-sort on the header.
    const childButton = todo.getByRole('button', { name: 'Child' });
    const childHeader = todo.getByRole('columnheader', { name: 'Child' });
    await expect(childHeader).toHaveAttribute('aria-sort', 'none');
    await tabTo(page, childButton, { maxPresses: 80 });
    await page.keyboard.press('Enter');
    await expect(childHeader).toHaveAttribute('aria-sort', 'ascending');
    await page.keyboard.press('Enter');
    await expect(childHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(childButton).toBeFocused();

    // Filters: consents only, then overdue only.
    await page.getByLabel('Show').selectOption({ label: 'Consents to confirm' });
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(todo.getByRole('row').filter({ hasText: caf.reference })).toBeVisible();
    await expectAccessible(page, 'My work, filtered');
  });
});
