/**
 * The real build stops on bad content that only rendering finds: these run `astro build` on a throwaway copy of
 * the project with one mistake planted, and check that it fails with a message that names the scenario or module.
 */
import { describe, expect, test } from 'vitest';
import { astro, edit, projectCopy } from './project-copy';

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
