/**
 * Shapes of everything the course keeps on the learner's device. Every record carries `recordVersion`: bump a
 * shape's version only together with a new database version whose `upgrade()` rewrites old records (see
 * database.ts), and a test that opens a database made before it.
 */

/** Learner profiles (unchanged since database version 1). */
export const LEARNER_VERSION = 1;
/** Device settings: 1 since database version 5, which gave settings a version. */
export const SETTING_VERSION = 1;
/** Module progress: 2 added `updatedAt` (database version 5). */
export const MODULE_PROGRESS_VERSION = 2;
/** Last visits: 2 added `kind` (database version 2). */
export const LAST_VISIT_VERSION = 2;
/** Scenario places: 2 added `endedPlayUid` (database version 5). */
export const SCENARIO_PROGRESS_VERSION = 2;
/** Finished scenario plays: 2 added `uid` (database version 5). */
export const SCENARIO_PLAY_VERSION = 2;
/** Final-assessment attempts: 2 added `uid` and `answeredAt` (database version 5). */
export const ASSESSMENT_ATTEMPT_VERSION = 2;
/** Knowledge-check answers (added in database version 3). */
export const KNOWLEDGE_CHECK_VERSION = 1;
/** Active time, evaluation, attestation and certificates (added in database version 4). */
export const COMPLETION_VERSION = 1;
/** Assignments from program directors' links (added in database version 5). */
export const ASSIGNMENT_VERSION = 1;
/** The optional pre-test (added in database version 5). */
export const PRETEST_VERSION = 1;

/** The longest profile name, in characters. */
export const PROFILE_NAME_LIMIT = 60;

/** Someone learning on this device. Every other record belongs to one learner. */
export interface LearnerRecord {
  /** Random UUID made on this device. */
  id: string;
  /** The profile's name as the learner gave it, or an empty string (shown as "Guest"). */
  displayName: string;
  /** ISO 8601 time the profile was made. */
  createdAt: string;
  recordVersion: typeof LEARNER_VERSION;
}

/** A device-wide setting: which learner is active, and when the browser was asked to keep the data. */
export type SettingRecord =
  | { key: 'activeLearnerId'; value: string; recordVersion: typeof SETTING_VERSION }
  | { key: 'persistenceAskedAt'; value: string; recordVersion: typeof SETTING_VERSION };

/** A learner's progress through one module; present once the module has been opened. */
export interface ModuleProgressRecord {
  learnerId: string;
  /** Module ID (the module file name without `.mdx`, e.g. `spine-care`). */
  moduleId: string;
  /** ISO 8601 time of the first visit. */
  startedAt: string;
  /** ISO 8601 time of the latest visit. */
  lastVisitedAt: string;
  /** ISO 8601 time the learner said they had finished it, or null if not finished. */
  completedAt: string | null;
  /**
   * ISO 8601 time the finished state was last set (finished or not finished); until then, the time the record was
   * made (equal to `startedAt`). In a merge, the state set last wins.
   */
  updatedAt: string;
  recordVersion: typeof MODULE_PROGRESS_VERSION;
}

/** What kind of page a visit was to. */
export type VisitKind = 'module' | 'scenario' | 'page';

/** The last course page a learner visited, for "Continue where you left off". One per learner. */
export interface LastVisitRecord {
  learnerId: string;
  /** Site path such as `/modules/spine-care/`. */
  path: string;
  /** Title of that page as shown to the learner. */
  title: string;
  /** What the page is, so Continue can say "Continue the scenario". */
  kind: VisitKind;
  /** ISO 8601 time of the visit. */
  visitedAt: string;
  recordVersion: typeof LAST_VISIT_VERSION;
}

/** One node left on a scenario path, and the choice made there (null for a narrative). */
export interface ScenarioPathStep {
  nodeId: string;
  choiceId: string | null;
}

/**
 * Where the learner is in a scenario, so a reload lands on the same step. At an ending it stays, pointing at the
 * recorded play, until the learner plays again.
 */
export interface ScenarioProgressRecord {
  learnerId: string;
  scenarioId: string;
  /** The scenario's `version` when the path was saved: a path from another version is not replayed. */
  scenarioVersion: number;
  /** The node the learner is on. */
  nodeId: string;
  /** Nodes left so far, with the choices made. */
  path: ScenarioPathStep[];
  /** ISO 8601 time the play started. */
  startedAt: string;
  /** ISO 8601 time of the latest step. */
  updatedAt: string;
  /** At an ending: the `uid` of the play recorded for it. Null while the play goes on. */
  endedPlayUid: string | null;
  recordVersion: typeof SCENARIO_PROGRESS_VERSION;
}

/** How a scenario ending is rated. */
export type EndingRating = 'best' | 'acceptable' | 'harmful';

/** A finished play of a scenario: one for every ending reached. */
export interface ScenarioAttemptRecord {
  /** Auto-incremented key on this device. */
  id?: number;
  /** Random UUID: the play's identity everywhere (reviews, backups, merges). */
  uid: string;
  learnerId: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt: string;
  /** ID of the ending node reached. */
  endingId: string;
  rating: EndingRating;
  score: number;
  /** The most the decisions on this path allowed. */
  maxScore: number;
  path: ScenarioPathStep[];
  recordVersion: typeof SCENARIO_PLAY_VERSION;
}

/** One item of a drawn final assessment: the question and the order its options are shown in. */
export interface AssessmentItemRecord {
  itemId: string;
  order: string[];
}

/** Per-theme points of a submitted attempt. */
export interface ThemeScoreRecord {
  theme: string;
  title: string;
  earned: number;
  possible: number;
}

/** The result of a submitted attempt. */
export interface AssessmentResultRecord {
  earned: number;
  possible: number;
  percent: number;
  passed: boolean;
  byTheme: ThemeScoreRecord[];
  items: { itemId: string; score: number }[];
}

/** A final-assessment attempt: drawn once from a seed, answered as the learner goes, then submitted. */
export interface AssessmentAttemptRecord {
  /** Auto-incremented key on this device. */
  id?: number;
  /** Random UUID: the attempt's identity everywhere (reviews, backups, merges). */
  uid: string;
  learnerId: string;
  status: 'in-progress' | 'submitted';
  /** Seed of the draw, so it can be reproduced. */
  seed: number;
  items: AssessmentItemRecord[];
  /** Selected option or part IDs, by item ID. */
  answers: Record<string, string[]>;
  /** ISO 8601 time of each item's latest answer: an older write never replaces a newer one. */
  answeredAt: Record<string, string>;
  /** Pass mark in force when the attempt started, 0 to 1. */
  passMark: number;
  startedAt: string;
  submittedAt: string | null;
  /** Results, once submitted. */
  result: AssessmentResultRecord | null;
  recordVersion: typeof ASSESSMENT_ATTEMPT_VERSION;
}

/** The result of a submitted pre-test: points, percentage and points by theme, with no pass or fail. */
export type PretestResultRecord = Omit<AssessmentResultRecord, 'passed'>;

/**
 * The learner's optional pre-test, a baseline taken before the course: one per learner, drawn once from a seed with
 * the pre-test's quotas, answered as the learner goes, then submitted. Its items are never drawn in the learner's
 * final assessment.
 */
export interface PretestRecord {
  /** The learner (the key: one pre-test each). */
  learnerId: string;
  /** Seed of the draw: `drawAssessment(bank, seed, PRETEST_QUOTAS)` gives the same items again. */
  seed: number;
  /**
   * The draw. Empty only for a pre-test restored from an LMS's `suspend_data`, which keeps its seed and result but
   * not its items (they are recomputed from the seed).
   */
  items: AssessmentItemRecord[];
  /** Selected option or part IDs, by item ID. */
  answers: Record<string, string[]>;
  /** ISO 8601 time of each item's latest answer: an older write never replaces a newer one. */
  answeredAt: Record<string, string>;
  startedAt: string;
  /** ISO 8601 time it was submitted, or null while in progress. */
  submittedAt: string | null;
  /** Results, once submitted. */
  result: PretestResultRecord | null;
  recordVersion: typeof PRETEST_VERSION;
}

/** The latest answer to one knowledge-check item in a module. */
export interface KnowledgeCheckRecord {
  learnerId: string;
  moduleId: string;
  itemId: string;
  answer: string[];
  /** Points from 0 to 1. */
  score: number;
  answeredAt: string;
  recordVersion: typeof KNOWLEDGE_CHECK_VERSION;
}

/** Kinds of page on which active time counts. */
export type ActivityKind = 'module' | 'scenario' | 'assessment';

/** Active time on one page: counted only while the page was visible and the learner had interacted recently. */
export interface ActiveTimeRecord {
  learnerId: string;
  /** Site path such as `/modules/spine-care/`. */
  path: string;
  kind: ActivityKind;
  /** Active milliseconds so far. */
  milliseconds: number;
  /** ISO 8601 time of the latest addition. */
  updatedAt: string;
  recordVersion: typeof COMPLETION_VERSION;
}

/**
 * The learner's course evaluation: a draft while they answer, then submitted. Changing an answer afterwards makes a
 * new draft, but the last submission stands (and counts for completion) until the learner submits again.
 */
export interface EvaluationRecord {
  learnerId: string;
  /** Answers as the form holds them now, by evaluation item ID: a scale point's value or free text. */
  answers: Record<string, string>;
  /** Answers as last submitted, or null if never submitted. */
  submittedAnswers: Record<string, string> | null;
  /** `draft` while the form holds answers not yet submitted. */
  status: 'draft' | 'submitted';
  /** ISO 8601 time of the latest change. */
  updatedAt: string;
  /** ISO 8601 time of the latest submission, or null while a draft. */
  submittedAt: string | null;
  recordVersion: typeof COMPLETION_VERSION;
}

/** The learner's statement that they completed the activity themselves. One per learner. */
export interface AttestationRecord {
  learnerId: string;
  /** The statement as shown when they checked it. */
  statement: string;
  /** ISO 8601 time they checked it. */
  attestedAt: string;
  /** Active minutes shown to them when they checked it. */
  activeMinutes: number;
  recordVersion: typeof COMPLETION_VERSION;
}

/** A certificate the learner generated: what it certifies, without the PDF's bytes. */
export interface CertificateRecord {
  /** Certificate ID, e.g. `PWC-7K3M-9QXR-2D4F`. */
  id: string;
  learnerId: string;
  /** ISO 8601 time it was generated. */
  issuedAt: string;
  learnerName: string;
  paper: 'letter' | 'a4';
  verificationCode: string;
  /** File name offered on download. */
  fileName: string;
  recordVersion: typeof COMPLETION_VERSION;
}

/** A generated certificate's file and the completion record attached to it, kept apart so progress views never read them. */
export interface CertificatePdfRecord {
  /** Certificate ID. */
  id: string;
  learnerId: string;
  pdf: Uint8Array;
  /** The completion record attached to the PDF, as JSON text. */
  completionJson: string;
  recordVersion: typeof COMPLETION_VERSION;
}

/** An assignment a learner opened from a program director's link (see src/lib/assignment). */
export interface AssignmentRecord {
  learnerId: string;
  /** The link's check, so opening the same link again changes nothing. */
  id: string;
  program: string;
  cohort: string;
  modules: string[];
  scenarios: string[];
  /** `YYYY-MM-DD`. */
  due: string;
  /** ISO 8601 time it was first opened. */
  addedAt: string;
  recordVersion: typeof ASSIGNMENT_VERSION;
}
