/**
 * Learner progress on this device. The only code in the course that touches IndexedDB: components call these
 * functions and never Dexie directly.
 */
import { liveQuery, type DexieOptions, type Observable } from 'dexie';
import { CourseDatabase, DATABASE_NAME, visitKindOf } from './database';
import {
  ASSESSMENT_RECORD_VERSION,
  COMPLETION_RECORD_VERSION,
  LAST_VISIT_VERSION,
  RECORD_VERSION,
  SCENARIO_RECORD_VERSION,
  type ActivityKind,
  type AssessmentAttemptRecord,
  type AssessmentItemRecord,
  type AttestationRecord,
  type CertificatePdfRecord,
  type CertificateRecord,
  type EvaluationRecord,
  type EndingRating,
  type KnowledgeCheckRecord,
  type LastVisitRecord,
  type LearnerRecord,
  type ModuleProgressRecord,
  type ScenarioAttemptRecord,
  type ScenarioPathStep,
  type ScenarioProgressRecord,
} from './records';

export type * from './records';
export { CourseDatabase, DATABASE_NAME } from './database';

/** Raised when the browser cannot keep data: IndexedDB missing, blocked, full, or refused in private browsing. */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/** One module's status for a learner. */
export interface ModuleStatus {
  startedAt: string;
  lastVisitedAt: string;
  completedAt: string | null;
}

/** One scenario's status for a learner. */
export interface ScenarioStatus {
  /** A play has started and not reached an ending. */
  inProgress: boolean;
  /** How many times an ending was reached. */
  finished: number;
  /** The best rating reached so far, or null if never finished. */
  bestRating: EndingRating | null;
  /** ISO 8601 time of the latest finish, or null. */
  lastEndedAt: string | null;
}

/** Everything a progress view needs, read in one consistent transaction. */
export interface ProgressSnapshot {
  learnerId: string;
  /** Status by module ID; a module never opened is absent. */
  modules: Record<string, ModuleStatus>;
  /** Status by scenario ID; a scenario never started is absent. */
  scenarios: Record<string, ScenarioStatus>;
  /** The final assessment. */
  assessment: AssessmentStatus;
  /** Knowledge-check items answered, by module ID. */
  knowledgeChecks: Record<string, { answered: number; earned: number }>;
  lastVisit: LastVisitRecord | null;
  /** Active milliseconds, in all and by kind of page. */
  activeTime: ActiveTimeTotals;
  /** The course evaluation, or null if never started. */
  evaluation: { status: EvaluationRecord['status']; updatedAt: string; submittedAt: string | null } | null;
  /** The attestation, or null if not given. */
  attestation: { attestedAt: string; activeMinutes: number } | null;
  /** Certificates generated, newest first (without their PDF bytes). */
  certificates: CertificateSummary[];
}

/** Active milliseconds in all and by kind of page. */
export type ActiveTimeTotals = Record<ActivityKind | 'total', number>;

/** What a list of certificates shows. */
export type CertificateSummary = Pick<
  CertificateRecord,
  'id' | 'issuedAt' | 'learnerName' | 'paper' | 'fileName' | 'verificationCode'
>;

/** A certificate to keep: its record and its PDF. */
export type NewCertificate = Omit<CertificateRecord, 'learnerId' | 'recordVersion'> &
  Pick<CertificatePdfRecord, 'pdf' | 'completionJson'>;

/** The learner's final-assessment record so far. */
export interface AssessmentStatus {
  /** An attempt has been started and not submitted. */
  inProgress: boolean;
  /** Submitted attempts. */
  submitted: number;
  /** Best percentage over submitted attempts, or null. */
  bestPercent: number | null;
  /** Whether any submitted attempt passed. */
  passed: boolean;
}

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

const RATING_ORDER: Record<EndingRating, number> = { harmful: 0, acceptable: 1, best: 2 };

/** A page the learner visited. */
export interface Visit {
  path: string;
  title: string;
  /** The module the page belongs to, if it is a module page. */
  moduleId?: string;
}

export interface OpenOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Dexie options, e.g. a fake IndexedDB in unit tests. */
  dexie?: DexieOptions;
  /** Clock, for tests. */
  now?: () => Date;
}

async function guard<T>(action: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(`Could not ${action} in this browser's storage.`, { cause: error });
  }
}

/** Progress for the active learner on this device. Obtain one with {@link openCourseStore}. */
export class CourseStore {
  constructor(
    private readonly db: CourseDatabase,
    /** The learner whose records this store reads and writes. */
    readonly learnerId: string,
    private readonly now: () => Date,
  ) {}

  /** Remembers a visit: the "continue" place and, for a module page, when the module was started and last seen. */
  recordVisit(visit: Visit): Promise<void> {
    return guard('save your place', () =>
      this.db.transaction('rw', this.db.lastVisits, this.db.moduleProgress, async () => {
        const at = this.now().toISOString();
        await this.db.lastVisits.put({
          learnerId: this.learnerId,
          path: visit.path,
          title: visit.title,
          kind: visitKindOf(visit.path),
          visitedAt: at,
          recordVersion: LAST_VISIT_VERSION,
        });
        if (visit.moduleId) {
          const existing = await this.db.moduleProgress.get([this.learnerId, visit.moduleId]);
          await this.db.moduleProgress.put(
            existing
              ? { ...existing, lastVisitedAt: at }
              : {
                  learnerId: this.learnerId,
                  moduleId: visit.moduleId,
                  startedAt: at,
                  lastVisitedAt: at,
                  completedAt: null,
                  recordVersion: RECORD_VERSION,
                },
          );
        }
      }),
    );
  }

  /** Marks a module finished (or, with `false`, not finished). Finishing again keeps the first completion time. */
  setModuleCompleted(moduleId: string, completed: boolean): Promise<void> {
    return guard('save your progress', () =>
      this.db.transaction('rw', this.db.moduleProgress, async () => {
        const at = this.now().toISOString();
        const existing = await this.db.moduleProgress.get([this.learnerId, moduleId]);
        const base: ModuleProgressRecord = existing ?? {
          learnerId: this.learnerId,
          moduleId,
          startedAt: at,
          lastVisitedAt: at,
          completedAt: null,
          recordVersion: RECORD_VERSION,
        };
        const completedAt = completed ? (base.completedAt ?? at) : null;
        await this.db.moduleProgress.put({ ...base, completedAt });
      }),
    );
  }

  /** Saves where the learner is in a scenario, so a reload or a closed tab resumes on the same step. */
  saveScenarioProgress(
    scenarioId: string,
    scenarioVersion: number,
    nodeId: string,
    path: ScenarioPathStep[],
  ): Promise<void> {
    return guard('save your place in the scenario', () =>
      this.db.transaction('rw', this.db.scenarioProgress, async () => {
        const at = this.now().toISOString();
        const existing = await this.db.scenarioProgress.get([this.learnerId, scenarioId]);
        const sameAttempt = existing && existing.scenarioVersion === scenarioVersion && path.length > 0;
        await this.db.scenarioProgress.put({
          learnerId: this.learnerId,
          scenarioId,
          scenarioVersion,
          nodeId,
          path: path.map(({ nodeId: step, choiceId }) => ({ nodeId: step, choiceId })),
          startedAt: sameAttempt ? existing.startedAt : at,
          updatedAt: at,
          recordVersion: SCENARIO_RECORD_VERSION,
        });
      }),
    );
  }

  /** The saved place in a scenario, or null if none. */
  getScenarioProgress(scenarioId: string): Promise<ScenarioProgressRecord | null> {
    return guard(
      'read your place in the scenario',
      async () => (await this.db.scenarioProgress.get([this.learnerId, scenarioId])) ?? null,
    );
  }

  /** Forgets the saved place in a scenario (for example when the scenario has changed since it was saved). */
  clearScenarioProgress(scenarioId: string): Promise<void> {
    return guard('clear your place in the scenario', () =>
      this.db.scenarioProgress.delete([this.learnerId, scenarioId]),
    );
  }

  /** Records a finished play and clears the in-progress place. Returns the attempt's ID. */
  finishScenario(result: FinishedScenario): Promise<number> {
    return guard('save your result', () =>
      this.db.transaction('rw', this.db.scenarioProgress, this.db.scenarioAttempts, async () => {
        const at = this.now().toISOString();
        const progress = await this.db.scenarioProgress.get([this.learnerId, result.scenarioId]);
        const id = await this.db.scenarioAttempts.add({
          learnerId: this.learnerId,
          scenarioId: result.scenarioId,
          scenarioVersion: result.scenarioVersion,
          startedAt: progress?.startedAt ?? at,
          endedAt: at,
          endingId: result.endingId,
          rating: result.rating,
          score: result.score,
          maxScore: result.maxScore,
          path: result.path.map(({ nodeId, choiceId }) => ({ nodeId, choiceId })),
          recordVersion: SCENARIO_RECORD_VERSION,
        });
        await this.db.scenarioProgress.delete([this.learnerId, result.scenarioId]);
        return id as number;
      }),
    );
  }

  /** Finished plays, newest first; of one scenario when `scenarioId` is given. */
  getScenarioAttempts(scenarioId?: string): Promise<ScenarioAttemptRecord[]> {
    return guard('read your results', async () => {
      const attempts = scenarioId
        ? await this.db.scenarioAttempts.where('[learnerId+scenarioId]').equals([this.learnerId, scenarioId]).toArray()
        : await this.db.scenarioAttempts.where('learnerId').equals(this.learnerId).toArray();
      return attempts.sort((a, b) => b.endedAt.localeCompare(a.endedAt));
    });
  }

  /**
   * The attempt in progress, or a new one drawn by `draw` if there is none. Resuming returns the same draw and
   * answers; `draw` is called only when a new attempt starts.
   */
  startOrResumeAssessment(
    draw: () => { seed: number; items: AssessmentItemRecord[] },
    passMark: number,
  ): Promise<AssessmentAttemptRecord> {
    const { db } = this;
    return guard('start the assessment', () =>
      db.transaction('rw', db.assessmentAttempts, async () => {
        const open = await db.assessmentAttempts
          .where('[learnerId+status]')
          .equals([this.learnerId, 'in-progress'])
          .first();
        if (open) return open;
        const { seed, items } = draw();
        const attempt: AssessmentAttemptRecord = {
          learnerId: this.learnerId,
          status: 'in-progress',
          seed,
          items: items.map(({ itemId, order }) => ({ itemId, order: [...order] })),
          answers: {},
          passMark,
          startedAt: this.now().toISOString(),
          submittedAt: null,
          result: null,
          recordVersion: ASSESSMENT_RECORD_VERSION,
        };
        attempt.id = (await db.assessmentAttempts.add(attempt)) as number;
        return attempt;
      }),
    );
  }

  /** The attempt in progress, or null. */
  getAssessmentInProgress(): Promise<AssessmentAttemptRecord | null> {
    return guard(
      'read your assessment',
      async () =>
        (await this.db.assessmentAttempts
          .where('[learnerId+status]')
          .equals([this.learnerId, 'in-progress'])
          .first()) ?? null,
    );
  }

  /** Saves one answer of an attempt in progress. */
  saveAssessmentAnswer(attemptId: number, itemId: string, answer: readonly string[]): Promise<void> {
    return guard('save your answer', () =>
      this.db.transaction('rw', this.db.assessmentAttempts, async () => {
        const attempt = await this.db.assessmentAttempts.get(attemptId);
        if (!attempt || attempt.learnerId !== this.learnerId || attempt.status !== 'in-progress') {
          throw new Error('That assessment attempt is no longer open.');
        }
        await this.db.assessmentAttempts.put({ ...attempt, answers: { ...attempt.answers, [itemId]: [...answer] } });
      }),
    );
  }

  /** Submits an attempt with its result; it can no longer change. */
  submitAssessment(attemptId: number, result: NonNullable<AssessmentAttemptRecord['result']>): Promise<void> {
    return guard('submit your assessment', () =>
      this.db.transaction('rw', this.db.assessmentAttempts, async () => {
        const attempt = await this.db.assessmentAttempts.get(attemptId);
        if (!attempt || attempt.learnerId !== this.learnerId || attempt.status !== 'in-progress') {
          throw new Error('That assessment attempt is no longer open.');
        }
        await this.db.assessmentAttempts.update(attemptId, {
          status: 'submitted',
          submittedAt: this.now().toISOString(),
          result: structuredClone(result),
        });
      }),
    );
  }

  /** Submitted attempts, newest first. */
  getAssessmentAttempts(): Promise<AssessmentAttemptRecord[]> {
    return guard('read your assessment history', async () => {
      const attempts = await this.db.assessmentAttempts
        .where('[learnerId+status]')
        .equals([this.learnerId, 'submitted'])
        .toArray();
      return attempts.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
    });
  }

  /** Records the latest answer to a knowledge-check item. */
  recordKnowledgeCheck(moduleId: string, itemId: string, answer: readonly string[], score: number): Promise<void> {
    return guard('save your answer', async () => {
      await this.db.knowledgeChecks.put({
        learnerId: this.learnerId,
        moduleId,
        itemId,
        answer: [...answer],
        score,
        answeredAt: this.now().toISOString(),
        recordVersion: ASSESSMENT_RECORD_VERSION,
      });
    });
  }

  /** Knowledge-check answers of one module. */
  getKnowledgeChecks(moduleId: string): Promise<KnowledgeCheckRecord[]> {
    return guard('read your answers', () =>
      this.db.knowledgeChecks.where('[learnerId+moduleId]').equals([this.learnerId, moduleId]).toArray(),
    );
  }

  /**
   * Adds active time on a page. Called in small batches by the page's activity meter; negative or non-finite
   * amounts are ignored.
   */
  addActiveTime(path: string, kind: ActivityKind, milliseconds: number): Promise<void> {
    if (!Number.isFinite(milliseconds) || milliseconds <= 0) return Promise.resolve();
    return guard('save your active time', () =>
      this.db.transaction('rw', this.db.activeTime, async () => {
        const existing = await this.db.activeTime.get([this.learnerId, path]);
        await this.db.activeTime.put({
          learnerId: this.learnerId,
          path,
          kind,
          milliseconds: Math.round((existing?.milliseconds ?? 0) + milliseconds),
          updatedAt: this.now().toISOString(),
          recordVersion: COMPLETION_RECORD_VERSION,
        });
      }),
    );
  }

  /** The evaluation as last saved, or null. */
  getEvaluation(): Promise<EvaluationRecord | null> {
    return guard('read your evaluation', async () => (await this.db.evaluations.get(this.learnerId)) ?? null);
  }

  /**
   * Saves the evaluation's answers. `submit` records them as submitted; a later draft save (the learner changing an
   * answer) keeps the last submission, which still counts, until the learner submits again.
   */
  saveEvaluation(answers: Record<string, string>, submit: boolean): Promise<EvaluationRecord> {
    return guard(submit ? 'submit your evaluation' : 'save your evaluation', () =>
      this.db.transaction('rw', this.db.evaluations, async () => {
        const at = this.now().toISOString();
        const existing = await this.db.evaluations.get(this.learnerId);
        const record: EvaluationRecord = {
          learnerId: this.learnerId,
          answers: { ...answers },
          submittedAnswers: submit ? { ...answers } : (existing?.submittedAnswers ?? null),
          status: submit ? 'submitted' : 'draft',
          updatedAt: at,
          submittedAt: submit ? at : (existing?.submittedAt ?? null),
          recordVersion: COMPLETION_RECORD_VERSION,
        };
        await this.db.evaluations.put(record);
        return record;
      }),
    );
  }

  /** Records the attestation (or, with null, withdraws it). */
  setAttestation(attestation: { statement: string; activeMinutes: number } | null): Promise<void> {
    return guard('save your attestation', async () => {
      if (!attestation) {
        await this.db.attestations.delete(this.learnerId);
        return;
      }
      await this.db.attestations.put({
        learnerId: this.learnerId,
        statement: attestation.statement,
        attestedAt: this.now().toISOString(),
        activeMinutes: attestation.activeMinutes,
        recordVersion: COMPLETION_RECORD_VERSION,
      });
    });
  }

  /** The attestation, or null if not given. */
  getAttestation(): Promise<AttestationRecord | null> {
    return guard('read your attestation', async () => (await this.db.attestations.get(this.learnerId)) ?? null);
  }

  /** The learner's profile. */
  getLearner(): Promise<LearnerRecord> {
    return guard('read your profile', async () => {
      const learner = await this.db.learners.get(this.learnerId);
      if (!learner) throw new StorageUnavailableError('Your learner profile is missing from this browser.');
      return learner;
    });
  }

  /** Remembers the name the learner gave for certificates. */
  setDisplayName(displayName: string): Promise<void> {
    return guard('save your name', async () => {
      await this.db.learners.update(this.learnerId, { displayName });
    });
  }

  /** Keeps a generated certificate and its PDF. */
  saveCertificate(certificate: NewCertificate): Promise<void> {
    const { pdf, completionJson, ...record } = certificate;
    return guard('keep your certificate', () =>
      this.db.transaction('rw', this.db.certificates, this.db.certificatePdfs, async () => {
        await this.db.certificates.add({
          ...record,
          learnerId: this.learnerId,
          recordVersion: COMPLETION_RECORD_VERSION,
        });
        await this.db.certificatePdfs.add({
          id: record.id,
          learnerId: this.learnerId,
          pdf,
          completionJson,
          recordVersion: COMPLETION_RECORD_VERSION,
        });
      }),
    );
  }

  /** A kept certificate with its PDF, or null if there is none with that ID for this learner. */
  getCertificate(
    id: string,
  ): Promise<(CertificateRecord & Pick<CertificatePdfRecord, 'pdf' | 'completionJson'>) | null> {
    return guard('read your certificate', () =>
      this.db.transaction('r', this.db.certificates, this.db.certificatePdfs, async () => {
        const record = await this.db.certificates.get(id);
        const file = await this.db.certificatePdfs.get(id);
        if (!record || !file || record.learnerId !== this.learnerId) return null;
        return { ...record, pdf: file.pdf, completionJson: file.completionJson };
      }),
    );
  }

  /** Reads the learner's progress once. */
  getProgress(): Promise<ProgressSnapshot> {
    const { db } = this;
    const tables = [
      db.moduleProgress,
      db.lastVisits,
      db.scenarioProgress,
      db.scenarioAttempts,
      db.assessmentAttempts,
      db.knowledgeChecks,
      db.activeTime,
      db.evaluations,
      db.attestations,
      db.certificates,
    ];
    return guard('read your progress', () =>
      db.transaction('r', tables, async () => {
        const records = await db.moduleProgress.where('learnerId').equals(this.learnerId).toArray();
        const modules: Record<string, ModuleStatus> = {};
        for (const { moduleId, startedAt, lastVisitedAt, completedAt } of records) {
          modules[moduleId] = { startedAt, lastVisitedAt, completedAt };
        }
        const scenarios: Record<string, ScenarioStatus> = {};
        const statusOf = (id: string) =>
          (scenarios[id] ??= { inProgress: false, finished: 0, bestRating: null, lastEndedAt: null });
        for (const progress of await db.scenarioProgress.where('learnerId').equals(this.learnerId).toArray()) {
          statusOf(progress.scenarioId).inProgress = true;
        }
        for (const attempt of await db.scenarioAttempts.where('learnerId').equals(this.learnerId).toArray()) {
          const status = statusOf(attempt.scenarioId);
          status.finished += 1;
          if (!status.bestRating || RATING_ORDER[attempt.rating] > RATING_ORDER[status.bestRating]) {
            status.bestRating = attempt.rating;
          }
          if (!status.lastEndedAt || attempt.endedAt > status.lastEndedAt) status.lastEndedAt = attempt.endedAt;
        }
        const attempts = await db.assessmentAttempts.where('learnerId').equals(this.learnerId).toArray();
        const submitted = attempts.filter((attempt) => attempt.status === 'submitted' && attempt.result);
        const assessment: AssessmentStatus = {
          inProgress: attempts.some((attempt) => attempt.status === 'in-progress'),
          submitted: submitted.length,
          bestPercent: submitted.length ? Math.max(...submitted.map((attempt) => attempt.result!.percent)) : null,
          passed: submitted.some((attempt) => attempt.result!.passed),
        };
        const knowledgeChecks: ProgressSnapshot['knowledgeChecks'] = {};
        for (const check of await db.knowledgeChecks.where('learnerId').equals(this.learnerId).toArray()) {
          const entry = (knowledgeChecks[check.moduleId] ??= { answered: 0, earned: 0 });
          entry.answered += 1;
          entry.earned += check.score;
        }
        const lastVisit = (await db.lastVisits.get(this.learnerId)) ?? null;
        const activeTime: ActiveTimeTotals = { total: 0, module: 0, scenario: 0, assessment: 0 };
        for (const { kind, milliseconds } of await db.activeTime.where('learnerId').equals(this.learnerId).toArray()) {
          activeTime[kind] += milliseconds;
          activeTime.total += milliseconds;
        }
        const evaluationRecord = await db.evaluations.get(this.learnerId);
        const evaluation = evaluationRecord
          ? {
              status: evaluationRecord.status,
              updatedAt: evaluationRecord.updatedAt,
              submittedAt: evaluationRecord.submittedAt,
            }
          : null;
        const attestationRecord = await db.attestations.get(this.learnerId);
        const attestation = attestationRecord
          ? { attestedAt: attestationRecord.attestedAt, activeMinutes: attestationRecord.activeMinutes }
          : null;
        const certificates = (await db.certificates.where('learnerId').equals(this.learnerId).toArray())
          .sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))
          .map(({ id, issuedAt, learnerName, paper, fileName, verificationCode }) => ({
            id,
            issuedAt,
            learnerName,
            paper,
            fileName,
            verificationCode,
          }));
        return {
          learnerId: this.learnerId,
          modules,
          scenarios,
          assessment,
          knowledgeChecks,
          lastVisit,
          activeTime,
          evaluation,
          attestation,
          certificates,
        };
      }),
    );
  }

  /**
   * The learner's progress as a live observable: it emits now and again after every change, including changes
   * made in another tab. It follows the Svelte store contract, so `$store` works on it.
   */
  observeProgress(): Observable<ProgressSnapshot> {
    return liveQuery(() => this.getProgress());
  }

  /** Closes the database connection. */
  close(): void {
    this.db.close();
  }
}

/**
 * Opens the course database and the active learner's store, making a learner profile on first use.
 * Rejects with {@link StorageUnavailableError} when the browser cannot store data.
 */
export async function openCourseStore(options: OpenOptions = {}): Promise<CourseStore> {
  const now = options.now ?? (() => new Date());
  return guard('open the course database', async () => {
    const db = new CourseDatabase(options.name ?? DATABASE_NAME, options.dexie);
    await db.open();
    // One transaction, so two tabs opening at once agree on a single learner.
    const learnerId = await db.transaction('rw', db.settings, db.learners, async () => {
      const setting = await db.settings.get('activeLearnerId');
      if (setting && (await db.learners.get(setting.value))) return setting.value;
      const learner: LearnerRecord = {
        id: crypto.randomUUID(),
        displayName: '',
        createdAt: now().toISOString(),
        recordVersion: RECORD_VERSION,
      };
      await db.learners.add(learner);
      await db.settings.put({ key: 'activeLearnerId', value: learner.id });
      return learner.id;
    });
    return new CourseStore(db, learnerId, now);
  });
}
