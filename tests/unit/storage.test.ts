import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import {
  CourseDatabase,
  StorageUnavailableError,
  openCourseStore,
  type CourseStore,
  type ProgressSnapshot,
} from '../../src/lib/storage';

let counter = 0;
const opened: CourseStore[] = [];

/** A fresh database name per test, and a clock that moves one minute per call. */
async function open(name = `test-${++counter}`, start = Date.UTC(2026, 10, 29, 9, 0)) {
  let tick = 0;
  const store = await openCourseStore({ name, now: () => new Date(start + 60_000 * tick++) });
  opened.push(store);
  return { store, name };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('openCourseStore', () => {
  test('makes one learner profile on first use and finds it again on reopen', async () => {
    const { store, name } = await open();
    expect(store.learnerId).toMatch(/^[0-9a-f-]{36}$/);
    store.close();
    const { store: again } = await open(name);
    expect(again.learnerId).toBe(store.learnerId);

    const db = new CourseDatabase(name);
    const learners = await db.learners.toArray();
    db.close();
    expect(learners).toEqual([
      { id: store.learnerId, displayName: '', createdAt: expect.any(String), recordVersion: 1 },
    ]);
  });

  test('two tabs opening at once agree on a single learner', async () => {
    const name = `test-${++counter}`;
    const [a, b] = await Promise.all([open(name), open(name)]);
    expect(a.store.learnerId).toBe(b.store.learnerId);
  });

  test('rejects with StorageUnavailableError when IndexedDB is missing', async () => {
    const attempt = openCourseStore({
      name: 'no-idb',
      dexie: { indexedDB: undefined as never, IDBKeyRange: undefined as never },
    });
    await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(attempt).rejects.toThrow(/Could not open the course database/);
  });

  test('rejects with StorageUnavailableError when opening fails', async () => {
    const broken = new IDBFactory();
    broken.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    await expect(openCourseStore({ name: 'denied', dexie: { indexedDB: broken } })).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
  });
});

describe('CourseStore', () => {
  test('a new learner has no progress and no place to continue from', async () => {
    const { store } = await open();
    expect(await store.getProgress()).toEqual({
      learnerId: store.learnerId,
      modules: {},
      scenarios: {},
      assessment: { inProgress: false, submitted: 0, bestPercent: null, passed: false },
      knowledgeChecks: {},
      lastVisit: null,
      activeTime: { total: 0, module: 0, scenario: 0, assessment: 0 },
      evaluation: null,
      attestation: null,
      certificates: [],
    });
  });

  test('recordVisit remembers the last place and when a module was started', async () => {
    const { store } = await open();
    await store.recordVisit({ path: '/modules/introduction/', title: 'Introduction', moduleId: 'introduction' });
    await store.recordVisit({ path: '/modules/spine-care/', title: 'Spine Care', moduleId: 'spine-care' });
    await store.recordVisit({ path: '/modules/introduction/', title: 'Introduction', moduleId: 'introduction' });

    const progress = await store.getProgress();
    expect(progress.lastVisit).toMatchObject({
      path: '/modules/introduction/',
      title: 'Introduction',
      kind: 'module',
      recordVersion: 2,
    });
    const intro = progress.modules.introduction!;
    expect(intro.completedAt).toBeNull();
    expect(Date.parse(intro.lastVisitedAt)).toBeGreaterThan(Date.parse(intro.startedAt));
    expect(progress.modules['spine-care']).toBeDefined();
  });

  test('setModuleCompleted marks a module finished, keeps the first time, and can be undone', async () => {
    const { store } = await open();
    await store.setModuleCompleted('professionalism', true);
    const first = (await store.getProgress()).modules.professionalism!.completedAt;
    expect(first).toMatch(/^2026-11-29T/);

    await store.setModuleCompleted('professionalism', true);
    expect((await store.getProgress()).modules.professionalism!.completedAt).toBe(first);

    await store.setModuleCompleted('professionalism', false);
    expect((await store.getProgress()).modules.professionalism!.completedAt).toBeNull();
  });

  test('progress survives closing and reopening the database', async () => {
    const { store, name } = await open();
    await store.setModuleCompleted('security-access', true);
    store.close();
    const { store: reopened } = await open(name);
    expect((await reopened.getProgress()).modules['security-access']!.completedAt).not.toBeNull();
  });

  test('keeps learners apart: one learner never sees another learner’s progress', async () => {
    const { store, name } = await open();
    await store.setModuleCompleted('spine-care', true);
    const db = new CourseDatabase(name);
    await db.moduleProgress.put({
      learnerId: 'someone-else',
      moduleId: 'introduction',
      startedAt: '2026-01-01T00:00:00.000Z',
      lastVisitedAt: '2026-01-01T00:00:00.000Z',
      completedAt: '2026-01-01T00:00:00.000Z',
      recordVersion: 1,
    });
    db.close();
    expect(Object.keys((await store.getProgress()).modules)).toEqual(['spine-care']);
  });

  test('observeProgress emits the current state, then again after each change', async () => {
    const { store } = await open();
    const seen: ProgressSnapshot[] = [];
    const subscription = store.observeProgress().subscribe({ next: (snapshot) => seen.push(snapshot) });
    await waitFor(() => seen.length >= 1);
    await store.setModuleCompleted('introduction', true);
    await waitFor(() => seen.some((snapshot) => snapshot.modules.introduction?.completedAt));
    subscription.unsubscribe();
    expect(seen[0]!.modules).toEqual({});
  });

  test('a write that fails surfaces as StorageUnavailableError', async () => {
    const { store } = await open();
    store.close(); // every later operation on a closed Dexie database fails
    await expect(store.setModuleCompleted('introduction', true)).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.recordVisit({ path: '/', title: 'Home' })).rejects.toThrow(/Could not save your place/);
  });
});

async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting for a condition.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('scenarios in storage', () => {
  const path = [
    { nodeId: 'start', choiceId: null },
    { nodeId: 'first', choiceId: 'redirect' },
  ];

  test('saves the place in a scenario, keeps when it started, and reads it back', async () => {
    const { store } = await open();
    await store.saveScenarioProgress('dm', 1, 'first', path.slice(0, 1));
    const first = await store.getScenarioProgress('dm');
    await store.saveScenarioProgress('dm', 1, 'second', path);
    const second = await store.getScenarioProgress('dm');
    expect(second).toMatchObject({ scenarioId: 'dm', scenarioVersion: 1, nodeId: 'second', path, recordVersion: 1 });
    expect(second!.startedAt).toBe(first!.startedAt);
    expect(Date.parse(second!.updatedAt)).toBeGreaterThan(Date.parse(first!.updatedAt));
    expect((await store.getProgress()).scenarios.dm).toEqual({
      inProgress: true,
      finished: 0,
      bestRating: null,
      lastEndedAt: null,
    });
  });

  test('finishing records the attempt with start and end, clears the place, and keeps the best rating', async () => {
    const { store } = await open();
    await store.saveScenarioProgress('dm', 1, 'first', path.slice(0, 1));
    const startedAt = (await store.getScenarioProgress('dm'))!.startedAt;
    const result = { scenarioId: 'dm', scenarioVersion: 1, endingId: 'ok', score: 3, maxScore: 6, path };
    await store.finishScenario({ ...result, rating: 'acceptable' });
    expect(await store.getScenarioProgress('dm')).toBeNull();
    await store.finishScenario({ ...result, endingId: 'best', rating: 'best', score: 6 });
    await store.finishScenario({ ...result, endingId: 'bad', rating: 'harmful', score: 0 });

    const attempts = await store.getScenarioAttempts('dm');
    expect(attempts.map((attempt) => attempt.endingId)).toEqual(['bad', 'best', 'ok']);
    expect(attempts[2]).toMatchObject({ startedAt, score: 3, maxScore: 6, path, rating: 'acceptable' });
    expect((await store.getProgress()).scenarios.dm).toMatchObject({
      inProgress: false,
      finished: 3,
      bestRating: 'best',
    });
  });

  test('clearScenarioProgress forgets an in-progress place', async () => {
    const { store } = await open();
    await store.saveScenarioProgress('dm', 1, 'first', path);
    await store.clearScenarioProgress('dm');
    expect(await store.getScenarioProgress('dm')).toBeNull();
  });
});

/**
 * The store definitions of each past database version, frozen as they shipped (the course's own `CourseDatabase`
 * moves on; these must not). An upgrade test makes a database as that version did.
 */
const SHIPPED_SCHEMAS: Record<string, string>[] = [
  {
    learners: 'id',
    settings: 'key',
    moduleProgress: '[learnerId+moduleId], learnerId',
    lastVisits: 'learnerId',
  },
  {
    scenarioProgress: '[learnerId+scenarioId], learnerId',
    scenarioAttempts: '++id, learnerId, [learnerId+scenarioId]',
  },
  {
    assessmentAttempts: '++id, learnerId, [learnerId+status]',
    knowledgeChecks: '[learnerId+itemId], learnerId, [learnerId+moduleId]',
  },
];

/** A database as shipped version `version` made it (no upgrade functions: nothing had to be rewritten then). */
function shippedDatabase(name: string, version: number): Dexie {
  const db = new Dexie(name);
  SHIPPED_SCHEMAS.slice(0, version).forEach((stores, index) => db.version(index + 1).stores(stores));
  return db;
}

describe('database upgrades', () => {
  test('a database made by version 1 opens with its data intact and last visits upgraded', async () => {
    const name = `v1-${++counter}`;
    const v1 = shippedDatabase(name, 1);
    const at = '2026-06-01T10:00:00.000Z';
    await v1.table('learners').add({ id: 'learner-1', displayName: '', createdAt: at, recordVersion: 1 });
    await v1.table('settings').put({ key: 'activeLearnerId', value: 'learner-1' });
    await v1.table('moduleProgress').put({
      learnerId: 'learner-1',
      moduleId: 'spine-care',
      startedAt: at,
      lastVisitedAt: at,
      completedAt: at,
      recordVersion: 1,
    });
    await v1.table('lastVisits').put({
      learnerId: 'learner-1',
      path: '/modules/spine-care/',
      title: 'Spine Care',
      visitedAt: at,
      recordVersion: 1,
    });
    v1.close();

    const { store } = await open(name);
    expect(store.learnerId).toBe('learner-1');
    const progress = await store.getProgress();
    expect(progress.modules['spine-care']).toEqual({ startedAt: at, lastVisitedAt: at, completedAt: at });
    expect(progress.lastVisit).toEqual({
      learnerId: 'learner-1',
      path: '/modules/spine-care/',
      title: 'Spine Care',
      kind: 'module',
      visitedAt: at,
      recordVersion: 2,
    });
    await store.saveScenarioProgress('dm', 1, 'first', []);
    expect(await store.getScenarioProgress('dm')).not.toBeNull();
  });
});

describe('assessment in storage', () => {
  const items = [
    { itemId: 'cc-1-a', order: ['b', 'a', 'c'] },
    { itemId: 'sc-7-b', order: ['x', 'y', 'z'] },
  ];
  const result = {
    earned: 1,
    possible: 2,
    percent: 50,
    passed: false,
    byTheme: [{ theme: 'spine-care', title: 'Spine Care', earned: 1, possible: 1 }],
    items: [
      { itemId: 'cc-1-a', score: 0 },
      { itemId: 'sc-7-b', score: 1 },
    ],
  };

  test('starting twice resumes the same draw and answers; the draw runs once', async () => {
    const { store } = await open();
    let draws = 0;
    const draw = () => ((draws += 1), { seed: 1234, items });
    const attempt = await store.startOrResumeAssessment(draw, 0.8);
    await store.saveAssessmentAnswer(attempt.id!, 'cc-1-a', ['b']);
    await store.saveAssessmentAnswer(attempt.id!, 'sc-7-b', ['x', 'z']);
    await store.saveAssessmentAnswer(attempt.id!, 'cc-1-a', ['a']);
    const resumed = await store.startOrResumeAssessment(draw, 0.8);
    expect(draws).toBe(1);
    expect(resumed).toMatchObject({ id: attempt.id, seed: 1234, items, passMark: 0.8, status: 'in-progress' });
    expect(resumed.answers).toEqual({ 'cc-1-a': ['a'], 'sc-7-b': ['x', 'z'] });
    expect((await store.getProgress()).assessment).toMatchObject({ inProgress: true, submitted: 0 });
  });

  test('submitting closes the attempt; the next start is a fresh draw; history and best score are kept', async () => {
    const { store } = await open();
    const first = await store.startOrResumeAssessment(() => ({ seed: 1, items }), 0.8);
    await store.submitAssessment(first.id!, result);
    await expect(store.saveAssessmentAnswer(first.id!, 'cc-1-a', ['a'])).rejects.toThrow(StorageUnavailableError);
    expect(await store.getAssessmentInProgress()).toBeNull();

    const second = await store.startOrResumeAssessment(() => ({ seed: 2, items }), 0.8);
    expect(second.id).not.toBe(first.id);
    expect(second.answers).toEqual({});
    await store.submitAssessment(second.id!, { ...result, earned: 2, percent: 100, passed: true });

    const history = await store.getAssessmentAttempts();
    expect(history.map((attempt) => attempt.seed)).toEqual([2, 1]);
    expect(history[1]!.result).toEqual(result);
    expect((await store.getProgress()).assessment).toEqual({
      inProgress: false,
      submitted: 2,
      bestPercent: 100,
      passed: true,
    });
  });

  test('knowledge checks keep the latest answer per item and sum by module', async () => {
    const { store } = await open();
    await store.recordKnowledgeCheck('spine-care', 'sc-3-a', ['x'], 0);
    await store.recordKnowledgeCheck('spine-care', 'sc-3-a', ['y'], 1);
    await store.recordKnowledgeCheck('spine-care', 'sc-7-a', ['z'], 0.5);
    expect((await store.getKnowledgeChecks('spine-care')).map((check) => [check.itemId, check.answer])).toEqual([
      ['sc-3-a', ['y']],
      ['sc-7-a', ['z']],
    ]);
    expect((await store.getProgress()).knowledgeChecks).toEqual({ 'spine-care': { answered: 2, earned: 1.5 } });
  });

  test('a database made by version 2 opens with its scenario data intact', async () => {
    const name = `v2-${++counter}`;
    const v2 = shippedDatabase(name, 2);
    const at = '2026-09-01T10:00:00.000Z';
    await v2.table('learners').add({ id: 'learner-2', displayName: '', createdAt: at, recordVersion: 1 });
    await v2.table('settings').put({ key: 'activeLearnerId', value: 'learner-2' });
    await v2.table('scenarioAttempts').add({
      learnerId: 'learner-2',
      scenarioId: 'dm',
      scenarioVersion: 1,
      startedAt: at,
      endedAt: at,
      endingId: 'best',
      rating: 'best',
      score: 6,
      maxScore: 6,
      path: [],
      recordVersion: 1,
    });
    v2.close();

    const { store } = await open(name);
    expect(store.learnerId).toBe('learner-2');
    expect((await store.getProgress()).scenarios.dm).toMatchObject({ finished: 1, bestRating: 'best' });
    const attempt = await store.startOrResumeAssessment(() => ({ seed: 5, items: [] }), 0.8);
    expect(attempt.status).toBe('in-progress');
  });
});

describe('completion in storage', () => {
  test('active time adds up per page and by kind; nonsense amounts are ignored', async () => {
    const { store } = await open();
    await store.addActiveTime('/modules/spine-care/', 'module', 30_000);
    await store.addActiveTime('/modules/spine-care/', 'module', 15_000);
    await store.addActiveTime('/scenarios/patient-dm/', 'scenario', 60_000);
    await store.addActiveTime('/assessment/', 'assessment', 5_000);
    await store.addActiveTime('/assessment/', 'assessment', -5_000);
    await store.addActiveTime('/assessment/', 'assessment', Number.NaN);
    expect((await store.getProgress()).activeTime).toEqual({
      total: 110_000,
      module: 45_000,
      scenario: 60_000,
      assessment: 5_000,
    });
  });

  test('the evaluation saves drafts and submits; a change after submitting is a draft, and the submission stands', async () => {
    const { store } = await open();
    expect((await store.getProgress()).evaluation).toBeNull();
    await store.saveEvaluation({ objectives: '4' }, false);
    expect((await store.getProgress()).evaluation).toMatchObject({ status: 'draft', submittedAt: null });
    const submitted = await store.saveEvaluation({ objectives: '5', change: 'Separate accounts.' }, true);
    expect(submitted.status).toBe('submitted');
    expect((await store.getEvaluation())?.answers).toEqual({ objectives: '5', change: 'Separate accounts.' });
    await store.saveEvaluation({ objectives: '3' }, false);
    const changed = (await store.getProgress()).evaluation;
    expect(changed).toMatchObject({ status: 'draft', submittedAt: submitted.submittedAt });
    expect(await store.getEvaluation()).toMatchObject({
      answers: { objectives: '3' },
      submittedAnswers: { objectives: '5', change: 'Separate accounts.' },
    });
  });

  test('the attestation is kept with the active time shown, and can be withdrawn', async () => {
    const { store } = await open();
    await store.setAttestation({ statement: 'I completed this activity myself.', activeMinutes: 95 });
    expect((await store.getAttestation())?.statement).toBe('I completed this activity myself.');
    expect((await store.getProgress()).attestation).toMatchObject({ activeMinutes: 95 });
    await store.setAttestation(null);
    expect((await store.getProgress()).attestation).toBeNull();
  });

  test('certificates are kept with their PDF; the progress snapshot lists them without the bytes', async () => {
    const { store } = await open();
    const pdf = new Uint8Array([37, 80, 68, 70, 45]);
    const base = { learnerName: 'José Núñez', paper: 'letter' as const, completionJson: '{}', verificationCode: 'X' };
    await store.saveCertificate({ ...base, id: 'PWC-1', issuedAt: '2026-11-29T10:00:00.000Z', fileName: 'a.pdf', pdf });
    await store.saveCertificate({ ...base, id: 'PWC-2', issuedAt: '2026-11-29T11:00:00.000Z', fileName: 'b.pdf', pdf });
    await store.setDisplayName('José Núñez');
    expect((await store.getLearner()).displayName).toBe('José Núñez');
    const { certificates } = await store.getProgress();
    expect(certificates.map((certificate) => certificate.id)).toEqual(['PWC-2', 'PWC-1']);
    expect(certificates[0]).not.toHaveProperty('pdf');
    const kept = await store.getCertificate('PWC-1');
    expect(kept?.learnerName).toBe('José Núñez');
    expect([...kept!.pdf]).toEqual([...pdf]);
    expect(await store.getCertificate('PWC-404')).toBeNull();
  });

  test('a database made by version 3 opens with its assessment data intact and the new tables empty', async () => {
    const name = `v3-${++counter}`;
    const v3 = shippedDatabase(name, 3);
    const at = '2026-10-01T10:00:00.000Z';
    await v3.table('learners').add({ id: 'learner-3', displayName: 'Ann', createdAt: at, recordVersion: 1 });
    await v3.table('settings').put({ key: 'activeLearnerId', value: 'learner-3' });
    await v3.table('assessmentAttempts').add({
      learnerId: 'learner-3',
      status: 'submitted',
      seed: 9,
      items: [],
      answers: {},
      passMark: 0.8,
      startedAt: at,
      submittedAt: at,
      result: { earned: 18, possible: 20, percent: 90, passed: true, byTheme: [], items: [] },
      recordVersion: 1,
    });
    v3.close();

    const { store } = await open(name);
    expect(store.learnerId).toBe('learner-3');
    const progress = await store.getProgress();
    expect(progress.assessment).toMatchObject({ passed: true, bestPercent: 90 });
    expect(progress).toMatchObject({ evaluation: null, attestation: null, certificates: [] });
    expect(progress.activeTime.total).toBe(0);
    await store.addActiveTime('/assessment/', 'assessment', 1000);
    expect((await store.getProgress()).activeTime.assessment).toBe(1000);
  });
});
