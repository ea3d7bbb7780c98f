/**
 * For `npm run bench`: what the service worker precaches (size on disk and gzip, and how much of it is the
 * certificate's tools, fetched in the background), and how long a returning visit takes with the network off.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** The precache manifest in dist/sw.js: every file the worker keeps, with its size. */
export function precacheSize(dist = 'dist') {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((match) => match[1]!);
  let raw = 0;
  let gzip = 0;
  let certificateTools = 0;
  for (const url of urls) {
    const path = join(dist, url);
    const bytes = readFileSync(path);
    raw += statSync(path).size;
    const packed = gzipSync(bytes, { level: 9 }).length;
    gzip += packed;
    if (/pdf-lib|fontkit|generate|\.ttf$|PDFButton|uqr/i.test(url)) certificateTools += packed;
  }
  return { files: urls.length, rawBytes: raw, gzipBytes: gzip, certificateToolsGzipBytes: certificateTools };
}

/** Median time to open a module page offline on a returning visit (worker in control), from navigation to load. */
export async function measureOfflineVisit(browser: Browser, base: string, runs = 5) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const installStart = Date.now();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 120_000 });
    const installMs = Date.now() - installStart;
    await context.setOffline(true);
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${base}/modules/spine-care/`);
      times.push(
        await page.evaluate(() => {
          const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return Math.round(navigation!.loadEventEnd - navigation!.startTime);
        }),
      );
    }
    times.sort((a, b) => a - b);
    return { installMs, offlineLoadMs: times[Math.floor(times.length / 2)]! };
  } finally {
    await context.close();
  }
}
