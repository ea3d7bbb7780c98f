/**
 * The learner's progress in an LMS's `suspend_data`, which SCORM 1.2 limits to 4,096 characters: a compact form of
 * the progress file (src/lib/storage/backup-format.ts), deflated and base64url-encoded behind a `PWC1:` prefix.
 *
 * Compact means: times in minutes from one epoch, IDs of scenarios listed once, scenario paths as the choice
 * taken at each decision, and option orders and answers as positions in the question's options. Left out, because
 * they would not fit or can be rebuilt: certificates (their PDFs stay in the browser that made them), free-text
 * evaluation answers, the items and answers of submitted attempts (their results are kept), and page titles. The
 * pre-test travels once submitted, as its seed (its items are recomputed from it), times and points by theme; one in
 * progress stays in the browser.
 * Decoding gives a progress file again, which is checked (`parseBackup`) and merged like any other.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { Backup, CourseCatalog } from '../storage/backup-format';
import type { Scenario } from '../../schemas/scenario';
import { THEMES } from '../../schemas/themes';

const PREFIX = 'PWC1:';

/** What encoding needs besides the file: scenario graphs (for paths) and the course's IDs (for options). */
export interface SuspendLibrary {
  scenarios: readonly Scenario[];
  catalog: CourseCatalog;
}

type Path = Backup['scenarioPlays'][number]['path'];
const RATINGS = ['best', 'acceptable', 'harmful'] as const;
const KINDS = ['module', 'scenario', 'page'] as const;
const ACTIVITY = ['module', 'scenario', 'assessment'] as const;

/** A path as the index of the choice taken at each decision (`-` for a narrative's Continue). */
function encodePath(scenario: Scenario | undefined, path: Path): string | null {
  if (!scenario) return null;
  let text = '';
  for (const step of path) {
    const node = scenario.nodes[step.nodeId];
    if (node?.kind === 'narrative' && step.choiceId === null) text += '-';
    else if (node?.kind === 'decision') {
      const index = node.choices.findIndex((choice) => choice.id === step.choiceId);
      if (index < 0) return null;
      text += String(index);
    } else return null;
  }
  return text;
}

/** The path back from its choices, walking the scenario from its start. */
function decodePath(scenario: Scenario | undefined, text: string | null): Path | null {
  if (!scenario || text === null) return null;
  const path: Path = [];
  let nodeId = scenario.start;
  for (const mark of text) {
    const node = scenario.nodes[nodeId];
    if (node?.kind === 'narrative' && mark === '-') {
      path.push({ nodeId, choiceId: null });
      nodeId = node.next;
    } else if (node?.kind === 'decision' && node.choices[Number(mark)]) {
      const choice = node.choices[Number(mark)]!;
      path.push({ nodeId, choiceId: choice.id });
      nodeId = choice.next;
    } else return null;
  }
  return path;
}

const positions = (choices: string[] | undefined, ids: string[]) =>
  ids.map((id) => (choices ?? []).indexOf(id).toString(36)).join('');
const fromPositions = (choices: string[] | undefined, text: string) =>
  [...text].map((mark) => choices?.[parseInt(mark, 36)] ?? '');

/** `suspend_data` for a progress file. */
export function encodeSuspendData(backup: Backup, library: SuspendLibrary): string {
  const times = [backup.exportedAt, backup.learner.createdAt].map((iso) => Date.parse(iso));
  // Times in minutes from the earliest: precise enough for the order of events, and short.
  const epoch = Math.floor(Math.min(...times, Date.now()) / 60_000);
  const t = (iso: string | null) => (iso === null ? -1 : Math.round(Date.parse(iso) / 60_000) - epoch);
  const scenarioIds = [
    ...new Set([...backup.scenarioPlays, ...backup.scenarioPlaces].map((entry) => entry.scenarioId)),
  ];
  const graph = (id: string) => library.scenarios.find((scenario) => scenario.id === id);
  const s = (id: string) => scenarioIds.indexOf(id);
  const compact = {
    e: epoch,
    c: t(backup.learner.createdAt),
    m: backup.modules.map((m) => [m.moduleId, t(m.startedAt), t(m.lastVisitedAt), t(m.completedAt), t(m.updatedAt)]),
    v: backup.lastVisit
      ? [
          backup.lastVisit.path,
          KINDS.indexOf(backup.lastVisit.kind),
          t(backup.lastVisit.visitedAt),
          backup.lastVisit.title,
        ]
      : 0,
    s: scenarioIds,
    p: backup.scenarioPlays.map((play) => [
      play.uid,
      s(play.scenarioId),
      play.scenarioVersion,
      t(play.startedAt),
      t(play.endedAt),
      play.endingId,
      RATINGS.indexOf(play.rating),
      play.score,
      play.maxScore,
      encodePath(graph(play.scenarioId), play.path),
    ]),
    // A place on an ending is its play's: only the play's position is kept.
    q: backup.scenarioPlaces.flatMap((place) => {
      const play = backup.scenarioPlays.findIndex((candidate) => candidate.uid === place.endedPlayUid);
      if (play >= 0) return [[play]];
      const path = encodePath(graph(place.scenarioId), place.path);
      if (path === null) return [];
      return [[s(place.scenarioId), place.scenarioVersion, place.nodeId, path, t(place.startedAt), t(place.updatedAt)]];
    }),
    a: backup.assessmentAttempts.map((attempt) => {
      const head = [attempt.uid, attempt.seed, Math.round(attempt.passMark * 100), t(attempt.startedAt)];
      if (attempt.status === 'submitted' && attempt.result) {
        const r = attempt.result;
        return [
          ...head,
          t(attempt.submittedAt),
          [
            r.earned,
            r.possible,
            r.percent,
            r.passed ? 1 : 0,
            r.byTheme.map((theme) => [theme.theme, theme.earned, theme.possible]),
          ],
        ];
      }
      const choicesOf = (itemId: string) => library.catalog.questions[itemId]?.choices;
      return [
        ...head,
        -1,
        attempt.items.map((item) => [
          item.itemId,
          positions(choicesOf(item.itemId), item.order),
          positions(choicesOf(item.itemId), attempt.answers[item.itemId] ?? []),
        ]),
      ];
    }),
    // Points by theme to four decimals (partial credit gives thirds): the totals are their sums.
    pt:
      backup.pretest?.result && backup.pretest.submittedAt
        ? [
            backup.pretest.seed,
            t(backup.pretest.startedAt),
            t(backup.pretest.submittedAt),
            backup.pretest.result.byTheme.flatMap((theme) => {
              const index = THEMES.findIndex((candidate) => candidate.id === theme.theme);
              return index < 0 ? [] : [[index, Math.round(theme.earned * 10_000) / 10_000, theme.possible]];
            }),
          ]
        : 0,
    // The module is the one whose check has the item (the catalog says which), unless it is another.
    k: backup.knowledgeChecks.map((check) => [
      check.moduleId === library.catalog.questions[check.itemId]?.module ? 0 : check.moduleId,
      check.itemId,
      positions(library.catalog.questions[check.itemId]?.choices, check.answer),
      check.score,
      t(check.answeredAt),
    ]),
    // A scenario page's path is its scenario's position in `s`.
    t: backup.activeTime.map((time) => {
      const scenario = /^\/scenarios\/([^/]+)\/$/.exec(time.path)?.[1];
      const path = scenario && scenarioIds.includes(scenario) ? s(scenario) : time.path;
      return [path, ACTIVITY.indexOf(time.kind), Math.round(time.milliseconds / 1000), t(time.updatedAt)];
    }),
    ev: backup.evaluation
      ? (() => {
          // Free-text answers stay in the browser: they could be long, and the scale answers are what completion needs.
          const scale = (answers: Record<string, string> | null) =>
            answers && Object.fromEntries(Object.entries(answers).filter(([, value]) => /^[1-5]$/.test(value)));
          const evaluation = backup.evaluation;
          return [
            scale(evaluation.answers),
            scale(evaluation.submittedAnswers),
            t(evaluation.updatedAt),
            t(evaluation.submittedAt),
            evaluation.status === 'submitted' ? 1 : 0,
          ];
        })()
      : 0,
    at: backup.attestation
      ? [backup.attestation.statement, backup.attestation.activeMinutes, t(backup.attestation.attestedAt)]
      : 0,
  };
  const bytes = deflateSync(strToU8(JSON.stringify(compact)), { level: 9 });
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * `suspend_data` no longer than `limit` characters: if the whole file is too long, the oldest plays first lose
 * their paths (their ending, rating and score stay), then only each scenario's best and latest plays and the best
 * assessment attempt are kept. Everything stays in the browser; only the LMS copy is shorter.
 */
export function fitSuspendData(backup: Backup, library: SuspendLibrary, limit: number): string {
  let data = encodeSuspendData(backup, library);
  const trimmed: Backup = structuredClone(backup);
  const byAge = [...trimmed.scenarioPlays].sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  for (const play of byAge) {
    if (data.length <= limit) return data;
    if (play.path.length === 0) continue;
    play.path = [];
    data = encodeSuspendData(trimmed, library);
  }
  if (data.length <= limit) return data;
  const keep = new Set<string>();
  for (const id of new Set(trimmed.scenarioPlays.map((play) => play.scenarioId))) {
    const plays = trimmed.scenarioPlays.filter((play) => play.scenarioId === id);
    const order = ['harmful', 'acceptable', 'best'];
    const best = plays.reduce((a, b) => (order.indexOf(b.rating) > order.indexOf(a.rating) ? b : a));
    keep.add(best.uid).add(plays.reduce((a, b) => (b.endedAt > a.endedAt ? b : a)).uid);
  }
  trimmed.scenarioPlays = trimmed.scenarioPlays.filter((play) => keep.has(play.uid));
  const submitted = trimmed.assessmentAttempts.filter((attempt) => attempt.result);
  const best = submitted.reduce<(typeof submitted)[number] | null>(
    (a, b) => (!a || b.result!.percent > a.result!.percent ? b : a),
    null,
  );
  trimmed.assessmentAttempts = trimmed.assessmentAttempts.filter((attempt) => !attempt.result || attempt === best);
  return encodeSuspendData(trimmed, library);
}

/** Whether `suspend_data` is ours (it may be empty, or another course's). */
export function isOurSuspendData(text: string): boolean {
  return text.startsWith(PREFIX);
}

/** A progress file from `suspend_data`, for `parseBackup` to check. Throws on data that is not ours or is damaged. */
export function decodeSuspendData(text: string, library: SuspendLibrary): Backup {
  if (!isOurSuspendData(text)) throw new Error('The LMS holds data that is not this course’s.');
  const base64 = text.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const c = JSON.parse(strFromU8(inflateSync(Uint8Array.from(binary, (char) => char.charCodeAt(0))))) as Compact;
  const iso = (minutes: number) => new Date((c.e + minutes) * 60_000).toISOString();
  const isoOrNull = (minutes: number) => (minutes < 0 ? null : iso(minutes));
  const graph = (index: number) => library.scenarios.find((scenario) => scenario.id === c.s[index]);
  const plays: Backup['scenarioPlays'] = c.p.map(
    ([uid, scenario, version, started, ended, endingId, rating, score, maxScore, path]) => ({
      uid,
      scenarioId: c.s[scenario]!,
      scenarioVersion: version,
      startedAt: iso(started),
      endedAt: iso(ended),
      endingId,
      rating: RATINGS[rating] ?? 'harmful',
      score,
      maxScore,
      path: decodePath(graph(scenario), path) ?? [],
    }),
  );
  return {
    app: 'posting-with-care',
    formatVersion: 1,
    exportedAt: new Date().toISOString(),
    learner: { name: '', createdAt: iso(c.c) },
    modules: c.m.map(([moduleId, started, visited, completed, updated]) => ({
      moduleId,
      startedAt: iso(started),
      lastVisitedAt: iso(visited),
      completedAt: isoOrNull(completed),
      updatedAt: iso(updated),
    })),
    lastVisit: c.v ? { path: c.v[0], title: c.v[3], kind: KINDS[c.v[1]] ?? 'page', visitedAt: iso(c.v[2]) } : null,
    scenarioPlays: plays,
    scenarioPlaces: c.q.flatMap((place): Backup['scenarioPlaces'] => {
      if (place.length === 1) {
        const play = plays[place[0]];
        if (!play) return [];
        const { scenarioId, scenarioVersion, endingId, path, startedAt, endedAt, uid } = play;
        return [
          { scenarioId, scenarioVersion, nodeId: endingId, path, startedAt, updatedAt: endedAt, endedPlayUid: uid },
        ];
      }
      const [scenario, version, nodeId, path, started, updated] = place;
      const decoded = decodePath(graph(scenario), path);
      if (!decoded) return [];
      return [
        {
          scenarioId: c.s[scenario]!,
          scenarioVersion: version,
          nodeId,
          path: decoded,
          startedAt: iso(started),
          updatedAt: iso(updated),
          endedPlayUid: null,
        },
      ];
    }),
    assessmentAttempts: c.a.map(([uid, seed, passMark, started, submitted, rest]) => {
      const common = { uid, seed, passMark: passMark / 100, startedAt: iso(started) };
      if (submitted >= 0) {
        const [earned, possible, percent, passed, byTheme] = rest as CompactResult;
        const themes = byTheme.map(([theme, themeEarned, themePossible]) => ({
          theme,
          title: THEMES.find((candidate) => candidate.id === theme)?.title ?? theme,
          earned: themeEarned,
          possible: themePossible,
        }));
        return {
          ...common,
          status: 'submitted' as const,
          items: [],
          answers: {},
          answeredAt: {},
          submittedAt: iso(submitted),
          result: { earned, possible, percent, passed: passed === 1, byTheme: themes, items: [] },
        };
      }
      const items = rest as CompactItem[];
      const choicesOf = (itemId: string) => library.catalog.questions[itemId]?.choices;
      return {
        ...common,
        status: 'in-progress' as const,
        items: items.map(([itemId, order]) => ({ itemId, order: fromPositions(choicesOf(itemId), order) })),
        answers: Object.fromEntries(
          items
            .filter(([, , answer]) => answer)
            .map(([itemId, , answer]) => [itemId, fromPositions(choicesOf(itemId), answer)]),
        ),
        answeredAt: {},
        submittedAt: null,
        result: null,
      };
    }),
    pretest: c.pt ? decodePretest(c.pt, iso) : null,
    knowledgeChecks: c.k.map(([moduleId, itemId, answer, score, answered]) => ({
      moduleId: moduleId || library.catalog.questions[itemId]?.module || '',
      itemId,
      answer: fromPositions(library.catalog.questions[itemId]?.choices, answer),
      score,
      answeredAt: iso(answered),
    })),
    activeTime: c.t.map(([path, kind, seconds, updated]) => ({
      path: typeof path === 'number' ? `/scenarios/${c.s[path]}/` : path,
      kind: ACTIVITY[kind] ?? 'module',
      milliseconds: seconds * 1000,
      updatedAt: iso(updated),
    })),
    evaluation: c.ev
      ? {
          answers: c.ev[0] ?? {},
          submittedAnswers: c.ev[1],
          status: c.ev[4] === 1 ? 'submitted' : 'draft',
          updatedAt: iso(c.ev[2]),
          submittedAt: isoOrNull(c.ev[3]),
        }
      : null,
    attestation: c.at ? { statement: c.at[0], activeMinutes: c.at[1], attestedAt: iso(c.at[2]) } : null,
    certificates: [],
    // Assignments are the LMS's business there.
    assignments: [],
  };
}

/** The submitted pre-test back: its seed, times and points by theme (the total and percentage follow from them). */
function decodePretest([seed, started, submitted, themes]: CompactPretest, iso: (minutes: number) => string) {
  const byTheme = themes.flatMap(([index, earned, possible]) => {
    const theme = THEMES[index];
    return theme ? [{ theme: theme.id, title: theme.title, earned, possible }] : [];
  });
  const earned = Math.round(byTheme.reduce((sum, theme) => sum + theme.earned, 0) * 10_000) / 10_000;
  const possible = byTheme.reduce((sum, theme) => sum + theme.possible, 0);
  const percent = possible === 0 ? 0 : Math.floor((earned / possible) * 1000) / 10;
  return {
    seed,
    items: [],
    answers: {},
    answeredAt: {},
    startedAt: iso(started),
    submittedAt: iso(submitted),
    result: { earned, possible, percent, byTheme, items: [] },
  };
}

type CompactPretest = [number, number, number, [number, number, number][]];
type CompactResult = [number, number, number, number, [string, number, number][]];
type CompactItem = [string, string, string];

interface Compact {
  e: number;
  c: number;
  m: [string, number, number, number, number][];
  v: [string, number, number, string] | 0;
  s: string[];
  p: [string, number, number, number, number, string, number, number, number, string | null][];
  q: ([number] | [number, number, string, string, number, number])[];
  a: [string, number, number, number, number, CompactResult | CompactItem[]][];
  k: [string | 0, string, string, number, number][];
  t: [string | number, number, number, number][];
  ev: [Record<string, string> | null, Record<string, string> | null, number, number, number] | 0;
  at: [string, number, number] | 0;
  /** Absent from data written before the pre-test existed. */
  pt?: CompactPretest | 0;
}
