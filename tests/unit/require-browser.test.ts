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

  test('stops npm test with install instructions when the PDF tools are missing', () => {
    const result = spawnSync(process.execPath, ['scripts/require-browser.mjs'], {
      // A PATH without the tools (node itself is called by its full path).
      env: { ...process.env, CHROMIUM_PATH: process.execPath, PATH: '/nonexistent' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Missing pdftotext, pdftoppm, qpdf, zbarimg/);
    expect(result.stderr).toMatch(/apt-get install -y poppler-utils qpdf zbar-tools/);
  });
});
