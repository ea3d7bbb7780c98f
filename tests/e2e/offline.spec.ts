/**
 * Offline after the first visit: the service worker precaches the whole course, so every page, a scenario, the
 * final assessment and a certificate work with the network off; a new version is offered, never forced; the worker
 * respects a base path. These tests let the worker run (the other specs block it, so they test the pages alone).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './built';
import type { BrowserContext, Page } from '@playwright/test';
import { serveStatic, type StaticSite } from '../support/static-server';
import { THEME_MODULES, answer, generate, playScenario, seedCompletion, startAssessment } from './course';
import { waitForStored } from './db';
import { expect, test } from './fixtures';
import { scenarios } from '../../src/scenarios';
import { THEMES } from '../../src/schemas/themes';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (it has precached the course). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 90_000 });
}

/**
 * Requests that failed while the network was off: offline, nothing may need the network. A request the browser
 * abandoned because the test moved on to the next page (ERR_ABORTED) is not a failure.
 */
function failures(context: BrowserContext): string[] {
  const failed: string[] = [];
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${reason})`);
  });
  return failed;
}

test('after one visit online, the whole course works offline, under its security policy, keeping nothing personal', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  // Every policy violation any page reports, every console message and every address asked for, from the start.
  const violations: string[] = [];
  await context.exposeFunction('pwcReportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { pwcReportViolation: (text: string) => void }).pwcReportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  const addresses: string[] = [];
  page.on('request', (request) => addresses.push(request.url()));

  await page.goto('/');
  await controlled(page);
  const failed = failures(context);
  await context.setOffline(true);

  const pages = builtPages(join(process.cwd(), 'dist'));
  expect(pages.length).toBeGreaterThan(30);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1').first(), path).toBeVisible();
  }
  // Search reads its precached index.
  await page.goto('/search/?q=password');
  await expect(page.locator('[data-search-status]')).toContainText(/results? for “password”/);

  await playScenario(page, `/scenarios/${scenarios[0]!.id}/`);

  const items = await startAssessment(page);
  for (const id of items) await answer(page, id, 'right');
  await page.getByRole('button', { name: 'Submit answers' }).click();
  await expect(page.getByRole('heading', { name: /^Your score: 100%/ })).toBeVisible();

  const name = 'Zuzana Privacyova';
  await seedCompletion(page, {
    modules: THEME_MODULES.map((href) => href.split('/')[2]!),
    scenarios: THEMES.map((theme) => scenarios.find((scenario) => scenario.theme === theme.id)!.id),
  });
  await page.getByRole('checkbox', { name: /I completed this activity myself/ }).check();
  await expect(page.getByText(/you can make your certificate even when you are offline/)).toBeVisible();
  const certificate = await generate(page, name);
  expect(certificate.pdf.length).toBeGreaterThan(10_000);

  await page.goto('/verify/');
  await page.locator('#verify-file').setInputFiles({
    name: 'certificate.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(certificate.pdf),
  });
  await expect(page.getByRole('heading', { name: /intact/i })).toBeVisible();

  expect(failed, 'requests that needed the network').toEqual([]);
  expect(violations, 'Content Security Policy violations').toEqual([]);

  // Privacy: the name is in no address, no console message and no cache entry; certificate PDFs are not cached.
  const forms = [name, encodeURIComponent(name), name.replace(' ', '+')];
  expect(addresses.filter((address) => forms.some((form) => address.includes(form)))).toEqual([]);
  expect(consoleText.filter((text) => text.includes('Zuzana'))).toEqual([]);
  const cached = await page.evaluate(async () => {
    const entries: { url: string; type: string; body: string }[] = [];
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const type = response?.headers.get('content-type') ?? '';
        entries.push({ url: request.url, type, body: /text|json|javascript/.test(type) ? await response!.text() : '' });
      }
    }
    return entries;
  });
  expect(cached.length).toBeGreaterThan(50);
  expect(cached.filter((entry) => entry.body.includes('Zuzana') || entry.url.includes('Zuzana'))).toEqual([]);
  expect(cached.filter((entry) => /pdf/i.test(entry.type) || entry.url.startsWith('blob:'))).toEqual([]);
  expect(cached.filter((entry) => new URL(entry.url).origin !== new URL(page.url()).origin)).toEqual([]);
});

test('the certificate tools, PDF library and font are fetched after the first page is idle, not on first paint', async ({
  page,
}) => {
  const early: string[] = [];
  page.on('request', (request) => early.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('load');
  // On first paint and load the page asks only for its own files; the worker fetches the rest in the background.
  expect(early.filter((url) => /pdf-lib|fontkit|DejaVu|\.ttf/.test(url))).toEqual([]);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
    return urls.map((request) => request.url);
  });
  expect(
    cached.some((url) => /\.ttf/.test(url)),
    'the certificate font is cached',
  ).toBe(true);
  expect(cached.some((url) => url.includes('/modules/spine-care/index.html'))).toBe(true);
});

test.describe('a new version', () => {
  const PORT = 4332;
  let site: StaticSite;
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  test.beforeAll(async () => {
    site = await serveStatic(join(process.cwd(), 'dist'), '/', PORT);
  });
  test.afterAll(async () => site?.close());

  test('is offered with a button, never forced; reloading keeps the scenario where the learner was', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const scenario = scenarios[0]!;
    await page.goto(`/scenarios/${scenario.id}/`);
    await controlled(page);
    const heading = page.locator('#step-heading');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const step = await heading.textContent();
    await waitForStored<{ scenarioId: string; nodeId: string }>(page, 'scenarioProgress', (places) =>
      places.some((place) => place.scenarioId === scenario.id && place.nodeId !== scenario.start),
    );

    // Deploy a new version: the worker script changes.
    site.extra.set('/sw.js', {
      type: 'text/javascript',
      body: `${readFileSync(join(process.cwd(), 'dist', 'sw.js'), 'utf8')}\n// a new version\n`,
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByText('A new version of the course is available. Your progress is kept.');
    await expect(notice).toBeVisible({ timeout: 60_000 });
    // Nothing happens until the learner chooses.
    await expect(heading).toHaveText(step ?? '');

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await reloaded;
    await expect(page.locator('#step-heading')).toHaveText(step ?? '');
    await expect(notice).toBeHidden();
  });
});

test.describe('under a base path', () => {
  const PORT = 4333;
  let site: StaticSite;
  test.describe.configure({ mode: 'serial' });
  test.use({ baseURL: `http://127.0.0.1:${PORT}` });
  test.beforeAll(async () => {
    site = await serveStatic(join(process.cwd(), 'dist-base'), '/course/', PORT);
  });
  test.afterAll(async () => site?.close());

  test('the worker is scoped to the course path and serves its pages offline', async ({ page, context }) => {
    test.setTimeout(180_000);
    await page.goto('/course/');
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`http://127.0.0.1:${PORT}/course/`);
    await context.setOffline(true);
    for (const path of builtPages(join(process.cwd(), 'dist-base'), '/course/').slice(0, 8)) {
      expect((await page.goto(path))?.status(), path).toBe(200);
    }
    expect(site.requests.filter((request) => !request.path.startsWith('/course/'))).toEqual([]);
  });
});
