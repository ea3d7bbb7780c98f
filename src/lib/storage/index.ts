/**
 * Learner progress on this device. The only code in the course that touches IndexedDB: components call the store
 * and never Dexie directly. This file only re-exports; each kind of record has its own module.
 */
// Components import constants from the leaf modules (records, backup-format), which do not load Dexie.
export type * from './records';
export { CourseDatabase, DATABASE_NAME, DATABASE_VERSION, LEARNER_TABLES } from './database';
export {
  NewerVersionError,
  ProfileNameError,
  RecordConflictError,
  StorageUnavailableError,
  type ConflictReason,
  type ProfileNameProblem,
  type StorageFailure,
} from './errors';
export { CourseStore, openCourseStore, type OpenOptions } from './store';
export type { Visit } from './modules';
export type { FinishedScenario } from './scenarios';
export type { PretestAvailability } from './pretest';
export type { KeptCertificate, NewCertificate } from './certificates';
export type { StorageInfo } from './device';
export { checkProfileName } from './learners';
export { PROFILE_NAME_LIMIT } from './records';
export type {
  ActiveTimeTotals,
  AssessmentStatus,
  CertificateSummary,
  ModuleStatus,
  PretestStatus,
  ProgressSnapshot,
  ScenarioStatus,
} from './snapshot';
export type { RestoreSummary } from './backup';
// The file check (backup-check.ts) is imported on its own, when a file is chosen: it brings zod.
export type { BackupCheck } from './backup-check';
export {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  BACKUP_TOO_LARGE,
  backupFileName,
  type Backup,
  type CourseCatalog,
} from './backup-format';
export type { KeyValueStorage } from './journal';
