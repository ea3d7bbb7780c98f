import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { SYSTEM_BROWSERS, browserFor, packagedChromium } from '../../scripts/browser.mjs';

const withoutChromiumPath = () => {
  const env = { ...process.env };
  delete env.CHROMIUM_PATH;
  return env;
};

function requireBrowser(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, ['scripts/require-browser.mjs'], { env, encoding: 'utf8' });
}

describe('browserFor', () => {
  test('a CHROMIUM_PATH that does not exist is an error, not a silent fallback', () => {
    expect(browserFor({ env: { CHROMIUM_PATH: '/nonexistent/chromium' } })).toEqual({
      error: 'CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist. Correct it or unset it.',
    });
  });

  test('CHROMIUM_PATH comes first', () => {
    expect(browserFor({ env: { CHROMIUM_PATH: process.execPath } })).toEqual({
      path: process.execPath,
      source: 'CHROMIUM_PATH',
    });
  });

  test('with no system browser on Linux x64, the Chromium from the npm package is used', () => {
    const found = browserFor({ env: withoutChromiumPath() });
    if (SYSTEM_BROWSERS.linux.some((path) => spawnSync('test', ['-x', path]).status === 0)) {
      expect(found).toMatchObject({ source: 'system' });
    } else {
      const packaged = packagedChromium()!;
      expect(packaged.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(found).toEqual({
        path: packaged.executable,
        source: `@sparticuz/chromium ${packaged.version}`,
        env: { FONTCONFIG_FILE: packaged.fontConfig },
      });
    }
  });

  test('where no browser can be found, the message says what to install', () => {
    expect(browserFor({ env: {}, platform: 'darwin' })).toEqual({
      error:
        'No Chromium or Chrome found. Install Google Chrome or Chromium in /Applications, or set CHROMIUM_PATH to the executable of any Chromium or Chrome.',
    });
    expect(browserFor({ env: {}, platform: 'freebsd' })).toEqual({
      error:
        'No Chromium or Chrome found. Install Chromium (Debian/Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM_PATH to the executable of any Chromium or Chrome.',
    });
  });
});

describe('scripts/require-browser.mjs', () => {
  test('starts the browser once and prints which it is and its version', () => {
    const result = requireBrowser(withoutChromiumPath());
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^End-to-end tests use Chromium \d+\.\d+\.\d+\.\d+ \((system|@sparticuz\/chromium \d+\.\d+\.\d+): .+\)\.$/m,
    );
  });

  test('stops npm test when CHROMIUM_PATH names nothing', () => {
    const result = requireBrowser({ ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, which does not exist.');
  });

  test('stops npm test, saying what to install, when the browser does not start', () => {
    // Node is an executable but not a browser.
    const result = requireBrowser({ ...process.env, CHROMIUM_PATH: process.execPath });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The browser at ${process.execPath} (CHROMIUM_PATH) did not start`);
    expect(result.stderr).toMatch(/set CHROMIUM_PATH to the executable of any Chromium or Chrome/);
  });
});
