/**
 * One state machine factory for every scenario. The scenario's nodes become the machine's states; the context
 * keeps the path taken and the score. The machine knows nothing of the DOM or storage: saving is passed in with
 * `.provide({ actions: { persist } })`.
 */
import { assign, createActor, setup, type ActorRefFrom, type Snapshot, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../../schemas/scenario';

/** One node the learner left, and the choice made there (null for a narrative). */
export interface PathStep {
  nodeId: string;
  choiceId: string | null;
}

export interface ScenarioContext {
  /** The node the learner is on. */
  nodeId: string;
  /** Every node left so far, in order, with the choice made at each decision. */
  path: PathStep[];
  /** Sum of the scores of the choices on the path. */
  score: number;
}

export type ScenarioEvent =
  | { type: 'user.choose'; choiceId: string }
  | { type: 'user.continue' }
  | { type: 'user.back' }
  | { type: 'user.restart' };

/** Tag on the states that end a scenario. */
export const ENDING_TAG = 'ending';
const RESOLVING = 'resolving';

interface AdvanceParams {
  from: string;
  choiceId: string | null;
  score: number;
  to: string;
}

function scoreOf(scenario: Scenario, path: readonly PathStep[]): number {
  let total = 0;
  for (const step of path) {
    const node = scenario.nodes[step.nodeId];
    if (node?.kind === 'decision') total += node.choices.find((choice) => choice.id === step.choiceId)?.score ?? 0;
  }
  return total;
}

/**
 * Builds the machine for one scenario. The scenario must already be valid: the build refuses any that breaks a rule
 * (`findLibraryProblems` in library.ts), so the browser does not carry the validator.
 */
export function createScenarioMachine(scenario: Scenario) {
  const base = setup({
    types: {
      context: {} as ScenarioContext,
      events: {} as ScenarioEvent,
    },
    guards: {
      isChoice: ({ event }, params: { choiceId: string }) =>
        event.type === 'user.choose' && event.choiceId === params.choiceId,
      isAtNode: ({ context }, params: { nodeId: string }) => context.nodeId === params.nodeId,
      hasDecision: ({ context }) => context.path.some((step) => step.choiceId !== null),
    },
    actions: {
      advance: assign(({ context }, params: AdvanceParams) => ({
        nodeId: params.to,
        path: [...context.path, { nodeId: params.from, choiceId: params.choiceId }],
        score: context.score + params.score,
      })),
      undoLastDecision: assign(({ context }) => {
        const index = context.path.findLastIndex((step) => step.choiceId !== null);
        const path = context.path.slice(0, index);
        return { nodeId: context.path[index]!.nodeId, path, score: scoreOf(scenario, path) };
      }),
      reset: assign(() => ({ nodeId: scenario.start, path: [], score: 0 })),
      /** Saves progress; a no-op until the player provides one. */
      persist: () => {},
    },
  });

  type StateConfig = Parameters<typeof base.createMachine>[0]['states'];
  const states: NonNullable<StateConfig> = {
    // Transient state that jumps to whichever node the context names (used by Back).
    [RESOLVING]: {
      always: Object.keys(scenario.nodes).map((nodeId) => ({
        guard: { type: 'isAtNode' as const, params: { nodeId } },
        target: nodeId,
      })),
    },
  };
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.kind === 'narrative') {
      states[nodeId] = {
        on: {
          'user.continue': {
            target: node.next,
            actions: [
              { type: 'advance', params: { from: nodeId, choiceId: null, score: 0, to: node.next } },
              { type: 'persist' },
            ],
          },
        },
      };
    } else if (node.kind === 'decision') {
      states[nodeId] = {
        on: {
          'user.choose': node.choices.map((choice) => ({
            guard: { type: 'isChoice' as const, params: { choiceId: choice.id } },
            target: choice.next,
            actions: [
              {
                type: 'advance' as const,
                params: { from: nodeId, choiceId: choice.id, score: choice.score, to: choice.next },
              },
              { type: 'persist' as const },
            ],
          })),
        },
      };
    } else {
      states[nodeId] = { tags: [ENDING_TAG] };
    }
  }

  return base.createMachine({
    id: `scenario-${scenario.id}`,
    context: { nodeId: scenario.start, path: [], score: 0 },
    initial: scenario.start,
    on: {
      'user.restart': { target: `.${scenario.start}`, actions: [{ type: 'reset' }, { type: 'persist' }] },
      'user.back': {
        guard: 'hasDecision',
        target: `.${RESOLVING}`,
        actions: [{ type: 'undoLastDecision' }, { type: 'persist' }],
      },
    },
    states,
  });
}

export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
export type ScenarioSnapshot = SnapshotFrom<ScenarioMachine>;
export type ScenarioActor = ActorRefFrom<ScenarioMachine>;

/** The event that leaves `step.nodeId` the way the step records. */
function eventFor(scenario: Scenario, step: PathStep): ScenarioEvent | null {
  const node = scenario.nodes[step.nodeId];
  if (node?.kind === 'narrative' && step.choiceId === null) return { type: 'user.continue' };
  if (node?.kind === 'decision' && node.choices.some((choice) => choice.id === step.choiceId)) {
    return { type: 'user.choose', choiceId: step.choiceId! };
  }
  return null;
}

/**
 * Replays a saved path through a fresh machine, step by step, and returns the snapshot to start the learner's
 * actor from (`createActor(machine, { snapshot })`): the same node, path and score as before. Returns null when the
 * path does not fit this scenario, or (given `endsAt`) does not lead to that node: the learner starts afresh.
 */
export function replayPath(scenario: Scenario, path: readonly PathStep[], endsAt?: string): Snapshot<unknown> | null {
  const actor = createActor(createScenarioMachine(scenario)).start();
  try {
    for (const step of path) {
      const before = actor.getSnapshot();
      const event = eventFor(scenario, step);
      if (!event || before.context.nodeId !== step.nodeId) return null;
      actor.send(event);
      if (actor.getSnapshot().context.path.length !== before.context.path.length + 1) return null;
    }
    if (endsAt !== undefined && actor.getSnapshot().context.nodeId !== endsAt) return null;
    return actor.getPersistedSnapshot();
  } finally {
    actor.stop();
  }
}
