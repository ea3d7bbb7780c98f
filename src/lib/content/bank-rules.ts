/**
 * Rules that make the question bank test transfer rather than recognition: summative items are new situations (not
 * practice-card examples reworded), every practice has enough of them for the pre-test and the final assessment to
 * be drawn without reuse, and the figures a reviewer asks about (stems that name a practice, justifying clauses in
 * right and wrong options) are measured. Pure functions: the loader and `npm run content:report` share them.
 */
import type { Practice } from '../../schemas/practice';
import type { Question } from '../../schemas/question';
import { PRACTICE_IDS, THEMES, type ThemePrefix } from '../../schemas/themes';
import { PRETEST_QUOTAS, THEME_QUOTAS } from '../assessment/draw';

/** The largest share of a summative stem's content words that one practice-card example may also contain. */
export const MAX_EXAMPLE_OVERLAP = 1 / 3;

/** Summative items (not in a knowledge check) each practice needs as their primary practice. */
export const MIN_SUMMATIVE_PER_PRACTICE = 2;

// Function words and words every item uses; what is left carries the situation.
const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there their they them you your yours we our us he she ' +
    'his her its it is are was were be been being to of in on at by for with from as into about after before over ' +
    'under again once here when where why how all any both each few more most other some such no nor not only own ' +
    'same so too very can will just should would could may might must do does did doing have has had having i me my ' +
    'what which who whom whose while until up down out off above below between through during also one two three ' +
    'four five first new now get gets got make makes made say says said ask asks asked'
  ).split(' '),
);

/** The content words of a text: lower case, three letters or more, without function words. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [];
  return new Set(words.map((word) => word.replace(/'s$/, '')).filter((w) => w.length >= 3 && !STOPWORDS.has(w)));
}

/** The practice-card example closest to a stem: the share of the stem's content words it also contains. */
export function closestExample(
  stem: string,
  practices: readonly Pick<Practice, 'id' | 'examples'>[],
): { share: number; practice: string; example: number } {
  const words = contentWords(stem);
  let best = { share: 0, practice: '', example: 0 };
  for (const practice of practices) {
    practice.examples.forEach((example, index) => {
      const other = contentWords(example.text);
      const shared = [...words].filter((word) => other.has(word)).length;
      const share = words.size === 0 ? 0 : shared / words.size;
      if (share > best.share) best = { share, practice: practice.id, example: index + 1 };
    });
  }
  return best;
}

/** A clause that argues for the option it is in. */
const JUSTIFYING = /\b(?:since|because|so that)\b/i;

/** Share of right and of wrong options (single and multiple items) that carry a justifying clause, and their length. */
export function optionBalance(questions: readonly Question[]): {
  right: { count: number; justified: number; meanWords: number };
  wrong: { count: number; justified: number; meanWords: number };
} {
  const tally = (correct: boolean) => {
    const texts = questions.flatMap((question) =>
      question.type === 'spot' ? [] : question.options.filter((o) => o.correct === correct).map((o) => o.text),
    );
    const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
    return {
      count: texts.length,
      justified: texts.filter((text) => JUSTIFYING.test(text)).length,
      meanWords: texts.length === 0 ? 0 : Math.round((words / texts.length) * 10) / 10,
    };
  };
  return { right: tally(true), wrong: tally(false) };
}

/** Every problem with the bank as a whole that these rules find, each naming the item or practice. */
export function findBankRuleProblems(
  questions: readonly Question[],
  practices: readonly Pick<Practice, 'id' | 'examples'>[],
): string[] {
  const problems: string[] = [];
  const summative = questions.filter((question) => !question.knowledgeCheck);
  for (const question of summative) {
    const closest = closestExample(question.stem, practices);
    if (closest.share > MAX_EXAMPLE_OVERLAP) {
      problems.push(
        `${question.id}: its stem shares ${Math.round(closest.share * 100)}% of its content words with example ` +
          `${closest.example} of ${closest.practice}'s card (at most ${Math.round(MAX_EXAMPLE_OVERLAP * 100)}%): ` +
          'a summative item is a new situation, not a card example reworded.',
      );
    }
  }
  for (const id of PRACTICE_IDS) {
    const count = summative.filter((question) => question.practices[0] === id).length;
    if (count < MIN_SUMMATIVE_PER_PRACTICE) {
      problems.push(
        `Practice ${id} is the primary practice of ${count} summative items (not knowledge checks); ` +
          `at least ${MIN_SUMMATIVE_PER_PRACTICE} are needed.`,
      );
    }
  }
  for (const theme of THEMES) {
    const prefix: ThemePrefix = theme.prefix;
    const needed = THEME_QUOTAS[prefix] + PRETEST_QUOTAS[prefix];
    const count = summative.filter((question) => question.practices[0]!.startsWith(`${prefix}-`)).length;
    if (count < needed) {
      problems.push(
        `${theme.title} has ${count} summative items; the pre-test and the final assessment together draw ${needed}.`,
      );
    }
  }
  return problems;
}
