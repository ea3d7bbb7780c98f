/** The learner's progress in one consistent read, and as a live observable. */
import { liveQuery, type Observable } from 'dexie';
import { gainReference } from '../assessment/pretest';
import { read, type StoreContext } from './context';
import type {
  ActivityKind,
  AssignmentRecord,
  CertificateRecord,
  EndingRating,
  EvaluationRecord,
  LastVisitRecord,
  ThemeScoreRecord,
} from './records';

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

/** The optional pre-test, once started: its result, and the final attempt its gain is measured against. */
export interface PretestStatus {
  /** ISO 8601 time it was submitted, or null while it is in progress. */
  submittedAt: string | null;
  /** The submitted pre-test's percentage and points by theme; null while it is in progress. */
  result: { percent: number; byTheme: ThemeScoreRecord[] } | null;
  /**
   * The final attempt the gain is measured against: the best passing one, or the best one if none passed; null
   * before a final attempt is submitted.
   */
  final: { percent: number; passed: boolean; byTheme: ThemeScoreRecord[] } | null;
}

/** Active milliseconds in all and by kind of page. */
export type ActiveTimeTotals = Record<ActivityKind | 'total', number>;

/** What a list of certificates shows. */
export type CertificateSummary = Pick<
  CertificateRecord,
  'id' | 'issuedAt' | 'learnerName' | 'paper' | 'fileName' | 'verificationCode'
>;

/** Everything a progress view needs, read in one consistent transaction. */
export interface ProgressSnapshot {
  learnerId: string;
  /** The learner's profile name, or '' for a guest. */
  learnerName: string;
  /** False once the profile was deleted (in another tab): nothing more can be saved for it. */
  learnerExists: boolean;
  /** The profile active on the device now: another tab may have switched away from `learnerId`. */
  activeLearnerId: string | null;
  /** Status by module ID; a module never opened is absent. */
  modules: Record<string, ModuleStatus>;
  /** Status by scenario ID; a scenario never started is absent. */
  scenarios: Record<string, ScenarioStatus>;
  assessment: AssessmentStatus;
  /** The optional pre-test, or null if it was never started. */
  pretest: PretestStatus | null;
  /** Knowledge-check items answered, by module ID. */
  knowledgeChecks: Record<string, { answered: number; earned: number }>;
  lastVisit: LastVisitRecord | null;
  activeTime: ActiveTimeTotals;
  /** The course evaluation, or null if never started. */
  evaluation: { status: EvaluationRecord['status']; updatedAt: string; submittedAt: string | null } | null;
  /** The attestation, or null if not given. */
  attestation: { attestedAt: string; activeMinutes: number } | null;
  /** Certificates generated, newest first (without their PDF bytes). */
  certificates: CertificateSummary[];
  /** Assignments from program directors' links, soonest due first. */
  assignments: Pick<AssignmentRecord, 'id' | 'program' | 'cohort' | 'modules' | 'scenarios' | 'due'>[];
}

const RATING_ORDER: Record<EndingRating, number> = { harmful: 0, acceptable: 1, best: 2 };

/** Reads the learner's progress once. */
export function readProgress(context: StoreContext): Promise<ProgressSnapshot> {
  const { db, learnerId } = context;
  const tables = [
    db.learners,
    db.settings,
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
    db.assignments,
    db.pretests,
  ];
  const mine = { learnerId };
  return read(context, 'read your progress', () =>
    db.transaction('r', tables, async () => {
      const modules: Record<string, ModuleStatus> = {};
      for (const { moduleId, startedAt, lastVisitedAt, completedAt } of await db.moduleProgress.where(mine).toArray()) {
        modules[moduleId] = { startedAt, lastVisitedAt, completedAt };
      }
      const scenarios: Record<string, ScenarioStatus> = {};
      const statusOf = (id: string) =>
        (scenarios[id] ??= { inProgress: false, finished: 0, bestRating: null, lastEndedAt: null });
      for (const place of await db.scenarioProgress.where(mine).toArray()) {
        statusOf(place.scenarioId).inProgress ||= place.endedPlayUid === null;
      }
      for (const play of await db.scenarioAttempts.where(mine).toArray()) {
        const status = statusOf(play.scenarioId);
        status.finished += 1;
        if (!status.bestRating || RATING_ORDER[play.rating] > RATING_ORDER[status.bestRating]) {
          status.bestRating = play.rating;
        }
        if (!status.lastEndedAt || play.endedAt > status.lastEndedAt) status.lastEndedAt = play.endedAt;
      }
      const attempts = await db.assessmentAttempts.where(mine).toArray();
      const submitted = attempts.flatMap((attempt) => (attempt.status === 'submitted' && attempt.result) || []);
      const knowledgeChecks: ProgressSnapshot['knowledgeChecks'] = {};
      for (const check of await db.knowledgeChecks.where(mine).toArray()) {
        const entry = (knowledgeChecks[check.moduleId] ??= { answered: 0, earned: 0 });
        entry.answered += 1;
        entry.earned += check.score;
      }
      const activeTime: ActiveTimeTotals = { total: 0, module: 0, scenario: 0, assessment: 0 };
      for (const { kind, milliseconds } of await db.activeTime.where(mine).toArray()) {
        activeTime[kind] += milliseconds;
        activeTime.total += milliseconds;
      }
      const learner = await db.learners.get(learnerId);
      const evaluation = await db.evaluations.get(learnerId);
      const attestation = await db.attestations.get(learnerId);
      const pretest = await db.pretests.get(learnerId);
      const final = gainReference(submitted);
      const certificates = (await db.certificates.where(mine).toArray())
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
        learnerId,
        learnerName: learner?.displayName ?? '',
        learnerExists: learner !== undefined,
        activeLearnerId: (await db.settings.get('activeLearnerId'))?.value ?? null,
        modules,
        scenarios,
        assessment: {
          inProgress: attempts.some((attempt) => attempt.status === 'in-progress'),
          submitted: submitted.length,
          bestPercent: submitted.length ? Math.max(...submitted.map((result) => result.percent)) : null,
          passed: submitted.some((result) => result.passed),
        },
        pretest: pretest
          ? {
              submittedAt: pretest.submittedAt,
              result: pretest.result ? { percent: pretest.result.percent, byTheme: pretest.result.byTheme } : null,
              final: final ? { percent: final.percent, passed: final.passed, byTheme: final.byTheme } : null,
            }
          : null,
        knowledgeChecks,
        lastVisit: (await db.lastVisits.get(learnerId)) ?? null,
        activeTime,
        evaluation: evaluation
          ? { status: evaluation.status, updatedAt: evaluation.updatedAt, submittedAt: evaluation.submittedAt }
          : null,
        attestation: attestation
          ? { attestedAt: attestation.attestedAt, activeMinutes: attestation.activeMinutes }
          : null,
        certificates,
        assignments: (await db.assignments.where(mine).toArray())
          .sort((a, b) => a.due.localeCompare(b.due))
          .map(({ id, program, cohort, modules, scenarios, due }) => ({
            id,
            program,
            cohort,
            modules,
            scenarios,
            due,
          })),
      };
    }),
  );
}

/**
 * The learner's progress as a live observable: it emits now and again after every change, including changes
 * made in another tab. It follows the Svelte store contract, so `$store` works on it.
 */
export function observeProgress(context: StoreContext): Observable<ProgressSnapshot> {
  return liveQuery(() => readProgress(context));
}
