/**
 * Nothing a learner does is lost or hidden: every ending reached is a recorded play, a reload at an ending keeps it,
 * an answer shown as given survives an immediate reload, and every past play and attempt stays reviewable.
 */
import type { Page } from '@playwright/test';
import { correctIds } from '../../src/lib/assessment';
import { getScenario } from '../../src/scenarios';
import { answer, byId, drawnItems, startAssessment } from './course';
import { rows, waitForStored } from './db';
import { axeViolations, expect, test, waitForIslands } from './fixtures';

const dm = getScenario('patient-dm-leg-pain');
const URL = `/scenarios/${dm.id}/`;
const BEST: [RegExp, RegExp, RegExp] = [/^Reply briefly/, /^Hide the comment without replying/, /^Add to the bio/];

type Play = { scenarioId: string; endingId: string; rating: string; uid: string };
const plays = async (page: Page) =>
  (await rows<Play>(page, 'scenarioAttempts')).filter((play) => play.scenarioId === dm.id);

async function playBest(page: Page) {
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const name of BEST) await page.getByRole('button', { name }).click();
  await expect(page.locator('#step-heading')).toContainText('Ending: Best outcome');
}

test('every ending reached is one recorded play: again after Try another path, after Back, and after a reload', async ({
  page,
}) => {
  await page.goto(URL);
  await playBest(page);
  await expect.poll(async () => (await plays(page)).length).toBe(1);

  // The same path again, after "Try another path".
  await page.getByRole('button', { name: 'Try another path' }).click();
  await expect(page.locator('#step-heading')).toHaveText(dm.nodes[dm.start]!.title);
  await playBest(page);
  await expect.poll(async () => (await plays(page)).length).toBe(2);

  // Back from the ending undoes the last decision; choosing again reaches an ending again.
  await page.getByRole('button', { name: 'Back: undo my last decision' }).click();
  await expect(page.locator('#step-heading')).not.toContainText('Ending:');
  await page.getByRole('button', { name: BEST[2] }).click();
  await expect(page.locator('#step-heading')).toContainText('Ending: Best outcome');
  await expect.poll(async () => (await plays(page)).length).toBe(3);

  // A play interrupted by a reload and finished afterwards is recorded once.
  await page.getByRole('button', { name: 'Try another path' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: BEST[0] }).click();
  await page.reload();
  await page.getByRole('button', { name: BEST[1] }).click();
  await page.getByRole('button', { name: BEST[2] }).click();
  await expect(page.locator('#step-heading')).toContainText('Ending: Best outcome');
  await expect.poll(async () => (await plays(page)).length).toBe(4);
  expect(new Set((await plays(page)).map((play) => play.uid)).size).toBe(4);
});

test('a reload at an ending shows that ending and its path summary, and records nothing more', async ({ page }) => {
  await page.goto(URL);
  await playBest(page);
  await waitForStored<Play>(page, 'scenarioAttempts', (stored) => stored.length === 1);
  for (let reload = 0; reload < 2; reload++) {
    await page.reload();
    await expect(page.locator('#step-heading')).toContainText('Ending: Best outcome');
    await expect(page.getByText('Welcome back: this is the ending you reached.', { exact: false })).toBeVisible();
    await expect(page.locator('.path-summary > li')).toHaveCount(3);
  }
  expect(await plays(page)).toHaveLength(1);
  // Until the learner plays again.
  await page.getByRole('button', { name: 'Try another path' }).click();
  await expect(page.locator('#step-heading')).toHaveText(dm.nodes[dm.start]!.title);
  await waitForStored<{ scenarioId: string; path: unknown[] }>(page, 'scenarioProgress', (places) =>
    places.some((place) => place.scenarioId === dm.id && place.path.length === 0),
  );
  await page.reload();
  await expect(page.locator('#step-heading')).toHaveText(dm.nodes[dm.start]!.title);
});

test('an answer the page shows as given survives a reload made at once (20 times)', async ({ page }) => {
  test.setTimeout(240_000);
  const items = await startAssessment(page);
  // Up to six single-choice items, so each round can change every answer (a radio replaces the last choice).
  const singles = items.filter((id) => byId.get(id)!.type === 'single').slice(0, 6);
  expect(singles.length).toBeGreaterThanOrEqual(4); // every draw has at least 4 (checked over 5,000 seeds)
  const optionFor = (id: string, round: number) => {
    const question = byId.get(id)!;
    const right = correctIds(question)[0]!;
    const wrong = question.type === 'single' ? question.options.find((option) => !option.correct)!.id : right;
    return round % 2 === 0 ? right : wrong;
  };
  for (let round = 0; round < 20; round++) {
    // Answer quickly, then reload at once: no waiting for storage.
    for (const id of singles) await page.locator(`#item-${id} input[value="${optionFor(id, round)}"]`).check();
    await page.reload();
    await expect(page.getByText(`${singles.length} of 21 answered.`, { exact: false })).toBeVisible();
    for (const id of singles) {
      await expect(page.locator(`#item-${id} input[value="${optionFor(id, round)}"]`), `round ${round}`).toBeChecked();
    }
  }
});

test('an answer whose write never reached IndexedDB before the page went away is kept all the same', async ({
  page,
}) => {
  // Writes to IndexedDB fail while `__pageGoingAway` is set: what a write still in flight at unload amounts to.
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if ((window as { __pageGoingAway?: boolean }).__pageGoingAway) {
          throw new DOMException('The page went away first.', 'AbortError');
        }
        return original.apply(this, args);
      };
    }
  });
  const items = await startAssessment(page);
  await page.evaluate(() => ((window as { __pageGoingAway?: boolean }).__pageGoingAway = true));
  await answer(page, items[0]!, 'right');
  await page.reload();
  await expect(page.getByText('1 of 21 answered.', { exact: false })).toBeVisible();
  for (const option of correctIds(byId.get(items[0]!)!)) {
    await expect(page.locator(`#item-${items[0]} input[value="${option}"]`)).toBeChecked();
  }
  await waitForStored<{ answers: Record<string, string[]> }>(page, 'assessmentAttempts', ([attempt]) =>
    Boolean(attempt?.answers[items[0]!]),
  );
});

test('after submitting, the assessment page shows the latest result; every attempt stays reviewable from /progress/', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Two attempts: one failed, then (from its results) one passed.
  for (const id of await startAssessment(page)) await answer(page, id, 'wrong');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /^Your score: 0%/ })).toBeFocused();
  await page.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(page.locator('form fieldset.question')).toHaveCount(21);
  for (const id of await drawnItems(page)) await answer(page, id, 'right');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /^Your score: 100%/ })).toBeFocused();
  await waitForStored<{ status: string }>(
    page,
    'assessmentAttempts',
    (attempts) => attempts.filter((attempt) => attempt.status === 'submitted').length === 2,
  );

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your score: 100% (21 of 21 points)' })).toBeVisible();
  await expect(page.getByText(/^Your latest attempt, submitted /)).toBeVisible();
  await expect(page.locator('fieldset.question')).toHaveCount(21);
  await expect(page.getByRole('button', { name: 'Start a new attempt' })).toBeVisible();

  await page.goto('/progress/');
  const attempts = page.getByTestId('attempts').getByRole('listitem');
  await expect(attempts).toHaveCount(2);
  await expect(attempts.first()).toContainText('100%, passed');
  await expect(attempts.first()).toContainText('By theme: Compliance and Confidentiality 7 of 7');
  await expect(attempts.nth(1)).toContainText('0%, not passed');
  await attempts
    .nth(1)
    .getByRole('link', { name: /^Review the attempt of / })
    .click();
  await expect(page).toHaveURL(/\/assessment\/\?attempt=/);
  await expect(page.getByRole('heading', { name: /^Your score: 0% \(0 of 21 points\)/ })).toBeVisible();
  await expect(page.getByText(/^A past attempt, submitted .*\(read-only\)/)).toBeVisible();
  await expect(page.getByText(/^(Not right\.|Not a problem\.|A problem\.|Right\.)/).first()).toBeVisible();
  expect(await axeViolations(page), 'review of a past attempt').toEqual([]);
});

test('/progress/ lists each finished play with its ending, rating and score, and opens its read-only review', async ({
  page,
}) => {
  await page.goto(URL);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Leave the message unanswered/ }).click();
  const heading = page.locator('#step-heading');
  while (!/Ending:/.test((await heading.textContent()) ?? '')) {
    const title = await heading.textContent();
    const next = page.getByRole('button', { name: 'Continue', exact: true });
    if (await next.count()) await next.click();
    else await page.locator('fieldset.choices button.choice').first().click();
    await expect(heading).not.toHaveText(title ?? '');
  }
  const endingTitle = (await heading.textContent())!.replace(/^Ending: [^:]+:\s*/, '');
  await waitForStored<Play>(page, 'scenarioAttempts', (stored) => stored.length === 1);
  const [play] = await plays(page);

  await page.goto('/scenarios/');
  await expect(page.locator(`li[data-scenario="${dm.id}"] [data-status]`)).toHaveText(
    new RegExp(`^Played once · ending: `),
  );
  await page.goto('/progress/');
  const entry = page.getByTestId('plays').getByRole('listitem');
  await expect(entry).toHaveCount(1);
  for (const colorScheme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `progress with history, ${colorScheme}`).toEqual([]);
  }
  await expect(entry).toContainText(dm.title);
  await expect(entry).toContainText(`Ending: ${dm.nodes[play!.endingId]!.title}`);
  expect(dm.nodes[play!.endingId]!.title).toBe(endingTitle.trim());
  await entry.getByRole('link', { name: new RegExp(`^Review the play of ${dm.title}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${URL}\\?play=${play!.uid}$`));
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: /^Review of your play on / })).toBeFocused();
  await expect(page.getByText('A read-only review: nothing here changes your results.')).toBeVisible();
  await expect(page.locator('.path-summary > li').first()).toContainText('Leave the message unanswered');
  expect(await axeViolations(page), 'review of a past play').toEqual([]);
  // Reviewing records nothing.
  expect(await plays(page)).toHaveLength(1);

  // A play that is not on this device says so.
  await page.goto(`${URL}?play=no-such-play`);
  await expect(page.getByRole('heading', { name: 'Play not found' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('That play is not in this browser for the current learner profile.');
});
