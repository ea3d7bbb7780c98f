// `npm run bench`: how long the build takes and what each page costs a learner, in bytes and in milliseconds.
// Figures go to stdout and to bench-results/latest.json. Not a test: nothing here passes or fails.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { LAUNCH_ARGS, browserFor } from './browser.mjs';
import { documentWeight, gzipSize, javascriptOnOpen } from './page-weight.mjs';
import { measureBackup } from './bench-backup.ts';
import { measureRoster } from './bench-roster.ts';
import { measureOfflineVisit, precacheSize } from './bench-offline.ts';
import { measureLighthouse } from './bench-lighthouse.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = 4329;
const PAGES = {
  home: 'index.html',
  'module (spine-care)': 'modules/spine-care/index.html',
  practices: 'practices/index.html',
  references: 'references/index.html',
  about: 'about/index.html',
  progress: 'progress/index.html',
  'scenario (patient-dm-leg-pain)': 'scenarios/patient-dm-leg-pain/index.html',
  assessment: 'assessment/index.html',
  evaluation: 'evaluation/index.html',
  certificate: 'certificate/index.html',
  verify: 'verify/index.html',
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Building (median of ${Math.min(RUNS, 3)} builds)...`);
const builds = [];
for (let run = 0; run < Math.min(RUNS, 3); run++) {
  const start = performance.now();
  const result = spawnSync('node', ['node_modules/astro/astro.js', 'build'], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error('astro build failed: run `npm run build` to see why.');
  builds.push(performance.now() - start);
}
const buildMs = median(builds);
console.log(`Build: ${(buildMs / 1000).toFixed(1)} s\n`);

const found = browserFor();
if ('error' in found) throw new Error(found.error);
const server = spawn(
  'node',
  ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT)],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${PORT}`;
for (let attempt = 0; ; attempt++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (attempt > 100) throw new Error('The preview server did not start.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const browser = await chromium.launch({
  executablePath: found.path,
  args: LAUNCH_ARGS,
  env: { ...process.env, ...found.env },
});
console.log(`Browser: Chromium ${browser.version()} (${found.source})\n`);
const rows = [];
let backup;
let roster;
let offline;
let lighthouse;
try {
  for (const [name, file] of Object.entries(PAGES)) {
    const path = `/${file.replace(/index\.html$/, '')}`;
    const timings = { fcp: [], domContentLoaded: [], load: [], progressReady: [] };
    let jsAfterIdle = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let scriptBytes = 0;
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        // A body still being read when the context closes is not counted (it arrived after the measurement).
        const length = Number(
          response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length,
        );
        scriptBytes += length;
      });
      const start = Date.now();
      await page.goto(base + path);
      const hasProgress = await page.locator('course-progress, finish-module, .progress-report, astro-island').count();
      if (hasProgress) {
        // Ready when every widget has read storage: no loading message is left on the page.
        await page.waitForFunction(
          () => !/Checking your progress…|Loading your place…|Loading the assessment…/.test(document.body.innerText),
          null,
          { timeout: 10_000 },
        );
        timings.progressReady.push(Date.now() - start);
      }
      const navigation = await page.evaluate(async () => {
        const entry = performance.getEntriesByType('navigation')[0];
        // A page with no script can finish loading before its first paint: wait for the entry (up to 5 s).
        const fcp = await new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const paint = list.getEntriesByName('first-contentful-paint')[0];
            if (paint) resolve(paint.startTime);
          }).observe({
            type: 'paint',
            buffered: true,
          });
          setTimeout(() => resolve(NaN), 5000);
        });
        return {
          fcp,
          domContentLoaded: entry.domContentLoadedEventEnd,
          load: entry.loadEventEnd,
        };
      });
      timings.fcp.push(navigation.fcp);
      timings.domContentLoaded.push(navigation.domContentLoaded);
      timings.load.push(navigation.load);
      jsAfterIdle = scriptBytes;
      await context.close();
    }
    const js = javascriptOnOpen('dist', file);
    const documentBytes = documentWeight('dist', file);
    rows.push({
      page: name,
      htmlGzip: documentBytes.htmlGzip,
      cssGzip: documentBytes.cssGzip,
      jsOnOpenGzip: js.gzipBytes,
      jsAfterIdleRaw: jsAfterIdle,
      fcpMs: Math.round(median(timings.fcp)),
      domContentLoadedMs: Math.round(median(timings.domContentLoaded)),
      loadMs: Math.round(median(timings.load)),
      progressReadyMs: timings.progressReady.length ? Math.round(median(timings.progressReady)) : null,
    });
  }
  backup = await measureBackup(browser, base).catch((error) => ({ error: String(error) }));
  roster = await measureRoster(browser, base).catch((error) => ({ error: String(error) }));
  offline = await measureOfflineVisit(browser, base).catch((error) => ({ error: String(error) }));
  lighthouse = await measureLighthouse(base).catch((error) => ({ error: String(error) }));
} finally {
  await browser.close();
  server.kill();
}

console.log(`Per page (median of ${RUNS} cold loads from the local preview server, headless Chromium):`);
console.table(
  rows.map((row) => ({
    page: row.page,
    'HTML gz': kb(row.htmlGzip),
    'CSS gz': kb(row.cssGzip),
    'JS on open gz': kb(row.jsOnOpenGzip),
    'JS after idle (raw)': kb(row.jsAfterIdleRaw),
    'FCP ms': row.fcpMs,
    'DCL ms': row.domContentLoadedMs,
    'load ms': row.loadMs,
    'progress ready ms': row.progressReadyMs ?? '-',
  })),
);
// What "Generate certificate" fetches on top of the page (pdf-lib, fontkit, the QR encoder, the font), and how long
// making the PDF takes with the same code in Node.
const onOpen = javascriptOnOpen('dist', PAGES.certificate);
const withGenerator = javascriptOnOpen('dist', PAGES.certificate, { extraEntries: ['generate'] });
const fontFile = readdirSync('dist/_astro').find((name) => name.endsWith('.ttf'));
const fontGzip = fontFile ? gzipSize(readFileSync(`dist/_astro/${fontFile}`)) : 0;
const pdfRun = spawnSync('node', ['node_modules/tsx/dist/cli.mjs', 'scripts/bench-certificate.ts'], {
  encoding: 'utf8',
});
const pdf = pdfRun.status === 0 ? JSON.parse(pdfRun.stdout.trim().split('\n').pop()) : null;
const certificate = {
  onDemandJsGzip: withGenerator.gzipBytes - onOpen.gzipBytes,
  fontGzip,
  pdfBuildMedianMs: pdf?.medianMs ?? null,
  pdfBytes: pdf?.pdfBytes ?? null,
};
console.log('Generate certificate:');
console.table({
  'JS fetched on demand (gz)': kb(certificate.onDemandJsGzip),
  'font (gz)': kb(certificate.fontGzip),
  'PDF build, median (Node)': certificate.pdfBuildMedianMs === null ? 'failed' : `${certificate.pdfBuildMedianMs} ms`,
  'PDF size': certificate.pdfBytes === null ? '-' : kb(certificate.pdfBytes),
});

console.log('Backup and restore on /progress/ (a learner who did everything, through the interface):');
console.table(
  'error' in backup
    ? { failed: backup.error }
    : {
        'download ms': backup.downloadMs,
        'restore ms (check and write)': backup.restoreMs,
        'file size': kb(backup.fileBytes),
      },
);

console.log('Roster on /director/roster/ (certificate PDFs chosen at once, read until the page says done):');
console.table(
  'error' in roster
    ? { failed: roster.error }
    : {
        files: roster.files,
        'read ms': roster.ms,
        'files per second': roster.perSecond,
        'one PDF': kb(roster.fileBytes),
      },
);

const precache = precacheSize();
console.log('Offline (service worker):');
console.table({
  'precached files': precache.files,
  'precache on disk': kb(precache.rawBytes),
  'precache gzip': kb(precache.gzipBytes),
  'of which certificate tools (gz)': kb(precache.certificateToolsGzipBytes),
  'worker ready after first visit ms': 'error' in offline ? offline.error : offline.installMs,
  'returning visit offline, load ms': 'error' in offline ? '-' : offline.offlineLoadMs,
});

console.log('Lighthouse (mobile profile, simulated throttling), one page of each type:');
console.table('error' in lighthouse ? { failed: lighthouse.error } : lighthouse);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      buildMs: Math.round(buildMs),
      pages: rows,
      certificate,
      backup,
      roster,
      offline: { precache, visit: offline },
      lighthouse,
    },
    null,
    2,
  ),
);
console.log('Saved bench-results/latest.json');
