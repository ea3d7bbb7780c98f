import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { EVALUATION_ITEMS } from '../../src/content/evaluation';
import { drawFinal, drawPretest, pretestItemIds, scoreAttempt } from '../../src/lib/assessment';
import { courseCatalog } from '../../src/lib/content/catalog';
import { loadQuestions } from '../../src/lib/content/load';
import { THEMES } from '../../src/schemas/themes';
import { LmsSession, findApi } from '../../src/lib/lms/api';
import { printedName, reportElements, reportFor, sessionTime } from '../../src/lib/lms/report';
import { decodeSuspendData, encodeSuspendData, fitSuspendData, isOurSuspendData } from '../../src/lib/lms/suspend';
import { parseBackup } from '../../src/lib/storage/backup-check';
import type { ProgressSnapshot } from '../../src/lib/storage';
import { scenarios } from '../../src/scenarios';
import type { Scenario } from '../../src/schemas/scenario';
import { open } from '../support/storage';

const questions = loadQuestions();
const catalog = courseCatalog({
  modules: ['introduction', ...THEMES.map((theme) => theme.id)].map((id) => ({ id, theme: id })),
  scenarios,
  questions,
  evaluationItems: EVALUATION_ITEMS,
});
const library = { scenarios, catalog };

/** A real path through a scenario to an ending, taking choice `variant + depth` (mod the choices) at each decision. */
function walk(scenario: Scenario, variant: number) {
  const path: { nodeId: string; choiceId: string | null }[] = [];
  let nodeId = scenario.start;
  for (let depth = 0; depth < 50; depth++) {
    const node = scenario.nodes[nodeId]!;
    if (node.kind === 'ending') return { path, ending: nodeId, rating: node.rating };
    if (node.kind === 'narrative') {
      path.push({ nodeId, choiceId: null });
      nodeId = node.next;
    } else {
      const choice = node.choices[(variant + depth) % node.choices.length]!;
      path.push({ nodeId, choiceId: choice.id });
      nodeId = choice.next;
    }
  }
  throw new Error('no ending');
}

describe('finding the LMS API', () => {
  const frame = (props: Record<string, unknown>, parent?: object) => {
    const win = { ...props } as Record<string, unknown>;
    win.parent = parent ?? win;
    return win as unknown as Window;
  };

  test('in a parent frame, then in the opener; a frame of another origin is skipped', () => {
    const api = { LMSInitialize: () => 'true' };
    const top = frame({ API: api });
    const foreign = frame({}, top);
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    const sco = frame({}, foreign);
    expect(findApi(sco, '1.2')).toBe(api);
    expect(findApi(sco, '2004')).toBeNull();
    const opened = frame({ opener: frame({ API_1484_11: api }) });
    expect(findApi(opened, '2004')).toBe(api);
  });

  test('no further than the bound: 7 parents for SCORM 1.2', () => {
    const api = { LMSInitialize: () => 'true' };
    let win = frame({ API: api });
    for (let depth = 0; depth < 9; depth++) win = frame({}, win);
    expect(findApi(win, '1.2')).toBeNull();
  });
});

describe('a session with the LMS', () => {
  test('initialises and terminates once; values pass through; failures are collected, never thrown', () => {
    const calls: string[] = [];
    const values = new Map<string, string>();
    const api = {
      LMSInitialize: () => (calls.push('init'), 'true'),
      LMSFinish: () => (calls.push('finish'), 'true'),
      LMSGetValue: (name: string) => values.get(name) ?? '',
      LMSSetValue: (name: string, value: string) =>
        name.startsWith('cmi.') ? (values.set(name, value), 'true') : 'false',
      LMSCommit: () => 'true',
      LMSGetLastError: () => '201',
      LMSGetErrorString: () => 'Invalid argument error',
    };
    const seen: string[] = [];
    const session = new LmsSession(api, '1.2', (error) => seen.push(`${error.call} ${error.code}`));
    expect(session.initialize()).toBe(true);
    expect(session.initialize()).toBe(true);
    expect(session.set('cmi.core.lesson_status', 'incomplete')).toBe(true);
    expect(session.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(session.set('nonsense', 'x')).toBe(false);
    expect(seen).toContain('LMSSetValue 201');
    expect(session.terminate()).toBe(true);
    expect(session.terminate()).toBe(false);
    expect(session.set('cmi.core.lesson_status', 'passed')).toBe(false);
    expect(calls).toEqual(['init', 'finish']);
  });

  test('an API that throws, or lacks a method, gives false and an error', () => {
    const session = new LmsSession(
      {
        Initialize: () => 'true',
        SetValue: () => {
          throw new Error('LMS exploded');
        },
      },
      '2004',
    );
    expect(session.initialize()).toBe(true);
    expect(session.set('cmi.location', 'x')).toBe(false);
    expect(session.commit()).toBe(false);
    expect(session.errors.map((error) => error.message)).toEqual(['LMS exploded', 'The LMS has no Commit.']);
  });
});

describe('what the course reports', () => {
  test('session time in each version’s format', () => {
    expect(sessionTime(3_723_450, '1.2')).toBe('0001:02:03.45');
    expect(sessionTime(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(sessionTime(0, '2004')).toBe('PT0H0M0S');
  });

  test('"Last, First" is printed "First Last"', () => {
    expect(printedName('Nguyễn, Ánh')).toBe('Ánh Nguyễn');
    expect(printedName('  Sam   Lee ')).toBe('Sam Lee');
  });

  const snapshot = (overrides: Partial<ProgressSnapshot>): ProgressSnapshot =>
    ({
      modules: {},
      scenarios: {},
      knowledgeChecks: {},
      assessment: { inProgress: false, submitted: 0, bestPercent: null, passed: false },
      ...overrides,
    }) as ProgressSnapshot;

  test('a module package: complete with the module and one scenario; scored by its knowledge check', () => {
    const scope = { kind: 'module' as const, moduleId: 'spine-care', scenarioIds: ['a', 'b'], checkItems: 5 };
    const started = reportFor(scope, snapshot({}), false, 0.8);
    expect(started).toEqual({ completed: false, success: 'unknown', scorePercent: null });
    expect(reportElements(started, '1.2')).toEqual([['cmi.core.lesson_status', 'incomplete']]);
    const done = reportFor(
      scope,
      snapshot({
        modules: { 'spine-care': { startedAt: '', lastVisitedAt: '', completedAt: '2026-11-30T10:00:00.000Z' } },
        scenarios: { b: { inProgress: false, finished: 1, bestRating: 'best', lastEndedAt: '' } },
        knowledgeChecks: { 'spine-care': { answered: 5, earned: 4.5 } },
      }),
      false,
      0.8,
    );
    expect(done).toEqual({ completed: true, success: 'passed', scorePercent: 90 });
    expect(reportElements(done, '2004')).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.success_status', 'passed'],
      ['cmi.score.scaled', '0.9'],
      ['cmi.score.raw', '90'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
    ]);
  });

  test('the course package: the completion rule, and the best final assessment', () => {
    const failed = reportFor(
      { kind: 'course' },
      snapshot({ assessment: { inProgress: false, submitted: 1, bestPercent: 60, passed: false } }),
      false,
      0.8,
    );
    expect(failed).toEqual({ completed: false, success: 'failed', scorePercent: 60 });
    expect(reportElements(failed, '1.2')[0]).toEqual(['cmi.core.lesson_status', 'incomplete']);
    const passed = reportFor(
      { kind: 'course' },
      snapshot({ assessment: { inProgress: false, submitted: 2, bestPercent: 95, passed: true } }),
      true,
      0.8,
    );
    expect(reportElements(passed, '1.2')).toEqual([
      ['cmi.core.lesson_status', 'passed'],
      ['cmi.core.score.raw', '95'],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ]);
  });
});

describe('progress in suspend_data', () => {
  /**
   * A learner who did everything: a pre-test, every module, every scenario three times, attempts, checks, time,
   * evaluation.
   */
  async function everything() {
    const { store } = await open();
    const pretestItems = drawPretest(questions, 77);
    await store.pretest.startOrResume(() => ({ seed: 77, items: pretestItems }));
    for (const item of pretestItems) await store.pretest.saveAnswer(item.itemId, item.order.slice(0, 2));
    const pretest = (await store.pretest.get())!;
    await store.pretest.submit(
      scoreAttempt(
        questions,
        pretestItems.map((item) => item.itemId),
        pretest.answers,
        1,
      ),
    );
    for (const module of catalog.modules) {
      await store.modules.recordVisit({ path: `/modules/${module}/`, title: module, moduleId: module });
      await store.modules.setCompleted(module, true);
      await store.completion.addActiveTime(`/modules/${module}/`, 'module', 1_800_000);
    }
    for (const scenario of scenarios) {
      for (const variant of [0, 1, 2]) {
        const { path, ending, rating } = walk(scenario, variant);
        await store.scenarios.finish({
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          endingId: ending,
          rating,
          score: 1,
          maxScore: 6,
          path,
        });
      }
      await store.completion.addActiveTime(`/scenarios/${scenario.id}/`, 'scenario', 300_000);
    }
    const { path } = walk(scenarios[0]!, 1);
    await store.scenarios.saveProgress(scenarios[0]!.id, scenarios[0]!.version, path.at(-1)!.nodeId, path.slice(0, -1));
    for (const [index, seed] of [11, 22, 33].entries()) {
      const items = drawFinal(questions, seed, pretestItemIds(questions, pretest));
      const attempt = await store.assessment.startOrResume(() => ({ seed, items }), 0.8);
      for (const item of items) await store.assessment.saveAnswer(attempt.uid, item.itemId, item.order.slice(0, 1));
      if (index < 2) {
        await store.assessment.submit(attempt.uid, {
          earned: 17,
          possible: 20,
          percent: 85,
          passed: true,
          byTheme: [{ theme: 'spine-care', title: 'Spine Care', earned: 17, possible: 20 }],
          items: [],
        });
      }
    }
    for (const question of questions.filter((candidate) => candidate.knowledgeCheck)) {
      const module = catalog.questions[question.id]!.module!;
      await store.assessment.recordCheck(module, question.id, catalog.questions[question.id]!.choices.slice(0, 1), 1);
    }
    await store.completion.addActiveTime('/assessment/', 'assessment', 2_400_000);
    await store.completion.saveEvaluation(
      {
        objectives: '5',
        relevance: '4',
        balance: '4',
        bias: '5',
        change: '4',
        format: '4',
        comments: 'x'.repeat(1000),
      },
      true,
    );
    await store.completion.setAttestation({ statement: 'I completed this activity myself.', activeMinutes: 300 });
    return store;
  }

  test('a learner who did everything fits in 4,096 characters, and a fresh browser gets it all back', async () => {
    const store = await everything();
    const data = encodeSuspendData(await store.exportBackup(), library);
    expect(isOurSuspendData(data)).toBe(true);
    expect(data.length).toBeLessThanOrEqual(4096);
    console.info(`suspend_data for a learner who did everything: ${data.length} characters`);

    const check = await parseBackup(JSON.stringify(decodeSuspendData(data, library)), catalog);
    if (!check.ok) throw new Error(check.problem);
    const { store: fresh } = await open();
    await fresh.restoreBackup(check.backup);
    const [before, after] = [await store.getProgress(), await fresh.getProgress()];
    expect(after.modules).toEqual(
      Object.fromEntries(
        Object.entries(before.modules).map(([id, status]) => [
          id,
          {
            ...status,
            startedAt: expect.any(String),
            lastVisitedAt: expect.any(String),
            completedAt: expect.any(String),
          },
        ]),
      ),
    );
    expect(after.scenarios).toEqual({
      ...before.scenarios,
      ...Object.fromEntries(
        Object.entries(before.scenarios).map(([id, status]) => [id, { ...status, lastEndedAt: expect.any(String) }]),
      ),
    });
    expect(after.assessment).toEqual(before.assessment);
    // The pre-test comes back as its seed, times and points by theme; its items follow from the seed.
    // Points by theme travel to four decimals (partial credit gives thirds).
    expect(after.pretest?.final).toEqual(before.pretest?.final);
    expect(after.pretest?.result?.percent).toBe(before.pretest?.result?.percent);
    expect(after.pretest?.result?.byTheme).toHaveLength(before.pretest!.result!.byTheme.length);
    for (const [index, theme] of before.pretest!.result!.byTheme.entries()) {
      expect(after.pretest?.result?.byTheme[index]).toMatchObject({ theme: theme.theme, possible: theme.possible });
      expect(after.pretest?.result?.byTheme[index]?.earned).toBeCloseTo(theme.earned, 3);
    }
    const restored = await fresh.pretest.get();
    expect(restored?.items).toEqual([]);
    expect(pretestItemIds(questions, restored)).toEqual(pretestItemIds(questions, await store.pretest.get()));
    expect(after.knowledgeChecks).toEqual(before.knowledgeChecks);
    expect(Math.round(after.activeTime.total / 1000)).toBe(Math.round(before.activeTime.total / 1000));
    expect(after.evaluation?.status).toBe('submitted');
    expect(after.attestation?.activeMinutes).toBe(300);
    // The attempt in progress comes back with its draw and answers; plays keep their uids, so a second restore adds nothing.
    expect((await fresh.assessment.inProgress())?.answers).toEqual((await store.assessment.inProgress())?.answers);
    expect(Object.values(await fresh.restoreBackup(check.backup)).every((count) => count === 0)).toBe(true);
  });

  test('a learner with far more than fits keeps within the limit: older plays lose their paths first', async () => {
    const store = await everything();
    const backup = await store.exportBackup();
    const many = { ...backup, scenarioPlays: [...backup.scenarioPlays] };
    for (let copy = 0; copy < 6; copy++) {
      many.scenarioPlays.push(
        ...backup.scenarioPlays.map((play) => ({ ...play, uid: `${play.uid.slice(0, 10)}${copy}x` })),
      );
    }
    expect(encodeSuspendData(many, library).length).toBeGreaterThan(4096);
    const data = fitSuspendData(many, library, 4096);
    expect(data.length).toBeLessThanOrEqual(4096);
    const decoded = decodeSuspendData(data, library);
    expect(decoded.scenarioPlays.length).toBeGreaterThanOrEqual(scenarios.length);
    expect(decoded.modules).toHaveLength(5);
  });

  test('data that is not ours, or damaged, is refused with an error (never half-read)', () => {
    expect(isOurSuspendData('')).toBe(false);
    expect(() => decodeSuspendData('lesson=3;page=7', library)).toThrow(/not this course/);
    expect(() => decodeSuspendData('PWC1:!!!not-base64', library)).toThrow();
    expect(() => decodeSuspendData('PWC1:AAAA', library)).toThrow();
  });
});
