import { expect, test } from './fixtures';

/**
 * A fake clock that moves only when the test says so. (An installed clock otherwise keeps flowing with real time,
 * so a slow machine would see more active time than the test intends.)
 */
async function freezeClock(page: import('@playwright/test').Page) {
  const start = new Date('2026-11-29T09:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 60_000));
}

/** Moves the paused clock in small steps until `ready` shows: storage opens after first paint, on timers. */
async function settle(ready: import('@playwright/test').Locator) {
  const page = ready.page();
  for (let step = 0; step < 40 && !(await ready.isVisible()); step++) await page.clock.runFor(500);
  await expect(ready).toBeVisible();
}

test('active time counts while the page is visible and recently used, and shows on the progress and certificate pages', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await freezeClock(page);
  await page.goto('/modules/spine-care/');
  await settle(page.getByText(/^Not finished yet\./));
  await expect(page.locator('body[data-active-time="counting"]')).toHaveCount(1);

  // Reading for a minute and a half, then a key press, then walking away for twenty minutes: only five idle minutes count.
  // (Shift, not an arrow key: a smooth scroll would send scroll events in real time while the fake clock leaps.)
  // 90 seconds of reading (whatever the settling above took counts too, and stays well under 30 seconds).
  await page.clock.runFor(90_000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(20 * 60_000);

  // Hidden (another tab in front): even with key presses, nothing counts.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  for (let minute = 0; minute < 10; minute++) {
    await page.keyboard.press('Shift');
    await page.clock.runFor(60_000);
  }

  await page.goto('/progress/');
  const report = page.getByTestId('active-time');
  await settle(report);
  await expect(report).toContainText('In all: 6 min');
  await expect(report).toContainText('Modules: 6 min');
  await expect(report).toContainText('Scenarios: 0 min');

  await page.goto('/certificate/');
  await settle(page.getByText('Active time recorded on this device: 6 min.'));
});

test('pages outside modules, scenarios and the assessment add no active time', async ({ page }) => {
  await freezeClock(page);
  await page.goto('/practices/');
  await page.clock.runFor(60_000);
  await page.keyboard.press('Shift');
  await page.clock.runFor(60_000);
  await page.goto('/progress/');
  await settle(page.getByTestId('active-time'));
  await expect(page.getByTestId('active-time')).toContainText('In all: 0 min');
});
