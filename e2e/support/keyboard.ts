import { expect, type Locator, type Page } from '@playwright/test';

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if it
 * is not reached within `maxPresses`. Use it to cross parts of the page whose exact tab stops
 * the test is not about (the header, optional questions).
 */
export async function tabTo(page: Page, target: Locator, { maxPresses = 40, backwards = false } = {}) {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return;
  }
  await expect(target, `reached with ${maxPresses} presses of ${key}`).toBeFocused();
}

/** Presses Tab once and expects focus on `next`: asserts the page's tab order. */
export async function tabToNext(page: Page, next: Locator) {
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
}

/** Presses Tab until focus is inside `container` (a radio group, say), wherever in it that is. */
export async function tabInto(page: Page, container: Locator, { maxPresses = 120 } = {}) {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await container.evaluate((element) => element.contains(document.activeElement))) return;
  }
  throw new Error(`focus did not reach the container in ${maxPresses} presses of Tab`);
}

/** Answers a radio question as a keyboard user does: Tab into the group, arrows to the answer. */
export async function chooseRadio(page: Page, group: Locator, label: string) {
  const target = group.getByRole('radio', { name: label, exact: true });
  await tabInto(page, group);
  for (let presses = 0; presses < 20 && !(await isFocused(target)); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(target).toBeFocused();
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

/** Tabs to a text box (or text area) and types into it. */
export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field, { maxPresses: 120 });
  await page.keyboard.type(text);
}

/** Tabs to a link or button and presses Enter. */
export async function activate(page: Page, target: Locator) {
  await tabTo(page, target, { maxPresses: 120 });
  await page.keyboard.press('Enter');
}

/** Types a date into the three GOV.UK date boxes of `group`, moving between them with Tab. */
export async function typeDate(page: Page, group: Locator, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  await typeInto(page, group.getByLabel('Day'), String(Number(day)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(Number(month)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

/** Chooses an option of a select with the arrow keys, as a keyboard user does. */
export async function chooseOption(page: Page, select: Locator, label: string) {
  await tabTo(page, select, { maxPresses: 120 });
  const { selected, target } = await select.evaluate((element, wanted) => {
    const s = element as HTMLSelectElement;
    return { selected: s.selectedIndex, target: Array.from(s.options, (o) => o.text).indexOf(wanted) };
  }, label);
  if (target < 0) throw new Error(`no option "${label}"`);
  const key = target > selected ? 'ArrowDown' : 'ArrowUp';
  for (let presses = 0; presses < Math.abs(target - selected); presses++) await page.keyboard.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}
