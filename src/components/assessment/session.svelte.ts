/**
 * A learner's final-assessment session: resume or draw an attempt, save answers as they go, validate and submit,
 * and show the latest result (or, with `?attempt=<uid>`, any past attempt) with its review. Rune state only; the
 * component renders it.
 */
import type { Question } from '../../schemas/question';
import {
  drawFinal,
  newSeed,
  pretestItemIds,
  scoreAttempt,
  type AttemptScore,
  type DrawnItem,
} from '../../lib/assessment';
import type { AssessmentAttemptRecord, CourseStore } from '../../lib/storage';
import { ta } from '../../i18n/assessment';
import { getStore, reportProblem } from '../client/progress-client';

export type AssessmentView = 'loading' | 'start' | 'taking' | 'results';

export class AssessmentSession {
  view = $state<AssessmentView>('loading');
  items = $state<DrawnItem[]>([]);
  answers = $state<Record<string, string[]>>({});
  result = $state<AttemptScore | null>(null);
  /** When the attempt shown in results was submitted (null for one just scored without storage). */
  submittedAt = $state<string | null>(null);
  /** Items left unanswered at the last submit, in order. */
  missing = $state<string[]>([]);
  /** Why answers are not being saved, or null while they are. */
  notSaved = $state<string | null>(null);
  /** A message about the attempt: resumed, already submitted elsewhere, or not found. */
  notice = $state<string | null>(null);
  /** Showing a past attempt from the history (read-only). */
  reviewing = $state(false);

  #store: CourseStore | null = null;
  #attemptUid: string | null = null;
  readonly #bank: Question[];
  readonly #byId: Map<string, Question>;

  constructor(
    bank: Question[],
    readonly passMark: number,
  ) {
    this.#bank = bank;
    this.#byId = new Map(bank.map((question) => [question.id, question]));
  }

  question(itemId: string): Question {
    const question = this.#byId.get(itemId);
    if (!question) throw new Error(`Unknown question "${itemId}".`);
    return question;
  }

  get answeredCount(): number {
    return this.items.filter((item) => (this.answers[item.itemId]?.length ?? 0) > 0).length;
  }

  /**
   * Opens storage. A requested past attempt is shown for review; otherwise an attempt in progress is resumed, or
   * the latest submitted attempt's result is shown, or the start button.
   */
  async init(reviewUid: string | null): Promise<void> {
    try {
      this.#store = await getStore();
      if (reviewUid) {
        const attempt = await this.#store.assessment.attempt(reviewUid);
        if (attempt?.result) {
          this.reviewing = true;
          return this.#showResult(attempt);
        }
        this.notice = ta('assessment.attemptMissing');
      }
      const open = await this.#store.assessment.inProgress();
      if (open) {
        this.#use(open);
        this.notice = ta('assessment.resumed');
        this.view = 'taking';
        return;
      }
      const [latest] = await this.#store.assessment.attempts();
      if (latest?.result) return this.#showResult(latest);
    } catch (error) {
      this.#store = null;
      this.notSaved = reportProblem(error);
    }
    this.view = 'start';
  }

  /** Starts a fresh attempt (a new draw, never with the learner's pre-test items), or resumes the open one. */
  async begin(): Promise<void> {
    // Without the pre-test (none, or storage failed) there is nothing to leave out; a failure shows just below.
    const pretest = await this.#store?.pretest.get().catch(() => null);
    const exclude = pretestItemIds(this.#bank, pretest ?? null);
    const draw = () => {
      const seed = newSeed();
      return { seed, items: drawFinal(this.#bank, seed, exclude) };
    };
    this.#attemptUid = null;
    if (this.#store) {
      try {
        this.#use(await this.#store.assessment.startOrResume(draw, this.passMark));
      } catch (error) {
        this.notSaved = reportProblem(error);
        this.#store = null;
      }
    }
    if (!this.#attemptUid) {
      this.items = draw().items;
      this.answers = {};
    }
    this.result = null;
    this.missing = [];
    this.notice = null;
    this.reviewing = false;
    this.view = 'taking';
  }

  answer(itemId: string, selected: string[]): void {
    this.answers[itemId] = selected;
    this.missing = this.missing.filter((id) => id !== itemId || selected.length === 0);
    if (this.#store && this.#attemptUid) {
      this.#store.assessment.saveAnswer(this.#attemptUid, itemId, selected).then(
        () => (this.notSaved = null),
        (error: unknown) => {
          const text = reportProblem(error);
          // Submitted elsewhere: a fact about the attempt, not a failure to store.
          if ((error as { name?: string }).name === 'RecordConflictError') this.notice = text;
          else this.notSaved = text;
        },
      );
    }
  }

  /** Submits if every item is answered; otherwise lists the missing items and returns false. */
  async submit(): Promise<boolean> {
    this.missing = this.items.map((item) => item.itemId).filter((id) => (this.answers[id]?.length ?? 0) === 0);
    if (this.missing.length > 0) return false;
    const result = scoreAttempt(
      this.#bank,
      this.items.map((item) => item.itemId),
      this.answers,
      this.passMark,
    );
    this.submittedAt = null;
    if (this.#store && this.#attemptUid) {
      try {
        this.submittedAt = (await this.#store.assessment.submit(this.#attemptUid, result)).submittedAt;
      } catch (error) {
        this.notice = reportProblem(error);
        // Submitted in another tab: show the result that was stored there.
        const stored = await this.#store.assessment.attempt(this.#attemptUid).catch(() => null);
        if (stored?.result) {
          this.#showResult(stored);
          return true;
        }
      }
    }
    this.result = result;
    this.view = 'results';
    return true;
  }

  #use(attempt: AssessmentAttemptRecord): void {
    this.#attemptUid = attempt.uid;
    this.items = attempt.items.filter((item) => this.#byId.has(item.itemId));
    this.answers = { ...attempt.answers };
  }

  #showResult(attempt: AssessmentAttemptRecord): void {
    this.#use(attempt);
    this.result = attempt.result as AttemptScore;
    this.submittedAt = attempt.submittedAt;
    this.view = 'results';
  }
}
