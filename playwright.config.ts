import { defineConfig } from '@playwright/test';
import { LAUNCH_ARGS, browserFor } from './scripts/browser.mjs';

const port = 4321;
// $CHROMIUM_PATH, a system Chromium or Chrome, else the one in the @sparticuz/chromium package (scripts/browser.mjs).
const browser = browserFor();
if ('error' in browser) throw new Error(`The end-to-end tests need a Chromium-based browser. ${browser.error}`);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Generous limits: a 2-core CI machine runs two browsers at once, and axe on a long page takes seconds.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace triples the time of a test with many steps, so only TRACE=1 records one (kept on failure).
    trace: process.env.TRACE ? 'retain-on-failure' : 'off',
    // The pages are tested on their own; offline.spec.ts and security.spec.ts let the service worker run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: browser.path,
      // Chromium's own background traffic stays off the closed network; the tests watch every request.
      args: LAUNCH_ARGS,
      env: { ...process.env, ...browser.env },
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `node node_modules/astro/astro.js preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
