import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { CourseDatabase, openCourseStore, StorageUnavailableError } from '../../src/lib/storage';
import { MemoryStorage, minuteClock, open } from '../support/storage';

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

const pending = (journal: MemoryStorage) => [...journal.items.keys()].filter((key) => key.includes(':pending:'));

describe('writes noted before IndexedDB holds them', () => {
  test('an answer, a step and a finished play that did not reach IndexedDB are applied at the next open', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    const attempt = await store.assessment.startOrResume(
      () => ({ seed: 1, items: [{ itemId: 'a', order: ['x'] }] }),
      0.8,
    );
    await withWritesFailing(async () => {
      await expect(store.assessment.saveAnswer(attempt.uid, 'a', ['x'])).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      await expect(store.scenarios.saveProgress('s', 1, 'two', [{ nodeId: 'one', choiceId: 'c' }])).rejects.toThrow();
      await expect(
        store.scenarios.finish({
          scenarioId: 't',
          scenarioVersion: 1,
          endingId: 'end',
          rating: 'best',
          score: 1,
          maxScore: 1,
          path: [],
        }),
      ).rejects.toThrow();
      await expect(store.assessment.recordCheck('spine-care', 'q', ['y'], 1)).rejects.toThrow();
    });
    expect(pending(journal)).toHaveLength(4);
    expect((await store.assessment.inProgress())?.answers).toEqual({});
    store.close();

    const reopened = await openCourseStore({ name, journal, now: minuteClock(Date.UTC(2026, 11, 1)) });
    expect((await reopened.assessment.inProgress())?.answers).toEqual({ a: ['x'] });
    expect(await reopened.scenarios.getProgress('s')).toMatchObject({ nodeId: 'two' });
    expect(await reopened.scenarios.plays('t')).toHaveLength(1);
    expect(await reopened.assessment.checks('spine-care')).toHaveLength(1);
    expect(pending(journal)).toEqual([]);
    reopened.close();
  });

  test('a successful write leaves nothing noted; applying a note twice changes nothing', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    await store.scenarios.finish({
      scenarioId: 't',
      scenarioVersion: 1,
      endingId: 'end',
      rating: 'best',
      score: 1,
      maxScore: 1,
      path: [],
    });
    expect(pending(journal)).toEqual([]);
    // The same play noted again (its page reloaded after IndexedDB committed, before the note was removed).
    const [play] = await store.scenarios.plays('t');
    journal.setItem(
      'posting-with-care:pending:x',
      JSON.stringify({
        kind: 'scenario-finish',
        learnerId: store.learnerId,
        at: play!.endedAt,
        data: { ...play, path: [] },
      }),
    );
    store.close();
    const reopened = await openCourseStore({ name, journal });
    expect(await reopened.scenarios.plays('t')).toHaveLength(1);
    reopened.close();
  });

  test('an older note never replaces a newer answer, and a note for a deleted profile or an unknown kind is dropped', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    const attempt = await store.assessment.startOrResume(
      () => ({ seed: 1, items: [{ itemId: 'a', order: ['x', 'y'] }] }),
      0.8,
    );
    await store.assessment.saveAnswer(attempt.uid, 'a', ['y']);
    const note = (kind: string, learnerId: string, data: object) =>
      journal.setItem(
        `posting-with-care:pending:${kind}:${learnerId}`,
        JSON.stringify({ kind, learnerId, at: '2020-01-01T00:00:00.000Z', data }),
      );
    note('assessment-answer', store.learnerId, { attemptUid: attempt.uid, itemId: 'a', answer: ['x'] });
    note('assessment-answer', 'deleted-profile', { attemptUid: attempt.uid, itemId: 'a', answer: ['x'] });
    note('no-such-kind', store.learnerId, {});
    journal.setItem('posting-with-care:pending:garbage', '{not json');
    store.close();

    const reopened = await openCourseStore({ name, journal });
    expect((await reopened.assessment.inProgress())?.answers).toEqual({ a: ['y'] });
    expect(pending(journal)).toEqual([]);
    reopened.close();
  });

  test('without localStorage the writes still go to IndexedDB', async () => {
    const { store } = await open(undefined, { journal: null });
    await store.scenarios.saveProgress('s', 1, 'one', []);
    expect(await store.scenarios.getProgress('s')).toMatchObject({ nodeId: 'one' });
  });
});

describe('notes that cannot be applied never stop the course from opening', () => {
  test('a damaged note is dropped and the notes after it are still applied', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    const learnerId = store.learnerId;
    store.close();
    const note = (key: string, value: object) =>
      journal.setItem(`posting-with-care:pending:${key}`, JSON.stringify(value));
    note('1', { kind: 'assessment-answer', learnerId, at: '2026-01-01T00:00:00.000Z', data: null });
    note('2', { kind: 'assessment-answer', learnerId, at: '2026-01-01T00:00:01.000Z', data: {} });
    note('3', {
      kind: 'scenario-step',
      learnerId,
      at: '2026-01-01T00:00:02.000Z',
      data: { scenarioId: 's', scenarioVersion: 1, nodeId: 'two', path: [] },
    });
    const reopened = await openCourseStore({ name, journal });
    expect(await reopened.scenarios.getProgress('s')).toMatchObject({ nodeId: 'two' });
    expect(pending(journal)).toEqual([]);
    reopened.close();
  });

  test('a live write always applies, even over a record dated later (another device’s clock ran ahead)', async () => {
    const { store, name } = await open();
    await store.scenarios.saveProgress('s', 1, 'one', []);
    const place = (await store.scenarios.getProgress('s'))!;
    const db = new CourseDatabase(name);
    await db.scenarioProgress.put({ ...place, updatedAt: '2099-01-01T00:00:00.000Z' });
    db.close();
    await store.scenarios.saveProgress('s', 1, 'two', [{ nodeId: 'one', choiceId: null }]);
    expect(await store.scenarios.getProgress('s')).toMatchObject({ nodeId: 'two' });
  });

  test('clearing a profile’s data drops its notes, so nothing deleted comes back', async () => {
    const journal = new MemoryStorage();
    const { store, name } = await open(undefined, { journal });
    await withWritesFailing(() => expect(store.scenarios.saveProgress('s', 1, 'two', [])).rejects.toThrow());
    expect(pending(journal)).toHaveLength(1);
    await store.learners.clearMine();
    expect(pending(journal)).toEqual([]);
    store.close();
    const reopened = await openCourseStore({ name, journal });
    expect(await reopened.scenarios.getProgress('s')).toBeNull();
    reopened.close();
  });
});
