import { PRACTICE_IDS, THEMES, isPracticeId } from '../../schemas/themes';

/**
 * Checks a list of practice IDs, in file order, against the paper's 32: every ID known, none twice, none
 * missing, in the paper's order, and 11/6/4/11 per theme. Returns one readable sentence per problem.
 */
export function findPracticeSetProblems(ids: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();

  for (const id of ids) {
    if (!isPracticeId(id)) problems.push(`Unknown practice ID "${id}".`);
    else if (seen.has(id)) problems.push(`Duplicate practice ID "${id}".`);
    seen.add(id);
  }

  for (const id of PRACTICE_IDS) {
    if (!seen.has(id)) problems.push(`Missing practice "${id}".`);
  }

  for (const theme of THEMES) {
    const count = new Set(ids.filter((id) => isPracticeId(id) && id.startsWith(`${theme.prefix}-`))).size;
    if (count !== theme.count) {
      problems.push(`${theme.title} has ${count} practices; the paper has ${theme.count}.`);
    }
  }

  // Order is only meaningful among known, first occurrences; anything else is already reported above.
  const known = [...new Set(ids.filter(isPracticeId))];
  const canonical = PRACTICE_IDS.filter((id) => known.includes(id));
  const outOfPlace = known.findIndex((id, index) => id !== canonical[index]);
  if (outOfPlace !== -1) {
    problems.push(
      `Practice "${known[outOfPlace]}" is out of sequence: expected "${canonical[outOfPlace]}" at that position (paper order within each theme, themes CC, PR, SA, SC).`,
    );
  }

  return problems;
}
