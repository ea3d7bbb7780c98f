/** Drawing a final assessment from the question bank: stratified by theme, one item per practice where possible. */
import type { Question } from '../../schemas/question';
import { THEMES, type ThemePrefix } from '../../schemas/themes';
import { seededRandom, shuffled } from '../random';

/**
 * Items per theme in the final assessment (21): roughly in proportion to the practices (11/6/4/11 of 32), with at
 * least 3 for every theme.
 */
export const THEME_QUOTAS: Readonly<Record<ThemePrefix, number>> = { CC: 7, PR: 4, SA: 3, SC: 7 };

/** Items per theme in the optional pre-test (10): the same blueprint, scaled down. */
export const PRETEST_QUOTAS: Readonly<Record<ThemePrefix, number>> = { CC: 3, PR: 2, SA: 2, SC: 3 };

/** One drawn item: which question, and the order its options (or parts) are shown in. */
export interface DrawnItem {
  itemId: string;
  order: string[];
}

/** The primary practice of an item: the one it mainly assesses. */
export function primaryPractice(question: Question): string {
  return question.practices[0]!;
}

/** The option or part IDs of an item. */
export function choiceIds(question: Question): string[] {
  return question.type === 'spot' ? question.parts.map((part) => part.id) : question.options.map((option) => option.id);
}

/**
 * Draws an assessment from the summative items: knowledge-check items (seen with their feedback in the modules)
 * and the `exclude`d ones (the learner's pre-test) are never drawn. For each theme, practices are taken in a random
 * order and one item is drawn for each until the theme's quota is met; only if the theme has too few practices with
 * items does a practice appear twice. Items and their options are shuffled. The same bank, seed and exclusions
 * always give the same draw.
 */
export function drawAssessment(
  bank: readonly Question[],
  seed: number,
  quotas: Readonly<Record<ThemePrefix, number>> = THEME_QUOTAS,
  exclude: ReadonlySet<string> = new Set(),
): DrawnItem[] {
  const random = seededRandom(seed);
  const drawn: Question[] = [];
  const pool = bank.filter((question) => !question.knowledgeCheck && !exclude.has(question.id));
  for (const theme of THEMES) {
    const quota = quotas[theme.prefix];
    const items = pool.filter((question) => primaryPractice(question).startsWith(`${theme.prefix}-`));
    const practices = shuffled([...new Set(items.map(primaryPractice))].sort(), random);
    const chosen: Question[] = [];
    for (const practice of practices) {
      if (chosen.length === quota) break;
      const candidates = items.filter((question) => primaryPractice(question) === practice);
      chosen.push(candidates[Math.floor(random() * candidates.length)]!);
    }
    // Where the bank allows no more distinct practices, fill from the theme's remaining items.
    for (const question of shuffled(items, random)) {
      if (chosen.length === quota) break;
      if (!chosen.includes(question)) chosen.push(question);
    }
    if (chosen.length < quota) {
      throw new Error(`The bank has ${items.length} ${theme.title} items; the assessment needs ${quota}.`);
    }
    drawn.push(...chosen);
  }
  // Options are shuffled; the parts of a spot-the-problem item keep the order the mock shows them in.
  return shuffled(drawn, random).map((question) => ({
    itemId: question.id,
    order: question.type === 'spot' ? choiceIds(question) : shuffled(choiceIds(question), random),
  }));
}
