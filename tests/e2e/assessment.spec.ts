import type { Locator } from '@playwright/test';
import { correctIds } from '../../src/lib/assessment';
import { answer, bank, byId, drawnItems, startAssessment as start } from './course';
import { axeViolations, expect, test } from './fixtures';

/** Whether `first` comes before `second` in document order. */
async function precedes(first: Locator, second: Locator): Promise<boolean> {
  const other = await second.elementHandle();
  return first.evaluate(
    (element, later) => !!later && !!(element.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING),
    other,
  );
}

test('the rules are announced before starting: 21 items, the pass mark, no timer, unlimited attempts', async ({
  page,
}) => {
  await page.goto('/assessment/');
  await expect(page.getByText('21 items', { exact: true })).toBeVisible();
  await expect(page.getByText('Pass mark: 80%.')).toBeVisible();
  await expect(page.getByText('No timer')).toBeVisible();
  await expect(page.getByText('unlimited attempts')).toBeVisible();
  expect(await axeViolations(page), 'start view').toEqual([]);
});

test('pass the final assessment, see the breakdown and review, and find the attempt on the progress page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const items = await start(page);
  expect(new Set(items.map((id) => byId.get(id)!.practices[0])).size).toBe(21);
  const themes = items.map((id) => id.slice(0, 2));
  expect(['cc', 'pr', 'sa', 'sc'].map((prefix) => themes.filter((theme) => theme === prefix).length)).toEqual([
    7, 4, 3, 7,
  ]);
  // Knowledge-check items, seen with their feedback in the modules, are never drawn.
  expect(items.filter((id) => byId.get(id)!.knowledgeCheck)).toEqual([]);
  expect(await axeViolations(page), 'question view').toEqual([]);

  // Each question says where it stands, to everyone: its legend (the group's name) reads "Question n of 21".
  const numbers = items.map((_, index) => `Question ${index + 1} of 21`);
  await expect(page.locator('form fieldset.question legend .number')).toHaveText(numbers);
  for (const [index, id] of items.entries()) {
    await expect(page.getByRole('group', { name: new RegExp(`^Question ${index + 1} of 21\\b`) })).toHaveAttribute(
      'id',
      `item-${id}`,
    );
  }
  // The count of answered questions is also beside the submit button, and keeps up.
  const submit = page.getByRole('button', { name: 'Submit answers' });
  const nearSubmit = page.getByText(/^Questions answered: \d+ of 21\.$/);
  await expect(nearSubmit).toHaveText('Questions answered: 0 of 21.');
  await expect(submit).toHaveAccessibleDescription('Questions answered: 0 of 21.');
  await answer(page, items[0]!, 'right');
  await expect(nearSubmit).toHaveText('Questions answered: 1 of 21.');
  const submitBox = (await submit.boundingBox())!;
  const countBox = (await nearSubmit.boundingBox())!;
  expect(Math.abs(countBox.y - submitBox.y)).toBeLessThan(80);

  for (const id of items.slice(1)) await answer(page, id, 'right');
  await expect(page.getByText('21 of 21 answered.', { exact: false })).toBeVisible();
  await expect(nearSubmit).toHaveText('Questions answered: 21 of 21.');
  await submit.click();

  const heading = page.getByRole('heading', { name: 'Your score: 100% (21 of 21 points)' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('Passed: the pass mark is 80%.')).toBeVisible();
  const chart = page.getByRole('img', { name: 'Score by theme' });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('row', { name: /Compliance and Confidentiality 7 of 7 100%/ })).toBeVisible();
  await expect(page.locator('fieldset.question')).toHaveCount(21);
  await expect(page.locator('fieldset.question input:disabled')).not.toHaveCount(0);
  await expect(page.locator('fieldset.question legend .number')).toHaveText(numbers);
  // Results first: the score, the verdict and the chart by theme come before the item-by-item review.
  const firstItem = page.locator('fieldset.question').first();
  const reviewHeading = page.getByRole('heading', { name: 'Review every item' });
  expect(await precedes(heading, chart)).toBe(true);
  expect(await precedes(heading, firstItem)).toBe(true);
  expect(await precedes(chart, reviewHeading)).toBe(true);
  expect(await precedes(reviewHeading, firstItem)).toBe(true);
  await expect(page.getByText(/^(Right\.|A problem\.) \(you chose this\)/).first()).toBeVisible();
  expect(await axeViolations(page), 'results view').toEqual([]);

  await page.goto('/progress/');
  await expect(page.getByTestId('attempts').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('attempts')).toContainText('100%, passed');
});

test('fail the final assessment, then start a fresh attempt', async ({ page }) => {
  test.setTimeout(120_000);
  const items = await start(page);
  for (const id of items) await answer(page, id, 'wrong');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /^Your score: 0% \(0 of 21 points\)/ })).toBeVisible();
  await expect(page.getByText(/^Not passed yet: the pass mark is 80%/)).toBeVisible();

  await page.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(page.locator('form fieldset.question')).toHaveCount(21);
  await expect(page.locator('form input:checked')).toHaveCount(0);
  await expect(page.getByText('0 of 21 answered.', { exact: false })).toBeVisible();
  await page.goto('/progress/');
  await expect(page.getByTestId('attempts')).toContainText('0%, not passed');
});

test('a reload resumes the same attempt with the same draw and answers', async ({ page }) => {
  const items = await start(page);
  const order = await page
    .locator(`#item-${items[0]} input`)
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  for (const id of items.slice(0, 3)) await answer(page, id, 'right');

  await page.reload();
  await expect(page.getByText('Welcome back: your answers so far are here.')).toBeVisible();
  expect(await drawnItems(page)).toEqual(items);
  expect(
    await page
      .locator(`#item-${items[0]} input`)
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)),
  ).toEqual(order);
  for (const id of items.slice(0, 3)) {
    for (const option of correctIds(byId.get(id)!)) {
      await expect(page.locator(`#item-${id} input[value="${option}"]`)).toBeChecked();
    }
  }
  await expect(page.getByText('3 of 21 answered.', { exact: false })).toBeVisible();
});

test('submitting with unanswered items announces what is missing and loses nothing', async ({ page }) => {
  const items = await start(page);
  await answer(page, items[0]!, 'right');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Answer every item before submitting: 20 still need an answer.');
  await expect(alert).toBeFocused();
  await alert.getByRole('link', { name: 'Go to question 2', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#item-${items[1]}$`));
  for (const option of correctIds(byId.get(items[0]!)!)) {
    await expect(page.locator(`#item-${items[0]} input[value="${option}"]`)).toBeChecked();
  }
  expect(await axeViolations(page), 'question view with errors').toEqual([]);
});

test('keyboard only: answer a spot-the-problem item in a module knowledge check', async ({ page }) => {
  const spot = bank.find(
    (question) => question.knowledgeCheck && question.type === 'spot' && question.id.startsWith('sc-'),
  )!;
  if (spot.type !== 'spot') throw new Error('expected a spot item');
  test.setTimeout(60_000);
  // Keyboard only: Tab to "Check your understanding" in the module's outline, follow it, then Tab into the item.
  await page.goto('/modules/spine-care/');
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Check your understanding') break;
  }
  await expect(page.getByRole('link', { name: 'Check your understanding' })).toBeFocused();
  await page.keyboard.press('Enter');
  const fieldset = page.locator(`#item-${spot.id}`);
  await fieldset.scrollIntoViewIfNeeded();
  await expect(fieldset.locator('input').first()).toBeEnabled();

  // Tab until the item's first checkbox has focus.
  const firstValue = await fieldset.locator('input').first().getAttribute('value');
  const first = `item-${spot.id}:${firstValue}`;
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.name ? `${element.name}:${element.value}` : '';
    });
    if (at === first) break;
  }
  await expect(fieldset.locator('input').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Space'); // toggled on and off again: a keyboard user can change their mind
  await expect(fieldset.locator('input').first()).not.toBeChecked();
  // Options are shown in a shuffled order: read it from the page.
  const shown = await fieldset
    .locator('input')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  for (let index = 0; index < shown.length; index++) {
    if (index > 0) await page.keyboard.press('Tab');
    await expect(fieldset.locator('input').nth(index)).toBeFocused();
    if (spot.parts.find((part) => part.id === shown[index])!.problem) await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Check answer');
  await page.keyboard.press('Enter');
  await expect(page.getByText('You scored 1 of 1 on this question.')).toBeVisible();
  await expect(fieldset.getByText(/^A problem\. \(you chose this\)/).first()).toBeVisible();

  await page.reload();
  await page.locator(`#item-${spot.id}`).scrollIntoViewIfNeeded();
  await expect(page.getByText('You scored 1 of 1 on this question.')).toBeVisible();
});

test('a knowledge check says so when no answer is chosen', async ({ page }) => {
  await page.goto('/modules/security-access/');
  const check = page.getByRole('region', { name: 'Check your understanding' });
  await check.scrollIntoViewIfNeeded();
  await check.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(check.getByRole('alert')).toHaveText('Choose an answer first.');
  expect(await axeViolations(page)).toEqual([]);
});
