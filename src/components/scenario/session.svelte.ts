/**
 * A learner's session in one scenario: the XState actor, resuming from storage, and what the player shows.
 * Plain rune state; the player component only renders it and sends events.
 */
import { createActor } from 'xstate';
import {
  createScenarioMachine,
  replayPath,
  pathScore,
  stepsRemaining,
  type ScenarioActor,
  type ScenarioEvent,
  type ScenarioSnapshot,
} from '../../lib/scenario';
import type { CourseStore } from '../../lib/storage';
import { seedFromString, seededRandom, shuffled } from '../../lib/random';
import type { DecisionNode, EndingNode, Scenario } from '../../schemas/scenario';
import { getStore, reportProblem } from '../client/progress-client';
import { ts } from '../../i18n/scenario';

export type SessionStatus = 'loading' | 'ready';

export class ScenarioSession {
  status = $state<SessionStatus>('loading');
  snapshot = $state<ScenarioSnapshot | null>(null);
  /** A message about resuming (changed scenario, resumed, cannot save), shown above the step. */
  notice = $state<string | null>(null);
  /** Text for the polite live region: the feedback on a choice, or the new step's title. */
  announcement = $state('');

  #actor: ScenarioActor | null = null;
  #store: CourseStore | null = null;

  constructor(readonly scenario: Scenario) {}

  /** Opens storage, restores a saved place (an ending too) if it fits this version, and starts the actor. */
  async start(pagePath: string): Promise<void> {
    let snapshot = null;
    try {
      this.#store = await getStore();
      const saved = await this.#store.scenarios.getProgress(this.scenario.id);
      if (saved) {
        const fits = saved.scenarioVersion === this.scenario.version;
        const replayed = fits ? replayPath(this.scenario, saved.path, saved.nodeId) : null;
        if (!replayed) {
          // Saved under another version of the scenario (or a path it no longer has): start afresh, and say so.
          this.notice = ts('scenario.changed');
          await this.#store.scenarios.clearProgress(this.scenario.id);
        } else if (saved.path.length > 0) {
          snapshot = replayed;
          this.notice = ts(saved.endedPlayUid ? 'scenario.resumedEnding' : 'scenario.resumed');
        }
      }
      this.#store.modules
        .recordVisit({ path: pagePath, title: this.scenario.title })
        .catch((error: unknown) => void reportProblem(error));
    } catch (error) {
      this.#store = null;
      this.notice = `${reportProblem(error)} ${ts('scenario.notSaved')}`;
    }

    const machine = createScenarioMachine(this.scenario).provide({
      actions: { persist: ({ context }) => this.#persist(context.nodeId, context.path) },
    });
    this.#actor = createActor(machine, snapshot ? { snapshot } : {});
    this.#actor.subscribe((next) => this.#onSnapshot(next));
    this.#actor.start();
    this.status = 'ready';
  }

  send(event: ScenarioEvent): void {
    if (event.type === 'user.choose') {
      const choice = this.decision?.choices.find((candidate) => candidate.id === event.choiceId);
      if (choice) this.announcement = `${ts('scenario.youChose', { label: choice.label })}. ${choice.feedback}`;
    } else this.announcement = '';
    this.notice = null;
    this.#actor?.send(event);
  }

  stop(): void {
    this.#actor?.stop();
  }

  get node() {
    return this.snapshot ? this.scenario.nodes[this.snapshot.context.nodeId] : undefined;
  }

  get decision(): DecisionNode | undefined {
    const node = this.node;
    return node?.kind === 'decision' ? node : undefined;
  }

  get ending(): EndingNode | undefined {
    const node = this.node;
    return node?.kind === 'ending' ? node : undefined;
  }

  /** The feedback of the decision that led here, if the last step was a decision. */
  get lastFeedback() {
    const last = this.snapshot?.context.path.at(-1);
    if (!last?.choiceId) return null;
    const node = this.scenario.nodes[last.nodeId];
    if (node?.kind !== 'decision') return null;
    return node.choices.find((choice) => choice.id === last.choiceId) ?? null;
  }

  /** Points on the path so far, the most its decisions allowed, and how many choices were rated harmful. */
  get score() {
    return pathScore(this.scenario, this.snapshot?.context.path ?? []);
  }

  /** The choices of a decision in a stable shuffled order, so the best one is not always first. */
  choicesOf(node: DecisionNode, nodeId: string) {
    return shuffled(node.choices, seededRandom(seedFromString(`${this.scenario.id}/${nodeId}`)));
  }

  get canGoBack(): boolean {
    return !!this.snapshot?.context.path.some((step) => step.choiceId !== null);
  }

  /** 1-based step number and the most steps this path can still have, for "Step 3 of up to 7". */
  get progress(): { step: number; total: number } {
    if (!this.snapshot) return { step: 1, total: 1 };
    const step = this.snapshot.context.path.length + 1;
    return { step, total: step - 1 + stepsRemaining(this.scenario, this.snapshot.context.nodeId) };
  }

  #onSnapshot(next: ScenarioSnapshot): void {
    const previous = this.snapshot;
    this.snapshot = next;
    const node = this.scenario.nodes[next.context.nodeId];
    if (!this.announcement && previous && node) this.announcement = node.title;
  }

  /**
   * Saves each step the learner takes. Reaching an ending records one finished play, every time: after Restart,
   * after Back, in any order. (Restoring a saved place after a reload is not a step, so it records nothing.)
   */
  #persist(nodeId: string, path: ScenarioSnapshot['context']['path']): void {
    const store = this.#store;
    if (!store) return;
    const node = this.scenario.nodes[nodeId];
    const saved =
      node?.kind === 'ending'
        ? store.scenarios.finish({
            scenarioId: this.scenario.id,
            scenarioVersion: this.scenario.version,
            endingId: nodeId,
            rating: node.rating,
            score: pathScore(this.scenario, path).earned,
            maxScore: pathScore(this.scenario, path).possible,
            path: [...path],
          })
        : store.scenarios.saveProgress(this.scenario.id, this.scenario.version, nodeId, [...path]);
    saved.catch((error: unknown) => (this.notice = reportProblem(error)));
  }
}
