/** Scenario places (where the learner is) and finished plays (one for every ending reached). */
import { byUid, durable, hasFields, newUid, read, write, type Replayable, type StoreContext } from './context';
import {
  SCENARIO_PLAY_VERSION,
  SCENARIO_PROGRESS_VERSION,
  type EndingRating,
  type ScenarioAttemptRecord,
  type ScenarioPathStep,
  type ScenarioProgressRecord,
} from './records';

/** A finished play, as the player reports it. */
export interface FinishedScenario {
  scenarioId: string;
  scenarioVersion: number;
  endingId: string;
  rating: EndingRating;
  score: number;
  maxScore: number;
  path: ScenarioPathStep[];
}

interface Step {
  scenarioId: string;
  scenarioVersion: number;
  nodeId: string;
  path: ScenarioPathStep[];
}

const copyPath = (path: readonly ScenarioPathStep[]) => path.map(({ nodeId, choiceId }) => ({ nodeId, choiceId }));

/** A step taken: the place moves on (a replayed step, unless a newer place is already stored). */
export const scenarioStep: Replayable<Step> = {
  kind: 'scenario-step',
  valid: (data): data is Step =>
    hasFields(data, { scenarioId: 'string', scenarioVersion: 'number', nodeId: 'string', path: 'array' }),
  tables: (db) => [db.scenarioProgress],
  async apply({ db, learnerId }, step, at, mode) {
    const existing = await db.scenarioProgress.get([learnerId, step.scenarioId]);
    if (mode === 'replay' && existing && existing.updatedAt > at) return;
    const samePlay = existing?.scenarioVersion === step.scenarioVersion && step.path.length > 0;
    await db.scenarioProgress.put({
      learnerId,
      scenarioId: step.scenarioId,
      scenarioVersion: step.scenarioVersion,
      nodeId: step.nodeId,
      path: copyPath(step.path),
      startedAt: samePlay ? existing.startedAt : at,
      updatedAt: at,
      endedPlayUid: null,
      recordVersion: SCENARIO_PROGRESS_VERSION,
    });
  },
};

/** An ending reached: the play is recorded once (by its uid), and the place stays on the ending. */
export const scenarioFinish: Replayable<FinishedScenario & { uid: string }> = {
  kind: 'scenario-finish',
  valid: (data): data is FinishedScenario & { uid: string } =>
    hasFields(data, {
      uid: 'string',
      scenarioId: 'string',
      scenarioVersion: 'number',
      endingId: 'string',
      rating: 'string',
      score: 'number',
      maxScore: 'number',
      path: 'array',
    }),
  tables: (db) => [db.scenarioProgress, db.scenarioAttempts],
  async apply({ db, learnerId }, play, at, mode) {
    const place = await db.scenarioProgress.get([learnerId, play.scenarioId]);
    const startedAt = place?.scenarioVersion === play.scenarioVersion ? place.startedAt : at;
    if (!(await byUid(db.scenarioAttempts, learnerId, play.uid))) {
      await db.scenarioAttempts.add({
        uid: play.uid,
        learnerId,
        scenarioId: play.scenarioId,
        scenarioVersion: play.scenarioVersion,
        startedAt,
        endedAt: at,
        endingId: play.endingId,
        rating: play.rating,
        score: play.score,
        maxScore: play.maxScore,
        path: copyPath(play.path),
        recordVersion: SCENARIO_PLAY_VERSION,
      });
    }
    if (mode === 'replay' && place && place.updatedAt > at) return;
    await db.scenarioProgress.put({
      learnerId,
      scenarioId: play.scenarioId,
      scenarioVersion: play.scenarioVersion,
      nodeId: play.endingId,
      path: copyPath(play.path),
      startedAt,
      updatedAt: at,
      endedPlayUid: play.uid,
      recordVersion: SCENARIO_PROGRESS_VERSION,
    });
  },
};

export class ScenarioRecords {
  constructor(private readonly context: StoreContext) {}

  /** Saves where the learner is in a scenario, so a reload or a closed tab resumes on the same step. */
  saveProgress(scenarioId: string, scenarioVersion: number, nodeId: string, path: ScenarioPathStep[]): Promise<void> {
    const step = { scenarioId, scenarioVersion, nodeId, path: copyPath(path) };
    return durable(this.context, scenarioStep, step, 'save your place in the scenario');
  }

  /** The saved place in a scenario (possibly an ending), or null if none. */
  getProgress(scenarioId: string): Promise<ScenarioProgressRecord | null> {
    const { db, learnerId } = this.context;
    return read(
      this.context,
      'read your place in the scenario',
      async () => (await db.scenarioProgress.get([learnerId, scenarioId])) ?? null,
    );
  }

  /** Forgets the saved place in a scenario (for example when the scenario has changed since it was saved). */
  clearProgress(scenarioId: string): Promise<void> {
    const { db, learnerId } = this.context;
    return write(this.context, 'clear your place in the scenario', [db.scenarioProgress], () =>
      db.scenarioProgress.delete([learnerId, scenarioId]),
    );
  }

  /** Records a finished play and keeps the place on its ending. Returns the play's uid. */
  async finish(result: FinishedScenario): Promise<string> {
    const play = { ...result, path: copyPath(result.path), uid: newUid() };
    await durable(this.context, scenarioFinish, play, 'save your result');
    return play.uid;
  }

  /** Finished plays, newest first; of one scenario when `scenarioId` is given. */
  plays(scenarioId?: string): Promise<ScenarioAttemptRecord[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your results', async () => {
      const plays = scenarioId
        ? await db.scenarioAttempts.where('[learnerId+scenarioId]').equals([learnerId, scenarioId]).toArray()
        : await db.scenarioAttempts.where({ learnerId }).toArray();
      return plays.sort((a, b) => b.endedAt.localeCompare(a.endedAt));
    });
  }

  /** One of this learner's finished plays by uid, or null. */
  play(uid: string): Promise<ScenarioAttemptRecord | null> {
    const { db, learnerId } = this.context;
    return read(
      this.context,
      'read your result',
      async () => (await byUid(db.scenarioAttempts, learnerId, uid)) ?? null,
    );
  }
}
