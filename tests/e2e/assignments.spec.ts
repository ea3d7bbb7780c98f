/** Assignment links: a director makes one; a learner opens it and sees it with each item's status. */
import type { Page } from '@playwright/test';
import { rows, waitForStored } from './db';
import { finishModule } from './course';
import { axeViolations, expect, test, waitForIslands } from './fixtures';

/** Makes an assignment link on /director/ with the keyboard-friendly controls, and returns it. */
async function makeLink(page: Page, program: string, due: string, picks: string[]): Promise<string> {
  await page.goto('/director/');
  await waitForIslands(page);
  await page.getByLabel('Program', { exact: true }).fill(program);
  await page.getByLabel('Cohort (optional)').fill('PGY-2, 2026');
  for (const name of picks) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByLabel('Due date').fill(due);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = page.getByLabel('The assignment link', { exact: true });
  await expect(link).toBeVisible();
  return link.inputValue();
}

test('a director makes a link (errors first), copies it, and a learner who opens it sees it with each item’s status', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/director/');
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Make the link' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the program');
  await expect(summary).toContainText('Choose at least one module or scenario.');
  await expect(summary).toContainText('Enter a due date.');
  expect(await axeViolations(page), 'director page with errors').toEqual([]);

  const link = await makeLink(page, 'Spine Fellowship, Example University', '2026-12-20', [
    'Spine Care',
    'Security and Access',
    'A patient messages about leg pain after surgery',
  ]);
  expect(link).toMatch(/\/assigned\/#v=1&a=[\w-]+&c=[\w-]+$/);
  expect(link).not.toMatch(/Spine Fellowship/); // the contents are encoded, not spelled out in the address
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.getByRole('img', { name: 'QR code of the assignment link' }).locator('svg')).toBeVisible();
  expect(await axeViolations(page), 'director page with a link').toEqual([]);

  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(
    page.getByRole('heading', { name: /^Assigned by Spine Fellowship, Example University, due / }),
  ).toBeVisible();
  await expect(page.getByText('Saved to your assignments on this device.')).toBeVisible();
  await waitForStored(page, 'assignments', (stored) => stored.length === 1);
  expect(await axeViolations(page), 'assignment saved').toEqual([]);

  await finishModule(page, '/modules/spine-care/');
  await page.goto('/');
  const card = page.locator('assignment-list article');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Assigned by Spine Fellowship, Example University, due');
  await expect(card).toContainText('Cohort: PGY-2, 2026');
  await expect(card).toContainText('1 of 3 done');
  await expect(card.getByRole('listitem').filter({ hasText: 'Spine Care' })).toContainText('done');
  await expect(card.getByRole('listitem').filter({ hasText: 'Security and Access' })).toContainText('not done yet');
  expect(await axeViolations(page), 'home with an assignment').toEqual([]);

  // A second assignment coexists; opening the first link again adds nothing.
  const second = await makeLink(page, 'Physical Therapy Program', '2027-01-15', ['Professionalism']);
  await page.goto(new URL(second).pathname + new URL(second).hash);
  await expect(page.getByText('Saved to your assignments on this device.')).toBeVisible();
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByText('Saved to your assignments on this device.')).toBeVisible();
  await waitForStored(page, 'assignments', (stored) => stored.length === 2);
  await page.goto('/progress/');
  await expect(page.locator('assignment-list article')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove the assignment from Physical Therapy Program' }).click();
  await expect(page.locator('assignment-list article')).toHaveCount(1);
});

test('a tampered, outdated, damaged or wrong link gets a clear message and saves nothing', async ({ page }) => {
  const link = new URL(await makeLink(page, 'Example Residency', '2026-12-20', ['Professionalism']));
  const params = new URLSearchParams(link.hash.slice(1));
  const contents = params.get('a')!;
  const edited = JSON.parse(Buffer.from(contents, 'base64url').toString('utf8')) as Record<string, unknown>;
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const cases: [string, RegExp][] = [
    [`#v=1&a=${encode({ ...edited, due: '2027-06-01' })}&c=${params.get('c')}`, /changed since it was made/],
    [`#v=0&a=${contents}&c=${params.get('c')}`, /older version of the course/],
    [`#v=2&a=${contents}&c=${params.get('c')}`, /newer version of the course/],
    [`#v=1&a=${contents.slice(0, 20)}&c=${params.get('c')}`, /damaged or incomplete/],
    ['', /needs the assignment link/],
  ];
  for (const [hash, message] of cases) {
    await page.goto(`/assigned/${hash}`);
    await expect(page.getByRole('alert'), hash).toHaveText(message);
    await expect(page.getByRole('alert')).toContainText(/Nothing was saved|open that link/);
  }
  expect(await axeViolations(page), 'assignment link refused').toEqual([]);
  expect(await rows(page, 'assignments')).toEqual([]);

  // The right link pasted into the open page is read at once, and focus moves to what it says.
  await page.evaluate((hash) => (location.hash = hash), link.hash);
  await expect(page.getByText('Saved to your assignments on this device.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Assigned by Example Residency, due/ })).toBeFocused();
  await waitForStored(page, 'assignments', (stored) => stored.length === 1);
});
