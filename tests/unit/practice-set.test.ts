import { describe, expect, test } from 'vitest';
import { findPracticeSetProblems } from '../../src/lib/content/practice-set';
import { PRACTICE_IDS, THEMES, isPracticeId, themeOfPractice } from '../../src/schemas/themes';

const valid = [...PRACTICE_IDS];

describe('PRACTICE_IDS', () => {
  test('has 32 IDs, 11/6/4/11 by theme, in the paper order', () => {
    expect(PRACTICE_IDS).toHaveLength(32);
    expect(THEMES.map((theme) => PRACTICE_IDS.filter((id) => id.startsWith(`${theme.prefix}-`)).length)).toEqual([
      11, 6, 4, 11,
    ]);
    expect(PRACTICE_IDS.slice(0, 3)).toEqual(['CC-1', 'CC-2', 'CC-3']);
    expect(PRACTICE_IDS.at(-1)).toBe('SC-11');
  });

  test('isPracticeId accepts known IDs and rejects lookalikes', () => {
    expect(isPracticeId('SA-4')).toBe(true);
    for (const bad of ['SA-5', 'PR-0', 'cc-1', 'CC-01', 'XX-1', 'CC1', '']) expect(isPracticeId(bad)).toBe(false);
  });

  test('themeOfPractice names the owning theme and throws on an unknown ID', () => {
    expect(themeOfPractice('SC-7').title).toBe('Spine Care');
    expect(() => themeOfPractice('SC-12')).toThrow(/Unknown practice ID "SC-12"/);
  });
});

describe('findPracticeSetProblems', () => {
  test('accepts the 32 IDs in order', () => {
    expect(findPracticeSetProblems(valid)).toEqual([]);
  });

  test('reports a missing ID and the short theme', () => {
    const problems = findPracticeSetProblems(valid.filter((id) => id !== 'PR-4'));
    expect(problems).toContain('Missing practice "PR-4".');
    expect(problems).toContain('Professionalism has 5 practices; the paper has 6.');
  });

  test('reports a duplicate ID', () => {
    expect(findPracticeSetProblems([...valid, 'SA-2'])).toContain('Duplicate practice ID "SA-2".');
  });

  test('reports an unknown ID', () => {
    expect(findPracticeSetProblems([...valid, 'SC-12'])).toContain('Unknown practice ID "SC-12".');
    expect(findPracticeSetProblems([...valid, 'AI-1'])).toContain('Unknown practice ID "AI-1".');
  });

  test('reports IDs out of sequence within a theme', () => {
    const swapped = [...valid];
    [swapped[4], swapped[5]] = [swapped[5]!, swapped[4]!];
    expect(findPracticeSetProblems(swapped)).toEqual([
      'Practice "CC-6" is out of sequence: expected "CC-5" at that position (paper order within each theme, themes CC, PR, SA, SC).',
    ]);
  });

  test('reports themes out of order', () => {
    const themesSwapped = [
      ...valid.filter((id) => id.startsWith('PR-')),
      ...valid.filter((id) => !id.startsWith('PR-')),
    ];
    expect(findPracticeSetProblems(themesSwapped).join('\n')).toMatch(/out of sequence/);
  });

  test('reports an empty set as every practice missing', () => {
    const problems = findPracticeSetProblems([]);
    expect(problems.filter((problem) => problem.startsWith('Missing'))).toHaveLength(32);
  });
});
