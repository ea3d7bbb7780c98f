/** Scoring that walks the scenario graph: what a path earned, and the range any path can earn. */
import type { DecisionNode, EndingNode, Scenario } from '../../schemas/scenario';
import type { PathStep } from './machine';
import { successors } from '../../schemas/scenario-graph';

/** Lowest and highest total score over every path from start to an ending. */
export function scoreBounds(scenario: Scenario): { min: number; max: number } {
  const memo = new Map<string, { min: number; max: number }>();
  const visit = (id: string): { min: number; max: number } => {
    const cached = memo.get(id);
    if (cached) return cached;
    const node = scenario.nodes[id]!;
    let result: { min: number; max: number };
    if (node.kind === 'ending') result = { min: 0, max: 0 };
    else if (node.kind === 'narrative') result = visit(node.next);
    else {
      const options = node.choices.map((choice) => {
        const rest = visit(choice.next);
        return { min: rest.min + choice.score, max: rest.max + choice.score };
      });
      result = { min: Math.min(...options.map((o) => o.min)), max: Math.max(...options.map((o) => o.max)) };
    }
    memo.set(id, result);
    return result;
  };
  return visit(scenario.start);
}

/** The endings of a scenario, by ID. */
export function endingsOf(scenario: Scenario): Record<string, EndingNode> {
  return Object.fromEntries(
    Object.entries(scenario.nodes).filter((entry): entry is [string, EndingNode] => entry[1].kind === 'ending'),
  );
}

/** One decision the learner made, with everything the end-of-scenario summary shows. */
export interface DecisionSummary {
  nodeId: string;
  title: string;
  prompt: string;
  choiceId: string;
  label: string;
  feedback: string;
  score: number;
  best: number;
  practices: string[];
}

/** The decisions on a path, in order. */
export function decisionsOnPath(scenario: Scenario, path: readonly PathStep[]): DecisionSummary[] {
  return path.flatMap((step) => {
    const node = scenario.nodes[step.nodeId];
    if (node?.kind !== 'decision') return [];
    const choice = (node as DecisionNode).choices.find((candidate) => candidate.id === step.choiceId);
    if (!choice) return [];
    return [
      {
        nodeId: step.nodeId,
        title: node.title,
        prompt: node.prompt,
        choiceId: choice.id,
        label: choice.label,
        feedback: choice.feedback,
        score: choice.score,
        best: Math.max(...node.choices.map((candidate) => candidate.score)),
        practices: [...choice.practices],
      },
    ];
  });
}

/** Number of steps on the longest path from start to an ending, counting the ending: for "step n of about m". */
export function longestPathLength(scenario: Scenario): number {
  const memo = new Map<string, number>();
  const visit = (id: string): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const node = scenario.nodes[id]!;
    const length = 1 + Math.max(0, ...successors(node).map(visit));
    memo.set(id, length);
    return length;
  };
  return visit(scenario.start);
}

/** Steps from a node to the farthest ending, counting the ending. */
export function stepsRemaining(scenario: Scenario, nodeId: string): number {
  return longestPathLength({ ...scenario, start: nodeId });
}

/** Points earned on a path and the most the decisions actually faced could have earned. */
export function pathScore(
  scenario: Scenario,
  path: readonly PathStep[],
): { earned: number; possible: number; harmful: number } {
  const decisions = decisionsOnPath(scenario, path);
  return {
    earned: decisions.reduce((sum, decision) => sum + decision.score, 0),
    possible: decisions.reduce((sum, decision) => sum + decision.best, 0),
    harmful: decisions.filter((decision) => decision.score === 0).length,
  };
}
