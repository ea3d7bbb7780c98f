/**
 * The four themes of the source paper and the practice IDs they own. This is the one place that says how many
 * practices exist: every other list of IDs is checked against it.
 */

export const THEMES = [
  {
    id: 'compliance-confidentiality',
    prefix: 'CC',
    title: 'Compliance and Confidentiality',
    count: 11,
  },
  { id: 'professionalism', prefix: 'PR', title: 'Professionalism', count: 6 },
  { id: 'security-access', prefix: 'SA', title: 'Security and Access', count: 4 },
  { id: 'spine-care', prefix: 'SC', title: 'Spine Care', count: 11 },
] as const;

export type Theme = (typeof THEMES)[number];
export type ThemeId = Theme['id'];
export type ThemePrefix = Theme['prefix'];

/** A practice ID such as `CC-5`: a theme prefix, a hyphen and a 1-based position within the theme. */
export type PracticeId = `${ThemePrefix}-${number}`;

export const THEME_IDS = THEMES.map((theme) => theme.id) as [ThemeId, ...ThemeId[]];

/** Every valid practice ID, in course order (theme by theme, then the paper's order within a theme). */
export const PRACTICE_IDS: readonly PracticeId[] = THEMES.flatMap((theme) =>
  Array.from({ length: theme.count }, (_, index) => `${theme.prefix}-${index + 1}` as PracticeId),
);

const knownIds = new Set<string>(PRACTICE_IDS);

/** True when `value` names one of the 32 practices. */
export function isPracticeId(value: string): value is PracticeId {
  return knownIds.has(value);
}

/** The theme that owns a practice ID. Throws on an unknown ID. */
export function themeOfPractice(id: string): Theme {
  const theme = THEMES.find((candidate) => id.startsWith(`${candidate.prefix}-`));
  if (!theme || !isPracticeId(id)) throw new Error(`Unknown practice ID "${id}".`);
  return theme;
}

/** The theme with this ID. Throws on an unknown theme. */
export function getTheme(id: string): Theme {
  const theme = THEMES.find((candidate) => candidate.id === id);
  if (!theme) throw new Error(`Unknown theme "${id}".`);
  return theme;
}

/** The practice IDs of one theme, in order. */
export function practiceIdsOfTheme(id: ThemeId): PracticeId[] {
  return PRACTICE_IDS.filter((practiceId) => themeOfPractice(practiceId).id === id);
}

/** The element ID and URL fragment used for a practice everywhere on the site (`CC-1` → `cc-1`). */
export function practiceAnchor(id: PracticeId): string {
  return id.toLowerCase();
}
