/** Backup and restore on /progress/: a copy of everything, restored exactly; a bad file changes nothing. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { THEMES } from '../../src/schemas/themes';
import { LEARNER_TABLES } from '../../src/lib/storage/database';
import { scenarios } from '../../src/scenarios';
import { THEME_MODULES, bytesOf, finishModule, generate, seedCompletion } from './course';
import { rows } from './db';
import { axeViolations, expect, test } from './fixtures';

const SCENARIOS = THEMES.map((theme) => scenarios.find((scenario) => scenario.theme === theme.id)!.id);
const restoreInput = (page: Page) => page.getByLabel('Restore progress from a file');

/** What /progress/ shows of the learner's records, section by section. */
async function progressShown(page: Page): Promise<Record<string, string>> {
  await page.goto('/progress/');
  await expect(page.getByTestId('certificates').or(page.getByText('No certificate generated yet.'))).toBeVisible();
  await expect(page.getByTestId('plays').or(page.getByText('No scenario finished yet.'))).toBeVisible();
  const shown: Record<string, string> = {};
  for (const id of ['finished', 'remaining', 'active-time', 'certificates', 'plays', 'attempts']) {
    const section = page.getByTestId(id);
    shown[id] = (await section.count()) ? await section.innerText() : '';
  }
  return shown;
}

/** Every row of every learner table, to show that a refused file changed nothing. */
async function everyRow(page: Page) {
  return Promise.all(LEARNER_TABLES.map((table) => rows(page, table)));
}

test('a learner who did everything downloads their progress, clears it, restores it: all as before, the PDF byte for byte', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await seedCompletion(page, { modules: THEME_MODULES.map((href) => href.split('/')[2]!), scenarios: SCENARIOS });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  const { pdf, id } = await generate(page, 'Ann Example');
  const before = await progressShown(page);
  expect(before.certificates).toContain(id);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^posting-with-care-progress-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Downloaded posting-with-care-progress-.*\.json \(\d+ KB\)\.$/)).toBeVisible();
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    app: string;
    formatVersion: number;
    certificates: unknown[];
    scenarioPlays: unknown[];
  };
  expect(file).toMatchObject({ app: 'posting-with-care', formatVersion: 1 });
  expect(file.certificates).toHaveLength(1);
  expect(file.scenarioPlays).toHaveLength(SCENARIOS.length);

  await page.getByRole('button', { name: 'Clear my data…' }).click();
  await page.getByLabel('To confirm, type Guest').fill('Guest');
  await page.getByRole('button', { name: 'Clear my data', exact: true }).click();
  await expect(page.getByText('All of Guest’s progress on this device was deleted.')).toBeVisible();
  await expect(page.getByText('No certificate generated yet.')).toBeVisible();

  await restoreInput(page).setInputFiles(await download.path());
  const done = page.getByRole('status').filter({ hasText: /^Restored from / });
  await expect(done).toBeVisible();
  await expect(done).toContainText(`${SCENARIOS.length} scenario plays`);
  await expect(done).toContainText('1 certificate');
  expect(await axeViolations(page), 'progress page after a restore').toEqual([]);

  expect(await progressShown(page)).toEqual(before);
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download certificate ${id}` }).click();
  expect(Buffer.from(await bytesOf(await again)).equals(Buffer.from(pdf))).toBe(true);
  await page.goto('/certificate/');
  await expect(page.getByText('5 of 5 steps done.')).toBeVisible();

  // The same file a second time adds nothing.
  await page.goto('/progress/');
  await restoreInput(page).setInputFiles(await download.path());
  await expect(page.getByRole('status').filter({ hasText: /^Nothing new in / })).toBeVisible();
  expect(await progressShown(page)).toEqual(before);
});

test('a file that is not a good progress file is refused with an alert that says why, and nothing changes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await finishModule(page, '/modules/spine-care/');
  await page.goto('/progress/');
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  const stored = await everyRow(page);
  const good = {
    app: 'posting-with-care',
    formatVersion: 1,
    exportedAt: '2026-11-30T10:00:00.000Z',
    learner: { name: '', createdAt: '2026-11-30T10:00:00.000Z' },
    modules: [],
    lastVisit: null,
    scenarioPlaces: [],
    scenarioPlays: [],
    assessmentAttempts: [],
    knowledgeChecks: [],
    activeTime: [],
    evaluation: null,
    attestation: null,
    certificates: [],
    assignments: [],
  };
  const cases: [string, string, RegExp][] = [
    ['notes.txt', 'just some notes', /not valid JSON/],
    ['empty.json', '', /The file is empty\./],
    ['cut.json', JSON.stringify(good).slice(0, 60), /cut short/],
    ['list.json', '[1, 2, 3]', /not an object/],
    ['other.json', '{"app":"another-course","formatVersion":1}', /not a Posting with Care progress file/],
    ['newer.json', JSON.stringify({ ...good, formatVersion: 9 }), /newer version of the course/],
    ['proto.json', JSON.stringify(good).replace('"modules":[]', '"modules":[],"__proto__":{"x":1}'), /"__proto__"/],
    [
      'score.json',
      JSON.stringify({
        ...good,
        modules: [
          {
            moduleId: 'astrology',
            startedAt: good.exportedAt,
            lastVisitedAt: good.exportedAt,
            completedAt: null,
            updatedAt: good.exportedAt,
          },
        ],
      }),
      /module "astrology"/,
    ],
    ['huge.json', `"${'x'.repeat(5 * 1024 * 1024 + 10)}"`, /larger than 5 MB/],
  ];
  for (const [name, text, message] of cases) {
    await restoreInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed.' });
    await expect(alert, name).toHaveText(message);
    await expect(alert).toBeVisible();
    expect(await everyRow(page), `${name} changed nothing`).toEqual(stored);
  }
  expect(await axeViolations(page), 'progress page with a refused file').toEqual([]);
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
});
