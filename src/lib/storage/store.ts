/**
 * Opening the course database, and the store a page uses: one object per page, bound to the learner profile that
 * was active when the page opened, with one set of methods per kind of record.
 */
import type { DexieOptions, Observable } from 'dexie';
import { AssessmentRecords, assessmentAnswer, knowledgeCheck } from './assessment';
import { AssignmentRecords } from './assignments';
import { exportBackup, restoreBackup, type RestoreSummary } from './backup';
import type { Backup } from './backup-format';
import { CertificateRecords } from './certificates';
import { CompletionRecords } from './completion';
import { applyNote, type Replayable, type StoreContext } from './context';
import { CourseDatabase, DATABASE_NAME, DATABASE_VERSION } from './database';
import { DeviceRecords } from './device';
import { NewerVersionError, StorageUnavailableError, classifyStorageError } from './errors';
import { Journal, browserKeyValueStorage, type KeyValueStorage } from './journal';
import { LearnerRecords, newLearner } from './learners';
import { ModuleRecords } from './modules';
import { PretestRecords, pretestAnswer } from './pretest';
import { SETTING_VERSION } from './records';
import { scenarioFinish, scenarioStep, ScenarioRecords } from './scenarios';
import { observeProgress, readProgress, type ProgressSnapshot } from './snapshot';

export interface OpenOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Dexie options, e.g. a fake IndexedDB in unit tests. */
  dexie?: DexieOptions;
  /** Clock, for tests. */
  now?: () => Date;
  /** Where durable writes are noted first; the browser's `localStorage` unless given (null: none). */
  journal?: KeyValueStorage | null;
  /** Another tab opened a newer version of the course: this connection has closed, the page must reload. */
  onNewerVersion?: () => void;
  /** Called after every write that reached the database. */
  onSaved?: () => void;
}

/** Journalled kinds of write, applied again at open if their page went away before IndexedDB held them. */
const REPLAYABLE = new Map(
  (
    [scenarioStep, scenarioFinish, assessmentAnswer, knowledgeCheck, pretestAnswer] as unknown as Replayable<unknown>[]
  ).map((operation) => [operation.kind, operation]),
);

/** Progress for the active learner on this device. Obtain one with {@link openCourseStore}. */
export class CourseStore {
  readonly modules: ModuleRecords;
  readonly scenarios: ScenarioRecords;
  readonly assessment: AssessmentRecords;
  readonly pretest: PretestRecords;
  readonly completion: CompletionRecords;
  readonly certificates: CertificateRecords;
  readonly learners: LearnerRecords;
  readonly device: DeviceRecords;
  readonly assignments: AssignmentRecords;

  constructor(private readonly context: StoreContext) {
    this.modules = new ModuleRecords(context);
    this.scenarios = new ScenarioRecords(context);
    this.assessment = new AssessmentRecords(context);
    this.pretest = new PretestRecords(context);
    this.completion = new CompletionRecords(context);
    this.certificates = new CertificateRecords(context);
    this.learners = new LearnerRecords(context);
    this.device = new DeviceRecords(context);
    this.assignments = new AssignmentRecords(context);
  }

  /** The learner whose records this store reads and writes. */
  get learnerId(): string {
    return this.context.learnerId;
  }

  /** Reads the learner's progress once. */
  getProgress(): Promise<ProgressSnapshot> {
    return readProgress(this.context);
  }

  /** The learner's progress, now and after every change (in this tab or another). */
  observeProgress(): Observable<ProgressSnapshot> {
    return observeProgress(this.context);
  }

  /** Every record of this learner, as a progress file. */
  exportBackup(): Promise<Backup> {
    return exportBackup(this.context);
  }

  /** Merges a progress file (already checked with `parseBackup`) into this learner's records, all or nothing. */
  restoreBackup(backup: Backup): Promise<RestoreSummary> {
    return restoreBackup(this.context, backup);
  }

  /** Closes the database connection. */
  close(): void {
    this.context.db.close();
  }
}

/**
 * Opens the course database and the active learner's store, making a guest profile on first use, and applies any
 * write a page noted but did not finish. Rejects with {@link StorageUnavailableError} when the browser cannot store.
 */
export async function openCourseStore(options: OpenOptions = {}): Promise<CourseStore> {
  const now = options.now ?? (() => new Date());
  const db = new CourseDatabase(options.name ?? DATABASE_NAME, options.dexie);
  let closedForUpgrade = false;
  db.on('versionchange', () => {
    closedForUpgrade = true;
    db.close();
    options.onNewerVersion?.();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      // Another tab holding an older version open, and not letting go, would keep this open waiting for ever.
      db.on('blocked', () => {
        db.close();
        reject(
          new StorageUnavailableError(
            'Another tab of this course is keeping its storage from being upgraded.',
            'blocked',
          ),
        );
      });
      db.open().then(() => resolve(), reject);
    });
    // Dexie opens a database of any version; one made by a newer course has shapes this code does not know.
    if (db.backendDB().version > DATABASE_VERSION * 10) throw new NewerVersionError();
    // One transaction, so two tabs opening at once agree on a single learner.
    const learnerId = await db.transaction('rw', db.settings, db.learners, async () => {
      const setting = await db.settings.get('activeLearnerId');
      if (setting && (await db.learners.get(setting.value))) return setting.value;
      const learner = newLearner('', now());
      await db.learners.add(learner);
      await db.settings.put({ key: 'activeLearnerId', value: learner.id, recordVersion: SETTING_VERSION });
      return learner.id;
    });
    const journal = new Journal(options.journal === undefined ? browserKeyValueStorage() : options.journal);
    const contextFor = (id: string): StoreContext => ({
      db,
      learnerId: id,
      now,
      journal,
      onSaved: () => options.onSaved?.(),
      closedForUpgrade: () => closedForUpgrade,
    });
    await replayJournal(journal, contextFor);
    return new CourseStore(contextFor(learnerId));
  } catch (error) {
    db.close();
    throw classifyStorageError(error, 'open the course database', closedForUpgrade);
  }
}

/**
 * Applies the writes noted by pages that went away before IndexedDB held them, oldest first. Opening never fails
 * because of a note: one that no longer applies (a conflict) or cannot be applied (bad data) is dropped; on a
 * storage failure the rest wait for the next open.
 */
async function replayJournal(journal: Journal, contextFor: (learnerId: string) => StoreContext): Promise<void> {
  for (const [key, entry] of journal.entries()) {
    const operation = REPLAYABLE.get(entry.kind);
    try {
      if (operation?.valid(entry.data)) {
        await applyNote(contextFor(entry.learnerId), operation, entry, 'replay', 'save your progress');
      }
      journal.remove(key);
    } catch (error) {
      if (error instanceof StorageUnavailableError || error instanceof NewerVersionError) return;
      journal.remove(key);
    }
  }
}
