/**
 * What every record module shares: the open database, whose records, a clock, the journal, and the one way to
 * read, to write, and to write durably. Errors leave here classified (see errors.ts).
 */
import type { Table } from 'dexie';
import type { CourseDatabase } from './database';
import { NewerVersionError, RecordConflictError, classifyStorageError } from './errors';
import type { Journal } from './journal';

export interface StoreContext {
  readonly db: CourseDatabase;
  /** The learner whose records are read and written. */
  readonly learnerId: string;
  readonly now: () => Date;
  readonly journal: Journal;
  /** Called after every write that reached the database. */
  readonly onSaved: () => void;
  /** True once another tab's newer version closed this connection. */
  readonly closedForUpgrade: () => boolean;
}

/** Runs a read, classifying any failure. `action` completes "Could not …", e.g. "read your progress". */
export async function read<T>(context: StoreContext, action: string, work: () => Promise<T>): Promise<T> {
  try {
    // Never reopen under a newer version's schema: this page's code does not know its shapes.
    if (context.closedForUpgrade()) throw new NewerVersionError();
    return await work();
  } catch (error) {
    throw classifyStorageError(error, action, context.closedForUpgrade());
  }
}

/**
 * Runs `work` in one read-write transaction over `tables` (and the learners table): all of it is stored, or none.
 * Refuses with a conflict if the learner's profile was deleted (in another tab), so no orphan record is made.
 */
export async function write<T>(
  context: StoreContext,
  action: string,
  tables: Table[],
  work: () => Promise<T>,
): Promise<T> {
  const { db, learnerId } = context;
  try {
    if (context.closedForUpgrade()) throw new NewerVersionError();
    const result = await db.transaction('rw', [db.learners, ...tables], async () => {
      if (!(await db.learners.get(learnerId))) {
        throw new RecordConflictError('This learner profile was deleted in another tab.', 'learner-missing');
      }
      return work();
    });
    context.onSaved();
    return result;
  } catch (error) {
    throw classifyStorageError(error, action, context.closedForUpgrade());
  }
}

/**
 * A kind of write the journal can note and apply again: idempotent, and never replacing data newer than `at`.
 * `apply` runs inside a transaction over `tables`.
 */
export interface Replayable<D> {
  kind: string;
  tables: (db: CourseDatabase) => Table[];
  apply: (context: StoreContext, data: D, at: string) => Promise<void>;
}

/**
 * A write that must survive an immediate reload: noted in the journal first (synchronously), then applied, then
 * forgotten. A conflict forgets the note too (applying it later would conflict again); a storage failure keeps it,
 * to be applied when the course next opens.
 */
export async function durable<D>(context: StoreContext, operation: Replayable<D>, data: D, action: string) {
  const at = context.now().toISOString();
  const key = context.journal.add({ kind: operation.kind, learnerId: context.learnerId, at, data });
  try {
    await write(context, action, operation.tables(context.db), () => operation.apply(context, data, at));
    context.journal.remove(key);
  } catch (error) {
    if (error instanceof RecordConflictError) context.journal.remove(key);
    throw error;
  }
}
