/**
 * The optional pre-test: a baseline of 10 items from the final assessment's blueprint, taken before the course.
 * Its items are left out of the learner's final draws, and the gain by theme compares the two. Pure functions.
 */
import type { Question } from '../../schemas/question';
import { PRETEST_QUOTAS, THEME_QUOTAS, drawAssessment, type DrawnItem } from './draw';

/** How many items the pre-test has. */
export const PRETEST_ITEM_COUNT = Object.values(PRETEST_QUOTAS).reduce((sum, count) => sum + count, 0);

/** About how long it takes, in minutes: a minute a question. */
export const PRETEST_MINUTES = PRETEST_ITEM_COUNT;

/** The pre-test's draw for a seed: summative items only, the pre-test's quotas. The same seed gives the same draw. */
export function drawPretest(bank: readonly Question[], seed: number): DrawnItem[] {
  return drawAssessment(bank, seed, PRETEST_QUOTAS);
}

/**
 * The item IDs of a learner's pre-test, which their final assessment never draws: as stored, or, for a pre-test
 * kept without its items (restored from an LMS), recomputed from its seed. None without a pre-test.
 */
export function pretestItemIds(
  bank: readonly Question[],
  pretest: { seed: number; items: readonly { itemId: string }[] } | null,
): Set<string> {
  if (!pretest) return new Set();
  if (pretest.items.length > 0) return new Set(pretest.items.map((item) => item.itemId));
  try {
    return new Set(drawPretest(bank, pretest.seed).map((item) => item.itemId));
  } catch {
    // A bank too small to draw from: nothing to leave out.
    return new Set();
  }
}

/** A final-assessment draw that never includes the pre-test's items. */
export function drawFinal(bank: readonly Question[], seed: number, pretestItems: ReadonlySet<string>): DrawnItem[] {
  return drawAssessment(bank, seed, THEME_QUOTAS, pretestItems);
}

/** Points in one theme. */
export interface ThemePoints {
  theme: string;
  title: string;
  earned: number;
  possible: number;
}

/** One theme's pre-test and final percentages (0-100, one decimal). The gain is their difference, in points. */
export interface ThemeGain {
  theme: string;
  title: string;
  pretestPercent: number;
  finalPercent: number;
}

/** A theme's points as a percentage with at most one decimal (0 when it had no items). */
export function themePercent(points: Pick<ThemePoints, 'earned' | 'possible'>): number {
  return points.possible > 0 ? Math.round((points.earned / points.possible) * 1000) / 10 : 0;
}

/** The gain in percentage points, with at most one decimal (negative when the final score is lower). */
export function gainPoints(gain: Pick<ThemeGain, 'pretestPercent' | 'finalPercent'>): number {
  return Math.round((gain.finalPercent - gain.pretestPercent) * 10) / 10;
}

/** Pre-test and final percentages for every theme that had items in both, in the final's order. */
export function themeGains(pretest: readonly ThemePoints[], final: readonly ThemePoints[]): ThemeGain[] {
  return final.flatMap((after) => {
    const before = pretest.find((entry) => entry.theme === after.theme);
    if (!before || before.possible <= 0 || after.possible <= 0) return [];
    return [
      {
        theme: after.theme,
        title: after.title,
        pretestPercent: themePercent(before),
        finalPercent: themePercent(after),
      },
    ];
  });
}

/**
 * The final attempt a gain is measured against: the best passing one, or the best one if none passed; null
 * without any.
 */
export function gainReference<R extends { percent: number; passed: boolean }>(results: readonly R[]): R | null {
  const passing = results.filter((result) => result.passed);
  const pool = passing.length > 0 ? passing : results;
  return pool.reduce<R | null>((best, result) => (!best || result.percent > best.percent ? result : best), null);
}
