/**
 * The optional pre-test: taken by keyboard, resumed after a reload, submitted with results by theme and a review;
 * its items kept out of the final assessment; the gain by theme on /progress/; closed once a final attempt is in.
 */
import type { Page } from '@playwright/test';
import { correctIds } from '../../src/lib/assessment';
import { answer, byId, startAssessment } from './course';
import { rows, waitForStored } from './db';
import { axeViolations, expect, test, waitForProgress } from './fixtures';

interface StoredPretest {
  items: { itemId: string }[];
  answers: Record<string, string[]>;
  submittedAt: string | null;
}

const stored = async (page: Page) => (await rows<StoredPretest>(page, 'pretests'))[0];

/** The item on screen (the pre-test shows one at a time). */
async function shownItem(page: Page): Promise<string> {
  const id = await page.locator('form fieldset.question').getAttribute('id');
  return (id ?? '').replace(/^item-/, '');
}

/** Presses Tab until the focused element's text is `text` (a button), then checks it has focus. */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: text, exact: true })).toBeFocused();
}

/** Answers the item on screen with the keyboard alone: Tab into it, arrows for one choice, Space for several. */
async function answerByKeyboard(page: Page, itemId: string): Promise<void> {
  const question = byId.get(itemId)!;
  const correct = correctIds(question);
  const inputs = page.locator(`#item-${itemId} input`);
  const shown = await inputs.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  for (let presses = 0; presses < 40; presses++) {
    if (await inputs.first().evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(inputs.first()).toBeFocused();
  if (question.type === 'single') {
    // In a radio group the arrow keys move and choose; Space chooses the first.
    const target = shown.indexOf(correct[0]!);
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
  } else {
    for (let index = 0; index < shown.length; index++) {
      if (index > 0) await page.keyboard.press('Tab');
      await expect(inputs.nth(index)).toBeFocused();
      if (correct.includes(shown[index]!)) await page.keyboard.press('Space');
    }
  }
  for (const id of correct) await expect(page.locator(`#item-${itemId} input[value="${id}"]`)).toBeChecked();
}

/** Starts the pre-test by clicking; returns nothing (the items are read one at a time). */
async function startPretest(page: Page): Promise<void> {
  await page.goto('/pretest/');
  await page.getByRole('button', { name: 'Start the pre-test' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
}

/** Answers every question with the mouse (`right` or `wrong`, as `answer` does) and submits; returns the item IDs. */
async function takePretest(page: Page, mode: 'right' | 'wrong'): Promise<string[]> {
  await startPretest(page);
  const items: string[] = [];
  for (let number = 1; number <= 10; number++) {
    await expect(page.getByRole('heading', { name: `Question ${number} of 10` })).toBeVisible();
    const id = await shownItem(page);
    items.push(id);
    await answer(page, id, mode);
    const next = number < 10 ? 'Next question' : 'Submit the pre-test';
    await page.getByRole('button', { name: next, exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: /^Your pre-test score: / })).toBeVisible();
  await waitForStored<StoredPretest>(page, 'pretests', ([pretest]) => pretest?.submittedAt != null);
  return items;
}

test('take the pre-test by keyboard, reload mid-way and resume, submit, and see the results by theme', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/pretest/');
  await expect(page.getByText('No pass mark.', { exact: true })).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the pre-test' });
  await expect(start).toBeEnabled();
  expect(await axeViolations(page), 'start view').toEqual([]);

  await tabTo(page, 'Start the pre-test');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();

  const answered: string[] = [];
  for (let number = 1; number <= 4; number++) {
    const id = await shownItem(page);
    await answerByKeyboard(page, id);
    answered.push(id);
    await tabTo(page, 'Next question');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: `Question ${number + 1} of 10` })).toBeFocused();
  }
  await expect(page.getByText('4 of 10 answered.', { exact: false })).toBeVisible();
  expect(await axeViolations(page), 'a question, mid-way').toEqual([]);

  // Reload only once every answer is stored: the page resumes at the first question without an answer.
  await waitForStored<StoredPretest>(page, 'pretests', ([pretest]) =>
    answered.every((id) => (pretest?.answers[id]?.length ?? 0) > 0),
  );
  const draw = (await stored(page))!.items.map((item) => item.itemId);
  await page.reload();
  await expect(page.getByText('Welcome back: your answers so far are here.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question 5 of 10' })).toBeVisible();
  await expect(page.getByText('4 of 10 answered.', { exact: false })).toBeVisible();
  expect(await shownItem(page)).toBe(draw[4]);
  expect((await stored(page))!.items.map((item) => item.itemId)).toEqual(draw);

  // Back to question 1: its answer is still there.
  for (let number = 5; number > 1; number--) {
    await page.getByRole('button', { name: 'Previous question' }).click();
  }
  for (const id of correctIds(byId.get(draw[0]!)!)) {
    await expect(page.locator(`#item-${draw[0]} input[value="${id}"]`)).toBeChecked();
  }
  for (let number = 1; number < 5; number++) await page.getByRole('button', { name: 'Next question' }).click();

  // Submitting with a question unanswered says which, and the summary takes the learner there.
  for (let number = 5; number <= 10; number++) {
    const id = await shownItem(page);
    if (number !== 7) await answerByKeyboard(page, id);
    await tabTo(page, number < 10 ? 'Next question' : 'Submit the pre-test');
    await page.keyboard.press('Enter');
  }
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Answer every question before submitting: 1 still need an answer.');
  await expect(alert).toBeFocused();
  expect(await axeViolations(page), 'a question, with an unanswered one').toEqual([]);
  await tabTo(page, 'Go to question 7');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Question 7 of 10' })).toBeFocused();
  await answerByKeyboard(page, draw[6]!);
  for (let number = 7; number < 10; number++) {
    await tabTo(page, 'Next question');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, 'Submit the pre-test');
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { name: 'Your pre-test score: 100% (10 of 10 points)' });
  await expect(heading).toBeFocused();
  await expect(page.getByText('This is your baseline: there is no pass mark.', { exact: false })).toBeVisible();
  await expect(page.getByText(/pass mark is/)).toHaveCount(0);
  await expect(page.getByRole('img', { name: 'Score by theme' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Compliance and Confidentiality 3 of 3 100%/ })).toBeVisible();
  await expect(page.locator('fieldset.question')).toHaveCount(10);
  await expect(page.getByText(/^(Right\.|A problem\.) \(you chose this\)/).first()).toBeVisible();
  expect(await axeViolations(page), 'results view').toEqual([]);
  await waitForStored<StoredPretest>(page, 'pretests', ([pretest]) => pretest?.submittedAt != null);

  // One pre-test per learner: coming back shows the result, not a new draw.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your pre-test score: 100% (10 of 10 points)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the pre-test' })).toHaveCount(0);
});

test('/progress/ invites to the pre-test, then shows its result; the final draw leaves its items out; then the gain by theme', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/progress/');
  await waitForProgress(page);
  const section = page.getByRole('region', { name: 'Pre-test and gain' });
  await expect(section.getByRole('link', { name: 'Take the optional pre-test' })).toBeVisible();

  const pretest = await takePretest(page, 'wrong');
  await page.goto('/progress/');
  await expect(section).toContainText(/Pre-test on .*: 0%\./);
  await expect(section).toContainText('Take the final assessment to see your gain by theme.');

  // The final draw never reuses a pre-test item (over thousands of seeds in the unit tests; here, through the page).
  const final = await startAssessment(page);
  expect(final.filter((id) => pretest.includes(id))).toEqual([]);
  for (const id of final) await answer(page, id, 'right');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByText(/^Passed: the pass mark is/)).toBeVisible();
  await waitForStored<{ status: string }>(page, 'assessmentAttempts', (attempts) =>
    attempts.some((entry) => entry.status === 'submitted'),
  );

  await page.goto('/progress/');
  await expect(section).toContainText('Your pre-test (0%) against your best passing final attempt (100%), by theme:');
  const table = section.getByRole('table', { name: 'Gain by theme' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row', { name: 'Compliance and Confidentiality 0% 100% +100 points' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Spine Care 0% 100% +100 points' })).toBeVisible();
  expect(await axeViolations(page), 'progress with the gain').toEqual([]);

  // The pre-test is closed now: its page says why and shows the stored result.
  await page.goto('/pretest/');
  await expect(
    page.getByText('The pre-test is a baseline taken before the course, so it is closed now.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your pre-test score: 0% (0 of 10 points)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the pre-test' })).toHaveCount(0);
});

test('once a final attempt is submitted, a learner who never took the pre-test is told it is closed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const final = await startAssessment(page);
  for (const id of final) await answer(page, id, 'wrong');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await waitForStored<{ status: string }>(page, 'assessmentAttempts', (attempts) =>
    attempts.some((entry) => entry.status === 'submitted'),
  );
  await page.goto('/pretest/');
  await expect(page.getByText(/The pre-test is a baseline taken before the course, so it closes/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the pre-test' })).toHaveCount(0);
  expect(await axeViolations(page), 'closed view').toEqual([]);
  await page.goto('/progress/');
  await expect(page.getByRole('region', { name: 'Pre-test and gain' })).toContainText('You did not take the pre-test');
});

test('the home page and the introduction invite to the pre-test with a plain link', async ({ page }) => {
  for (const path of ['/', '/modules/introduction/']) {
    await page.goto(path);
    const line = page.locator('.pretest-link');
    await expect(line).toHaveText(
      'Optional: take a 10-question pre-test before you start (about 10 minutes), to see your gain by theme at the end.',
    );
    await line.getByRole('link', { name: 'take a 10-question pre-test' }).click();
    await expect(page).toHaveURL(/\/pretest\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pre-test' })).toBeVisible();
  }
});
