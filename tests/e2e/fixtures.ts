/**
 * The `test` every end-to-end spec uses. It watches every request the browser makes: a request to any other
 * origin (a CDN, a web font, analytics) fails the test, and so does an uncaught error in the page.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the built course, by kind. Later features add theirs here so every test covers them. */
export const PAGES = {
  home: '/',
  modules: '/modules/',
  introduction: '/modules/introduction/',
  'module (compliance-confidentiality)': '/modules/compliance-confidentiality/',
  'module (professionalism)': '/modules/professionalism/',
  'module (security-access)': '/modules/security-access/',
  'module (spine-care)': '/modules/spine-care/',
  practices: '/practices/',
  references: '/references/',
  about: '/about/',
  progress: '/progress/',
  scenarios: '/scenarios/',
  assessment: '/assessment/',
  pretest: '/pretest/',
  'scenario (start)': '/scenarios/patient-dm-leg-pain/',
  certificate: '/certificate/',
  evaluation: '/evaluation/',
  verify: '/verify/',
  learners: '/learners/',
  director: '/director/',
  roster: '/director/roster/',
  'assignment link (none given)': '/assigned/',
  'search (results)': '/search/?q=password',
  'not found': '/no-such-page/',
} as const;

interface Fixtures {
  offsiteRequests: string[];
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  offsiteRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4321').origin;
      const offsite: string[] = [];
      context.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offsite.push(url);
      });
      await use(offsite);
      expect(offsite, 'requests that left the site origin').toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => errors.push(error.error().message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe with the WCAG 2.2 AA tags and returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` from an island once it has). */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Waits until the page's progress widgets have read storage (after first paint, when Dexie has loaded). */
export async function waitForProgress(page: Page): Promise<void> {
  await expect(page.getByText('Checking your progress…')).toHaveCount(0);
}
