/**
 * Steps a learner takes through the course, shared by the end-to-end specs: finishing modules, playing a
 * scenario to an ending, answering the final assessment, and (for tests about what comes after) seeding a
 * completed course straight into the browser's database.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { Question } from '../../src/schemas/question';
import { loadQuestions } from '../../src/lib/content/load';
import { correctIds } from '../../src/lib/assessment';
import { rows, waitForStored } from './db';
import { getScenario } from '../../src/scenarios';
import { expect, waitForProgress } from './fixtures';

export const bank = loadQuestions();
export const byId = new Map(bank.map((question) => [question.id, question]));

function allIds(question: Question): string[] {
  return question.type === 'spot' ? question.parts.map((part) => part.id) : question.options.map((option) => option.id);
}

/** The item IDs of the assessment attempt on screen, in order. */
export async function drawnItems(page: Page): Promise<string[]> {
  return page
    .locator('form fieldset.question')
    .evaluateAll((fieldsets) => fieldsets.map((fieldset) => fieldset.id.replace(/^item-/, '')));
}

/** Answers one assessment item: all correct options, or for `wrong` only incorrect ones (scoring 0). */
export async function answer(page: Page, itemId: string, mode: 'right' | 'wrong'): Promise<void> {
  const question = byId.get(itemId)!;
  const correct = correctIds(question);
  const wrong = allIds(question).filter((id) => !correct.includes(id));
  const pick = mode === 'right' ? correct : question.type === 'single' ? wrong.slice(0, 1) : wrong;
  for (const id of pick) await page.locator(`#item-${itemId} input[value="${id}"]`).check();
}

/** Opens the final assessment and starts an attempt; returns its item IDs. */
export async function startAssessment(page: Page): Promise<string[]> {
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.locator('form fieldset.question')).toHaveCount(21);
  return drawnItems(page);
}

/** Marks a module finished from its page. */
export async function finishModule(page: Page, href: string): Promise<void> {
  await page.goto(href);
  await waitForProgress(page);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/^You finished this module on /)).toBeVisible();
}

/** How many finished plays of a scenario the page's database holds. */
export async function finishedPlays(page: Page, scenarioId: string): Promise<number> {
  return (await rows<{ scenarioId: string }>(page, 'scenarioAttempts')).filter((play) => play.scenarioId === scenarioId)
    .length;
}

/** Plays a scenario to an ending by taking the first choice offered at each decision, and waits until it is saved. */
export async function playScenario(page: Page, href: string): Promise<void> {
  await page.goto(href);
  const scenarioId = href.split('/')[2]!;
  const heading = page.locator('#step-heading');
  await expect(heading).toBeVisible();
  const before = await finishedPlays(page, scenarioId);
  for (let step = 0; step < 30; step++) {
    if (/Ending:/.test((await heading.textContent()) ?? '')) {
      await expect.poll(() => finishedPlays(page, scenarioId)).toBeGreaterThan(before);
      return;
    }
    const title = await heading.textContent();
    const next = page.getByRole('button', { name: 'Continue', exact: true });
    if (await next.count()) await next.click();
    else await page.locator('fieldset.choices button.choice').first().click();
    await expect(heading).not.toHaveText(title ?? '');
  }
  throw new Error(`No ending reached in ${href}.`);
}

/** The theme modules and one scenario per theme, as the completion rule counts them. */
export const THEME_MODULES = [
  '/modules/compliance-confidentiality/',
  '/modules/professionalism/',
  '/modules/security-access/',
  '/modules/spine-care/',
];

/**
 * Writes a finished course (all but the attestation) into the page's own database, as if the learner had done it,
 * then reloads. For tests of what comes after completion; one test reaches completion through the interface.
 */
export async function seedCompletion(
  page: Page,
  course: { modules: string[]; scenarios: string[] },
  percent = 85,
): Promise<void> {
  await page.goto('/certificate/');
  await expect(page.getByRole('heading', { name: 'What completion requires' })).toBeVisible();
  await waitForStored(page, 'settings', (settings) => settings.some((setting) => setting.key === 'activeLearnerId'));
  // Each seeded play ends on a real ending of its scenario, so a progress file made from it is valid.
  const endings = Object.fromEntries(
    course.scenarios.map((id) => {
      const nodes = getScenario(id).nodes;
      return [id, Object.keys(nodes).find((nodeId) => nodes[nodeId]!.kind === 'ending')!];
    }),
  );
  await page.evaluate(
    async ({ modules, scenarios, percent, endings }) => {
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const db = await request(indexedDB.open('posting-with-care'));
      const tx = db.transaction(
        ['settings', 'moduleProgress', 'scenarioAttempts', 'assessmentAttempts', 'evaluations'],
        'readwrite',
      );
      const { value: learnerId } = (await request(tx.objectStore('settings').get('activeLearnerId'))) as {
        value: string;
      };
      const at = new Date(Date.now() - 3_600_000).toISOString();
      for (const moduleId of modules) {
        tx.objectStore('moduleProgress').put({
          learnerId,
          moduleId,
          startedAt: at,
          lastVisitedAt: at,
          completedAt: at,
          updatedAt: at,
          recordVersion: 2,
        });
      }
      for (const scenarioId of scenarios) {
        tx.objectStore('scenarioAttempts').add({
          uid: crypto.randomUUID(),
          learnerId,
          scenarioId,
          scenarioVersion: 1,
          startedAt: at,
          endedAt: at,
          endingId: endings[scenarioId],
          rating: 'best',
          score: 1,
          maxScore: 1,
          path: [],
          recordVersion: 2,
        });
      }
      tx.objectStore('assessmentAttempts').add({
        uid: crypto.randomUUID(),
        learnerId,
        status: 'submitted',
        seed: 1,
        items: [],
        answers: {},
        answeredAt: {},
        passMark: 0.8,
        startedAt: at,
        submittedAt: at,
        result: { earned: percent / 5, possible: 20, percent, passed: true, byTheme: [], items: [] },
        recordVersion: 2,
      });
      tx.objectStore('evaluations').put({
        learnerId,
        answers: { objectives: '5', relevance: '4', balance: '4', bias: '5', change: '4', format: '4' },
        submittedAnswers: { objectives: '5', relevance: '4', balance: '4', bias: '5', change: '4', format: '4' },
        status: 'submitted',
        updatedAt: at,
        submittedAt: at,
        recordVersion: 1,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { ...course, percent, endings },
  );
  await page.reload();
}

/** The bytes of a download. */
export async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()));
}

/** Generates a certificate for `name` on /certificate/ and returns the downloaded PDF with its ID and code. */
export async function generate(page: Page, name: string): Promise<{ pdf: Uint8Array; id: string; code: string }> {
  await page.getByLabel('Your name as it should appear on the certificate').fill(name);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Generate certificate' }).click();
  const download = await downloading;
  const ready = page.getByRole('heading', { name: 'Your certificate is ready' });
  await expect(ready).toBeFocused();
  const detail = (await ready.locator('xpath=following-sibling::p[1]').textContent()) ?? '';
  const [, id, code] = detail.match(/Certificate (PWC-[\w-]+), verification code ([\w-]+)\./) ?? [];
  expect(download.suggestedFilename()).toBe(`posting-with-care-certificate-${id}.pdf`);
  return { pdf: await bytesOf(download), id: id!, code: code! };
}
