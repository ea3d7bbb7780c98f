/** Visits (the place to continue from) and module progress. */
import { read, write, type StoreContext } from './context';
import { LAST_VISIT_VERSION, MODULE_PROGRESS_VERSION, type ModuleProgressRecord, type VisitKind } from './records';

/** A page the learner visited. */
export interface Visit {
  path: string;
  title: string;
  /** The module the page belongs to, if it is a module page. */
  moduleId?: string;
}

/** The kind of page a path is. */
export function visitKindOf(path: string): VisitKind {
  if (/\/modules\/[^/]+\/$/.test(path)) return 'module';
  if (/\/scenarios\/[^/]+\/$/.test(path)) return 'scenario';
  return 'page';
}

export class ModuleRecords {
  constructor(private readonly context: StoreContext) {}

  /** Remembers a visit: the "continue" place and, for a module page, when the module was started and last seen. */
  recordVisit(visit: Visit): Promise<void> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'save your place', [db.lastVisits, db.moduleProgress], async () => {
      const at = now().toISOString();
      await db.lastVisits.put({
        learnerId,
        path: visit.path,
        title: visit.title,
        kind: visitKindOf(visit.path),
        visitedAt: at,
        recordVersion: LAST_VISIT_VERSION,
      });
      if (visit.moduleId) {
        const existing = await db.moduleProgress.get([learnerId, visit.moduleId]);
        // A visit is not a change of finished state, so `updatedAt` stays.
        await db.moduleProgress.put({ ...(existing ?? this.#fresh(visit.moduleId, at)), lastVisitedAt: at });
      }
    });
  }

  /** Marks a module finished (or, with `false`, not finished). Finishing again keeps the first completion time. */
  setCompleted(moduleId: string, completed: boolean): Promise<void> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'save your progress', [db.moduleProgress], async () => {
      const at = now().toISOString();
      const base = (await db.moduleProgress.get([learnerId, moduleId])) ?? this.#fresh(moduleId, at);
      const completedAt = completed ? (base.completedAt ?? at) : null;
      await db.moduleProgress.put({ ...base, completedAt, updatedAt: at });
    });
  }

  /** The learner's module records. */
  all(): Promise<ModuleProgressRecord[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your progress', () => db.moduleProgress.where({ learnerId }).toArray());
  }

  #fresh(moduleId: string, at: string): ModuleProgressRecord {
    return {
      learnerId: this.context.learnerId,
      moduleId,
      startedAt: at,
      lastVisitedAt: at,
      completedAt: null,
      updatedAt: at,
      recordVersion: MODULE_PROGRESS_VERSION,
    };
  }
}
