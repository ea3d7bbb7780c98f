/**
 * Is every profession treated fairly? Counts who acts, and how, in practice-card examples (`right` → a model,
 * `wrong` → errs) and in scenarios (their cast, and the role the learner plays); and in which care settings the
 * hype storylines (scenarios that exercise click bait or sensationalising, SC-6 and SC-10) are set. Pure functions
 * behind `npm run content:report` and the content tests.
 */
import { PROFESSIONS, type Profession } from '../../schemas/cast';
import type { Practice } from '../../schemas/practice';
import type { Scenario } from '../../schemas/scenario';
import { practicesOfScenario } from '../../schemas/scenario-graph';

/** Practices whose breach is hype: click bait (SC-6) and sensationalised treatment videos (SC-10). */
export const HYPE_PRACTICES = ['SC-6', 'SC-10'] as const;

export interface ProfessionCount {
  profession: Profession;
  label: string;
  /** Shown doing right: examples of kind `right`, and scenario cast members who are models. */
  model: number;
  /** Shown getting it wrong: examples of kind `wrong`, and scenario cast members who err. */
  errs: number;
  /** Scenarios in which the learner plays this profession. */
  plays: number;
}

export interface FairnessReport {
  professions: ProfessionCount[];
  /** Examples with no `role`, by practice ID. */
  unassigned: string[];
  /** Hype storylines and the care they are set in. */
  hype: { id: string; care: Scenario['care']; setting: string }[];
}

export function buildFairnessReport(
  practices: readonly Pick<Practice, 'id' | 'examples'>[],
  scenarios: readonly Scenario[],
): FairnessReport {
  const counts = new Map<Profession, ProfessionCount>(
    (Object.keys(PROFESSIONS) as Profession[]).map((profession) => [
      profession,
      { profession, label: PROFESSIONS[profession], model: 0, errs: 0, plays: 0 },
    ]),
  );
  const unassigned: string[] = [];
  for (const practice of practices) {
    for (const example of practice.examples) {
      if (!example.role) unassigned.push(practice.id);
      else counts.get(example.role)![example.kind === 'right' ? 'model' : 'errs'] += 1;
    }
  }
  for (const scenario of scenarios) {
    counts.get(scenario.profession)!.plays += 1;
    for (const member of scenario.cast) counts.get(member.profession)![member.part] += 1;
  }
  const hype = scenarios
    .filter((scenario) => HYPE_PRACTICES.some((id) => practicesOfScenario(scenario).has(id)))
    .map((scenario) => ({ id: scenario.id, care: scenario.care, setting: scenario.setting }));
  return { professions: [...counts.values()], unassigned, hype };
}

/** What the fairness report shows is unfair or incomplete: each a sentence. */
export function findFairnessProblems(report: FairnessReport): string[] {
  const problems = report.professions.flatMap((row) => [
    ...(row.model === 0 ? [`No example or scenario shows a ${row.label.toLowerCase()} as the model to follow.`] : []),
    ...(row.errs === 0 ? [`No example or scenario shows a ${row.label.toLowerCase()} getting it wrong.`] : []),
  ]);
  if (report.unassigned.length > 0) {
    problems.push(`Examples without a role in: ${[...new Set(report.unassigned)].join(', ')}.`);
  }
  const settings = new Set(report.hype.map((storyline) => storyline.care));
  if (!settings.has('surgical') && !settings.has('both')) {
    problems.push('Every hype storyline is set in non-surgical care; set one in surgical care too.');
  }
  if (!settings.has('non-surgical') && !settings.has('both')) {
    problems.push('Every hype storyline is set in surgical care; set one in non-surgical care too.');
  }
  return problems;
}

/** The report as plain-text tables. */
export function formatFairnessReport(report: FairnessReport): string {
  const width = Math.max(...report.professions.map((row) => row.label.length));
  const lines = [
    'Who acts, by profession (practice-card examples and scenario casts)',
    `${'Profession'.padEnd(width)}  Model  Errs  Learner plays`,
    ...report.professions.map(
      (row) =>
        `${row.label.padEnd(width)}  ${String(row.model).padStart(5)}  ${String(row.errs).padStart(4)}  ${String(row.plays).padStart(13)}`,
    ),
    '',
    'Hype storylines (scenarios exercising SC-6 or SC-10), by care setting',
    ...report.hype.map((storyline) => `  ${storyline.id.padEnd(32)} ${storyline.care.padEnd(13)} ${storyline.setting}`),
  ];
  const problems = findFairnessProblems(report);
  lines.push('', problems.length === 0 ? 'Every profession is shown both as a model and as one who errs.' : '');
  lines.push(...problems.map((problem) => `! ${problem}`));
  return lines.join('\n');
}
