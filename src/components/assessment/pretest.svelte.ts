/**
 * A learner's pre-test session: resume or draw the one pre-test, show it a question at a time, save answers as the
 * learner goes, validate and submit, and show the result by theme with a review. Once the final assessment has
 * begun the pre-test is closed, and its stored result (if any) is what is shown. Rune state only; the component
 * renders it.
 */
import type { Question } from '../../schemas/question';
import { drawPretest, newSeed, scoreAttempt, type AttemptScore, type DrawnItem } from '../../lib/assessment';
import type { CourseStore, PretestAvailability, PretestRecord } from '../../lib/storage';
import { ta } from '../../i18n/assessment';
import { getStore, reportProblem } from '../client/progress-client';

export type PretestView = 'loading' | 'start' | 'taking' | 'results' | 'closed';

/** A pre-test's score: points, percentage and points by theme. It has no pass mark, so no pass or fail. */
export type PretestScore = Omit<AttemptScore, 'passed'>;

/** A conflict with what is stored: the pre-test was submitted, or closed, in another tab. */
const isConflict = (error: unknown) => (error as { name?: string } | null)?.name === 'RecordConflictError';

export class PretestSession {
  view = $state<PretestView>('loading');
  items = $state<DrawnItem[]>([]);
  answers = $state<Record<string, string[]>>({});
  /** Index of the question shown while taking it. */
  current = $state(0);
  result = $state<PretestScore | null>(null);
  /** When the pre-test shown in results was submitted (null for one just scored without storage). */
  submittedAt = $state<string | null>(null);
  /** Items left unanswered at the last submit, in order. */
  missing = $state<string[]>([]);
  /** Why answers are not being saved, or null while they are. */
  notSaved = $state<string | null>(null);
  /** A message about the pre-test, such as being resumed. */
  notice = $state<string | null>(null);
  /** What closed the pre-test (the final assessment started, or an attempt submitted); null while it is open. */
  closedBy = $state<Exclude<PretestAvailability, 'open'> | null>(null);
  /** Closed with a pre-test started but never submitted. */
  unfinished = $state(false);

  #store: CourseStore | null = null;
  /** Whether the pre-test on screen is the stored one (answers and the submission are saved). */
  #stored = false;
  readonly #bank: Question[];
  readonly #byId: Map<string, Question>;

  constructor(bank: Question[]) {
    this.#bank = bank;
    this.#byId = new Map(bank.map((question) => [question.id, question]));
  }

  question(itemId: string): Question {
    const question = this.#byId.get(itemId);
    if (!question) throw new Error(`Unknown question "${itemId}".`);
    return question;
  }

  get total(): number {
    return this.items.length;
  }

  get answeredCount(): number {
    return this.items.filter((item) => this.#answered(item.itemId)).length;
  }

  /** The item shown while taking the pre-test. */
  get currentItem(): DrawnItem | undefined {
    return this.items[this.current];
  }

  /**
   * Opens storage and shows what fits: the stored result, the pre-test in progress, the pre-test closed by the
   * final assessment, or the start button.
   */
  async init(): Promise<void> {
    this.#stored = false;
    try {
      this.#store = await getStore();
      const [pretest, availability] = await Promise.all([
        this.#store.pretest.get(),
        this.#store.pretest.availability(),
      ]);
      this.closedBy = availability === 'open' ? null : availability;
      this.unfinished = pretest !== null && pretest.result === null;
      if (pretest?.result) return this.#showResult(pretest);
      if (pretest && availability !== 'final-submitted') {
        this.#use(pretest);
        if (this.answeredCount > 0) this.notice = ta('pretest.resumed');
        this.view = 'taking';
        return;
      }
      if (availability !== 'open') {
        this.view = 'closed';
        return;
      }
    } catch (error) {
      this.#store = null;
      this.notSaved = reportProblem(error);
    }
    this.view = 'start';
  }

  /** Draws the pre-test, or resumes it if it was started meanwhile (in another tab). */
  async begin(): Promise<void> {
    const draw = () => {
      const seed = newSeed();
      return { seed, items: drawPretest(this.#bank, seed) };
    };
    if (this.#store) {
      try {
        const pretest = await this.#store.pretest.startOrResume(draw);
        // Submitted meanwhile in another tab: show its result.
        if (pretest.result) return this.#showResult(pretest);
        this.#use(pretest);
      } catch (error) {
        // Closed meanwhile (the final assessment started in another tab): show why.
        if (isConflict(error)) return this.init();
        this.notSaved = reportProblem(error);
        this.#store = null;
      }
    }
    if (!this.#stored) {
      this.items = draw().items;
      this.answers = {};
      this.current = 0;
    }
    this.missing = [];
    this.notice = null;
    this.view = 'taking';
  }

  /** Shows question `index` (0-based) of the pre-test. */
  go(index: number): void {
    this.current = Math.min(Math.max(index, 0), Math.max(this.total - 1, 0));
  }

  answer(itemId: string, selected: string[]): void {
    this.answers[itemId] = selected;
    this.missing = this.missing.filter((id) => id !== itemId || selected.length === 0);
    if (!this.#store || !this.#stored) return;
    this.#store.pretest.saveAnswer(itemId, selected).then(
      () => (this.notSaved = null),
      (error: unknown) => {
        // Submitted or closed in another tab: show what is stored now, and why.
        if (isConflict(error)) void this.init();
        else this.notSaved = reportProblem(error);
      },
    );
  }

  /** Submits if every question is answered; otherwise lists the missing ones and returns false. */
  async submit(): Promise<boolean> {
    this.missing = this.items.map((item) => item.itemId).filter((id) => !this.#answered(id));
    if (this.missing.length > 0) return false;
    // No pass mark: the score's pass or fail is left out.
    const { passed: _, ...result } = scoreAttempt(
      this.#bank,
      this.items.map((item) => item.itemId),
      this.answers,
      1,
    );
    this.submittedAt = null;
    if (this.#store && this.#stored) {
      try {
        this.submittedAt = (await this.#store.pretest.submit(result)).submittedAt;
      } catch (error) {
        if (isConflict(error)) {
          await this.init();
          return true;
        }
        this.notice = reportProblem(error);
      }
    }
    this.result = result;
    this.view = 'results';
    return true;
  }

  #answered(itemId: string): boolean {
    return (this.answers[itemId]?.length ?? 0) > 0;
  }

  #use(pretest: PretestRecord): void {
    this.#stored = true;
    this.items = pretest.items.filter((item) => this.#byId.has(item.itemId));
    this.answers = { ...pretest.answers };
    // Resume at the first question without an answer.
    const next = this.items.findIndex((item) => !this.#answered(item.itemId));
    this.current = next >= 0 ? next : Math.max(this.items.length - 1, 0);
  }

  #showResult(pretest: PretestRecord): void {
    this.#use(pretest);
    this.result = pretest.result as PretestScore;
    this.submittedAt = pretest.submittedAt;
    this.view = 'results';
  }
}
