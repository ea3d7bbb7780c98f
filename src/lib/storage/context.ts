/**
 * What every record module shares: the open database, whose records, a clock, the journal, and the one way to
 * read, to write, and to write durably. Errors leave here classified (see errors.ts).
 */
import type { Table } from 'dexie';
import type { CourseDatabase } from './database';
import { NewerVersionError, RecordConflictError, classifyStorageError } from './errors';
import type { Journal, PendingWrite } from './journal';

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
 * Runs `work` in one read-write transaction over `tables`: all of it is stored, or none. A learner's write
 * (`device: false`, the default) also refuses with a conflict if the learner's profile was deleted (in another
 * tab), so no orphan record is made; a device write (profiles, settings) does not.
 */
export async function write<T>(
  context: StoreContext,
  action: string,
  tables: Table[],
  work: () => Promise<T>,
  { device = false } = {},
): Promise<T> {
  const { db, learnerId } = context;
  try {
    if (context.closedForUpgrade()) throw new NewerVersionError();
    const result = await db.transaction('rw', [db.learners, ...tables], async () => {
      if (!device && !(await db.learners.get(learnerId))) {
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

/** How a journalled write is applied: live (as the learner acts), or replayed from a note at the next open. */
export type ApplyMode = 'live' | 'replay';

/**
 * A kind of write the journal can note and apply again. Applying is idempotent. A replayed note never replaces data
 * newer than the note (`at`); a live write always applies, since it is what the learner did last.
 * `apply` runs inside a transaction over `tables`.
 */
export interface Replayable<D> {
  kind: string;
  /** Whether a note read back from the journal has this kind's data (a damaged note is dropped). */
  valid: (data: unknown) => data is D;
  tables: (db: CourseDatabase) => Table[];
  apply: (context: StoreContext, data: D, at: string, mode: ApplyMode) => Promise<void>;
}

/** Applies one journalled write in its own transaction. */
export function applyNote<D>(
  context: StoreContext,
  operation: Replayable<D>,
  note: Pick<PendingWrite, 'at'> & { data: D },
  mode: ApplyMode,
  action: string,
): Promise<void> {
  const tables = operation.tables(context.db);
  return write(context, action, tables, () => operation.apply(context, note.data, note.at, mode));
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
    await applyNote(context, operation, { at, data }, 'live', action);
    context.journal.remove(key);
  } catch (error) {
    if (error instanceof RecordConflictError) context.journal.remove(key);
    throw error;
  }
}

/** One of this learner's plays or attempts by its uid, or undefined. */
export function byUid<R>(table: Table<R>, learnerId: string, uid: string): Promise<R | undefined> {
  return table.where('[learnerId+uid]').equals([learnerId, uid]).first();
}

/** Type guards for journal notes: `fields` maps each key to the `typeof` it must have ('array' for arrays). */
export function hasFields(data: unknown, fields: Record<string, 'string' | 'number' | 'array'>): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.entries(fields).every(([key, kind]) => {
    const value = (data as Record<string, unknown>)[key];
    return kind === 'array' ? Array.isArray(value) : typeof value === kind;
  });
}

/**
 * A play's or an attempt's identity: 12 random characters from `0-9a-z` (62 bits), unique within a learner and
 * short enough to travel in an LMS's 4,096-character `suspend_data`.
 */
export function newUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => '0123456789abcdefghijklmnopqrstuvwxyz'[byte % 36]).join('');
}
