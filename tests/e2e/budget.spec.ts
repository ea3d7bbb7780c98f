/**
 * Byte budgets, measured on the built site (bytes, not time): the JavaScript a reading page loads when it opens
 * is every module script in its HTML, every inline script, every modulepreload, and everything those import
 * statically. Dynamic imports (Dexie, islands) come after first paint and are not counted here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { javascriptOnOpen } from '../../scripts/page-weight.mjs';
import { scenarios } from '../../src/scenarios';

const DIST = join(process.cwd(), 'dist');
const READING_PAGES = [
  'index.html',
  'modules/introduction/index.html',
  'modules/compliance-confidentiality/index.html',
  'modules/professionalism/index.html',
  'modules/security-access/index.html',
  'modules/spine-care/index.html',
  'practices/index.html',
  'references/index.html',
  'about/index.html',
  'progress/index.html',
  'scenarios/index.html',
  '404.html',
  'search/index.html',
];
const READING_BUDGET = 12 * 1024;
const SCENARIO_BUDGET = 50 * 1024;
const SCENARIO_PAGES = [
  ...scenarios.map((scenario) => `scenarios/${scenario.id}/index.html`),
  'assessment/index.html',
  'pretest/index.html',
];

test.beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
});

for (const file of READING_PAGES) {
  test(`${file} opens with at most 12 KB gzip of JavaScript, without Dexie`, () => {
    const weight = javascriptOnOpen(DIST, file);
    expect(weight.gzipBytes, JSON.stringify(weight.files)).toBeLessThanOrEqual(READING_BUDGET);
    const source = weight.files
      .map((name) => (name === '(inline)' ? '' : readFileSync(join(DIST, name), 'utf8')))
      .join('\n');
    expect(source).not.toMatch(/Dexie|IndexedDB API missing/);
  });
}

for (const file of SCENARIO_PAGES) {
  test(`${file} opens with at most 50 KB gzip of JavaScript (its island and Svelte), Dexie after first paint`, () => {
    const weight = javascriptOnOpen(DIST, file);
    expect(weight.files.some((name) => /ScenarioPlayer|Assessment|Pretest/.test(name))).toBe(true);
    expect(weight.gzipBytes, JSON.stringify(weight.files)).toBeLessThanOrEqual(SCENARIO_BUDGET);
    expect(weight.files).not.toContain(`_astro/${dexieChunk()}`);
  });
}

const COMPLETION_PAGES = [
  'certificate/index.html',
  'verify/index.html',
  'evaluation/index.html',
  'learners/index.html',
  'director/index.html',
  'director/roster/index.html',
  'assigned/index.html',
];

for (const file of COMPLETION_PAGES) {
  test(`${file} opens with at most 50 KB gzip of JavaScript, and without pdf-lib, fontkit or fonts`, () => {
    const weight = javascriptOnOpen(DIST, file);
    expect(
      weight.files.some((name) => /Certificate|Verify|Evaluation|Learners|Director|Roster|Assigned/.test(name)),
    ).toBe(true);
    expect(weight.gzipBytes, JSON.stringify(weight.files)).toBeLessThanOrEqual(SCENARIO_BUDGET);
    const source = weight.files
      .map((name) => (name === '(inline)' ? '' : readFileSync(join(DIST, name), 'utf8')))
      .join('\n');
    expect(source).not.toMatch(/PDFDocument|fontkit|\.ttf/);
  });
}

/** The built chunk that holds Dexie (found by a message only Dexie has, whatever the chunk is named). */
function dexieChunk(): string {
  const chunk = readdirSync(join(DIST, '_astro')).find(
    (name) =>
      name.endsWith('.js') && readFileSync(join(DIST, '_astro', name), 'utf8').includes('IndexedDB API missing'),
  );
  if (!chunk) throw new Error('No chunk holds Dexie.');
  return chunk;
}

test('the page-weight measure counts static imports, so it would catch Dexie loaded eagerly', () => {
  // Guard against a measure that always passes: the storage chunk, measured as an entry, is far over budget.
  const storage = javascriptOnOpen(DIST, 'index.html', { extraEntries: [dexieChunk().replace(/\.js$/, '')] });
  expect(storage.gzipBytes).toBeGreaterThan(READING_BUDGET);
});

test('in the browser, Dexie is fetched only after the load event, and then progress appears', async ({ page }) => {
  const scripts: { url: string; afterLoad: boolean }[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push({ url: request.url(), afterLoad: loaded });
  });
  await page.goto('/');
  await expect(page.getByText('0 of 5 modules finished')).toBeVisible();
  const storage = scripts.filter((script) => script.url.endsWith(`/_astro/${dexieChunk()}`));
  expect(storage).toHaveLength(1);
  expect(storage[0]!.afterLoad).toBe(true);
});

test('no page references a font, stylesheet or script on another origin', () => {
  for (const file of READING_PAGES) {
    const html = readFileSync(join(DIST, file), 'utf8');
    expect(html, file).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?\/\//);
    expect(html, file).not.toMatch(/@import\s+url\(["']?(?:https?:)?\/\//);
  }
});
