import { expect, expectAccessible, registerChildThroughApi, test } from '../support/fixtures';
import { fullName, newTestChild, uniqueWord } from '../support/test-data';

/**
 * Involvement (IN-1), concerns (IN-2) and the chronology (screen 4): a practitioner records their
 * involvement and raises a concern, a manager resolves it, and the chronology shows it all newest
 * first. axe on every new page, and on an error state.
 */

test('IN-1, IN-2, screen 4: involvement and a concern, resolved by a manager, in the chronology', async ({
  page,
  signInAs,
  pageAs,
}) => {
  const child = newTestChild();
  const name = fullName(child);
  const service = `Weekly mentoring ${uniqueWord()}`;
  const description = `Arrived without a coat in the snow ${uniqueWord()}`;
  const resolution = `Spoke to dad; a coat has been found ${uniqueWord()}`;
  await signInAs('practitioner');
  const childId = await registerChildThroughApi(page.request, child);

  await test.step('the practitioner records their involvement', async () => {
    await page.goto(`/children/${childId}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Who is working with this child' })).toBeVisible();
    await page.getByRole('link', { name: 'Record your involvement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record your involvement' })).toBeVisible();
    await expectAccessible(page, 'record involvement');
    await page.getByRole('button', { name: 'Record involvement' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Enter what your service is doing with the child' })).toBeVisible();
    await expectAccessible(page, 'record involvement with errors');
    await page.getByLabel('What is your service doing with the child?').fill(service);
    const today = new Date();
    const started = page.getByRole('group', { name: 'When did your involvement start?' });
    await started.getByLabel('Day').fill(String(today.getDate()));
    await started.getByLabel('Month').fill(String(today.getMonth() + 1));
    await started.getByLabel('Year').fill(String(today.getFullYear()));
    await page.getByRole('button', { name: 'Record involvement' }).click();
    await expect(page.getByText('Your involvement has been recorded')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Who is working with this child' })).toContainText(service);
  });

  await test.step('the practitioner raises a concern', async () => {
    await page.getByRole('link', { name: 'Raise a concern' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Raise a concern' })).toBeVisible();
    await expectAccessible(page, 'raise a concern');
    await page.getByLabel('What is your concern?').fill(description);
    await page.getByRole('button', { name: 'Raise concern' }).click();
    await expect(page.getByText('Your concern has been recorded')).toBeVisible();
    await expectAccessible(page, 'child page with involvement and a concern');
  });

  const manager = await pageAs('manager');
  await test.step('the manager sees the concern and resolves it with a reason', async () => {
    await manager.goto(`/children/${childId}`);
    await expect(manager.getByRole('heading', { level: 1, name })).toBeVisible();
    const concerns = manager.getByRole('table', { name: 'Concerns' });
    await expect(concerns).toContainText(description);
    await concerns.getByRole('link', { name: /Resolve/ }).click();
    await expect(manager.getByRole('heading', { level: 1, name: 'Resolve a concern' })).toBeVisible();
    await expectAccessible(manager, 'resolve a concern');
    await manager.getByLabel('How was the concern resolved?').fill(resolution);
    await manager.getByRole('button', { name: 'Resolve concern' }).click();
    await expect(manager.getByText('The concern has been resolved')).toBeVisible();
    await expect(manager.getByRole('table', { name: 'Concerns' })).toContainText(resolution);
  });

  await test.step('the chronology lists it all, newest first, and filters by kind', async () => {
    await manager.getByRole('link', { name: `See the chronology of events for ${name}` }).click();
    await expect(manager.getByRole('heading', { level: 1, name: 'Chronology' })).toBeVisible();
    const titles = manager.locator('.moj-timeline__title');
    await expect(titles.nth(0)).toHaveText('Concern resolved');
    await expect(titles.nth(1)).toHaveText('Concern raised');
    const all = await titles.allTextContents();
    expect(all).toContain('Child registered in eCAF');
    expect(all.some((t) => t.endsWith('started working with the child'))).toBe(true);
    await expectAccessible(manager, 'chronology');
    await manager.getByLabel('Show').selectOption({ label: 'Concerns' });
    await expect(titles).toHaveText(['Concern resolved', 'Concern raised']);
  });
});
