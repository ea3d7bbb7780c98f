// First step of `npm test`: stop early, with instructions, when there is no browser for the end-to-end tests.
import { chromiumPath, findChromium } from './browser-path.mjs';

if (!findChromium()) {
  console.error(`
No Chromium found at ${chromiumPath()}: the end-to-end tests need a real browser.

Install one, then run npm test again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium

(npx playwright install is not used: the tests drive the system's Chromium.)
`);
  process.exit(1);
}
