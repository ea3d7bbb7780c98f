/**
 * Shapes of everything the course keeps on the learner's device. Each record carries `recordVersion` so a later
 * release can tell old shapes from new ones; bump it only together with a Dexie `upgrade()` and a test.
 */

/** Version of the record shapes in this file. */
export const RECORD_VERSION = 1;

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

/** The last course page a learner visited, for "Continue where you left off". One per learner. */
export interface LastVisitRecord {
  learnerId: string;
  /** Site path such as `/modules/spine-care/`. */
  path: string;
  /** Title of that page as shown to the learner. */
  title: string;
  /** ISO 8601 time of the visit. */
  visitedAt: string;
  recordVersion: typeof RECORD_VERSION;
}

/** A device-wide setting, such as which learner is active. */
export interface SettingRecord {
  key: 'activeLearnerId';
  value: string;
}
