/**
 * The optional pre-test: one per learner, a baseline taken before the course. It can be started only while the
 * learner has no final-assessment attempt (a baseline drawn after seeing final items would be neither a baseline nor
 * kept apart from that attempt's items), and answered and submitted only until a final attempt is submitted.
 */
import type { CourseDatabase } from './database';
import { durable, hasFields, read, write, type Replayable, type StoreContext } from './context';
import { RecordConflictError } from './errors';
import { PRETEST_VERSION, type AssessmentItemRecord, type PretestRecord, type PretestResultRecord } from './records';

/**
 * Whether the final assessment keeps the pre-test from being taken: `open` while the learner has no final attempt;
 * once one is started a new pre-test cannot start (`final-started`); once one is submitted a pre-test in progress
 * cannot go on (`final-submitted`).
 */
export type PretestAvailability = 'open' | 'final-started' | 'final-submitted';

interface Answer {
  itemId: string;
  answer: string[];
}

const closed = () =>
  new RecordConflictError(
    'The pre-test is closed: it is a baseline taken before the final assessment, or it was already submitted.',
    'attempt-closed',
  );
const missing = () => new RecordConflictError('That pre-test is not on this device.', 'attempt-missing');

/** Call inside a transaction that includes `assessmentAttempts`. */
async function availability(db: CourseDatabase, learnerId: string): Promise<PretestAvailability> {
  const attempts = await db.assessmentAttempts.where({ learnerId }).toArray();
  if (attempts.some((attempt) => attempt.status === 'submitted')) return 'final-submitted';
  return attempts.length > 0 ? 'final-started' : 'open';
}

/** The learner's pre-test, if it can still be answered; throws a conflict otherwise. Call inside a transaction. */
async function openPretest(db: CourseDatabase, learnerId: string): Promise<PretestRecord> {
  const pretest = await db.pretests.get(learnerId);
  if (!pretest) throw missing();
  if (pretest.submittedAt !== null || (await availability(db, learnerId)) === 'final-submitted') throw closed();
  return pretest;
}

/** One pre-test answer given: kept (a replayed answer, unless a newer answer to the same item is already stored). */
export const pretestAnswer: Replayable<Answer> = {
  kind: 'pretest-answer',
  valid: (data): data is Answer => hasFields(data, { itemId: 'string', answer: 'array' }),
  tables: (db) => [db.pretests, db.assessmentAttempts],
  async apply({ db, learnerId }, { itemId, answer }, at, mode) {
    const pretest = await openPretest(db, learnerId);
    // A note about another pre-test (this one was restored or drawn since) does not belong here.
    if (!pretest.items.some((item) => item.itemId === itemId)) throw missing();
    if (mode === 'replay' && (pretest.answeredAt[itemId] ?? '') > at) return;
    await db.pretests.update(learnerId, {
      answers: { ...pretest.answers, [itemId]: [...answer] },
      answeredAt: { ...pretest.answeredAt, [itemId]: at },
    });
  },
};

export class PretestRecords {
  constructor(private readonly context: StoreContext) {}

  /**
   * The learner's pre-test (in progress or submitted), or a new one drawn by `draw` if there is none and no final
   * attempt has been started. `draw` is called only when a new pre-test starts.
   */
  startOrResume(draw: () => { seed: number; items: AssessmentItemRecord[] }): Promise<PretestRecord> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'start the pre-test', [db.pretests, db.assessmentAttempts], async () => {
      const existing = await db.pretests.get(learnerId);
      if (existing) return existing;
      if ((await availability(db, learnerId)) !== 'open') throw closed();
      const { seed, items } = draw();
      const pretest: PretestRecord = {
        learnerId,
        seed,
        items: items.map(({ itemId, order }) => ({ itemId, order: [...order] })),
        answers: {},
        answeredAt: {},
        startedAt: now().toISOString(),
        submittedAt: null,
        result: null,
        recordVersion: PRETEST_VERSION,
      };
      await db.pretests.add(pretest);
      return pretest;
    });
  }

  /** The learner's pre-test, in progress or submitted, or null if never started. */
  get(): Promise<PretestRecord | null> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your pre-test', async () => (await db.pretests.get(learnerId)) ?? null);
  }

  /** Whether the pre-test can be started or answered now (see {@link PretestAvailability}). */
  availability(): Promise<PretestAvailability> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your pre-test', () =>
      db.transaction('r', db.assessmentAttempts, () => availability(db, learnerId)),
    );
  }

  /** Saves one answer of the pre-test in progress; it survives a reload made at once. */
  saveAnswer(itemId: string, answer: readonly string[]): Promise<void> {
    return durable(this.context, pretestAnswer, { itemId, answer: [...answer] }, 'save your answer');
  }

  /** Submits the pre-test with its result; it can no longer change. */
  submit(result: PretestResultRecord): Promise<PretestRecord> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'submit your pre-test', [db.pretests, db.assessmentAttempts], async () => {
      const pretest = await openPretest(db, learnerId);
      const { earned, possible, percent, byTheme, items } = result;
      const submitted: PretestRecord = {
        ...pretest,
        submittedAt: now().toISOString(),
        result: structuredClone({ earned, possible, percent, byTheme, items }),
      };
      await db.pretests.put(submitted);
      return submitted;
    });
  }
}
