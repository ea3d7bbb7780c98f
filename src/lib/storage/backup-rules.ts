/**
 * What the course could have written, beyond the shape the schema checks: IDs this course has, values that can
 * happen (scores within their maximum and adding up, results that match their points, dates in order and not in
 * the future), and no ID twice. Each rule returns the first problem in plain words, or null.
 */
import { isPassing } from '../assessment/scoring';
import type { CourseCatalog } from './backup-format';
import type { Backup } from './backup-schema';

/** The most active time one page can have gathered: 100 hours. */
export const MAX_ACTIVE_MS_PER_PAGE = 100 * 3_600_000;
/** Clocks differ between devices: a date up to a day ahead is accepted. */
const CLOCK_SLACK_MS = 24 * 3_600_000;

type Problem = string | null;

const unknown = (what: string, id: string, where: string) =>
  `${where} names the ${what} "${id}", which this course does not have.`;

/** The first ID that appears twice, as a problem. */
function twice(ids: string[], what: string): Problem {
  const found = new Set<string>();
  for (const id of ids) {
    if (found.has(id)) return `The ${what} "${id}" appears twice in the file.`;
    found.add(id);
  }
  return null;
}

const first = (...checks: (() => Problem)[]): Problem => {
  for (const check of checks) {
    const problem = check();
    if (problem) return problem;
  }
  return null;
};

/** Every date in the file is no later than `now` (give or take a day of clock difference). */
function datesInThePast(backup: Backup, now: Date): Problem {
  const latest = now.getTime() + CLOCK_SLACK_MS;
  const walk = (value: unknown, where: string): Problem => {
    if (typeof value === 'string') {
      return /^\d{4}-\d{2}-\d{2}T/.test(value) && Date.parse(value) > latest
        ? `${where} is a date in the future.`
        : null;
    }
    if (typeof value !== 'object' || value === null) return null;
    for (const [key, item] of Object.entries(value)) {
      // PDFs and completion records are checked on their own.
      if (key === 'pdfBase64' || key === 'completionJson') continue;
      const path = Array.isArray(value) ? `${where}[${key}]` : where ? `${where}.${key}` : key;
      const problem = walk(item, path);
      if (problem) return problem;
    }
    return null;
  };
  return walk(backup, '');
}

function scenarioRules(backup: Backup, catalog: CourseCatalog): Problem {
  const fits = (
    entry: { scenarioId: string; scenarioVersion: number; path: { nodeId: string }[] },
    node: string,
    where: string,
  ): Problem => {
    const scenario = catalog.scenarios[entry.scenarioId];
    if (!scenario) return unknown('scenario', entry.scenarioId, where);
    if (entry.scenarioVersion > scenario.version) {
      return `${where} is from version ${entry.scenarioVersion} of scenario "${entry.scenarioId}", newer than this course's.`;
    }
    // Paths of older versions may name nodes since removed; the current version's must exist.
    if (entry.scenarioVersion < scenario.version) return null;
    const bad = [node, ...entry.path.map((step) => step.nodeId)].find((id) => !scenario.nodes.includes(id));
    return bad ? unknown(`step of scenario "${entry.scenarioId}"`, bad, where) : null;
  };
  for (const [index, place] of backup.scenarioPlaces.entries()) {
    const problem = fits(place, place.nodeId, `scenarioPlaces[${index}]`);
    if (problem) return problem;
  }
  for (const [index, play] of backup.scenarioPlays.entries()) {
    const where = `scenarioPlays[${index}]`;
    const problem = fits(play, play.endingId, where);
    if (problem) return problem;
    const scenario = catalog.scenarios[play.scenarioId]!;
    if (play.scenarioVersion === scenario.version && !scenario.endings.includes(play.endingId)) {
      return `${where} ends on "${play.endingId}", which is not an ending of scenario "${play.scenarioId}".`;
    }
    if (play.score > play.maxScore) return `${where} scores ${play.score}, more than its maximum of ${play.maxScore}.`;
    if (play.endedAt < play.startedAt) return `${where} ends before it starts.`;
  }
  return first(
    () =>
      twice(
        backup.scenarioPlaces.map((place) => place.scenarioId),
        'scenario place',
      ),
    () =>
      twice(
        backup.scenarioPlays.map((play) => play.uid),
        'scenario play',
      ),
  );
}

/** Answer IDs that the question has, each once. */
function choicesOf(catalog: CourseCatalog, itemId: string, ids: string[], where: string): Problem {
  const question = catalog.questions[itemId];
  if (!question) return unknown('question', itemId, where);
  const bad = ids.find((choice) => !question.choices.includes(choice));
  if (bad) return `${where} gives the answer "${bad}", which question "${itemId}" does not have.`;
  return new Set(ids).size === ids.length ? null : `${where} gives the same answer twice for "${itemId}".`;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.051;

type Drawn = Pick<Backup['assessmentAttempts'][number], 'items' | 'answers' | 'answeredAt'>;
type Points = NonNullable<NonNullable<Backup['pretest']>['result']>;

/** The items of a draw are questions this course has, each once and with all its options; answers are to them. */
function drawRules(entry: Drawn, catalog: CourseCatalog, where: string): Problem {
  const drawn = entry.items.map((item) => item.itemId);
  return first(
    () => twice(drawn, `question of ${where}`),
    ...entry.items.map((item) => () => {
      const wrong = choicesOf(catalog, item.itemId, item.order, where);
      const all = catalog.questions[item.itemId]?.choices.length ?? 0;
      return wrong ?? (item.order.length === all ? null : `${where} shows "${item.itemId}" without all its options.`);
    }),
    ...Object.entries(entry.answers).map(
      ([itemId, answer]) =>
        () =>
          drawn.includes(itemId)
            ? choicesOf(catalog, itemId, answer, where)
            : `${where} answers "${itemId}", which it did not draw.`,
    ),
    () => {
      const extra = Object.keys(entry.answeredAt).find((itemId) => !drawn.includes(itemId));
      return extra ? `${where} dates an answer to "${extra}", which it did not draw.` : null;
    },
  );
}

/**
 * A result's points are possible: no more earned than possible, a percentage that follows from them, theme and item
 * scores of this course that add up. A draw kept without its items (restored from an LMS) scores no items.
 */
function pointsRules(result: Points, drawn: string[], catalog: CourseCatalog, where: string): Problem {
  if (result.earned > result.possible)
    return `${where} earns ${result.earned}, more than its ${result.possible} points.`;
  const percent = result.possible === 0 ? 0 : Math.floor((result.earned / result.possible) * 1000) / 10;
  if (!near(percent, result.percent)) return `${where} has a percentage that does not follow from its points.`;
  const theme = result.byTheme.find((entry) => !catalog.themes.includes(entry.theme) || entry.earned > entry.possible);
  if (theme) return `${where} has an impossible score for the theme "${theme.theme}".`;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  if (result.byTheme.length && !near(sum(result.byTheme.map((entry) => entry.earned)), result.earned)) {
    return `${where} has theme scores that do not add up to its points.`;
  }
  if (result.byTheme.length && sum(result.byTheme.map((entry) => entry.possible)) !== result.possible) {
    return `${where} has theme scores that do not add up to its points.`;
  }
  const item = result.items.find((entry) => !drawn.includes(entry.itemId));
  if (item) return `${where} scores "${item.itemId}", which it did not draw.`;
  if (result.items.length && !near(sum(result.items.map((entry) => entry.score)), result.earned)) {
    return `${where} has item scores that do not add up to its points.`;
  }
  return null;
}

function attemptRules(backup: Backup, catalog: CourseCatalog): Problem {
  const open = backup.assessmentAttempts.filter((attempt) => attempt.status === 'in-progress');
  if (open.length > 1) return 'The file has more than one final-assessment attempt in progress.';
  for (const [index, attempt] of backup.assessmentAttempts.entries()) {
    const where = `assessmentAttempts[${index}]`;
    const drawn = attempt.items.map((item) => item.itemId);
    const problem = drawRules(attempt, catalog, where);
    if (problem) return problem;
    const { result } = attempt;
    if (attempt.status === 'in-progress') {
      if (result || attempt.submittedAt) return `${where} is in progress but has a result.`;
      continue;
    }
    if (!result || !attempt.submittedAt) return `${where} is submitted but has no result.`;
    if (attempt.submittedAt < attempt.startedAt) return `${where} is submitted before it starts.`;
    const points = pointsRules(result, drawn, catalog, where);
    if (points) return points;
    if (result.passed !== isPassing(result.earned, result.possible, attempt.passMark)) {
      return `${where} has a pass that does not follow from its points.`;
    }
  }
  return twice(
    backup.assessmentAttempts.map((attempt) => attempt.uid),
    'assessment attempt',
  );
}

/** The pre-test, held to the same rules as an attempt; a submitted one has points, one in progress has none. */
function pretestRules(backup: Backup, catalog: CourseCatalog): Problem {
  const pretest = backup.pretest;
  if (!pretest) return null;
  const where = 'pretest';
  const problem = drawRules(pretest, catalog, where);
  if (problem) return problem;
  const { result, submittedAt } = pretest;
  if (submittedAt === null) {
    if (result) return `${where} is in progress but has a result.`;
    return pretest.items.length === 0 ? `${where} is in progress but has no items.` : null;
  }
  if (!result) return `${where} is submitted but has no result.`;
  if (submittedAt < pretest.startedAt) return `${where} is submitted before it starts.`;
  // A pre-test kept without its items (from an LMS) still has its points by theme.
  if (pretest.items.length === 0 && result.byTheme.length === 0) return `${where} has neither items nor theme scores.`;
  return pointsRules(
    result,
    pretest.items.map((item) => item.itemId),
    catalog,
    where,
  );
}

function otherRules(backup: Backup, catalog: CourseCatalog): Problem {
  for (const [index, module] of backup.modules.entries()) {
    if (!catalog.modules.includes(module.moduleId)) return unknown('module', module.moduleId, `modules[${index}]`);
  }
  for (const [index, check] of backup.knowledgeChecks.entries()) {
    const where = `knowledgeChecks[${index}]`;
    if (!catalog.modules.includes(check.moduleId)) return unknown('module', check.moduleId, where);
    const problem = choicesOf(catalog, check.itemId, check.answer, where);
    if (problem) return problem;
    if (catalog.questions[check.itemId]!.module !== check.moduleId) {
      return `${where} puts "${check.itemId}" in the module "${check.moduleId}", whose check does not have it.`;
    }
  }
  for (const [index, time] of backup.activeTime.entries()) {
    if (time.milliseconds > MAX_ACTIVE_MS_PER_PAGE) return `activeTime[${index}] is more than 100 hours on one page.`;
  }
  const evaluation = backup.evaluation;
  const answered = [...Object.keys(evaluation?.answers ?? {}), ...Object.keys(evaluation?.submittedAnswers ?? {})];
  const badItem = answered.find((key) => !catalog.evaluationItems.includes(key));
  if (badItem) return unknown('evaluation question', badItem, 'evaluation');
  if (evaluation && (evaluation.submittedAt === null) !== (evaluation.submittedAnswers === null)) {
    return 'The evaluation has a submission date without answers, or answers without a date.';
  }
  for (const [index, assignment] of backup.assignments.entries()) {
    const where = `assignments[${index}]`;
    const module = assignment.modules.find((id) => !catalog.modules.includes(id));
    if (module) return unknown('module', module, where);
    const scenario = assignment.scenarios.find((id) => !catalog.scenarios[id]);
    if (scenario) return unknown('scenario', scenario, where);
    if (Number.isNaN(Date.parse(`${assignment.due}T00:00:00Z`))) return `${where} has a due date that is not a date.`;
  }
  return first(
    () =>
      twice(
        backup.assignments.map((assignment) => assignment.id),
        'assignment',
      ),
    () =>
      twice(
        backup.modules.map((module) => module.moduleId),
        'module',
      ),
    () =>
      twice(
        backup.knowledgeChecks.map((check) => check.itemId),
        'knowledge-check answer',
      ),
    () =>
      twice(
        backup.activeTime.map((time) => time.path),
        'active-time page',
      ),
    () =>
      twice(
        backup.certificates.map((certificate) => certificate.id),
        'certificate',
      ),
  );
}

/** The first value in the file that the course could not have made, or null. */
export function findBackupProblem(backup: Backup, catalog: CourseCatalog, now: Date): Problem {
  return first(
    () => datesInThePast(backup, now),
    () => otherRules(backup, catalog),
    () => scenarioRules(backup, catalog),
    () => attemptRules(backup, catalog),
    () => pretestRules(backup, catalog),
  );
}
