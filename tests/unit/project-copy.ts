/**
 * A throwaway copy of the project with one mistake planted, and Astro run on it: the build-guard tests use it to
 * check that the real build stops on bad content, naming the file and the entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';

const ROOT = process.cwd();
const copies: string[] = [];

export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pwc-build-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'svelte.config.js']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  copies.push(dir);
  return dir;
}

export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the planted mistake changed ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

export function astro(dir: string, command: 'sync' | 'build') {
  const result = spawnSync('node', ['node_modules/astro/astro.js', command], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});
