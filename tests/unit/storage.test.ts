import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import {
  CourseDatabase,
  NewerVersionError,
  RecordConflictError,
  StorageUnavailableError,
  openCourseStore,
  type ProgressSnapshot,
} from '../../src/lib/storage';
import { freshName, open, waitFor } from '../support/storage';

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
    const name = freshName();
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
      learnerName: '',
      learnerExists: true,
      activeLearnerId: store.learnerId,
      modules: {},
      scenarios: {},
      assessment: { inProgress: false, submitted: 0, bestPercent: null, passed: false },
      pretest: null,
      knowledgeChecks: {},
      lastVisit: null,
      activeTime: { total: 0, module: 0, scenario: 0, assessment: 0 },
      evaluation: null,
      attestation: null,
      certificates: [],
      assignments: [],
    });
  });

  test('recordVisit remembers the last place and when a module was started', async () => {
    const { store } = await open();
    await store.modules.recordVisit({
      path: '/modules/introduction/',
      title: 'Introduction',
      moduleId: 'introduction',
    });
    await store.modules.recordVisit({ path: '/modules/spine-care/', title: 'Spine Care', moduleId: 'spine-care' });
    await store.modules.recordVisit({
      path: '/modules/introduction/',
      title: 'Introduction',
      moduleId: 'introduction',
    });

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
    await store.modules.setCompleted('professionalism', true);
    const first = (await store.getProgress()).modules.professionalism!.completedAt;
    expect(first).toMatch(/^2026-11-29T/);

    await store.modules.setCompleted('professionalism', true);
    expect((await store.getProgress()).modules.professionalism!.completedAt).toBe(first);

    await store.modules.setCompleted('professionalism', false);
    expect((await store.getProgress()).modules.professionalism!.completedAt).toBeNull();
  });

  test('progress survives closing and reopening the database', async () => {
    const { store, name } = await open();
    await store.modules.setCompleted('security-access', true);
    store.close();
    const { store: reopened } = await open(name);
    expect((await reopened.getProgress()).modules['security-access']!.completedAt).not.toBeNull();
  });

  test('keeps learners apart: one learner never sees another learner’s progress', async () => {
    const { store, name } = await open();
    await store.modules.setCompleted('spine-care', true);
    const db = new CourseDatabase(name);
    await db.moduleProgress.put({
      learnerId: 'someone-else',
      moduleId: 'introduction',
      startedAt: '2026-01-01T00:00:00.000Z',
      lastVisitedAt: '2026-01-01T00:00:00.000Z',
      completedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      recordVersion: 2,
    });
    db.close();
    expect(Object.keys((await store.getProgress()).modules)).toEqual(['spine-care']);
  });

  test('observeProgress emits the current state, then again after each change', async () => {
    const { store } = await open();
    const seen: ProgressSnapshot[] = [];
    const subscription = store.observeProgress().subscribe({ next: (snapshot) => seen.push(snapshot) });
    await waitFor(() => seen.length >= 1);
    await store.modules.setCompleted('introduction', true);
    await waitFor(() => seen.some((snapshot) => snapshot.modules.introduction?.completedAt));
    subscription.unsubscribe();
    expect(seen[0]!.modules).toEqual({});
  });

  test('a write that fails surfaces as StorageUnavailableError', async () => {
    const { store } = await open();
    store.close(); // every later operation on a closed Dexie database fails
    await expect(store.modules.setCompleted('introduction', true)).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.modules.recordVisit({ path: '/', title: 'Home' })).rejects.toThrow(/Could not save your place/);
  });
});

describe('storage failures and other tabs', () => {
  test('a write refused for lack of space is a storage failure with reason "full"', async () => {
    const { store } = await open();
    const { put } = IDBObjectStore.prototype;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const attempt = store.modules.setCompleted('introduction', true);
      await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(attempt).rejects.toMatchObject({ reason: 'full' });
      await expect(attempt).rejects.toThrow(/out of storage space/);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    // Nothing half-written: the module is still not started.
    expect((await store.getProgress()).modules).toEqual({});
  });

  test('a newer version opening the database closes this connection and says so; it is not a storage failure', async () => {
    let told = 0;
    const { store, name } = await open(freshName(), { onNewerVersion: () => told++ });
    await store.modules.setCompleted('introduction', true);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 60);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    newer.close();
    expect(told).toBe(1);
    await expect(store.modules.setCompleted('spine-care', true)).rejects.toBeInstanceOf(NewerVersionError);
    await expect(store.getProgress()).rejects.toBeInstanceOf(NewerVersionError);
  });

  test('a database already at a newer version is reported as a newer version, not as private browsing', async () => {
    const name = freshName();
    // What a later release would make: today's schema and one version more.
    const later = new CourseDatabase(name);
    later.version(6).stores({ somethingNew: 'id' });
    await later.open();
    later.close();
    await expect(openCourseStore({ name, journal: null })).rejects.toBeInstanceOf(NewerVersionError);
  });

  test('an open blocked by an older connection that will not close gives up with reason "blocked"', async () => {
    const name = freshName();
    // An old tab's connection (Dexie version 4 is IndexedDB version 40) that ignores requests to close.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 40);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const attempt = openCourseStore({ name, journal: null });
      await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(attempt).rejects.toMatchObject({ reason: 'blocked' });
    } finally {
      old.close();
    }
  });

  test('writing for a profile deleted in another tab is refused, and leaves no orphan record', async () => {
    const { store, name } = await open();
    const other = await openCourseStore({ name, journal: null });
    await other.learners.remove(store.learnerId);
    other.close();
    const attempt = store.modules.setCompleted('introduction', true);
    await expect(attempt).rejects.toBeInstanceOf(RecordConflictError);
    await expect(attempt).rejects.toMatchObject({ reason: 'learner-missing' });
    const db = new CourseDatabase(name);
    expect(await db.moduleProgress.where({ learnerId: store.learnerId }).count()).toBe(0);
    db.close();
  });
});
