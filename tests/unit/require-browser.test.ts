import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

describe('scripts/require-browser.mjs', () => {
  test('stops npm test with install instructions when no Chromium is found', () => {
    const result = spawnSync('node', ['scripts/require-browser.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/No Chromium found at \/nonexistent\/chromium/);
    expect(result.stderr).toMatch(/apt-get install -y chromium/);
    expect(result.stderr).toMatch(/CHROMIUM_PATH/);
  });

  test('lets the tests run when the browser exists', () => {
    const result = spawnSync('node', ['scripts/require-browser.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: process.execPath },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
  });
});
