import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  CourseDatabase,
  LEARNER_TABLES,
  ProfileNameError,
  checkProfileName,
  openCourseStore,
} from '../../src/lib/storage';
import { doEverything, open } from '../support/storage';

async function rowsOf(name: string, learnerId: string): Promise<Record<string, number>> {
  const db = new CourseDatabase(name);
  const counts: Record<string, number> = {};
  for (const table of LEARNER_TABLES)
    counts[table] = await db.table(table).where('learnerId').equals(learnerId).count();
  db.close();
  return counts;
}

const none = Object.fromEntries(LEARNER_TABLES.map((table) => [table, 0]));

describe('learner profiles on a shared device', () => {
  test('profile names are trimmed, at most 60 characters, and not another profile’s (in any case)', () => {
    const others = [{ displayName: 'Sam' }];
    expect(checkProfileName('  Alex   Kim ', others)).toEqual({ ok: true, name: 'Alex Kim' });
    expect(checkProfileName('   ', others)).toEqual({ ok: false, problem: 'empty' });
    expect(checkProfileName('x'.repeat(61), others)).toEqual({ ok: false, problem: 'long' });
    expect(checkProfileName('x'.repeat(60), others)).toMatchObject({ ok: true });
    expect(checkProfileName('sam', others)).toEqual({ ok: false, problem: 'taken' });
    expect(checkProfileName('guest', others, ['Guest'])).toEqual({ ok: false, problem: 'taken' });
  });

  test('create, rename and switch: the new profile becomes active, and each sees only its own progress', async () => {
    const { store, name } = await open();
    await store.modules.setCompleted('spine-care', true);
    const sam = await store.learners.create('Sam');
    expect(await store.learners.activeId()).toBe(sam.id);
    await expect(store.learners.create(' sam ')).rejects.toBeInstanceOf(ProfileNameError);
    await store.learners.rename(sam.id, 'Samantha');
    expect((await store.learners.list()).map((learner) => learner.displayName)).toEqual(['', 'Samantha']);

    const asSam = await openCourseStore({ name, journal: null });
    expect(asSam.learnerId).toBe(sam.id);
    expect((await asSam.getProgress()).modules).toEqual({});
    expect((await asSam.getProgress()).learnerName).toBe('Samantha');
    await asSam.learners.switchTo(store.learnerId);
    asSam.close();
    const back = await openCourseStore({ name, journal: null });
    expect(Object.keys((await back.getProgress()).modules)).toEqual(['spine-care']);
    back.close();
  });

  test('deleting a profile removes every record of it in every table, and leaves the others', async () => {
    const { store, name } = await open();
    await doEverything(store);
    const guestId = store.learnerId;
    const ann = await store.learners.create('Ann');
    const asAnn = await openCourseStore({ name, journal: null });
    await asAnn.modules.setCompleted('professionalism', true);
    asAnn.close();
    expect(Object.values(await rowsOf(name, guestId)).every((count) => count > 0)).toBe(true);

    // Deleting the active profile (Ann) makes the oldest remaining one active.
    expect(await store.learners.remove(ann.id)).toBe(guestId);
    expect(await rowsOf(name, ann.id)).toEqual(none);
    expect((await store.learners.list()).map((learner) => learner.id)).toEqual([guestId]);
    expect((await rowsOf(name, guestId)).moduleProgress).toBe(2);

    // Deleting the last profile leaves a fresh guest.
    const next = await store.learners.remove(guestId);
    expect(next).not.toBe(guestId);
    expect(await rowsOf(name, guestId)).toEqual(none);
    expect(await store.learners.list()).toEqual([expect.objectContaining({ id: next, displayName: '' })]);
  });

  test('clearing my data removes every record of the profile and keeps the profile', async () => {
    const { store, name } = await open();
    await doEverything(store);
    await store.learners.clearMine();
    expect(await rowsOf(name, store.learnerId)).toEqual(none);
    expect((await store.learners.current()).id).toBe(store.learnerId);
    expect((await store.getProgress()).modules).toEqual({});
  });
});
