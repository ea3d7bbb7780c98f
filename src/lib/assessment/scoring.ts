/**
 * Scoring. Single choice: 1 point for the correct option, else 0. Multiple response and spot the problem use
 * partial credit: (correct selections − incorrect selections) ÷ number of correct answers, never below 0. So
 * selecting everything earns nothing, and each wrong mark cancels one right one.
 */
import type { Question } from '../../schemas/question';
import { THEMES, type ThemeId } from '../../schemas/themes';
import { primaryPractice } from './draw';

/** The option or part IDs that are right for an item. */
export function correctIds(question: Question): string[] {
  return question.type === 'spot'
    ? question.parts.filter((part) => part.problem).map((part) => part.id)
    : question.options.filter((option) => option.correct).map((option) => option.id);
}

/** Points (0 to 1) for one answer, given as the selected option or part IDs. */
export function scoreItem(question: Question, selected: readonly string[]): number {
  const correct = new Set(correctIds(question));
  const chosen = new Set(selected);
  if (question.type === 'single') return chosen.size === 1 && correct.has([...chosen][0]!) ? 1 : 0;
  let hits = 0;
  let misses = 0;
  for (const id of chosen) {
    if (correct.has(id)) hits += 1;
    else misses += 1;
  }
  return Math.max(0, (hits - misses) / correct.size);
}

/** Points as shown: at most two decimals (partial credit gives thirds and the like). */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Whether a score passes: at or above the pass mark. 79.9% fails an 80% mark; 80% passes. */
export function isPassing(earned: number, possible: number, passMark: number): boolean {
  if (possible <= 0) return false;
  // A tolerance far below any real score step, so 16/20 is not failed by floating-point rounding.
  return earned / possible >= passMark - 1e-9;
}

export interface ThemeScore {
  theme: ThemeId;
  title: string;
  earned: number;
  possible: number;
}

export interface AttemptScore {
  earned: number;
  possible: number;
  /** 0-100, one decimal. */
  percent: number;
  passed: boolean;
  byTheme: ThemeScore[];
  items: { itemId: string; score: number }[];
}

/** Scores a whole attempt: every drawn item counts, unanswered items earn 0. */
export function scoreAttempt(
  bank: readonly Question[],
  itemIds: readonly string[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number,
): AttemptScore {
  const byId = new Map(bank.map((question) => [question.id, question]));
  const items = itemIds.map((itemId) => {
    const question = byId.get(itemId);
    if (!question) throw new Error(`Unknown question "${itemId}".`);
    return { itemId, question, score: scoreItem(question, answers[itemId] ?? []) };
  });
  const earned = items.reduce((sum, item) => sum + item.score, 0);
  const possible = items.length;
  const byTheme = THEMES.map((theme) => {
    const mine = items.filter((item) => primaryPractice(item.question).startsWith(`${theme.prefix}-`));
    return {
      theme: theme.id,
      title: theme.title,
      earned: mine.reduce((sum, item) => sum + item.score, 0),
      possible: mine.length,
    };
  });
  return {
    earned,
    possible,
    percent: possible === 0 ? 0 : Math.floor((earned / possible) * 1000) / 10,
    passed: isPassing(earned, possible, passMark),
    byTheme,
    items: items.map(({ itemId, score }) => ({ itemId, score })),
  };
}
