import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import {
  LAST_VISIT_VERSION,
  type LastVisitRecord,
  type LearnerRecord,
  type ModuleProgressRecord,
  type ActiveTimeRecord,
  type AssessmentAttemptRecord,
  type AttestationRecord,
  type CertificatePdfRecord,
  type CertificateRecord,
  type EvaluationRecord,
  type KnowledgeCheckRecord,
  type ScenarioAttemptRecord,
  type ScenarioProgressRecord,
  type SettingRecord,
  type VisitKind,
} from './records';

/** The kind of page a path is, for last-visit records written before `kind` existed. */
export function visitKindOf(path: string): VisitKind {
  if (path.startsWith('/modules/')) return 'module';
  if (path.startsWith('/scenarios/') && path !== '/scenarios/') return 'scenario';
  return 'page';
}

/** Name of the course database in IndexedDB. */
export const DATABASE_NAME = 'posting-with-care';

/**
 * The course's one IndexedDB database. Every `version()` stays forever: a schema change adds a new version with
 * an `upgrade()`, and a test opens a database made by the previous version.
 */
export class CourseDatabase extends Dexie {
  learners!: EntityTable<LearnerRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
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

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      learners: 'id',
      settings: 'key',
      moduleProgress: '[learnerId+moduleId], learnerId',
      lastVisits: 'learnerId',
    });
    // Version 2: scenarios (in-progress paths and finished attempts), and `kind` on last visits.
    this.version(2)
      .stores({
        scenarioProgress: '[learnerId+scenarioId], learnerId',
        scenarioAttempts: '++id, learnerId, [learnerId+scenarioId]',
      })
      .upgrade((transaction) =>
        transaction
          .table('lastVisits')
          .toCollection()
          .modify((visit: LastVisitRecord) => {
            visit.kind = visitKindOf(visit.path);
            visit.recordVersion = LAST_VISIT_VERSION;
          }),
      );
    // Version 3: final-assessment attempts and knowledge-check answers. New tables only: no existing record changes.
    this.version(3).stores({
      assessmentAttempts: '++id, learnerId, [learnerId+status]',
      knowledgeChecks: '[learnerId+itemId], learnerId, [learnerId+moduleId]',
    });
    // Version 4: completion (active time, evaluation, attestation) and certificates. New tables only.
    this.version(4).stores({
      activeTime: '[learnerId+path], learnerId',
      evaluations: 'learnerId',
      attestations: 'learnerId',
      certificates: 'id, learnerId',
      certificatePdfs: 'id, learnerId',
    });
  }
}
