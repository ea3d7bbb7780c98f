/**
 * Shapes of everything the course keeps on the learner's device. Each record carries `recordVersion` so a later
 * release can tell old shapes from new ones; bump a shape's version only together with a Dexie `upgrade()` that
 * rewrites old records, and a test that opens a database made before it.
 */

/** Version of the learner, module progress and setting shapes (unchanged since database version 1). */
export const RECORD_VERSION = 1;
/** Version of the last-visit shape: 2 added `kind` (database version 2). */
export const LAST_VISIT_VERSION = 2;
/** Version of the scenario shapes (added in database version 2). */
export const SCENARIO_RECORD_VERSION = 1;
/** Version of the assessment and knowledge-check shapes (added in database version 3). */
export const ASSESSMENT_RECORD_VERSION = 1;
/** Version of the active-time, evaluation, attestation and certificate shapes (added in database version 4). */
export const COMPLETION_RECORD_VERSION = 1;

/** Someone learning on this device. Every other record belongs to one learner. */
export interface LearnerRecord {
  /** Random UUID made on this device. */
  id: string;
  /** Name the learner gave, or an empty string until they give one. */
  displayName: string;
  /** ISO 8601 time the profile was made. */
  createdAt: string;
  recordVersion: typeof RECORD_VERSION;
}

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
  recordVersion: typeof RECORD_VERSION;
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

/** A last-visit record as database version 1 wrote it (no `kind`). */
export interface LastVisitRecordV1 extends Omit<LastVisitRecord, 'kind' | 'recordVersion'> {
  recordVersion: 1;
}

/** One node left on a scenario path, and the choice made there (null for a narrative). */
export interface ScenarioPathStep {
  nodeId: string;
  choiceId: string | null;
}

/** A scenario the learner has started and not finished: where they are, so a reload lands on the same step. */
export interface ScenarioProgressRecord {
  learnerId: string;
  scenarioId: string;
  /** The scenario's `version` when the path was saved: a path from another version is not replayed. */
  scenarioVersion: number;
  /** The node the learner is on. */
  nodeId: string;
  /** Nodes left so far, with the choices made. */
  path: ScenarioPathStep[];
  /** ISO 8601 time the attempt started. */
  startedAt: string;
  /** ISO 8601 time of the latest step. */
  updatedAt: string;
  recordVersion: typeof SCENARIO_RECORD_VERSION;
}

/** How a scenario ending is rated. */
export type EndingRating = 'best' | 'acceptable' | 'harmful';

/** A finished play of a scenario. */
export interface ScenarioAttemptRecord {
  /** Auto-incremented key. */
  id?: number;
  learnerId: string;
  scenarioId: string;
  scenarioVersion: number;
  startedAt: string;
  endedAt: string;
  /** ID of the ending node reached. */
  endingId: string;
  rating: EndingRating;
  score: number;
  /** The highest score any path through the scenario can earn. */
  maxScore: number;
  path: ScenarioPathStep[];
  recordVersion: typeof SCENARIO_RECORD_VERSION;
}

/** A device-wide setting, such as which learner is active. */
export interface SettingRecord {
  key: 'activeLearnerId';
  value: string;
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

/** A final-assessment attempt: drawn once from a seed, answered as the learner goes, then submitted. */
export interface AssessmentAttemptRecord {
  /** Auto-incremented key. */
  id?: number;
  learnerId: string;
  status: 'in-progress' | 'submitted';
  /** Seed of the draw, so it can be reproduced. */
  seed: number;
  items: AssessmentItemRecord[];
  /** Selected option or part IDs, by item ID. */
  answers: Record<string, string[]>;
  /** Pass mark in force when the attempt started, 0 to 1. */
  passMark: number;
  startedAt: string;
  submittedAt: string | null;
  /** Results, once submitted. */
  result: {
    earned: number;
    possible: number;
    percent: number;
    passed: boolean;
    byTheme: ThemeScoreRecord[];
    items: { itemId: string; score: number }[];
  } | null;
  recordVersion: typeof ASSESSMENT_RECORD_VERSION;
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
  recordVersion: typeof ASSESSMENT_RECORD_VERSION;
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
  recordVersion: typeof COMPLETION_RECORD_VERSION;
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
  recordVersion: typeof COMPLETION_RECORD_VERSION;
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
  recordVersion: typeof COMPLETION_RECORD_VERSION;
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
  recordVersion: typeof COMPLETION_RECORD_VERSION;
}

/** A generated certificate's file and the completion record attached to it, kept apart so progress views never read them. */
export interface CertificatePdfRecord {
  /** Certificate ID. */
  id: string;
  learnerId: string;
  pdf: Uint8Array;
  /** The completion record attached to the PDF, as JSON text. */
  completionJson: string;
  recordVersion: typeof COMPLETION_RECORD_VERSION;
}
