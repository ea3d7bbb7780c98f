// The Chromium that the end-to-end tests and the bench drive, found in this order:
//   1. $CHROMIUM_PATH, when set (it must exist: a typo is an error, not a silent fallback);
//   2. a Chromium or Chrome installed on the system;
//   3. the Chromium inside the @sparticuz/chromium npm package (Linux x64 only), unpacked on first use into
//      node_modules/.cache, so `npm install` alone is enough.
// Run as a script with `--unpack` it unpacks that package and prints the executable's path (used synchronously by
// browserFor, since Playwright reads its config synchronously).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Flags for every launch: no sandbox (CI runs as root) and none of Chromium's own traffic on a closed network. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where system browsers usually live, per platform, in the order they are tried. */
export const SYSTEM_BROWSERS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Chromium\\Application\\chrome.exe`,
  ],
};

const PACKAGE = '@sparticuz/chromium';

/** The packaged Chromium's version and where it is (or will be) unpacked; null if the package is not installed. */
export function packagedChromium() {
  const manifest = join(ROOT, 'node_modules', PACKAGE, 'package.json');
  if (!existsSync(manifest)) return null;
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const dir = join(ROOT, 'node_modules', '.cache', 'posting-with-care', `chromium-${version}`);
  return { version, dir, executable: join(dir, 'chromium'), fontConfig: join(dir, 'fonts.conf') };
}

/**
 * How to install a browser here, for the message shown when none can be used.
 * @param {NodeJS.Platform} platform
 */
export function installAdvice(platform = process.platform) {
  const setPath = 'or set CHROMIUM_PATH to the executable of any Chromium or Chrome';
  if (platform === 'darwin') return `Install Google Chrome or Chromium in /Applications, ${setPath}.`;
  if (platform === 'win32') return `Install Google Chrome, ${setPath}.`;
  if (platform === 'linux' && process.arch === 'x64') {
    return `Run npm install again (it installs ${PACKAGE}, a Chromium for Linux x64), install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium), ${setPath}.`;
  }
  return `Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium), ${setPath}.`;
}

/**
 * The browser to launch: `{ path, source, env }`, or `{ error }` saying what to install. `unpack: false` reports the
 * packaged Chromium only if it is already unpacked.
 * @returns {{ path: string, source: string, env?: Record<string, string> } | { error: string }}
 */
export function browserFor({ env = process.env, platform = process.platform, unpack = true } = {}) {
  if (env.CHROMIUM_PATH) {
    if (existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    return { error: `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist. Correct it or unset it.` };
  }
  const system = (SYSTEM_BROWSERS[platform] ?? []).find((path) => existsSync(path));
  if (system) return { path: system, source: 'system' };

  const packaged = platform === 'linux' && process.arch === 'x64' ? packagedChromium() : null;
  if (packaged && !existsSync(packaged.executable) && unpack) {
    const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--unpack'], { encoding: 'utf8' });
    if (result.status !== 0) return { error: `Could not unpack ${PACKAGE}: ${result.stderr.trim()}` };
  }
  if (packaged && existsSync(packaged.executable)) {
    return {
      path: packaged.executable,
      source: `${PACKAGE} ${packaged.version}`,
      // Its own fonts as well as the system's, so text renders on a machine with no fonts installed.
      env: { FONTCONFIG_FILE: packaged.fontConfig },
    };
  }
  return { error: `No Chromium or Chrome found. ${installAdvice(platform)}` };
}

/** Unpacks the packaged Chromium into a fresh folder, then renames it into place, so a half-done unpack is never used. */
async function unpack() {
  const packaged = packagedChromium();
  if (!packaged) throw new Error(`${PACKAGE} is not installed.`);
  if (existsSync(packaged.executable)) return packaged.executable;
  const staging = `${packaged.dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  // The package unpacks into os.tmpdir(), which reads TMPDIR at each call.
  process.env.TMPDIR = staging;
  const { default: chromium } = await import(PACKAGE);
  const executable = await chromium.executablePath();
  if (executable !== join(staging, 'chromium')) throw new Error(`unexpected path ${executable}`);
  writeFileSync(
    join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(packaged.dir, 'fonts')}</dir>
  <cachedir>${join(packaged.dir, 'fonts-cache')}</cachedir>
</fontconfig>
`,
  );
  try {
    renameSync(staging, packaged.dir);
  } catch (error) {
    // Another process finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(packaged.executable)) throw error;
  }
  return packaged.executable;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--unpack')) {
  unpack().then(
    (path) => console.log(path),
    (error) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
