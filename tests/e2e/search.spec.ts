/** Full-text search: the header box leads to /search/, results link to the exact practice, by keyboard, axe clean. */
import { axeViolations, expect, test } from './fixtures';

const FIRST: [query: string, practice: string][] = [
  ['HIPAA', 'CC-4'],
  ['testimonial', 'SC-7'],
  ['password', 'SA-2'],
  ['SC-7', 'SC-7'],
];

for (const [query, practice] of FIRST) {
  test(`searching “${query}” finds ${practice} first, linked to its card`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]').filter({ hasText: /results? for/ })).toBeVisible();
    const first = page.locator('.search-results > li').first().getByRole('link');
    await expect(first).toContainText(practice);
    await expect(first).toHaveAttribute('href', new RegExp(`#${practice.toLowerCase()}$`));
  });
}

test('keyboard only: the header box searches, the count is announced, a result opens the practice', async ({
  page,
}) => {
  await page.goto('/modules/');
  await page.getByRole('searchbox', { name: 'Search the course' }).focus();
  await page.keyboard.type('two-factor');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=two-factor$/);
  const status = page.getByRole('status').filter({ hasText: /results? for “two-factor”/ });
  await expect(status).toHaveAttribute('data-search-status', '');
  await expect(status).toBeVisible();
  expect(await axeViolations(page), 'search results').toEqual([]);

  // A new query from the page's own box, by keyboard; the address follows so Back returns to it.
  const box = page.getByRole('searchbox', { name: 'Words or a practice ID' });
  await box.fill('');
  await box.focus();
  await page.keyboard.type('defamation');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /results? for “defamation”/ })).toBeVisible();
  await expect(page).toHaveURL(/q=defamation/);
  await page.goBack();
  await expect(box).toHaveValue('two-factor');

  await page.locator('.search-results > li').first().getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#[a-z0-9-]+$/);
  const anchor = new URL(page.url()).hash;
  await expect(page.locator(anchor)).toBeInViewport();
});

test('no results, and an empty query, each say what to do', async ({ page }) => {
  await page.goto('/search/?q=zzqqxx');
  await expect(page.locator('[data-search-status]')).toContainText('No results for “zzqqxx”');
  await expect(page.locator('.search-results > li')).toHaveCount(0);
  await page.goto('/search/');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page.locator('[data-search-status]')).toContainText('Type a word or a practice ID');
  expect(await axeViolations(page), 'empty search').toEqual([]);
});

test('only course content is indexed: navigation and the footer are not', async ({ page }) => {
  await page.goto('/search/?q=Learning%20as');
  await expect(page.locator('[data-search-status]')).toContainText(/No results|results? for/);
  // The header's "Learning as" badge and nav labels are not content: a nav-only word finds nothing.
  await page.goto('/search/?q=Verify');
  const links = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.filter((href) => href?.startsWith('/verify/'))).toEqual([]);
});
