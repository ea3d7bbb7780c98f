import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  CourseDatabase,
  RecordConflictError,
  StorageUnavailableError,
  openCourseStore,
  type CourseStore,
} from '../../src/lib/storage';
import { MemoryStorage, minuteClock, open } from '../support/storage';

const items = [
  { itemId: 'cc-1-a', order: ['b', 'a', 'c'] },
  { itemId: 'sa-2-b', order: ['x', 'y', 'z'] },
];
const result = {
  earned: 1,
  possible: 2,
  percent: 50,
  byTheme: [
    { theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 0, possible: 1 },
    { theme: 'security-access', title: 'Security and Access', earned: 1, possible: 1 },
  ],
  items: [
    { itemId: 'cc-1-a', score: 0 },
    { itemId: 'sa-2-b', score: 1 },
  ],
};
const finalResult = (percent: number, passed: boolean) => ({
  earned: percent / 50,
  possible: 2,
  percent,
  passed,
  byTheme: [
    {
      theme: 'compliance-confidentiality',
      title: 'Compliance and Confidentiality',
      earned: percent / 100,
      possible: 1,
    },
    { theme: 'security-access', title: 'Security and Access', earned: percent / 100, possible: 1 },
  ],
  items: [],
});

/** Makes every IndexedDB put and add fail while `work` runs, as when a page unloads before the write commits. */
async function withWritesFailing(work: () => Promise<unknown>): Promise<void> {
  const { put, add } = IDBObjectStore.prototype;
  const fail = () => {
    throw new DOMException('The page went away.', 'AbortError');
  };
  IDBObjectStore.prototype.put = fail;
  IDBObjectStore.prototype.add = fail;
  try {
    await work();
  } finally {
    IDBObjectStore.prototype.put = put;
    IDBObjectStore.prototype.add = add;
  }
}

async function submitFinal(store: CourseStore, percent: number, passed: boolean) {
  const attempt = await store.assessment.startOrResume(() => ({ seed: percent, items: [] }), 0.8);
  await store.assessment.submit(attempt.uid, finalResult(percent, passed));
}

describe('the pre-test in storage', () => {
  test('starting twice resumes the same draw and answers; the draw runs once; progress shows it in progress', async () => {
    const { store } = await open();
    let draws = 0;
    const draw = () => ((draws += 1), { seed: 4321, items });
    const started = await store.pretest.startOrResume(draw);
    expect(started).toMatchObject({
      seed: 4321,
      items,
      answers: {},
      submittedAt: null,
      result: null,
      recordVersion: 1,
    });
    await store.pretest.saveAnswer('cc-1-a', ['b']);
    await store.pretest.saveAnswer('sa-2-b', ['x', 'z']);
    await store.pretest.saveAnswer('cc-1-a', ['a']);
    const resumed = await store.pretest.startOrResume(draw);
    expect(draws).toBe(1);
    expect(resumed).toMatchObject({ seed: 4321, items, startedAt: started.startedAt });
    expect(resumed.answers).toEqual({ 'cc-1-a': ['a'], 'sa-2-b': ['x', 'z'] });
    expect(await store.pretest.get()).toEqual(resumed);
    expect((await store.getProgress()).pretest).toEqual({ submittedAt: null, result: null, final: null });
  });

  test('an answer survives a reload made at once: noted first, applied when the course next opens', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    await store.pretest.startOrResume(() => ({ seed: 1, items }));
    await withWritesFailing(async () => {
      await expect(store.pretest.saveAnswer('cc-1-a', ['c'])).rejects.toBeInstanceOf(StorageUnavailableError);
    });
    expect((await store.pretest.get())?.answers).toEqual({});
    expect([...journal.items.keys()].filter((key) => key.includes(':pending:'))).toHaveLength(1);
    store.close();

    const reopened = await openCourseStore({ name, journal, now: minuteClock(Date.UTC(2026, 11, 1)) });
    expect((await reopened.pretest.get())?.answers).toEqual({ 'cc-1-a': ['c'] });
    expect([...journal.items.keys()].filter((key) => key.includes(':pending:'))).toEqual([]);
    reopened.close();
  });

  test('an answer to an item it did not draw, or with no pre-test, is refused and not kept for later', async () => {
    const journal = new MemoryStorage();
    const { store } = await open(undefined, { journal });
    await expect(store.pretest.saveAnswer('cc-1-a', ['a'])).rejects.toMatchObject({ reason: 'attempt-missing' });
    await store.pretest.startOrResume(() => ({ seed: 1, items }));
    await expect(store.pretest.saveAnswer('pr-9-elsewhere', ['a'])).rejects.toMatchObject({
      reason: 'attempt-missing',
    });
    expect((await store.pretest.get())?.answers).toEqual({});
    expect([...journal.items.keys()].filter((key) => key.includes(':pending:'))).toEqual([]);
  });

  test('submitting keeps the result (no pass or fail) and closes it: later answers and submits are conflicts', async () => {
    const { store } = await open();
    await store.pretest.startOrResume(() => ({ seed: 1, items }));
    await store.pretest.saveAnswer('sa-2-b', ['y']);
    const submitted = await store.pretest.submit({ ...result, passed: false } as typeof result);
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.result).toEqual(result);
    expect(await store.pretest.get()).toEqual(submitted);

    const late = store.pretest.saveAnswer('sa-2-b', ['x']);
    await expect(late).rejects.toBeInstanceOf(RecordConflictError);
    await expect(late).rejects.toMatchObject({ reason: 'attempt-closed' });
    await expect(store.pretest.submit(result)).rejects.toMatchObject({ reason: 'attempt-closed' });
    // One pre-test per learner: starting again gives back the submitted one, without drawing.
    expect(await store.pretest.startOrResume(() => expect.fail('no second draw'))).toEqual(submitted);
    expect((await store.getProgress()).pretest).toEqual({
      submittedAt: submitted.submittedAt,
      result: { percent: 50, byTheme: result.byTheme },
      final: null,
    });
  });

  test('it cannot start once a final attempt has started, and cannot go on once one is submitted', async () => {
    const { store } = await open();
    expect(await store.pretest.availability()).toBe('open');
    const attempt = await store.assessment.startOrResume(() => ({ seed: 2, items: [] }), 0.8);
    expect(await store.pretest.availability()).toBe('final-started');
    await expect(store.pretest.startOrResume(() => ({ seed: 1, items }))).rejects.toMatchObject({
      reason: 'attempt-closed',
    });
    expect(await store.pretest.get()).toBeNull();
    await store.assessment.submit(attempt.uid, finalResult(50, false));
    expect(await store.pretest.availability()).toBe('final-submitted');

    // A pre-test started before the final assessment can be finished until an attempt is submitted.
    const { store: other } = await open();
    await other.pretest.startOrResume(() => ({ seed: 1, items }));
    const open2 = await other.assessment.startOrResume(() => ({ seed: 3, items: [] }), 0.8);
    await other.pretest.saveAnswer('cc-1-a', ['a']);
    await other.assessment.submit(open2.uid, finalResult(100, true));
    await expect(other.pretest.saveAnswer('cc-1-a', ['b'])).rejects.toMatchObject({ reason: 'attempt-closed' });
    await expect(other.pretest.submit(result)).rejects.toMatchObject({ reason: 'attempt-closed' });
    expect((await other.pretest.get())?.answers).toEqual({ 'cc-1-a': ['a'] });
  });

  test('progress compares it with the best passing final attempt, or the best attempt if none passed', async () => {
    const { store } = await open();
    await store.pretest.startOrResume(() => ({ seed: 1, items }));
    await store.pretest.submit(result);
    await submitFinal(store, 100, false);
    expect((await store.getProgress()).pretest?.final).toEqual({
      percent: 100,
      passed: false,
      byTheme: finalResult(100, false).byTheme,
    });
    await submitFinal(store, 50, true);
    await submitFinal(store, 90, true);
    expect((await store.getProgress()).pretest?.final).toMatchObject({ percent: 90, passed: true });
  });

  test('clearing my data, or deleting the profile, removes it', async () => {
    const { store, name } = await open();
    await store.pretest.startOrResume(() => ({ seed: 1, items }));
    await store.learners.clearMine();
    expect(await store.pretest.get()).toBeNull();
    expect((await store.getProgress()).pretest).toBeNull();

    await store.pretest.startOrResume(() => ({ seed: 2, items }));
    const guest = store.learnerId;
    await store.learners.create('Ann');
    await store.learners.remove(guest);
    const db = new CourseDatabase(name);
    expect(await db.pretests.toArray()).toEqual([]);
    db.close();
  });
});
