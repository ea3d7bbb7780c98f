import { PAGES, axeViolations, expect, test, waitForProgress } from './fixtures';

// One load per page: axe in the light colour scheme, then in the dark one, then the page's structure.
for (const [kind, path] of Object.entries(PAGES)) {
  test(`${kind} page: axe (WCAG 2.2 AA) in light and dark, one h1, a main landmark and a working skip link`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await waitForProgress(page);
    expect(await axeViolations(page), 'light colour scheme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'dark colour scheme').toEqual([]);

    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    // The skip link is the first stop from the top of the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
}

test('the not-found page answers with status 404 and links back into the course', async ({ page }) => {
  const response = await page.goto(PAGES['not found']);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('main').getByRole('link', { name: 'All 32 practices' }).click();
  await expect(page).toHaveURL(/\/practices\/$/);
});

test('on a phone-sized screen nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
