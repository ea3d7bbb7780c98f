/**
 * Storage that fails or is shared: a newer version in another tab, an open blocked by an old tab, a full device,
 * no IndexedDB at all, two tabs at once, and the request to keep the data. Nothing is lost and nothing throws.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { answer, playScenario, startAssessment } from './course';
import { rows, waitForStored } from './db';
import { axeViolations, expect, test, waitForProgress } from './fixtures';

const NOTICE = '#storage-notice';
const PRIVATE = /not letting the course save your progress/;

test('a tab left open while a newer version opens the database closes its connection and says to reload', async ({
  context,
}) => {
  const old = await context.newPage();
  await old.goto('/modules/spine-care/');
  await waitForProgress(old);
  const newer = await context.newPage();
  await newer.goto('/about/');
  // What a newer release does when it opens the database: a higher version (Dexie stores ten times its own).
  await newer.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('posting-with-care', 60);
        request.onsuccess = () => (request.result.close(), resolve());
        request.onerror = () => reject(request.error);
      }),
  );
  const notice = old.locator(NOTICE);
  await expect(notice).toContainText(
    'A newer version of the course is open in another tab. Reload this page to continue.',
  );
  await expect(notice).not.toContainText(PRIVATE);
  await expect(notice.getByRole('button', { name: 'Reload this page' })).toBeVisible();
  // An action on the old page says it was not saved, and why.
  await old.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(old.getByText(/^Not saved: a newer version of the course is open in another tab/)).toBeVisible();
  expect(await axeViolations(old), 'page with the newer-version notice').toEqual([]);
});

test('an open blocked by an older tab that holds the database: a banner explains; scenarios still play', async ({
  context,
}) => {
  // An old tab of the course, from before version 5, that never lets go of its connection.
  const holder = await context.newPage();
  await holder.route('**/hold-the-database', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>old</p>' }),
  );
  await holder.goto('/hold-the-database');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('posting-with-care', 40);
        request.onupgradeneeded = () => request.result.createObjectStore('learners', { keyPath: 'id' });
        request.onsuccess = () => {
          (window as { held?: IDBDatabase }).held = request.result; // no onversionchange: it never closes
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  const page = await context.newPage();
  await page.goto('/scenarios/patient-dm-leg-pain/');
  await expect(page.locator(NOTICE)).toContainText(
    'Another tab with an older version of this course is holding its storage',
  );
  await expect(page.locator(NOTICE)).not.toContainText(PRIVATE);
  await expect(page.getByText(/cannot be saved in this browser/)).toBeVisible();
  const first = await page.locator('#step-heading').textContent();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#step-heading')).not.toHaveText(first ?? '');
  await holder.evaluate(() => (window as { held?: IDBDatabase }).held?.close());
});

/** Makes IndexedDB writes fail with QuotaExceededError once `__full` is set. */
async function fillTheDisk(context: BrowserContext) {
  await context.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
        if ((window as { __full?: boolean }).__full) throw new DOMException('No space left.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}
const setFull = (page: Page, full: boolean) =>
  page.evaluate((value) => ((window as { __full?: boolean }).__full = value), full);

test('a device out of space: a banner says so, each action says it was not saved, and the answer is kept for later', async ({
  context,
  page,
}) => {
  await fillTheDisk(context);
  await page.goto('/modules/security-access/');
  await waitForProgress(page);
  await setFull(page, true);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText('Not saved: this device is out of storage space.')).toBeVisible();
  await expect(page.locator(NOTICE)).toContainText('This device is out of storage space');
  await expect(page.getByRole('button', { name: 'I have finished this module' })).toBeVisible();

  const items = await startAssessment(page);
  await setFull(page, true);
  await answer(page, items[0]!, 'right');
  await expect(page.getByRole('alert')).toContainText('Not saved: this device is out of storage space.');
  // Space freed, the page reloaded: the answer noted before the failure is stored now.
  await page.reload();
  await expect(page.getByText('1 of 21 answered.', { exact: false })).toBeVisible();
  await waitForStored<{ answers: Record<string, string[]> }>(page, 'assessmentAttempts', ([attempt]) =>
    Boolean(attempt?.answers[items[0]!]),
  );
});

test.describe('with no IndexedDB at all', () => {
  test.beforeEach(async ({ context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
  });

  test('a scenario plays to its end and the assessment can be taken; each says its progress is not saved', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/patient-dm-leg-pain/');
    await expect(page.getByText(/progress in this scenario cannot be saved in this browser/)).toBeVisible();
    await expect(page.locator(NOTICE)).toContainText(PRIVATE);
    const heading = page.locator('#step-heading');
    while (!/Ending:/.test((await heading.textContent()) ?? '')) {
      const title = await heading.textContent();
      const next = page.getByRole('button', { name: 'Continue', exact: true });
      if (await next.count()) await next.click();
      else await page.locator('fieldset.choices button.choice').first().click();
      await expect(heading).not.toHaveText(title ?? '');
    }
    const items = await startAssessment(page);
    await expect(page.getByRole('alert')).toContainText('Finish in one sitting');
    for (const id of items) await answer(page, id, 'right');
    await page.getByRole('button', { name: 'Submit answers' }).click();
    await expect(page.getByRole('heading', { name: 'Your score: 100% (21 of 21 points)' })).toBeFocused();
  });
});

test('two tabs at once: a scenario in one and the assessment in the other lose nothing; one scenario in two tabs records both plays', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const [left, right] = [await context.newPage(), await context.newPage()];
  const items = await startAssessment(right);
  await Promise.all([
    playScenario(left, '/scenarios/or-photo-colleague/'),
    (async () => {
      for (const id of items.slice(0, 10)) await answer(right, id, 'right');
    })(),
  ]);
  await waitForStored<{ answers: Record<string, string[]> }>(right, 'assessmentAttempts', ([attempt]) =>
    items.slice(0, 10).every((id) => attempt?.answers[id]),
  );
  await Promise.all([
    playScenario(left, '/scenarios/patient-dm-leg-pain/'),
    playScenario(right, '/scenarios/patient-dm-leg-pain/'),
  ]);
  const plays = await rows<{ scenarioId: string }>(left, 'scenarioAttempts');
  expect(plays.filter((play) => play.scenarioId === 'patient-dm-leg-pain')).toHaveLength(2);
  expect(plays.filter((play) => play.scenarioId === 'or-photo-colleague')).toHaveLength(1);
});

test('after the first saved progress the browser is asked once to keep the data, with a sentence saying why; /progress/ shows it', async ({
  page,
}) => {
  await page.goto('/modules/introduction/');
  await waitForProgress(page);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.locator('#info-notice')).toContainText(
    'asked your browser to keep your progress even when the device runs low',
  );
  await expect(page.locator(NOTICE)).toBeHidden();
  await waitForStored<{ key: string }>(page, 'settings', (settings) =>
    settings.some((setting) => setting.key === 'persistenceAskedAt'),
  );
  const askedAt = (await rows<{ key: string; value: string }>(page, 'settings')).find(
    (setting) => setting.key === 'persistenceAskedAt',
  )!.value;
  await page.goto('/modules/spine-care/');
  await waitForProgress(page);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/^You finished this module on /)).toBeVisible();
  await expect(page.locator('#info-notice')).toBeHidden();
  const again = (await rows<{ key: string; value: string }>(page, 'settings')).find(
    (setting) => setting.key === 'persistenceAskedAt',
  )!.value;
  expect(again).toBe(askedAt);
  // Every setting carries a record version.
  for (const setting of await rows(page, 'settings')) expect(setting).toHaveProperty('recordVersion', 1);

  await page.goto('/progress/');
  await expect(page.getByTestId('storage-status')).toHaveText(
    /^Storage: (kept|not guaranteed)\..*The course uses \d+ (KB|MB)/,
  );
});

test('a control pressed before its island has hydrated is visibly disabled until it works', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/modules/spine-care/')).text();
  expect(html).toMatch(/<button[^>]*data-toggle[^>]*disabled|<button[^>]*disabled[^>]*data-toggle/);
  await page.goto('/modules/spine-care/');
  await expect(page.getByRole('button', { name: 'I have finished this module' })).toBeEnabled();
});

test('an attempt submitted in another tab: this tab says so in place (not as a storage failure) and shows that result', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const first = await context.newPage();
  const items = await startAssessment(first);
  const second = await context.newPage();
  await second.goto('/assessment/');
  await expect(second.getByText('Welcome back: your answers so far are here.')).toBeVisible();
  for (const id of items) await answer(first, id, 'right');
  await first.getByRole('button', { name: 'Submit answers' }).click();
  await expect(first.getByRole('heading', { name: 'Your score: 100% (21 of 21 points)' })).toBeFocused();

  await answer(second, items[0]!, 'wrong');
  await expect(
    second.getByRole('status').filter({ hasText: 'This attempt was already submitted, perhaps in another tab.' }),
  ).toBeVisible();
  await expect(second.getByRole('alert')).toHaveCount(0);
  await expect(second.locator(NOTICE)).toBeHidden();
  for (const id of items) await answer(second, id, 'wrong');
  await second.getByRole('button', { name: 'Submit answers' }).click();
  await expect(second.getByRole('heading', { name: 'Your score: 100% (21 of 21 points)' })).toBeFocused();
  await expect(second.getByText('This attempt was already submitted, perhaps in another tab.')).toBeVisible();
});
