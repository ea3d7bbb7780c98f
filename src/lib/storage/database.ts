/**
 * The course's one IndexedDB database and every version of its schema.
 *
 * Versions are history: each `version()` stays as it shipped, forever. A change adds a new version. Its `upgrade()`
 * is frozen the day it ships: it uses only literals and the record shapes of its own version, never today's
 * constants or helpers, so that a later change elsewhere cannot rewrite what an old upgrade does. A test builds a
 * database at every version ever shipped, with data in every table, and opens it with the current code.
 */
import Dexie, { type DexieOptions, type EntityTable, type Table, type Transaction } from 'dexie';
import type {
  ActiveTimeRecord,
  AssignmentRecord,
  AssessmentAttemptRecord,
  AttestationRecord,
  CertificatePdfRecord,
  CertificateRecord,
  EvaluationRecord,
  KnowledgeCheckRecord,
  LastVisitRecord,
  LearnerRecord,
  ModuleProgressRecord,
  PretestRecord,
  ScenarioAttemptRecord,
  ScenarioProgressRecord,
  SettingRecord,
} from './records';

/** Name of the course database in IndexedDB. */
export const DATABASE_NAME = 'posting-with-care';

/** The schema version this code opens (Dexie stores it as ten times this in IndexedDB). */
export const DATABASE_VERSION = 5;

/** Every table that holds a learner's records, keyed by a `learnerId` index. */
export const LEARNER_TABLES = [
  'moduleProgress',
  'lastVisits',
  'scenarioProgress',
  'scenarioAttempts',
  'assessmentAttempts',
  'knowledgeChecks',
  'activeTime',
  'evaluations',
  'attestations',
  'certificates',
  'certificatePdfs',
  'assignments',
  'pretests',
] as const;

export type LearnerTable = (typeof LEARNER_TABLES)[number];

export class CourseDatabase extends Dexie {
  learners!: EntityTable<LearnerRecord, 'id'>;
  settings!: Table<SettingRecord, string>;
  moduleProgress!: Table<ModuleProgressRecord, [string, string]>;
  lastVisits!: EntityTable<LastVisitRecord, 'learnerId'>;
  scenarioProgress!: Table<ScenarioProgressRecord, [string, string]>;
  scenarioAttempts!: EntityTable<ScenarioAttemptRecord, 'id'>;
  assessmentAttempts!: EntityTable<AssessmentAttemptRecord, 'id'>;
  knowledgeChecks!: Table<KnowledgeCheckRecord, [string, string]>;
  activeTime!: Table<ActiveTimeRecord, [string, string]>;
  evaluations!: EntityTable<EvaluationRecord, 'learnerId'>;
  attestations!: EntityTable<AttestationRecord, 'learnerId'>;
  certificates!: EntityTable<CertificateRecord, 'id'>;
  certificatePdfs!: EntityTable<CertificatePdfRecord, 'id'>;
  assignments!: Table<AssignmentRecord, [string, string]>;
  pretests!: EntityTable<PretestRecord, 'learnerId'>;

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      learners: 'id',
      settings: 'key',
      moduleProgress: '[learnerId+moduleId], learnerId',
      lastVisits: 'learnerId',
    });
    this.version(2)
      .stores({
        scenarioProgress: '[learnerId+scenarioId], learnerId',
        scenarioAttempts: '++id, learnerId, [learnerId+scenarioId]',
      })
      .upgrade(upgradeTo2);
    this.version(3).stores({
      assessmentAttempts: '++id, learnerId, [learnerId+status]',
      knowledgeChecks: '[learnerId+itemId], learnerId, [learnerId+moduleId]',
    });
    this.version(4).stores({
      activeTime: '[learnerId+path], learnerId',
      evaluations: 'learnerId',
      attestations: 'learnerId',
      certificates: 'id, learnerId',
      certificatePdfs: 'id, learnerId',
    });
    this.version(5)
      .stores({
        scenarioAttempts: '++id, &[learnerId+uid], learnerId, [learnerId+scenarioId]',
        assessmentAttempts: '++id, &[learnerId+uid], learnerId, [learnerId+status]',
        assignments: '[learnerId+id], learnerId',
        pretests: 'learnerId',
      })
      .upgrade(upgradeTo5);
  }
}

/** Version 2 (shipped with scenarios): every last visit gets `kind`, its record version 1 becoming 2. */
function upgradeTo2(transaction: Transaction) {
  return transaction
    .table('lastVisits')
    .toCollection()
    .modify((visit: { path: string; kind?: string; recordVersion: number }) => {
      const path = visit.path;
      visit.kind = path.startsWith('/modules/')
        ? 'module'
        : path.startsWith('/scenarios/') && path !== '/scenarios/'
          ? 'scenario'
          : 'page';
      visit.recordVersion = 2;
    });
}

/** Version 5's identities: 12 random characters from 0-9a-z (written out here, so the upgrade never changes). */
function uid12(): string {
  return Array.from(
    crypto.getRandomValues(new Uint8Array(12)),
    (byte) => '0123456789abcdefghijklmnopqrstuvwxyz'[byte % 36],
  ).join('');
}

/**
 * Version 5 (history, backups, profiles, assignments, pre-test): tables of assignments and pre-tests; settings get a record version; module progress gets `updatedAt` (when
 * its finished state last changed);
 * scenario places get `endedPlayUid`; plays and assessment attempts get a `uid`, and attempts `answeredAt`.
 */
async function upgradeTo5(transaction: Transaction) {
  await transaction
    .table('settings')
    .toCollection()
    .modify((setting: { recordVersion?: number }) => {
      setting.recordVersion = 1;
    });
  await transaction
    .table('moduleProgress')
    .toCollection()
    .modify((module: { startedAt: string; completedAt: string | null; updatedAt?: string; recordVersion: number }) => {
      // When the finished state last changed: when it was finished, else when it was started.
      module.updatedAt = module.completedAt ?? module.startedAt;
      module.recordVersion = 2;
    });
  await transaction
    .table('scenarioProgress')
    .toCollection()
    .modify((place: { endedPlayUid?: string | null; recordVersion: number }) => {
      place.endedPlayUid = null;
      place.recordVersion = 2;
    });
  await transaction
    .table('scenarioAttempts')
    .toCollection()
    .modify((play: { uid?: string; recordVersion: number }) => {
      play.uid = uid12();
      play.recordVersion = 2;
    });
  await transaction
    .table('assessmentAttempts')
    .toCollection()
    .modify((attempt: { uid?: string; answeredAt?: Record<string, string>; recordVersion: number }) => {
      attempt.uid = uid12();
      attempt.answeredAt = {};
      attempt.recordVersion = 2;
    });
}
