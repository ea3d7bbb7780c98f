/**
 * Build-time checks of the whole scenario library, including the mock interfaces' data. Kept apart from
 * validate.ts so the schema library stays out of the browser: the player only needs the graph checks.
 */
import { SCENE_DETAILS, mockSchema } from '../../content/schemas/mock';
import type { Mock, Scenario, SceneMock } from '../../scenarios/types';
import { PRACTICE_IDS, THEMES } from '../content/themes';
import { findScenarioProblems, practicesOfScenario } from './validate';

/** Problems with the mock interface of one node: IDs that must be unique, scene details the scene cannot draw. */
function findMockProblems(mock: Mock): string[] {
  const parsed = mockSchema.safeParse(mock);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `mock ${issue.path.join('.') || '(mock)'}: ${issue.message}`);
  }
  const problems: string[] = [];
  const scenes: SceneMock[] = [];
  if (mock.kind === 'scene') scenes.push(mock);
  if (mock.kind === 'post-composer' && mock.media?.scene) scenes.push(mock.media.scene);
  if (mock.kind === 'comment-thread') {
    if (mock.post.media?.scene) scenes.push(mock.post.media.scene);
    const ids = mock.comments.map((comment) => comment.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) problems.push(`comment ID "${duplicate}" is used twice in the comment thread.`);
  }
  for (const scene of scenes) {
    const ids = scene.details.map((detail) => detail.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) problems.push(`scene detail "${duplicate}" is listed twice.`);
    for (const id of ids) {
      if (!(SCENE_DETAILS[scene.scene] as readonly string[]).includes(id)) {
        problems.push(
          `the ${scene.scene} scene cannot draw a detail "${id}" (it can draw ${SCENE_DETAILS[scene.scene].join(', ')}).`,
        );
      }
    }
  }
  return problems;
}

/** Problems with the mock interfaces of a scenario's nodes, each naming scenario and node. */
export function findScenarioMockProblems(scenario: Scenario): string[] {
  return Object.entries(scenario.nodes).flatMap(([id, node]) =>
    node.kind !== 'ending' && node.mock
      ? findMockProblems(node.mock).map((problem) => `scenario "${scenario.id}", node "${id}": ${problem}`)
      : [],
  );
}

/** Library-wide rules: unique IDs, at least 12 scenarios and 3 per theme, and all 32 practices exercised. */
export function findLibraryProblems(scenarios: readonly Scenario[]): string[] {
  const problems = scenarios.flatMap((scenario) => [
    ...findScenarioProblems(scenario),
    ...findScenarioMockProblems(scenario),
  ]);
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
