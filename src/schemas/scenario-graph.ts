/**
 * The graph rules a scenario must meet before a learner sees it (the scenario schema applies them as refinements),
 * and the graph walks the engine and the reports share. Plain TypeScript without zod, so the player can use
 * `successors` without carrying the schema library. Each problem names the scenario and the node, so a bad scenario
 * file stops the build with a message that says where to look.
 */
import type { Scenario, ScenarioNode } from './scenario';
import { THEMES, isPracticeId } from './themes';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** State names the engine uses itself; a node may not take them. */
export const RESERVED_NODE_IDS = ['resolving'] as const;

/** The nodes a node leads to. */
export function successors(node: ScenarioNode): string[] {
  if (node.kind === 'narrative') return [node.next];
  if (node.kind === 'decision') return node.choices.map((choice) => choice.next);
  return [];
}

/** The largest number of decisions on any path from `start` (the graph must be acyclic). */
export function longestDecisionCount(scenario: Scenario): number {
  const memo = new Map<string, number>();
  const visit = (id: string): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = scenario.nodes[id];
    if (!node) return 0;
    memo.set(id, 0); // guards against cycles; validation reports them separately
    const best = Math.max(0, ...successors(node).map(visit)) + (node.kind === 'decision' ? 1 : 0);
    memo.set(id, best);
    return best;
  };
  return visit(scenario.start);
}

/** Every problem with one scenario, each a sentence starting with `scenario "<id>"`. */
export function findScenarioProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const where = (nodeId?: string) => `scenario "${scenario.id}"${nodeId ? `, node "${nodeId}"` : ''}`;
  const nodes = scenario.nodes;
  const ids = Object.keys(nodes);

  if (!ID_PATTERN.test(scenario.id)) problems.push(`${where()}: the ID must be kebab-case.`);
  if (!Number.isInteger(scenario.version) || scenario.version < 1)
    problems.push(`${where()}: version must be a whole number from 1.`);
  if (!THEMES.some((theme) => theme.id === scenario.theme))
    problems.push(`${where()}: unknown theme "${scenario.theme}".`);
  for (const field of ['title', 'summary', 'setting', 'role'] as const) {
    if (!scenario[field]?.trim()) problems.push(`${where()}: ${field} is empty.`);
  }
  if (!(scenario.minutes >= 1 && scenario.minutes <= 30))
    problems.push(`${where()}: minutes must be between 1 and 30.`);
  if (!nodes[scenario.start]) problems.push(`${where()}: start "${scenario.start}" is not a node.`);

  const checkPractices = (nodeId: string, what: string, practices: readonly string[]) => {
    if (practices.length === 0) problems.push(`${where(nodeId)}: ${what} names no practice.`);
    for (const id of practices) {
      if (!isPracticeId(id)) problems.push(`${where(nodeId)}: ${what} names unknown practice "${id}".`);
    }
  };
  const checkTarget = (nodeId: string, what: string, target: string) => {
    if (!nodes[target]) problems.push(`${where(nodeId)}: ${what} leads to "${target}", which is not a node.`);
  };

  for (const [id, node] of Object.entries(nodes)) {
    if (!ID_PATTERN.test(id)) problems.push(`${where(id)}: node IDs must be kebab-case.`);
    if ((RESERVED_NODE_IDS as readonly string[]).includes(id))
      problems.push(`${where(id)}: "${id}" is reserved by the engine.`);
    if (!node.title?.trim()) problems.push(`${where(id)}: title is empty.`);
    if (node.kind === 'narrative') {
      if (node.body.length === 0) problems.push(`${where(id)}: a narrative needs body text.`);
      checkTarget(id, 'continue', node.next);
    } else if (node.kind === 'decision') {
      if (!node.prompt.trim()) problems.push(`${where(id)}: the prompt is empty.`);
      if (node.choices.length < 2 || node.choices.length > 4) {
        problems.push(`${where(id)}: a decision has 2 to 4 choices, not ${node.choices.length}.`);
      }
      const choiceIds = new Set<string>();
      for (const choice of node.choices) {
        const label = `choice "${choice.id}"`;
        if (!ID_PATTERN.test(choice.id)) problems.push(`${where(id)}: ${label} needs a kebab-case ID.`);
        if (choiceIds.has(choice.id)) problems.push(`${where(id)}: ${label} appears twice.`);
        choiceIds.add(choice.id);
        if (!choice.label.trim() || !choice.feedback.trim())
          problems.push(`${where(id)}: ${label} needs a label and feedback.`);
        if (![0, 1, 2].includes(choice.score))
          problems.push(`${where(id)}: ${label} has a score other than 0, 1 or 2.`);
        checkPractices(id, label, choice.practices);
        checkTarget(id, label, choice.next);
      }
    } else if (node.kind === 'ending') {
      if (!['best', 'acceptable', 'harmful'].includes(node.rating))
        problems.push(`${where(id)}: unknown rating "${node.rating}".`);
      if (node.debrief.length === 0) problems.push(`${where(id)}: an ending needs a debrief.`);
      checkPractices(id, 'the ending', node.practices);
    } else {
      problems.push(`${where(id)}: unknown node kind "${(node as { kind: string }).kind}".`);
    }
  }
  if (problems.some((problem) => /is not a node|unknown node kind/.test(problem))) return problems;

  // Reachability from start.
  const reachable = new Set<string>();
  const queue = [scenario.start];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...successors(nodes[id]!));
  }
  for (const id of ids) if (!reachable.has(id)) problems.push(`${where(id)}: cannot be reached from start.`);

  // Loops: the graph must be acyclic, so every path ends.
  const state = new Map<string, 'open' | 'done'>();
  const findCycle = (id: string, trail: string[]): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'open') return [...trail.slice(trail.indexOf(id)), id];
    state.set(id, 'open');
    for (const next of successors(nodes[id]!)) {
      const cycle = findCycle(next, [...trail, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return null;
  };
  const cycle = findCycle(scenario.start, []);
  if (cycle)
    problems.push(`${where(cycle[0])}: loops back on itself (${cycle.join(' → ')}); every path must reach an ending.`);

  const endings = ids.filter((id) => nodes[id]!.kind === 'ending');
  if (endings.length < 3) problems.push(`${where()}: has ${endings.length} endings; at least 3 are needed.`);
  if (!cycle) {
    const decisions = longestDecisionCount(scenario);
    if (decisions < 3) problems.push(`${where()}: the longest path has ${decisions} decisions; at least 3 are needed.`);
  }
  return problems;
}

/** The practices a scenario exercises through its choices and endings. */
export function practicesOfScenario(scenario: Scenario): Set<string> {
  const practices = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind === 'decision')
      for (const choice of node.choices) choice.practices.forEach((id) => practices.add(id));
    if (node.kind === 'ending') node.practices.forEach((id) => practices.add(id));
  }
  return practices;
}
