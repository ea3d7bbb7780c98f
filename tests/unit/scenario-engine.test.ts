import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, test, vi } from 'vitest';
import { scenarios } from '../../src/scenarios';
import type { Scenario } from '../../src/schemas/scenario';
import {
  ENDING_TAG,
  createScenarioMachine,
  decisionsOnPath,
  endingsOf,
  pathScore,
  replayPath,
  scoreBounds,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../src/lib/scenario';
import { findLibraryProblems } from '../../src/lib/scenario/library';

/** The forward events a learner can send on the node a snapshot is at. */
function forwardEvents(scenario: Scenario, snapshot: ScenarioSnapshot): ScenarioEvent[] {
  const node = scenario.nodes[snapshot.context.nodeId]!;
  if (node.kind === 'narrative') return [{ type: 'user.continue' }];
  if (node.kind === 'decision') return node.choices.map((choice) => ({ type: 'user.choose', choiceId: choice.id }));
  return [];
}

function firstDecision(scenario: Scenario): string {
  let id = scenario.start;
  for (;;) {
    const node = scenario.nodes[id]!;
    if (node.kind === 'decision') return id;
    if (node.kind !== 'narrative') throw new Error('No decision before the first ending.');
    id = node.next;
  }
}

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('scenario %s', (_id, scenario) => {
  const machine = createScenarioMachine(scenario);
  const bounds = scoreBounds(scenario);
  const endings = endingsOf(scenario);

  test('every simple path from start reaches an ending, with the right ending and a score within bounds', () => {
    const paths = getSimplePaths(machine, {
      events: (snapshot) => forwardEvents(scenario, snapshot as ScenarioSnapshot),
    }).filter((path) => (path.state as ScenarioSnapshot).hasTag(ENDING_TAG));
    expect(paths.length).toBeGreaterThanOrEqual(3);

    const reached = new Set<string>();
    for (const path of paths) {
      const actor = createActor(machine).start();
      // Every generated path begins with the xstate.init step; play the rest through the engine.
      for (const step of path.steps.slice(1)) actor.send(step.event as ScenarioEvent);
      const end = actor.getSnapshot();
      expect(end.hasTag(ENDING_TAG)).toBe(true);
      expect(end.context.nodeId).toBe((path.state as ScenarioSnapshot).context.nodeId);
      expect(end.value).toBe(end.context.nodeId);
      expect(endings[end.context.nodeId]).toBeDefined();
      expect(end.context.score).toBeGreaterThanOrEqual(bounds.min);
      expect(end.context.score).toBeLessThanOrEqual(bounds.max);
      const expected = decisionsOnPath(scenario, end.context.path).reduce((sum, decision) => sum + decision.score, 0);
      expect(end.context.score).toBe(expected);
      const onPath = pathScore(scenario, end.context.path);
      expect(onPath.earned).toBe(end.context.score);
      expect(onPath.earned).toBeLessThanOrEqual(onPath.possible);
      if (onPath.harmful === 0 && onPath.earned === onPath.possible) {
        // A flawless path never ends in harm.
        expect(endings[end.context.nodeId]!.rating, end.context.nodeId).not.toBe('harmful');
      }
      reached.add(end.context.nodeId);
      actor.stop();
    }
    expect([...reached].sort()).toEqual(Object.keys(endings).sort());
  });

  test('the best route earns the maximum score and ends well; the worst earns the minimum', () => {
    expect(bounds.max).toBeGreaterThan(bounds.min);
    const paths = getSimplePaths(machine, {
      events: (snapshot) => forwardEvents(scenario, snapshot as ScenarioSnapshot),
    }).filter((path) => (path.state as ScenarioSnapshot).hasTag(ENDING_TAG));
    const best = paths.find((path) => (path.state as ScenarioSnapshot).context.score === bounds.max)!;
    expect(endings[(best.state as ScenarioSnapshot).context.nodeId]!.rating).toBe('best');
    expect(paths.some((path) => (path.state as ScenarioSnapshot).context.score === bounds.min)).toBe(true);
  });

  test('Back undoes the last decision and its score; Restart returns to the start', () => {
    const decision = firstDecision(scenario);
    const node = scenario.nodes[decision];
    if (node?.kind !== 'decision') throw new Error('unreachable');
    const actor = createActor(machine).start();
    while (actor.getSnapshot().context.nodeId !== decision) actor.send({ type: 'user.continue' });
    const choice = node.choices.find((candidate) => candidate.score > 0) ?? node.choices[0]!;
    actor.send({ type: 'user.choose', choiceId: choice.id });
    expect(actor.getSnapshot().context.score).toBe(choice.score);

    actor.send({ type: 'user.back' });
    expect(actor.getSnapshot().context.nodeId).toBe(decision);
    expect(actor.getSnapshot().value).toBe(decision);
    expect(actor.getSnapshot().context.score).toBe(0);
    expect(actor.getSnapshot().context.path.every((step) => step.choiceId === null)).toBe(true);

    actor.send({ type: 'user.choose', choiceId: choice.id });
    actor.send({ type: 'user.restart' });
    expect(actor.getSnapshot().value).toBe(scenario.start);
    expect(actor.getSnapshot().context).toEqual({ nodeId: scenario.start, path: [], score: 0 });
  });

  test('a saved path replays to the same node and score; a path that does not fit is refused', () => {
    const actor = createActor(machine).start();
    for (let steps = 0; steps < 3 && !actor.getSnapshot().hasTag(ENDING_TAG); steps++) {
      const [event] = forwardEvents(scenario, actor.getSnapshot());
      actor.send(event!);
    }
    const saved = actor.getSnapshot().context;
    const restored = createActor(machine, { snapshot: replayPath(scenario, saved.path)! }).start();
    expect(restored.getSnapshot().context).toEqual(saved);
    expect(restored.getSnapshot().value).toBe(saved.nodeId);

    expect(replayPath(scenario, [{ nodeId: 'no-such-node', choiceId: null }])).toBeNull();
    const detour =
      scenario.nodes[scenario.start]!.kind === 'narrative' ? [{ nodeId: scenario.start, choiceId: null }] : [];
    expect(
      replayPath(scenario, [...detour, { nodeId: firstDecision(scenario), choiceId: 'no-such-choice' }]),
    ).toBeNull();
  });
});

describe('createScenarioMachine', () => {
  const scenario = scenarios[0]!;

  test('calls the provided persist action after every step, with the new context', () => {
    const persist = vi.fn();
    const machine = createScenarioMachine(scenario).provide({
      actions: { persist: ({ context }) => persist(structuredClone(context)) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.continue' });
    expect(persist).toHaveBeenCalledTimes(1);
    expect(persist.mock.calls[0]![0]).toMatchObject({ path: [{ nodeId: scenario.start, choiceId: null }] });
  });

  test('ignores a choice that does not exist and Back before any decision', () => {
    const actor = createActor(createScenarioMachine(scenario)).start();
    actor.send({ type: 'user.back' });
    expect(actor.getSnapshot().value).toBe(scenario.start);
    actor.send({ type: 'user.continue' });
    const at = actor.getSnapshot().context;
    actor.send({ type: 'user.choose', choiceId: 'not-a-choice' });
    expect(actor.getSnapshot().context).toEqual(at);
  });

  test('the library refuses an invalid scenario before any machine is built, naming it', () => {
    const broken: Scenario = { ...scenario, id: 'broken', start: 'nowhere' };
    expect(findLibraryProblems([...scenarios.filter((s) => s.id !== scenario.id), broken])).toContain(
      'scenario "broken": start "nowhere" is not a node.',
    );
  });
});
