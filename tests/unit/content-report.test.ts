import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { buildActivityReport, formatActivityReport } from '../../src/lib/content/report';
import { loadPractices } from '../../src/lib/content/load';
import { scenarios } from '../../src/scenarios';

describe('buildActivityReport', () => {
  test('lists the scenarios of every practice and leaves none uncovered', () => {
    const report = buildActivityReport(loadPractices(), scenarios);
    expect(report.practices).toHaveLength(32);
    expect(report.uncovered).toEqual([]);
    expect(report.practices.find((row) => row.id === 'PR-2')?.scenarios).toContain('patient-dm-leg-pain');
  });

  test('names the practices left without any activity', () => {
    const report = buildActivityReport(
      loadPractices(),
      scenarios.filter((scenario) => scenario.theme !== 'security-access'),
    );
    expect(report.uncovered).toEqual(expect.arrayContaining(['SA-1']));
    expect(formatActivityReport(report)).toMatch(/No activity for: .*SA-1/);
  });

  test('counts questions tied to a practice', () => {
    const report = buildActivityReport(loadPractices(), [], [{ id: 'q1', practices: ['CC-5'] }]);
    expect(report.practices.find((row) => row.id === 'CC-5')?.questions).toEqual(['q1']);
    expect(report.uncovered).toHaveLength(31);
  });
});

describe('npm run content:report', () => {
  test('prints the table, and the same as JSON with --json, exiting 0 when every practice has an activity', () => {
    const table = spawnSync('npx', ['tsx', 'scripts/content-report.ts'], { encoding: 'utf8' });
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+Practice/);
    expect(table.stdout).toMatch(/All 32 practices have at least one activity/);
    expect(table.stdout).toMatch(/Every profession is shown both as a model and as one who errs/);
    expect(table.stdout).toMatch(/Options with a justifying clause/);
    const json = spawnSync('npx', ['tsx', 'scripts/content-report.ts', '--json'], { encoding: 'utf8' });
    expect(json.status).toBe(0);
    const { activity: report, fairness } = JSON.parse(json.stdout) as {
      activity: { practices: { id: string; questions: string[] }[]; uncovered: string[] };
      fairness: { professions: { model: number; errs: number }[] };
    };
    for (const row of fairness.professions) expect(row.model * row.errs).toBeGreaterThan(0);
    expect(report.practices.map((row) => row.id)).toHaveLength(32);
    for (const row of report.practices) expect(row.questions.length, row.id).toBeGreaterThanOrEqual(2);
    expect(report.uncovered).toEqual([]);
  }, 30_000);
});
