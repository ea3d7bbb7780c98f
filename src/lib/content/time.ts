/**
 * Honest time estimates, computed at build from the content itself: a module's reading at a stated rate plus its
 * knowledge check; the whole course adds the scenarios completion requires, the final assessment and the
 * evaluation. The rates are stated on the About page so a CME reviewer can check the arithmetic.
 */

/** Reading rate for professional text read carefully, in words a minute. */
export const READING_WORDS_PER_MINUTE = 200;
/** Minutes for one knowledge-check item: read it, answer, read the feedback. */
export const KNOWLEDGE_CHECK_MINUTES_PER_ITEM = 1;
/** Minutes for one final-assessment item (situations to read, several options, no feedback). */
export const ASSESSMENT_MINUTES_PER_ITEM = 1.5;
/** Minutes for the course evaluation (six ratings and two optional comments). */
export const EVALUATION_MINUTES = 5;

/** Words of prose in an MDX body: imports, tags and attributes, markup and URLs left out. */
export function countMdxWords(body: string): number {
  const text = body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_`>|[\]{}-]/g, ' ');
  return countWords(text);
}

/** Words in plain text. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Minutes for a module: its words at the reading rate, plus its knowledge check; whole minutes, at least 1. */
export function moduleMinutes(words: number, knowledgeCheckItems: number): number {
  return Math.max(
    1,
    Math.round(words / READING_WORDS_PER_MINUTE + knowledgeCheckItems * KNOWLEDGE_CHECK_MINUTES_PER_ITEM),
  );
}

/** What a full completion takes, in minutes, by part and in all. */
export interface CourseTime {
  modules: number;
  scenarios: number;
  assessment: number;
  evaluation: number;
  total: number;
}

/**
 * A full completion: every module, one scenario per theme (each theme's scenarios' mean estimate), the final
 * assessment and the evaluation.
 */
export function courseTime(
  moduleMinutesList: readonly number[],
  scenarioMinutesByTheme: readonly (readonly number[])[],
  assessmentItems: number,
): CourseTime {
  const modules = moduleMinutesList.reduce((sum, minutes) => sum + minutes, 0);
  const scenarios = Math.round(
    scenarioMinutesByTheme.reduce(
      (sum, minutes) => sum + minutes.reduce((a, b) => a + b, 0) / Math.max(1, minutes.length),
      0,
    ),
  );
  const assessment = Math.round(assessmentItems * ASSESSMENT_MINUTES_PER_ITEM);
  return {
    modules,
    scenarios,
    assessment,
    evaluation: EVALUATION_MINUTES,
    total: modules + scenarios + assessment + EVALUATION_MINUTES,
  };
}
