/**
 * The real build stops on bad content: these run Astro itself on a throwaway copy of the project with one
 * mistake planted, and check that it fails with a message that names the file and the entry.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';

const ROOT = process.cwd();
const copies: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pwc-build-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'svelte.config.js']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  copies.push(dir);
  return dir;
}

function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  expect(after, `the planted mistake changed ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

function astro(dir: string, command: 'sync' | 'build') {
  const result = spawnSync('node', ['node_modules/astro/astro.js', command], { cwd: dir, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('astro sync', () => {
  test('fails on an unknown practice ID in the practice data', () => {
    const dir = projectCopy();
    edit(dir, 'src/content/practices/spine-care.yaml', /^- id: SC-11$/m, '- id: SC-12');
    const { status, output } = astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/practices\/spine-care\.yaml SC-12: id: Unknown practice ID "SC-12"/);
    expect(output).toMatch(/Missing practice "SC-11"/);
  }, 60_000);

  test('fails on an unknown practice ID in a module’s frontmatter', () => {
    const dir = projectCopy();
    edit(dir, 'src/content/modules/security-access.mdx', /\bSA-4\]/, 'SA-5]');
    const { status, output } = astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(/security-access/);
    expect(output).toMatch(/Unknown practice ID "SA-5"/);
  }, 60_000);
});

describe('astro sync on the question bank', () => {
  test('fails on an item with no correct answer, naming the item', () => {
    const dir = projectCopy();
    edit(dir, 'src/content/questions/security-access.yaml', /correct: true/, 'correct: false');
    const { status, output } = astro(dir, 'sync');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /questions\/security-access\.yaml sa-[\w-]+: .*(no correct answer|exactly one correct option)/,
    );
  }, 60_000);
});

describe('astro build', () => {
  test('fails on a scenario with a dangling target, naming the scenario and the node', () => {
    const dir = projectCopy();
    edit(dir, 'src/scenarios/patient-dm-leg-pain.ts', "next: 'advice-consequence'", "next: 'nowhere'");
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /scenario "patient-dm-leg-pain", node "first-reply": choice "give-advice" leads to "nowhere"/,
    );
  }, 120_000);

  test('fails when a module renders a practice that does not exist', () => {
    const dir = projectCopy();
    edit(dir, 'src/content/modules/security-access.mdx', '<Practice id="SA-4" />', '<Practice id="SA-9" />');
    const { status, output } = astro(dir, 'build');
    expect(status).not.toBe(0);
    expect(output).toMatch(/Module "security-access" renders <Practice> for \[SA-1, SA-2, SA-3, SA-9\]/);
  }, 120_000);
});
