/** Final-assessment attempts and knowledge-check answers. */
import { byUid, durable, hasFields, newUid, read, write, type Replayable, type StoreContext } from './context';
import { RecordConflictError } from './errors';
import {
  ASSESSMENT_ATTEMPT_VERSION,
  KNOWLEDGE_CHECK_VERSION,
  type AssessmentAttemptRecord,
  type AssessmentItemRecord,
  type AssessmentResultRecord,
  type KnowledgeCheckRecord,
} from './records';

interface Answer {
  attemptUid: string;
  itemId: string;
  answer: string[];
}

const closed = () =>
  new RecordConflictError('This attempt has already been submitted, perhaps in another tab.', 'attempt-closed');
const missing = () => new RecordConflictError('That assessment attempt is not on this device.', 'attempt-missing');

/** One answer given: kept (a replayed answer, unless a newer answer to the same item is already stored). */
export const assessmentAnswer: Replayable<Answer> = {
  kind: 'assessment-answer',
  valid: (data): data is Answer => hasFields(data, { attemptUid: 'string', itemId: 'string', answer: 'array' }),
  tables: (db) => [db.assessmentAttempts],
  async apply({ db, learnerId }, { attemptUid, itemId, answer }, at, mode) {
    const attempt = await byUid(db.assessmentAttempts, learnerId, attemptUid);
    if (!attempt) throw missing();
    if (attempt.status !== 'in-progress') throw closed();
    if (mode === 'replay' && (attempt.answeredAt[itemId] ?? '') > at) return;
    await db.assessmentAttempts.update(attempt.id!, {
      answers: { ...attempt.answers, [itemId]: [...answer] },
      answeredAt: { ...attempt.answeredAt, [itemId]: at },
    });
  },
};

interface Check {
  moduleId: string;
  itemId: string;
  answer: string[];
  score: number;
}

/** A knowledge-check item answered: kept (a replayed answer, unless a newer one is already stored). */
export const knowledgeCheck: Replayable<Check> = {
  kind: 'knowledge-check',
  valid: (data): data is Check =>
    hasFields(data, { moduleId: 'string', itemId: 'string', answer: 'array', score: 'number' }),
  tables: (db) => [db.knowledgeChecks],
  async apply({ db, learnerId }, check, at, mode) {
    const existing = await db.knowledgeChecks.get([learnerId, check.itemId]);
    if (mode === 'replay' && existing && existing.answeredAt > at) return;
    await db.knowledgeChecks.put({
      learnerId,
      moduleId: check.moduleId,
      itemId: check.itemId,
      answer: [...check.answer],
      score: check.score,
      answeredAt: at,
      recordVersion: KNOWLEDGE_CHECK_VERSION,
    });
  },
};

export class AssessmentRecords {
  constructor(private readonly context: StoreContext) {}

  /**
   * The attempt in progress, or a new one drawn by `draw` if there is none. Resuming returns the same draw and
   * answers; `draw` is called only when a new attempt starts.
   */
  startOrResume(
    draw: () => { seed: number; items: AssessmentItemRecord[] },
    passMark: number,
  ): Promise<AssessmentAttemptRecord> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'start the assessment', [db.assessmentAttempts], async () => {
      const open = await db.assessmentAttempts.where('[learnerId+status]').equals([learnerId, 'in-progress']).first();
      if (open) return open;
      const { seed, items } = draw();
      const attempt: AssessmentAttemptRecord = {
        uid: newUid(),
        learnerId,
        status: 'in-progress',
        seed,
        items: items.map(({ itemId, order }) => ({ itemId, order: [...order] })),
        answers: {},
        answeredAt: {},
        passMark,
        startedAt: now().toISOString(),
        submittedAt: null,
        result: null,
        recordVersion: ASSESSMENT_ATTEMPT_VERSION,
      };
      return { ...attempt, id: (await db.assessmentAttempts.add(attempt)) as number };
    });
  }

  /** The attempt in progress, or null. */
  inProgress(): Promise<AssessmentAttemptRecord | null> {
    const { db, learnerId } = this.context;
    return read(
      this.context,
      'read your assessment',
      async () =>
        (await db.assessmentAttempts.where('[learnerId+status]').equals([learnerId, 'in-progress']).first()) ?? null,
    );
  }

  /** Saves one answer of an attempt in progress; it survives a reload made at once. */
  saveAnswer(attemptUid: string, itemId: string, answer: readonly string[]): Promise<void> {
    const data = { attemptUid, itemId, answer: [...answer] };
    return durable(this.context, assessmentAnswer, data, 'save your answer');
  }

  /** Submits an attempt with its result; it can no longer change. */
  submit(attemptUid: string, result: AssessmentResultRecord): Promise<AssessmentAttemptRecord> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'submit your assessment', [db.assessmentAttempts], async () => {
      const attempt = await byUid(db.assessmentAttempts, learnerId, attemptUid);
      if (!attempt) throw missing();
      if (attempt.status !== 'in-progress') throw closed();
      const submitted = {
        ...attempt,
        status: 'submitted' as const,
        submittedAt: now().toISOString(),
        result: structuredClone(result),
      };
      await db.assessmentAttempts.put(submitted);
      return submitted;
    });
  }

  /** Submitted attempts, newest first. */
  attempts(): Promise<AssessmentAttemptRecord[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your assessment history', async () => {
      const attempts = await db.assessmentAttempts
        .where('[learnerId+status]')
        .equals([learnerId, 'submitted'])
        .toArray();
      return attempts.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''));
    });
  }

  /** One of this learner's attempts by uid, or null. */
  attempt(uid: string): Promise<AssessmentAttemptRecord | null> {
    const { db, learnerId } = this.context;
    return read(
      this.context,
      'read your assessment',
      async () => (await byUid(db.assessmentAttempts, learnerId, uid)) ?? null,
    );
  }

  /** Records the latest answer to a knowledge-check item; it survives a reload made at once. */
  recordCheck(moduleId: string, itemId: string, answer: readonly string[], score: number): Promise<void> {
    const data = { moduleId, itemId, answer: [...answer], score };
    return durable(this.context, knowledgeCheck, data, 'save your answer');
  }

  /** Knowledge-check answers of one module. */
  checks(moduleId: string): Promise<KnowledgeCheckRecord[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your answers', () =>
      db.knowledgeChecks.where('[learnerId+moduleId]').equals([learnerId, moduleId]).toArray(),
    );
  }
}
