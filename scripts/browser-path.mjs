// Where the Chromium that tests drive lives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Path to the Chromium executable the tests use (it may not exist: see findChromium). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** The Chromium path if the file exists, else null. */
export function findChromium() {
  const path = chromiumPath();
  return existsSync(path) ? path : null;
}
