import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { LastVisitRecord, LearnerRecord, ModuleProgressRecord, SettingRecord } from './records';

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

  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      learners: 'id',
      settings: 'key',
      moduleProgress: '[learnerId+moduleId], learnerId',
      lastVisits: 'learnerId',
    });
  }
}
