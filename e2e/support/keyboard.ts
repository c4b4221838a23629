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
