/** The practice-by-activity table behind `npm run content:report`. */
import type { Practice } from '../../schemas/practice';
import type { Scenario } from '../../schemas/scenario';
import { practicesOfScenario } from '../../schemas/scenario-graph';

export interface PracticeActivity {
  id: string;
  title: string;
  /** IDs of the scenarios whose choices or endings exercise the practice. */
  scenarios: string[];
  /** IDs of the questions tied to the practice. */
  questions: string[];
}

export interface ActivityReport {
  practices: PracticeActivity[];
  /** Practices with no scenario and no question. */
  uncovered: string[];
}

/** For each practice, the activities that exercise it, and the practices left without any. */
export function buildActivityReport(
  practices: readonly Pick<Practice, 'id' | 'title'>[],
  scenarios: readonly Scenario[],
  questions: readonly { id: string; practices: readonly string[] }[] = [],
): ActivityReport {
  const rows = practices.map((practice) => ({
    id: practice.id,
    title: practice.title,
    scenarios: scenarios.filter((scenario) => practicesOfScenario(scenario).has(practice.id)).map((s) => s.id),
    questions: questions.filter((question) => question.practices.includes(practice.id)).map((q) => q.id),
  }));
  return {
    practices: rows,
    uncovered: rows.filter((row) => row.scenarios.length + row.questions.length === 0).map((row) => row.id),
  };
}

/** The report as a plain-text table. */
export function formatActivityReport(report: ActivityReport): string {
  const width = Math.max(8, ...report.practices.map((row) => row.title.length));
  const lines = [`${'ID'.padEnd(6)} ${'Practice'.padEnd(width)}  Scenarios  Questions  Scenario IDs`];
  const totalQuestions = new Set(report.practices.flatMap((row) => row.questions)).size;
  for (const row of report.practices) {
    lines.push(
      `${row.id.padEnd(6)} ${row.title.padEnd(width)}  ${String(row.scenarios.length).padStart(9)}  ${String(row.questions.length).padStart(9)}  ${row.scenarios.join(', ')}`,
    );
  }
  lines.push(
    '',
    report.uncovered.length === 0
      ? `All ${report.practices.length} practices have at least one activity (${totalQuestions} questions).`
      : `No activity for: ${report.uncovered.join(', ')}`,
  );
  return lines.join('\n');
}
