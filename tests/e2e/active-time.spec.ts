import { expect, test } from './fixtures';

/** Lets the page's deferred work (storage opens after first paint, when the browser is idle) run on the fake clock. */
async function settle(page: import('@playwright/test').Page) {
  await page.clock.runFor(3_000);
}

test('active time counts while the page is visible and recently used, and shows on the progress and certificate pages', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  await page.goto('/modules/spine-care/');
  await settle(page);
  await expect(page.getByText(/^Not finished yet\./)).toBeVisible();

  // Reading for a minute, then a key press, then walking away for twenty minutes: only five idle minutes count.
  await page.clock.runFor(57_000);
  await page.keyboard.press('ArrowDown');
  await page.clock.runFor(20 * 60_000);

  // Hidden (another tab in front): even with key presses, nothing counts.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  for (let minute = 0; minute < 10; minute++) {
    await page.keyboard.press('ArrowDown');
    await page.clock.runFor(60_000);
  }

  await page.goto('/progress/');
  await settle(page);
  const report = page.getByTestId('active-time');
  await expect(report).toContainText('In all: 6 min');
  await expect(report).toContainText('Modules: 6 min');
  await expect(report).toContainText('Scenarios: 0 min');

  await page.goto('/certificate/');
  await settle(page);
  await expect(page.getByText('Active time recorded on this device: 6 min.')).toBeVisible();
});

test('pages outside modules, scenarios and the assessment add no active time', async ({ page }) => {
  await page.clock.install();
  await page.goto('/practices/');
  await page.clock.runFor(60_000);
  await page.keyboard.press('ArrowDown');
  await page.clock.runFor(60_000);
  await page.goto('/progress/');
  await settle(page);
  await expect(page.getByTestId('active-time')).toContainText('In all: 0 min');
});
