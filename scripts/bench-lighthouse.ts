/**
 * For `npm run bench`: Lighthouse scores (performance, accessibility, best practices, SEO) and cumulative layout
 * shift for one page of each type, on a mobile profile, in the same Chromium the tests use.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LAUNCH_ARGS, browserFor } from './browser.mjs';

export const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '/',
  module: '/modules/spine-care/',
  practices: '/practices/',
  scenario: '/scenarios/patient-dm-leg-pain/',
  assessment: '/assessment/',
  progress: '/progress/',
  certificate: '/certificate/',
  search: '/search/?q=password',
};

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  /** First and largest contentful paint and total blocking time, in ms (simulated mobile). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

/** Runs Lighthouse on each page type against `base`; a page that cannot be measured is left out with a warning. */
export async function measureLighthouse(base: string): Promise<LighthouseRow[]> {
  const found = browserFor();
  if ('error' in found) throw new Error(found.error);
  const chrome = await chromeLauncher.launch({
    chromePath: found.path,
    chromeFlags: ['--headless=new', ...LAUNCH_ARGS],
    envVars: { ...process.env, ...(found.env ?? {}) } as Record<string, string>,
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [page, path] of Object.entries(LIGHTHOUSE_PAGES)) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result?.lhr;
      if (!lhr) continue;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      rows.push({
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
        fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}
