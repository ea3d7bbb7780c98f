// First step of `npm test`: find the browser the end-to-end tests will drive, start it once, and say which it is and
// its version; stop early, saying what to install, when there is none or it cannot start.
import { relative } from 'node:path';
import { chromium } from '@playwright/test';
import { LAUNCH_ARGS, browserFor, installAdvice } from './browser.mjs';

const found = browserFor();
if ('error' in found) {
  console.error(`\nThe end-to-end tests need a Chromium-based browser. ${found.error}\n`);
  process.exit(1);
}

try {
  const browser = await chromium.launch({
    executablePath: found.path,
    args: LAUNCH_ARGS,
    env: { ...process.env, ...found.env },
  });
  const version = browser.version();
  await browser.close();
  const where = found.path.startsWith(process.cwd()) ? relative(process.cwd(), found.path) : found.path;
  console.log(`End-to-end tests use Chromium ${version} (${found.source}: ${where}).`);
} catch (error) {
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  console.error(`\nThe browser at ${found.path} (${found.source}) did not start: ${reason}\n${installAdvice()}\n`);
  process.exit(1);
}
