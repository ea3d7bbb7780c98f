import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/schemas/question';
import {
  PRETEST_QUOTAS,
  THEME_QUOTAS,
  drawAssessment,
  isPassing,
  primaryPractice,
  scoreAttempt,
  scoreItem,
  seededRandom,
  shuffled,
} from '../../src/lib/assessment';
import { PRACTICE_IDS } from '../../src/schemas/themes';

const rationale = 'Because PR-2 says so.';

function single(id: string, practice: string): Question {
  return {
    id,
    type: 'single',
    practices: [practice as 'PR-2'],
    difficulty: 'easy',
    knowledgeCheck: false,
    stem: 'Which option is right?',
    options: [
      { id: 'right', text: 'Right', correct: true, rationale },
      { id: 'wrong-a', text: 'Wrong A', correct: false, rationale },
      { id: 'wrong-b', text: 'Wrong B', correct: false, rationale },
    ],
  };
}

const multiple: Question = {
  id: 'pr-2-multi',
  type: 'multiple',
  practices: ['PR-2'],
  difficulty: 'medium',
  knowledgeCheck: false,
  stem: 'Which options are right?',
  options: [
    { id: 'a', text: 'A', correct: true, rationale },
    { id: 'b', text: 'B', correct: true, rationale },
    { id: 'c', text: 'C', correct: false, rationale },
    { id: 'd', text: 'D', correct: false, rationale },
  ],
};

/** A bank with two items for every practice. */
const bank: Question[] = PRACTICE_IDS.flatMap((practice) => [
  single(`${practice.toLowerCase()}-one`, practice),
  single(`${practice.toLowerCase()}-two`, practice),
]);

describe('scoreItem', () => {
  test('single choice: 1 for the correct option, 0 otherwise', () => {
    const item = single('pr-1-x', 'PR-1');
    expect(scoreItem(item, ['right'])).toBe(1);
    expect(scoreItem(item, ['wrong-a'])).toBe(0);
    expect(scoreItem(item, [])).toBe(0);
  });

  test('multiple response: partial credit, each wrong mark cancels a right one, never below 0', () => {
    expect(scoreItem(multiple, ['a', 'b'])).toBe(1);
    expect(scoreItem(multiple, ['a'])).toBe(0.5);
    expect(scoreItem(multiple, ['a', 'c'])).toBe(0);
    expect(scoreItem(multiple, ['a', 'b', 'c'])).toBe(0.5);
    expect(scoreItem(multiple, ['a', 'b', 'c', 'd'])).toBe(0);
    expect(scoreItem(multiple, ['c', 'd'])).toBe(0);
    expect(scoreItem(multiple, [])).toBe(0);
  });
});

describe('isPassing', () => {
  test('the pass mark boundary: 79.9% fails, 80% passes', () => {
    expect(isPassing(15.98, 20, 0.8)).toBe(false);
    expect(isPassing(16, 20, 0.8)).toBe(true);
    expect(isPassing(799, 1000, 0.8)).toBe(false);
    expect(isPassing(800, 1000, 0.8)).toBe(true);
    expect(isPassing(0, 0, 0.8)).toBe(false);
  });
});

describe('drawAssessment', () => {
  test('draws 21 items stratified 7 CC, 4 PR, 3 SA, 7 SC: every theme at least 3', () => {
    const drawn = drawAssessment(bank, 42);
    expect(drawn).toHaveLength(21);
    const byId = new Map(bank.map((question) => [question.id, question]));
    const counts = { CC: 0, PR: 0, SA: 0, SC: 0 };
    for (const item of drawn) counts[primaryPractice(byId.get(item.itemId)!).slice(0, 2) as keyof typeof counts] += 1;
    expect(counts).toEqual(THEME_QUOTAS);
  });

  test('never repeats a practice when the bank allows, across many seeds', () => {
    const byId = new Map(bank.map((question) => [question.id, question]));
    for (let seed = 1; seed <= 200; seed++) {
      const practices = drawAssessment(bank, seed).map((item) => primaryPractice(byId.get(item.itemId)!));
      expect(new Set(practices).size).toBe(21);
    }
  });

  test('never draws a knowledge-check item (seen with its feedback in a module)', () => {
    const checks = new Set(bank.filter((_, index) => index % 3 === 0).map((question) => question.id));
    const marked = bank.map((question) => ({ ...question, knowledgeCheck: checks.has(question.id) }));
    for (let seed = 1; seed <= 100; seed++) {
      const drawn = drawAssessment(marked, seed).map((item) => item.itemId);
      expect(drawn.filter((id) => checks.has(id))).toEqual([]);
    }
  });

  test('the pre-test draws 10 items on the same blueprint; the final draw then excludes them', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const pretest = drawAssessment(bank, seed, PRETEST_QUOTAS).map((item) => item.itemId);
      expect(pretest).toHaveLength(10);
      const final = drawAssessment(bank, seed + 1000, THEME_QUOTAS, new Set(pretest)).map((item) => item.itemId);
      expect(final).toHaveLength(21);
      expect(final.filter((id) => pretest.includes(id))).toEqual([]);
    }
  });

  test('is reproducible from its seed and differs between seeds', () => {
    expect(drawAssessment(bank, 7)).toEqual(drawAssessment(bank, 7));
    expect(drawAssessment(bank, 7)).not.toEqual(drawAssessment(bank, 8));
  });

  test('shuffles options: each drawn item lists all its options once', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      for (const item of drawAssessment(bank, seed)) {
        expect([...item.order].sort()).toEqual(['right', 'wrong-a', 'wrong-b']);
        orders.add(item.order.join());
      }
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  test('repeats a practice only when a theme has too few practices with items', () => {
    const thin = bank.filter((question) => !/^sa-[34]-/.test(question.id));
    for (let seed = 1; seed <= 50; seed++) {
      const sa = drawAssessment(thin, seed).filter((item) => item.itemId.startsWith('sa-'));
      expect(sa).toHaveLength(3);
      expect(new Set(sa.map((item) => item.itemId.slice(0, 4)))).toEqual(new Set(['sa-1', 'sa-2']));
    }
  });

  test('refuses a bank too small for a quota', () => {
    expect(() =>
      drawAssessment(
        bank.filter((question) => !question.id.startsWith('sa-')),
        1,
      ),
    ).toThrow(/Security and Access/);
  });
});

describe('scoreAttempt', () => {
  test('totals, percent, pass and per-theme breakdown; unanswered items earn 0', () => {
    const drawn = drawAssessment(bank, 11).map((item) => item.itemId);
    const answers: Record<string, string[]> = {};
    drawn.slice(0, 17).forEach((id) => (answers[id] = ['right']));
    const result = scoreAttempt(bank, drawn, answers, 0.8);
    expect(result).toMatchObject({ earned: 17, possible: 21, percent: 80.9, passed: true });
    expect(result.byTheme.map((theme) => theme.possible)).toEqual([7, 4, 3, 7]);
    expect(result.byTheme.reduce((sum, theme) => sum + theme.earned, 0)).toBe(17);

    delete answers[drawn[0]!];
    expect(scoreAttempt(bank, drawn, answers, 0.8)).toMatchObject({ earned: 16, percent: 76.1, passed: false });
  });
});

describe('seededRandom and shuffled', () => {
  test('the same seed gives the same sequence', () => {
    const a = seededRandom(99);
    const b = seededRandom(99);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(1)).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
