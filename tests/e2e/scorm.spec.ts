/**
 * The SCORM packages in an LMS: each unpacked package is served under a deep random path, launched in a frame of a
 * test page on which scorm-again plays the LMS (Scorm12API or Scorm2004API).
 */
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { correctIds } from '../../src/lib/assessment';
import { serveStatic, type StaticSite } from '../support/static-server';
import { byId, bank } from './course';
import { EVALUATION_ITEMS } from '../../src/content/evaluation';
import { courseCatalog } from '../../src/lib/content/catalog';
import { THEMES } from '../../src/schemas/themes';
import { decodeSuspendData } from '../../src/lib/lms/suspend';
import { scenarios } from '../../src/scenarios';

const catalog = courseCatalog({
  modules: ['introduction', ...THEMES.map((theme) => theme.id)].map((id) => ({ id, theme: id })),
  scenarios,
  questions: bank,
  evaluationItems: EVALUATION_ITEMS,
});
import { expect, test as base } from './fixtures';

const ZIPS = join(process.cwd(), 'dist-scorm');
const ROOT = `/lms/${Math.random().toString(36).slice(2)}/content/`;
const entries = new Map<string, string[]>();
let unpacked = '';

const HARNESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/harness/scorm-again.js"></script></head><body><main>
<script>
  const params = new URLSearchParams(location.search);
  const version = params.get('version');
  const options = { autocommit: false, logLevel: 5 };
  const api = version === '1.2' ? new Scorm12API(options) : new Scorm2004API(options);
  if (window.__seed) api.loadFromJSON(window.__seed);
  const broken = params.get('broken');
  const names = version === '1.2' ? ['LMSSetValue', 'LMSCommit', 'LMSGetLastError'] : ['SetValue', 'Commit', 'GetLastError'];
  if (broken === 'errors') {
    api[names[0]] = () => 'false';
    api[names[1]] = () => 'false';
    api[names[2]] = () => '301';
  }
  if (broken === 'throws') {
    api[names[0]] = () => { throw new Error('The LMS is down'); };
    api[names[1]] = () => { throw new Error('The LMS is down'); };
  }
  window[version === '1.2' ? 'API' : 'API_1484_11'] = api;
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'Course';
  frame.style = 'width: 100%; height: 95vh; border: 0';
  frame.src = params.get('launch');
  document.querySelector('main').append(frame);
</script></main></body></html>`;

/** Unpacks every package once per worker and serves them, with the test LMS, on a free port of its own. */
const test = base.extend<{ site: StaticSite }, { scormSite: StaticSite }>({
  scormSite: [
    async ({}, use) => {
      unpacked = mkdtempSync(join(tmpdir(), 'pwc-scorm-'));
      for (const zip of readdirSync(ZIPS).filter((name) => name.endsWith('.zip'))) {
        const files = unzipSync(new Uint8Array(readFileSync(join(ZIPS, zip))));
        entries.set(zip, Object.keys(files));
        for (const [path, bytes] of Object.entries(files)) {
          const target = join(unpacked, zip.replace(/\.zip$/, ''), path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, bytes);
        }
      }
      const served = await serveStatic(unpacked, ROOT);
      served.extra.set('/harness/', { type: 'text/html; charset=utf-8', body: HARNESS });
      served.extra.set('/harness/scorm-again.js', {
        type: 'text/javascript',
        body: readFileSync('node_modules/scorm-again/dist/scorm-again.js', 'utf8'),
      });
      await use(served);
      await served.close();
    },
    { scope: 'worker' },
  ],
  site: async ({ scormSite }, use) => {
    scormSite.requests.length = 0;
    await use(scormSite);
  },
  // Pages and the request guard use the test server's origin.
  baseURL: async ({ scormSite }, use) => use(new URL(scormSite.url).origin),
});

/** Opens a package in the test LMS; returns the course's frame. */
async function launch(
  page: Page,
  name: string,
  version: '1.2' | '2004',
  { seed, broken }: { seed?: object; broken?: 'errors' | 'throws' } = {},
) {
  if (seed) await page.addInitScript((data) => ((window as { __seed?: object }).__seed = data), seed);
  const launchUrl = `${ROOT}${name}/scorm/index.html`;
  await page.goto(
    `/harness/?version=${version}&launch=${encodeURIComponent(launchUrl)}${broken ? `&broken=${broken}` : ''}`,
  );
  const course = page.frameLocator('#sco').frameLocator('#course');
  await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
  return course;
}

/** The LMS's copy of the data model, as scorm-again holds it. */
const cmi = (page: Page) =>
  page.evaluate(() => {
    const api = ((window as { API?: unknown; API_1484_11?: unknown }).API ??
      (window as { API_1484_11?: unknown }).API_1484_11) as { cmi: { toJSON(): unknown } };
    return JSON.parse(JSON.stringify(api.cmi)) as Record<string, any>;
  });

/** Unloads the package's launch page, as an LMS closing the SCO would. */
const closeSco = (page: Page) => page.evaluate(() => document.getElementById('sco')?.remove());

test('every package: a well-formed manifest with the mastery score, listing exactly the files it holds', async ({
  page,
}) => {
  expect([...entries.keys()].sort()).toHaveLength(10);
  await page.goto('/harness/scorm-again.js');
  for (const [zip, files] of entries) {
    expect(files, zip).toContain('imsmanifest.xml');
    const xml = readFileSync(join(unpacked, zip.replace(/\.zip$/, ''), 'imsmanifest.xml'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const all = (tag: string) => [...doc.getElementsByTagName(tag)];
      return {
        error: all('parsererror').length > 0,
        namespace: doc.documentElement.namespaceURI,
        schemaversion: all('schemaversion')[0]?.textContent,
        organizations: all('organization').length,
        items: all('item').length,
        launch: all('resource')[0]?.getAttribute('href'),
        files: all('file').map((file) => file.getAttribute('href')),
        mastery: (all('adlcp:masteryscore')[0] ?? all('imsss:minNormalizedMeasure')[0])?.textContent,
        byMeasure: all('imsss:primaryObjective')[0]?.getAttribute('satisfiedByMeasure') ?? null,
      };
    }, xml);
    const is12 = zip.includes('scorm12');
    expect(parsed.error, zip).toBe(false);
    expect(parsed.namespace).toBe(
      is12 ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1',
    );
    expect(parsed.schemaversion).toBe(is12 ? '1.2' : '2004 4th Edition');
    expect([parsed.organizations, parsed.items]).toEqual([1, 1]);
    expect(parsed.launch).toBe('scorm/index.html');
    expect(parsed.mastery).toBe(is12 ? '80' : '0.8');
    if (!is12) expect(parsed.byMeasure).toBe('true');
    expect([...parsed.files].sort()).toEqual(files.filter((file) => file !== 'imsmanifest.xml').sort());
    expect(files).toContain(is12 ? 'adlcp_rootv1p2.xsd' : 'adlcp_v1p3.xsd');
  }
});

test('SCORM 1.2 module package from a deep path: status, score, location and suspend_data as the learner goes', async ({
  page,
  site,
}) => {
  test.setTimeout(120_000);
  const course = await launch(page, 'posting-with-care-spine-care-scorm12', '1.2', {
    seed: { core: { student_name: 'Nguyễn, Ánh' } },
  });
  await expect(course.getByRole('heading', { level: 1 })).toHaveText('Spine Care');
  await course.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(course.getByText(/^You finished this module on /)).toBeVisible();
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('incomplete');

  // The score is the knowledge check's: one of its five items right is 20.
  const item = course.locator('.knowledge-check fieldset.question').first();
  await item.scrollIntoViewIfNeeded();
  const itemId = (await item.getAttribute('id'))!.replace(/^item-/, '');
  for (const option of correctIds(byId.get(itemId)!)) await item.locator(`input[value="${option}"]`).check();
  await course.locator('.check-item').first().getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(async () => (await cmi(page)).core.score.raw).toBe('20');

  // One of the theme's scenarios, played to its end.
  await course.getByRole('region', { name: 'Practise it: scenarios' }).getByRole('link').first().click();
  const heading = course.locator('#step-heading');
  await expect(heading).toBeVisible();
  while (!/Ending:/.test((await heading.textContent()) ?? '')) {
    const title = await heading.textContent();
    const next = course.getByRole('button', { name: 'Continue', exact: true });
    if (await next.count()) await next.click();
    else await course.locator('fieldset.choices button.choice').first().click();
    await expect(heading).not.toHaveText(title ?? '');
  }
  await expect.poll(async () => (await cmi(page)).core.lesson_status).toBe('completed');
  const data = await cmi(page);
  expect(data.suspend_data).toMatch(/^PWC1:/);
  expect(data.suspend_data.length).toBeLessThanOrEqual(4096);
  expect(data.core.lesson_location).toMatch(/^\/scenarios\/[a-z-]+\/$/);

  // The certificate name comes from the LMS, "Last, First" shown as "First Last".
  await course.getByRole('link', { name: /^Learning as: Ánh Nguyễn/ }).waitFor();

  await closeSco(page);
  await expect.poll(async () => (await cmi(page)).core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  expect((await cmi(page)).core.exit).toBe('suspend');

  // Nothing outside the package (or the test LMS), and no service worker.
  const outside = site.requests.filter(
    (entry) =>
      !entry.path.startsWith(`${ROOT}posting-with-care-spine-care-scorm12/`) && !entry.path.startsWith('/harness/'),
  );
  expect(outside).toEqual([]);
  expect(site.requests.filter((entry) => entry.status !== 200)).toEqual([]);
});

test('SCORM 2004 course package: the best final assessment is the score; success follows the pass', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const course = await launch(page, 'posting-with-care-course-scorm2004', '2004');
  await expect(course.getByRole('heading', { level: 1 })).toContainText('Posting with Care');
  // Storage is open (the profile exists) before a record is written for it.
  await expect(course.locator('learner-badge')).toHaveText(/Learning as: /);
  // A passed attempt, written into the course's own database from inside the package.
  const frame = page
    .frames()
    .find(
      (candidate) =>
        candidate.url().includes('/posting-with-care-course-scorm2004/') &&
        !candidate.url().endsWith('scorm/index.html'),
    )!;
  await frame.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('posting-with-care');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['settings', 'assessmentAttempts'], 'readwrite');
          const read = tx.objectStore('settings').get('activeLearnerId');
          read.onsuccess = () => {
            const at = new Date().toISOString();
            tx.objectStore('assessmentAttempts').add({
              uid: 'attempt00001',
              learnerId: read.result.value,
              status: 'submitted',
              seed: 1,
              items: [],
              answers: {},
              answeredAt: {},
              passMark: 0.8,
              startedAt: at,
              submittedAt: at,
              result: { earned: 18, possible: 20, percent: 90, passed: true, byTheme: [], items: [] },
              recordVersion: 2,
            });
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  // Written outside the course's own code, so nothing announces it: the next page the learner opens reports it.
  await frame.evaluate(() => location.reload());
  await expect.poll(async () => (await cmi(page)).success_status).toBe('passed');
  const data = await cmi(page);
  expect(data.completion_status).toBe('incomplete');
  expect(data.score).toMatchObject({ scaled: '0.9', raw: '90', min: '0', max: '100' });
  await closeSco(page);
  await expect.poll(async () => (await cmi(page)).session_time).toMatch(/^PT\d+H\d+M[\d.]+S$/);
});

test('a second launch in a fresh browser, with the first launch’s data, resumes where the learner left off', async ({
  page,
  browser,
  baseURL,
}) => {
  const course = await launch(page, 'posting-with-care-professionalism-scorm12', '1.2');
  await course.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(course.getByText(/^You finished this module on /)).toBeVisible();
  // Sent to the LMS: its suspend_data holds the finished module.
  const finished = async () => {
    const data = (await cmi(page)).suspend_data as string;
    if (!data.startsWith('PWC1:')) return null;
    return decodeSuspendData(data, { scenarios, catalog }).modules.find(
      (module) => module.moduleId === 'professionalism',
    )?.completedAt;
  };
  await expect.poll(finished).toBeTruthy();
  await closeSco(page);
  const first = await cmi(page);

  const fresh = await browser.newContext({ baseURL: baseURL! });
  const again = await fresh.newPage();
  const resumed = await launch(again, 'posting-with-care-professionalism-scorm12', '1.2', {
    seed: {
      suspend_data: first.suspend_data,
      core: { lesson_location: first.core.lesson_location, lesson_status: first.core.lesson_status, entry: 'resume' },
    },
  });
  await expect(resumed.getByText(/^You finished this module on /)).toBeVisible();
  await expect(resumed.getByRole('button', { name: 'Mark as not finished' })).toBeVisible();
  await fresh.close();
});

for (const broken of ['errors', 'throws'] as const) {
  test(`an LMS that ${broken === 'errors' ? 'answers with error codes' : 'throws'}: the course keeps working, says so, throws nothing`, async ({
    page,
  }) => {
    const course = await launch(page, 'posting-with-care-security-access-scorm2004', '2004', { broken });
    await course.getByRole('button', { name: 'I have finished this module' }).click();
    await expect(course.getByText(/^You finished this module on /)).toBeVisible();
    const notice = page.frameLocator('#sco').locator('#lms-notice');
    await expect(notice).toContainText('The learning management system is not saving your progress');
    await expect(notice).toContainText('Your progress is kept in this browser');
  });
}

test('suspend_data that is not ours, or is damaged, is set aside with a notice; the course opens as usual', async ({
  page,
  browser,
  baseURL,
}) => {
  await launch(page, 'posting-with-care-spine-care-scorm12', '1.2', { seed: { suspend_data: 'page=7;score=3' } });
  await expect(page.frameLocator('#sco').locator('#lms-notice')).toContainText('not this course’s');
  const other = await browser.newContext({ baseURL: baseURL! });
  const second = await other.newPage();
  await launch(second, 'posting-with-care-spine-care-scorm12', '1.2', { seed: { suspend_data: 'PWC1:broken-data' } });
  await expect(second.frameLocator('#sco').locator('#lms-notice')).toContainText('could not be read');
  await other.close();
});
