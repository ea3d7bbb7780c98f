import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Presses Tab until the element with this accessible name has focus; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 60): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() : '';
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach "${name}" with Tab.`);
}

test('keyboard only: Start, finish the module, and see progress on Continue', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'Start the course');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/modules\/introduction\/$/);

  await expect(page.getByRole('status').filter({ hasText: 'Not finished yet.' })).toBeVisible();
  await tabTo(page, 'I have finished this module', 200);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/You finished this module on /)).toBeVisible();
  // Focus stays on the same control, now offering to undo.
  await expect(page.getByRole('button', { name: 'Mark as not finished' })).toBeFocused();

  await page.goto('/');
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  // The introduction is finished, so Continue moves on to the next module.
  await tabTo(page, 'Continue with the next module: Compliance and Confidentiality');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/modules\/compliance-confidentiality\/$/);
});

test('keyboard only: focus is always visible', async ({ page }) => {
  await page.goto('/');
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none';
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none|0px$/);
  }
});
