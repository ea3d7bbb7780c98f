import { describe, expect, test } from 'vitest';
import {
  PRETEST_ITEM_COUNT,
  PRETEST_QUOTAS,
  THEME_QUOTAS,
  drawFinal,
  drawPretest,
  gainPoints,
  gainReference,
  pretestItemIds,
  primaryPractice,
  themeGains,
  themePercent,
} from '../../src/lib/assessment';
import { loadQuestions } from '../../src/lib/content/load';

const bank = loadQuestions();
const byId = new Map(bank.map((question) => [question.id, question]));
const themeCounts = (ids: string[]) => {
  const counts = { CC: 0, PR: 0, SA: 0, SC: 0 };
  for (const id of ids) counts[primaryPractice(byId.get(id)!).slice(0, 2) as keyof typeof counts] += 1;
  return counts;
};

describe('drawPretest', () => {
  test('draws 10 summative items on the final assessment’s blueprint, scaled down (3 CC, 2 PR, 2 SA, 3 SC)', () => {
    expect(PRETEST_ITEM_COUNT).toBe(10);
    for (let seed = 1; seed <= 50; seed++) {
      const drawn = drawPretest(bank, seed).map((item) => item.itemId);
      expect(drawn).toHaveLength(10);
      expect(themeCounts(drawn)).toEqual(PRETEST_QUOTAS);
      expect(drawn.filter((id) => byId.get(id)!.knowledgeCheck)).toEqual([]);
    }
  });

  test('is deterministic from its seed, so a stored seed alone gives back the items', () => {
    const items = drawPretest(bank, 123_456);
    expect(drawPretest(bank, 123_456)).toEqual(items);
    expect(pretestItemIds(bank, { seed: 123_456, items: [] })).toEqual(new Set(items.map((item) => item.itemId)));
  });
});

describe('pretestItemIds', () => {
  test('are the stored items when there are any, else recomputed from the seed; none without a pre-test', () => {
    expect(pretestItemIds(bank, { seed: 1, items: [{ itemId: 'a' }, { itemId: 'b' }] })).toEqual(new Set(['a', 'b']));
    expect(pretestItemIds(bank, null)).toEqual(new Set());
    // A bank too small to draw from leaves nothing out rather than failing the final assessment.
    expect(pretestItemIds(bank.slice(0, 3), { seed: 1, items: [] })).toEqual(new Set());
  });
});

describe('drawFinal', () => {
  test('never draws an item of the learner’s pre-test, and keeps the final blueprint, for many seeds', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const pretest = pretestItemIds(bank, { seed, items: drawPretest(bank, seed) });
      for (const finalSeed of [seed * 7919, seed * 104_729 + 1]) {
        const final = drawFinal(bank, finalSeed, pretest).map((item) => item.itemId);
        expect(
          final.filter((id) => pretest.has(id)),
          `pre-test ${seed}, final ${finalSeed}`,
        ).toEqual([]);
        expect(themeCounts(final)).toEqual(THEME_QUOTAS);
      }
    }
  });
});

describe('themeGains', () => {
  const pretest = [
    { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 1, possible: 3 },
    { theme: 'professionalism', title: 'Professionalism', earned: 2, possible: 2 },
    { theme: 'security-access', title: 'Security and Access', earned: 0, possible: 0 },
  ];
  const final = [
    { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 6, possible: 7 },
    { theme: 'professionalism', title: 'Professionalism', earned: 3, possible: 4 },
    { theme: 'security-access', title: 'Security and Access', earned: 3, possible: 3 },
    { theme: 'spine-care', title: 'Spine Care', earned: 7, possible: 7 },
  ];

  test('gives each theme’s pre-test and final percentages (one decimal), for themes with items in both', () => {
    const gains = themeGains(pretest, final);
    expect(gains).toEqual([
      {
        theme: 'compliance-confidentiality',
        title: 'Compliance and Confidentiality',
        pretestPercent: 33.3,
        finalPercent: 85.7,
      },
      { theme: 'professionalism', title: 'Professionalism', pretestPercent: 100, finalPercent: 75 },
    ]);
    expect(gains.map(gainPoints)).toEqual([52.4, -25]);
  });

  test('a theme’s percentage is 0 when it had no items', () => {
    expect(themePercent({ earned: 0, possible: 0 })).toBe(0);
    expect(themePercent({ earned: 2 / 3, possible: 1 })).toBe(66.7);
  });
});

describe('gainReference', () => {
  test('is the best passing attempt, or the best attempt if none passed', () => {
    const attempts = [
      { percent: 95, passed: false },
      { percent: 82, passed: true },
      { percent: 88, passed: true },
    ];
    expect(gainReference(attempts)).toBe(attempts[2]);
    expect(gainReference(attempts.map((attempt) => ({ ...attempt, passed: false })))).toEqual(attempts[0]);
    expect(gainReference([])).toBeNull();
  });
});
