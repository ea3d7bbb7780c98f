/** What a mock account's round avatar shows: one initial on one of a few colours, the same for the same account. */

/** Words a fictional account's name often starts with that would give every avatar the same letter. */
const LEADING_ARTICLES = new Set(['a', 'an', 'another', 'the']);

/** Avatar colours; each keeps white text above 4.5:1 in light and dark pages. */
export const AVATAR_TONES = 6;

/** The initial an avatar shows: "A colleague" gives C, "Your practice" gives Y. */
export function avatarInitial(name: string): string {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const word = words.find((candidate) => !LEADING_ARTICLES.has(candidate.toLowerCase())) ?? words[0] ?? '?';
  return word.charAt(0).toUpperCase();
}

/** A colour index (0 to AVATAR_TONES - 1) for an account, stable across renders. */
export function avatarTone(handle: string): number {
  let hash = 0;
  for (const character of handle) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % AVATAR_TONES;
}
