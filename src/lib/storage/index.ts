/**
 * Learner progress on this device. The only code in the course that touches IndexedDB: components call these
 * functions and never Dexie directly.
 */
import { liveQuery, type DexieOptions, type Observable } from 'dexie';
import { CourseDatabase, DATABASE_NAME } from './database';
import { RECORD_VERSION, type LastVisitRecord, type LearnerRecord, type ModuleProgressRecord } from './records';

export type { LastVisitRecord, LearnerRecord, ModuleProgressRecord } from './records';
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

/** Everything a progress view needs, read in one consistent transaction. */
export interface ProgressSnapshot {
  learnerId: string;
  /** Status by module ID; a module never opened is absent. */
  modules: Record<string, ModuleStatus>;
  lastVisit: LastVisitRecord | null;
}

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
          visitedAt: at,
          recordVersion: RECORD_VERSION,
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

  /** Reads the learner's progress once. */
  getProgress(): Promise<ProgressSnapshot> {
    return guard('read your progress', () =>
      this.db.transaction('r', this.db.moduleProgress, this.db.lastVisits, async () => {
        const records = await this.db.moduleProgress.where('learnerId').equals(this.learnerId).toArray();
        const modules: Record<string, ModuleStatus> = {};
        for (const { moduleId, startedAt, lastVisitedAt, completedAt } of records) {
          modules[moduleId] = { startedAt, lastVisitedAt, completedAt };
        }
        const lastVisit = (await this.db.lastVisits.get(this.learnerId)) ?? null;
        return { learnerId: this.learnerId, modules, lastVisit };
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
