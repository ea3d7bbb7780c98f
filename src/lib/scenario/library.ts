/**
 * Build-time checks of scenario files and of the whole library. Each scenario is parsed with its schema (fields,
 * mock interfaces and graph rules); kept apart from the engine so the schema library stays out of the browser.
 */
import { PRACTICE_IDS, THEMES } from '../../schemas/themes';
import { scenarioSchema, type Scenario } from '../../schemas/scenario';
import { practicesOfScenario } from '../../schemas/scenario-graph';

/** Every problem with one scenario file, each naming the scenario and, where it can, the node. */
export function findScenarioFileProblems(value: unknown): string[] {
  const parsed = scenarioSchema.safeParse(value);
  if (parsed.success) return [];
  const id = (value as { id?: unknown } | null)?.id;
  const scenario = `scenario "${typeof id === 'string' ? id : '(no ID)'}"`;
  return parsed.error.issues.map((issue) => {
    // Graph rules already say where they are; field problems get their path.
    if (issue.message.startsWith('scenario "')) return issue.message;
    const [first, node, ...rest] = issue.path;
    const where = first === 'nodes' && node !== undefined ? `${scenario}, node "${node}"` : scenario;
    const field = (first === 'nodes' ? rest : issue.path).join('.');
    return `${where}: ${field ? `${field}: ` : ''}${issue.message}`;
  });
}

/** Library-wide rules: each file valid, unique IDs, at least 12 scenarios and 3 per theme, all 32 practices. */
export function findLibraryProblems(scenarios: readonly Scenario[]): string[] {
  const problems = scenarios.flatMap((scenario) => findScenarioFileProblems(scenario));
  const seen = new Set<string>();
  for (const scenario of scenarios) {
    if (seen.has(scenario.id)) problems.push(`scenario "${scenario.id}": the ID is used twice.`);
    seen.add(scenario.id);
  }
  if (scenarios.length < 12) problems.push(`The library has ${scenarios.length} scenarios; at least 12 are needed.`);
  for (const theme of THEMES) {
    const count = scenarios.filter((scenario) => scenario.theme === theme.id).length;
    if (count < 3) problems.push(`${theme.title} has ${count} scenarios; at least 3 are needed.`);
  }
  const covered = new Set(scenarios.flatMap((scenario) => [...practicesOfScenario(scenario)]));
  const missing = PRACTICE_IDS.filter((id) => !covered.has(id));
  if (missing.length > 0) problems.push(`No scenario exercises ${missing.join(', ')}.`);
  return problems;
}
