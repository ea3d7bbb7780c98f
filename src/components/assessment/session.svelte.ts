/**
 * A learner's final-assessment session: resume or draw an attempt, save answers as they go, validate and submit.
 * Rune state only; the component renders it.
 */
import type { Question } from '../../content/schemas/question';
import { drawAssessment, newSeed, scoreAttempt, type AttemptScore, type DrawnItem } from '../../lib/assessment';
import type { AssessmentAttemptRecord, CourseStore } from '../../lib/storage';
import { getStore, reportStorageProblem } from '../client/progress-client';

export type AssessmentView = 'loading' | 'start' | 'taking' | 'results';

export class AssessmentSession {
  view = $state<AssessmentView>('loading');
  items = $state<DrawnItem[]>([]);
  answers = $state<Record<string, string[]>>({});
  result = $state<AttemptScore | null>(null);
  /** Items left unanswered at the last submit, in order. */
  missing = $state<string[]>([]);
  /** Whether answers are being saved on this device. */
  saving = $state(true);
  /** The attempt was resumed after a reload or a closed tab. */
  resumed = $state(false);

  #store: CourseStore | null = null;
  #attemptId: number | null = null;
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

  /** Opens storage; an attempt in progress is resumed at once. */
  async init(): Promise<void> {
    try {
      this.#store = await getStore();
      const open = await this.#store.getAssessmentInProgress();
      if (open) {
        this.#use(open);
        this.resumed = true;
        this.view = 'taking';
        return;
      }
    } catch (error) {
      this.#store = null;
      this.saving = false;
      reportStorageProblem(error);
    }
    this.view = 'start';
  }

  /** Starts a fresh attempt (a new draw), or resumes the open one. */
  async begin(): Promise<void> {
    const draw = () => {
      const seed = newSeed();
      return { seed, items: drawAssessment(this.#bank, seed) };
    };
    if (this.#store) {
      try {
        this.#use(await this.#store.startOrResumeAssessment(draw, this.passMark));
      } catch (error) {
        reportStorageProblem(error);
        this.#store = null;
        this.saving = false;
      }
    }
    if (!this.#store) {
      this.items = draw().items;
      this.answers = {};
    }
    this.result = null;
    this.missing = [];
    this.resumed = false;
    this.view = 'taking';
  }

  answer(itemId: string, selected: string[]): void {
    this.answers[itemId] = selected;
    this.missing = this.missing.filter((id) => id !== itemId || selected.length === 0);
    if (this.#store && this.#attemptId !== null) {
      this.#store.saveAssessmentAnswer(this.#attemptId, itemId, selected).catch((error: unknown) => {
        this.saving = false;
        reportStorageProblem(error);
      });
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
    if (this.#store && this.#attemptId !== null) {
      try {
        await this.#store.submitAssessment(this.#attemptId, result);
      } catch (error) {
        reportStorageProblem(error);
      }
    }
    this.result = result;
    this.view = 'results';
    return true;
  }

  #use(attempt: AssessmentAttemptRecord): void {
    this.#attemptId = attempt.id ?? null;
    this.items = attempt.items.filter((item) => this.#byId.has(item.itemId));
    this.answers = { ...attempt.answers };
  }
}
