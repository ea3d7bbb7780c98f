/**
 * Learner profiles on a shared device: each sees only its own records. The active profile is a device setting;
 * the page's store stays bound to the profile it opened with until the page reloads.
 */
import { read, write, type StoreContext } from './context';
import { LEARNER_TABLES, type CourseDatabase } from './database';
import { ProfileNameError, RecordConflictError, type ProfileNameProblem } from './errors';
import { LEARNER_VERSION, PROFILE_NAME_LIMIT, SETTING_VERSION, type LearnerRecord } from './records';

/**
 * A profile name, trimmed, or why it cannot be used: empty, too long, another profile's name, or a reserved name
 * (the label an unnamed profile is shown with, such as "Guest").
 */
export function checkProfileName(
  name: string,
  others: readonly Pick<LearnerRecord, 'displayName'>[],
  reserved: readonly string[] = [],
): { ok: true; name: string } | { ok: false; problem: ProfileNameProblem } {
  const trimmed = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!trimmed) return { ok: false, problem: 'empty' };
  if ([...trimmed].length > PROFILE_NAME_LIMIT) return { ok: false, problem: 'long' };
  const folded = trimmed.toLocaleLowerCase();
  const taken = [...others.map((other) => other.displayName), ...reserved];
  if (taken.some((other) => other.toLocaleLowerCase() === folded)) return { ok: false, problem: 'taken' };
  return { ok: true, name: trimmed };
}

/** Makes a learner profile (a guest when `displayName` is empty). */
export function newLearner(displayName: string, at: Date): LearnerRecord {
  return { id: crypto.randomUUID(), displayName, createdAt: at.toISOString(), recordVersion: LEARNER_VERSION };
}

/** Deletes every record of a learner in every learner table (not the profile itself). Call inside a transaction. */
async function deleteRecordsOf(db: CourseDatabase, learnerId: string): Promise<void> {
  for (const table of LEARNER_TABLES) await db.table(table).where('learnerId').equals(learnerId).delete();
}

export class LearnerRecords {
  constructor(private readonly context: StoreContext) {}

  /** Every profile on this device, oldest first. */
  list(): Promise<LearnerRecord[]> {
    const { db } = this.context;
    return read(this.context, 'read the learner profiles', () => db.learners.toCollection().sortBy('createdAt'));
  }

  /** This page's profile. */
  current(): Promise<LearnerRecord> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your profile', async () => {
      const learner = await db.learners.get(learnerId);
      if (!learner)
        throw new RecordConflictError('This learner profile was deleted in another tab.', 'learner-missing');
      return learner;
    });
  }

  /** The profile active on this device now (another tab may have switched). */
  activeId(): Promise<string | null> {
    const { db } = this.context;
    return read(this.context, 'read the learner profiles', async () => {
      const setting = await db.settings.get('activeLearnerId');
      return setting?.value ?? null;
    });
  }

  /** Makes a profile with a checked name (none of `reserved`) and makes it the active one. Returns it. */
  create(displayName: string, reserved: readonly string[] = []): Promise<LearnerRecord> {
    return this.#device('add the profile', async (db) => {
      const name = this.#checked(displayName, await db.learners.toArray(), reserved);
      const learner = newLearner(name, this.context.now());
      await db.learners.add(learner);
      await db.settings.put({ key: 'activeLearnerId', value: learner.id, recordVersion: SETTING_VERSION });
      return learner;
    });
  }

  /** Renames a profile (to none of `reserved`). */
  rename(id: string, displayName: string, reserved: readonly string[] = []): Promise<void> {
    return this.#device('rename the profile', async (db) => {
      const all = await db.learners.toArray();
      if (!all.some((learner) => learner.id === id)) throw this.#gone();
      const name = this.#checked(
        displayName,
        all.filter((learner) => learner.id !== id),
        reserved,
      );
      await db.learners.update(id, { displayName: name });
    });
  }

  /** Makes another profile the active one on this device. */
  switchTo(id: string): Promise<void> {
    return this.#device('switch profiles', async (db) => {
      if (!(await db.learners.get(id))) throw this.#gone();
      await db.settings.put({ key: 'activeLearnerId', value: id, recordVersion: SETTING_VERSION });
    });
  }

  /**
   * Deletes a profile and every record it has. If it was the active profile, the oldest remaining one becomes
   * active, or a new guest profile if none remains. Returns the active profile's ID afterwards.
   */
  remove(id: string): Promise<string> {
    return this.#device('delete the profile', async (db) => {
      // A note not yet applied would bring a deleted record back.
      this.context.journal.removeFor(id);
      await deleteRecordsOf(db, id);
      await db.learners.delete(id);
      const active = (await db.settings.get('activeLearnerId'))?.value;
      if (active && active !== id && (await db.learners.get(active))) return active;
      const next = (await db.learners.toCollection().sortBy('createdAt'))[0] ?? newLearner('', this.context.now());
      await db.learners.put(next);
      await db.settings.put({ key: 'activeLearnerId', value: next.id, recordVersion: SETTING_VERSION });
      return next.id;
    });
  }

  /** Deletes every record of this page's learner, keeping the profile itself. */
  clearMine(): Promise<void> {
    return this.#device('clear your data', async (db) => {
      if (!(await db.learners.get(this.context.learnerId))) throw this.#gone();
      this.context.journal.removeFor(this.context.learnerId);
      await deleteRecordsOf(db, this.context.learnerId);
    });
  }

  #checked(displayName: string, others: LearnerRecord[], reserved: readonly string[]): string {
    const check = checkProfileName(displayName, others, reserved);
    if (!check.ok) throw new ProfileNameError(check.problem);
    return check.name;
  }

  #gone() {
    return new RecordConflictError('That learner profile is no longer on this device.', 'profile-missing');
  }

  /** A device-wide write: the learner tables, profiles and settings in one transaction. */
  #device<T>(action: string, work: (db: CourseDatabase) => Promise<T>): Promise<T> {
    const { db } = this.context;
    const tables = [db.settings, ...LEARNER_TABLES.map((table) => db.table(table))];
    return write(this.context, action, tables, () => work(db), { device: true });
  }
}
