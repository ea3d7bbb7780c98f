/**
 * `astro sync` stops on bad content: these run it on a throwaway copy of the project with one mistake planted, and
 * check that it fails with a message that names the file and the entry. (The full build's guards are in
 * build-guard-build.test.ts, a file of its own so the two run side by side.)
 */
import { describe, expect, test } from 'vitest';
import { astro, edit, projectCopy } from './project-copy';

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
