import type { Page } from '@playwright/test';
import { getScenario, scenarios } from '../../src/scenarios';
import type { Scenario } from '../../src/schemas/scenario';
import { PRACTICE_IDS } from '../../src/schemas/themes';
import { practicesOfScenario } from '../../src/schemas/scenario-graph';
import { waitForStored } from './db';
import { axeViolations, expect, test } from './fixtures';

const dm = getScenario('patient-dm-leg-pain');
const URL = `/scenarios/${dm.id}/`;

/** The title the player shows for a node (endings are prefixed with their rating). */
function headingOf(scenario: Scenario, nodeId: string): RegExp {
  const node = scenario.nodes[nodeId]!;
  return new RegExp(`${node.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function stepHeading(page: Page) {
  return page.locator('#step-heading');
}

/** Presses Tab until the focused element's text is `name`; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) return;
  }
  throw new Error(`Could not reach "${name}" with Tab.`);
}

test('keyboard only: play a scenario to its best ending, with focus on each new step and feedback announced', async ({
  page,
}) => {
  await page.goto(URL);
  const heading = await stepHeading(page);
  await expect(heading).toHaveText(headingOf(dm, dm.start));

  // The route: continue, redirect now, general reply, bio and auto-reply.
  const route: (string | null)[] = [null, 'redirect-now', 'general-reply', 'bio-and-auto-reply'];
  let nodeId = dm.start;
  for (const choiceId of route) {
    const node = dm.nodes[nodeId]!;
    if (choiceId === null) {
      if (node.kind !== 'narrative') throw new Error('route out of date');
      await tabTo(page, 'Continue');
      nodeId = node.next;
    } else {
      if (node.kind !== 'decision') throw new Error('route out of date');
      const choice = node.choices.find((candidate) => candidate.id === choiceId)!;
      await tabTo(page, choice.label);
      nodeId = choice.next;
      await page.keyboard.press('Enter');
      await expect(heading).toBeFocused();
      await expect(page.locator('[aria-live="polite"]')).toContainText(choice.feedback);
      await expect(page.getByRole('region', { name: 'What happened' })).toContainText(choice.feedback);
      await expect(heading).toHaveText(headingOf(dm, nodeId));
      continue;
    }
    await page.keyboard.press('Enter');
    await expect(heading).toBeFocused();
    await expect(heading).toHaveText(headingOf(dm, nodeId));
  }

  await expect(heading).toContainText('Ending: Best outcome');
  await expect(page.getByText('Score: 6 of a possible 6 for the decisions you faced')).toBeVisible();
  await expect(page.getByText(/rated harmful/)).toHaveCount(0);
  const summary = page.locator('.path-summary > li');
  await expect(summary).toHaveCount(3);
  await expect(summary.first()).toContainText('Reply briefly: you cannot give medical advice here');
  await expect(summary.first().getByRole('link', { name: 'PR-2' })).toHaveAttribute('href', '/practices/#pr-2');

  await tabTo(page, 'Try another path');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(headingOf(dm, dm.start));
});

test('a reload mid-scenario lands on the same step, and Back undoes a decision', async ({ page }) => {
  await page.goto(URL);
  const heading = await stepHeading(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Reply briefly/ }).click();
  await expect(heading).toHaveText(headingOf(dm, 'after-redirect'));

  await page.reload();
  await expect(heading).toHaveText(headingOf(dm, 'after-redirect'));
  await expect(page.getByText('Welcome back: you are where you left off.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'What happened' })).toContainText('Reply briefly');
  await expect(page.getByText(/^Step 3 of up to/)).toBeVisible();

  await page.getByRole('button', { name: 'Back: undo my last decision' }).click();
  await expect(heading).toHaveText(headingOf(dm, 'first-reply'));
  await expect(page.getByRole('region', { name: 'What happened' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Back: undo my last decision' })).toHaveCount(0);
  await page.reload();
  await expect(heading).toHaveText(headingOf(dm, 'first-reply'));

  await page.getByRole('button', { name: /^Leave the message unanswered/ }).click();
  await expect(heading).toHaveText(headingOf(dm, 'silence'));
});

test('a path saved under an older version of the scenario is not replayed: the learner is told and starts afresh', async ({
  page,
}) => {
  await page.goto(URL);
  const heading = await stepHeading(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: /^Reply briefly/ }).click();
  await expect(heading).toHaveText(headingOf(dm, 'after-redirect'));

  // Pretend the saved place was written by version 0 of this scenario.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('posting-with-care');
        open.onsuccess = () => {
          const transaction = open.result.transaction('scenarioProgress', 'readwrite');
          const table = transaction.objectStore('scenarioProgress');
          const cursor = table.openCursor();
          cursor.onsuccess = () => {
            const current = cursor.result;
            if (!current) return;
            if (current.value.scenarioId === id) current.update({ ...current.value, scenarioVersion: 0 });
            current.continue();
          };
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        open.onerror = () => reject(open.error);
      }),
    dm.id,
  );
  await page.reload();
  await expect(page.getByText(/This scenario has changed since you last played it/)).toBeVisible();
  await expect(heading).toHaveText(headingOf(dm, dm.start));
});

test('axe finds nothing at the start, mid-way (feedback and a mock interface) and at the end', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(URL);
    const heading = await stepHeading(page);
    await expect(heading).toHaveText(headingOf(dm, dm.start));
    expect(await axeViolations(page), `start, ${scheme}`).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /^Reply briefly/ }).click();
    await expect(page.getByRole('region', { name: /^Post by You/ })).toBeVisible();
    expect(await axeViolations(page), `mid-way, ${scheme}`).toEqual([]);
    await page.getByRole('button', { name: /^Hide the comment without replying/ }).click();
    await page.getByRole('button', { name: /^Add to the bio/ }).click();
    await expect(heading).toContainText('Ending');
    expect(await axeViolations(page), `end, ${scheme}`).toEqual([]);
    await page.getByRole('button', { name: 'Try another path' }).click();
  }
});

test('the scenario list filters by theme and shows each scenario’s status', async ({ page }) => {
  await page.goto('/scenarios/');
  const cards = page.locator('li[data-scenario]');
  await expect(cards).toHaveCount(scenarios.length);
  await expect(page.getByText(`${scenarios.length} of ${scenarios.length} scenarios shown`)).toBeVisible();

  await page.getByRole('radio', { name: 'Security and Access' }).check();
  const security = scenarios.filter((scenario) => scenario.theme === 'security-access');
  await expect(page.locator('li[data-scenario]:visible')).toHaveCount(security.length);
  await expect(page.getByText(`${security.length} of ${scenarios.length} scenarios shown`)).toBeVisible();
  await page.getByRole('radio', { name: 'All themes' }).check();
  await expect(page.locator('li[data-scenario]:visible')).toHaveCount(scenarios.length);

  const card = page.locator(`li[data-scenario="${dm.id}"]`);
  await expect(card.locator('[data-status]')).toHaveText('Not started');
  await page.goto(URL);
  await page.getByRole('button', { name: 'Continue' }).click();
  await waitForStored<{ scenarioId: string; path: unknown[] }>(page, 'scenarioProgress', (places) =>
    places.some((place) => place.scenarioId === dm.id && place.path.length === 1),
  );
  await page.goto('/scenarios/');
  await expect(card.locator('[data-status]')).toHaveText('In progress');

  await page.goto(URL);
  for (const name of [/^Reply briefly/, /^Hide the comment without replying/, /^Add to the bio/]) {
    await page.getByRole('button', { name }).click();
  }
  await expect(page.locator('#step-heading')).toContainText('Best outcome');
  await waitForStored<{ scenarioId: string }>(page, 'scenarioAttempts', (plays) =>
    plays.some((play) => play.scenarioId === dm.id),
  );
  await page.goto('/scenarios/');
  await expect(card.locator('[data-status]')).toHaveText('Played once · ending: Best outcome');

  await page.goto('/progress/');
  await expect(page.getByText('Scenarios finished: 1 of 3')).toBeVisible();
});

test('module pages link their scenarios, and each practice links the scenarios that exercise it', async ({ page }) => {
  await page.goto('/modules/professionalism/');
  const section = page.getByRole('region', { name: 'Practise it: scenarios' });
  for (const scenario of scenarios.filter((candidate) => candidate.theme === 'professionalism')) {
    await expect(section.getByRole('link', { name: scenario.title })).toHaveAttribute(
      'href',
      `/scenarios/${scenario.id}/`,
    );
  }

  await page.goto('/practices/');
  for (const id of PRACTICE_IDS) {
    const card = page.locator('article.practice').filter({ has: page.locator(`#${id.toLowerCase()}`) });
    const expected = scenarios.filter((scenario) => practicesOfScenario(scenario).has(id));
    expect(expected.length, id).toBeGreaterThan(0);
    for (const scenario of expected) {
      await expect(card.getByRole('link', { name: scenario.title, exact: true })).toHaveAttribute(
        'href',
        `/scenarios/${scenario.id}/`,
      );
    }
  }
});

test('the home page continues into an unfinished scenario', async ({ page }) => {
  await page.goto(URL);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.goto('/');
  await page.getByRole('link', { name: `Continue where you left off: ${dm.title}` }).click();
  await expect(page.locator('#step-heading')).toHaveText(headingOf(dm, 'first-reply'));
});
