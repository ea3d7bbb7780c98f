/**
 * The course served under a path it was built for (`astro build --base /course/`, into dist-base/): every page
 * opens, every link and asset it references answers, and nothing is requested outside /course/.
 */
import { join } from 'node:path';
import { builtPages } from './built';
import { serveStatic, type StaticSite } from '../support/static-server';
import { expect, test, waitForProgress } from './fixtures';

const DIR = join(process.cwd(), 'dist-base');
const PORT = 4331;
let site: StaticSite;

// One server on one port: the tests of this file run in one worker, one after the other.
test.describe.configure({ mode: 'serial' });
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  site = await serveStatic(DIR, '/course/', PORT);
});
test.afterAll(async () => site?.close());

test('under a base path every page opens, every link and asset answers, and nothing leaves /course/', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const all = builtPages(DIR, '/course/');
  expect(all.length).toBeGreaterThan(25);
  const checked = new Set<string>();
  for (const path of all) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await waitForProgress(page);
    const targets = await page.evaluate(() => [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
      ...[...document.querySelectorAll('astro-island')].flatMap((island) =>
        ['component-url', 'renderer-url'].map((name) => new URL(island.getAttribute(name) ?? '', location.href).href),
      ),
    ]);
    for (const target of targets) {
      const url = new URL(target);
      if (url.origin !== `http://127.0.0.1:${PORT}`) continue;
      expect(url.pathname, `${path} links to ${url.pathname}`).toMatch(/^\/course\//);
      if (checked.has(url.pathname)) continue;
      checked.add(url.pathname);
      expect((await request.get(url.pathname)).status(), `${path} → ${url.pathname}`).toBe(200);
    }
  }
  const outside = site.requests.filter((entry) => !entry.path.startsWith('/course/'));
  expect(outside).toEqual([]);
  const missing = site.requests.filter((entry) => entry.status !== 200);
  expect(missing).toEqual([]);
});

test('under a base path, progress works: finish a module, continue from the home page, generate nothing off-path', async ({
  page,
}) => {
  await page.goto('/course/modules/spine-care/');
  await waitForProgress(page);
  await page.getByRole('button', { name: 'I have finished this module' }).click();
  await expect(page.getByText(/^You finished this module on /)).toBeVisible();
  await page.goto('/course/');
  await expect(page.getByText('1 of 5 modules finished')).toBeVisible();
  const resume = page.getByRole('link', { name: /^Continue/ });
  await expect(resume).toHaveAttribute('href', /^\/course\/modules\//);
  await page.goto('/course/progress/');
  await expect(page.getByRole('link', { name: /^Last visited: Spine Care/ })).toHaveAttribute(
    'href',
    '/course/modules/spine-care/',
  );
});
