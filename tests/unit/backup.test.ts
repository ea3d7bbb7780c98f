import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EVALUATION_ITEMS } from '../../src/content/evaluation';
import { createCompletionFile, RECORD_FORMAT, RECORD_FORMAT_VERSION } from '../../src/lib/certificate/record';
import { courseCatalog } from '../../src/lib/content/catalog';
import { loadQuestions } from '../../src/lib/content/load';
import { backupFileName, type Backup } from '../../src/lib/storage';
import { parseBackup } from '../../src/lib/storage/backup-check';
import { scenarios } from '../../src/scenarios';
import { doEverything, open, TINY_PDF } from '../support/storage';

const catalog = courseCatalog({
  // Each theme module's file is named after its theme; the introduction's theme is `introduction`.
  modules: readdirSync('src/content/modules').map((file) => ({
    id: file.replace(/\.mdx$/, ''),
    theme: file.replace(/\.mdx$/, ''),
  })),
  scenarios,
  questions: loadQuestions(),
  evaluationItems: EVALUATION_ITEMS,
});

/** A real completion record and code, so the file check accepts the certificate. */
async function certificate() {
  const file = await createCompletionFile(
    {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      certificateId: 'PWC-7K3M-9QXR-2D4F',
      learnerName: 'Ann Example',
      activityTitle: 'Posting with Care',
      organization: 'Posting with Care',
      completedOn: '2026-11-29',
      scorePercent: 100,
      passMarkPercent: 80,
      activeMinutes: 2,
      creditStatement: 'No CME credit.',
      credentials: '',
    },
    {
      issuedAt: '2026-11-29T12:00:00.000Z',
      modules: [],
      scenarios: [],
      assessment: { attemptId: 1, submittedAt: '2026-11-29T11:00:00.000Z', percent: 100, passMark: 80, attempts: 1 },
      evaluation: { submittedAt: '2026-11-29T11:30:00.000Z', answers: [] },
      attestation: { statement: 'I did.', attestedAt: '2026-11-29T11:45:00.000Z', activeMinutes: 2 },
    },
  );
  return {
    id: file.record.certificateId,
    verificationCode: file.verificationCode,
    completionJson: JSON.stringify(file),
    pdf: TINY_PDF,
  };
}

/** A store holding everything, and its progress file as text. */
async function everything() {
  const opened = await open();
  await doEverything(opened.store, await certificate());
  const backup = await opened.store.exportBackup();
  return { ...opened, backup, text: JSON.stringify(backup) };
}

const withoutTime = ({ exportedAt: _, ...backup }: Backup) => backup;

describe('progress files', () => {
  test('are named by the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('posting-with-care-progress-2026-01-05.json');
  });

  test('a learner who did everything: download, clear, restore gives back every record and the PDF byte for byte', async () => {
    const { store, backup, text } = await everything();
    expect(backup).toMatchObject({ app: 'posting-with-care', formatVersion: 1 });
    expect(backup.scenarioPlays).toHaveLength(1);
    expect(backup.assessmentAttempts).toHaveLength(2);
    const before = await store.getProgress();

    await store.learners.clearMine();
    expect((await store.getProgress()).modules).toEqual({});
    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    const summary = await store.restoreBackup(check.backup);
    expect(summary).toEqual({
      modules: 2,
      lastVisit: 1,
      scenarioPlaces: 2,
      scenarioPlays: 1,
      assessmentAttempts: 2,
      pretest: 1,
      knowledgeChecks: 1,
      activeTime: 1,
      evaluation: 1,
      attestation: 1,
      certificates: 1,
      assignments: 1,
    });
    expect(await store.getProgress()).toEqual(before);
    expect(withoutTime(await store.exportBackup())).toEqual(withoutTime(backup));
    const kept = await store.certificates.get('PWC-7K3M-9QXR-2D4F');
    expect(Buffer.from(kept!.pdf).equals(Buffer.from(TINY_PDF))).toBe(true);
  });

  test('restoring the same file twice adds nothing', async () => {
    const { store, text } = await everything();
    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    const before = await store.exportBackup();
    expect(Object.values(await store.restoreBackup(check.backup)).every((count) => count === 0)).toBe(true);
    expect(Object.values(await store.restoreBackup(check.backup)).every((count) => count === 0)).toBe(true);
    expect(withoutTime(await store.exportBackup())).toEqual(withoutTime(before));
  });

  test('restoring into a profile with its own progress keeps both: plays and attempts join, newer single records win', async () => {
    const { text } = await everything();
    const { store } = await open();
    await store.modules.setCompleted('professionalism', true);
    await store.scenarios.finish({
      scenarioId: 'or-photo-colleague',
      scenarioVersion: 1,
      endingId: 'ending-harmful',
      rating: 'harmful',
      score: 0,
      maxScore: 2,
      path: [],
    });
    // Newer here than in the file (this store's clock starts at the same time but has moved on).
    for (let index = 0; index < 40; index++) await store.modules.recordVisit({ path: '/', title: 'Home' });
    await store.modules.setCompleted('spine-care', true);
    await store.modules.setCompleted('spine-care', false); // an explicit undo here, later than the file's finish
    const here = await store.assessment.startOrResume(() => ({ seed: 9, items: [] }), 0.8);

    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    const summary = await store.restoreBackup(check.backup);
    const progress = await store.getProgress();
    expect(Object.keys(progress.modules).sort()).toEqual(['introduction', 'professionalism', 'spine-care']);
    expect(progress.modules['spine-care']!.completedAt).toBeNull(); // the newer record, here, wins
    expect(progress.scenarios['or-photo-colleague']).toMatchObject({ finished: 2, bestRating: 'best' });
    // The submitted attempt is added; the file's attempt in progress is not, since one is in progress here.
    expect(summary.assessmentAttempts).toBe(1);
    expect((await store.assessment.inProgress())?.uid).toBe(here.uid);
    expect(progress.lastVisit?.path).toBe('/');
  });

  test('a newer visit never takes away a finished module, and a newer draft never takes away a submitted evaluation', async () => {
    const { text } = await everything();
    const { store } = await open();
    // Here: both modules visited later than in the file, neither finished; an evaluation draft, never submitted.
    for (let index = 0; index < 40; index++) await store.modules.recordVisit({ path: '/', title: 'Home' });
    await store.modules.recordVisit({ path: '/modules/spine-care/', title: 'Spine Care', moduleId: 'spine-care' });
    await store.completion.saveEvaluation({ objectives: '3' }, false);
    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    await store.restoreBackup(check.backup);
    const progress = await store.getProgress();
    expect(progress.modules['spine-care']!.completedAt).not.toBeNull();
    expect(progress.modules['spine-care']!.lastVisitedAt > check.backup.modules[0]!.lastVisitedAt).toBe(true);
    expect(await store.completion.getEvaluation()).toMatchObject({
      answers: { objectives: '3' },
      status: 'draft',
      submittedAnswers: { objectives: '5' },
    });
    expect(progress.evaluation?.submittedAt).not.toBeNull();
  });

  test('the pre-test travels in the file; a submitted one here is kept, else the file’s is taken', async () => {
    const { backup, text } = await everything();
    expect(backup.pretest).toMatchObject({ seed: 7, submittedAt: expect.any(String), result: { percent: 0 } });
    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    const items = [{ itemId: 'pr-1-scheduler-public-joke', order: check.backup.pretest!.items[0]!.order }];
    const result = { ...check.backup.pretest!.result!, earned: 1, percent: 100, items: [] };
    result.byTheme = [{ ...result.byTheme[0]!, earned: 1 }];

    // Submitted here: the one here stays.
    const { store: submittedHere } = await open();
    await submittedHere.pretest.startOrResume(() => ({ seed: 99, items }));
    await submittedHere.pretest.submit(result);
    expect((await submittedHere.restoreBackup(check.backup)).pretest).toBe(0);
    expect(await submittedHere.pretest.get()).toMatchObject({ seed: 99, result: { percent: 100 } });

    // Only in progress here: the file's submitted one is taken.
    const { store: openHere } = await open();
    await openHere.pretest.startOrResume(() => ({ seed: 98, items }));
    expect((await openHere.restoreBackup(check.backup)).pretest).toBe(1);
    expect(await openHere.pretest.get()).toMatchObject({ seed: 7, result: { percent: 0 } });

    // Both only in progress: the one here stays.
    const inProgress = { ...check.backup, pretest: { ...check.backup.pretest!, submittedAt: null, result: null } };
    const { store: bothOpen } = await open();
    await bothOpen.pretest.startOrResume(() => ({ seed: 97, items }));
    expect((await bothOpen.restoreBackup(inProgress)).pretest).toBe(0);
    expect(await bothOpen.pretest.get()).toMatchObject({ seed: 97 });
  });

  test('a file without a pre-test (made before it existed) still restores', async () => {
    const { backup } = await everything();
    const { pretest: _, ...older } = backup;
    const check = await parseBackup(JSON.stringify(older), catalog);
    expect(check.ok && check.backup.pretest).toBeNull();
  });

  test('a restore that fails part way writes nothing', async () => {
    const { text } = await everything();
    const { store } = await open();
    const check = await parseBackup(text, catalog);
    if (!check.ok) throw new Error(check.problem);
    const { add } = IDBObjectStore.prototype;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'certificatePdfs') throw new DOMException('Full.', 'QuotaExceededError');
      return add.apply(this, args);
    };
    try {
      await expect(store.restoreBackup(check.backup)).rejects.toMatchObject({ reason: 'full' });
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    expect((await store.getProgress()).modules).toEqual({});
    expect(await store.scenarios.plays()).toEqual([]);
  });
});

describe('a file that is not a good progress file is refused with a message saying what is wrong', () => {
  const edit = async (change: (backup: Backup) => void) => {
    const { backup } = await everything();
    change(backup);
    return JSON.stringify(backup);
  };
  const problemOf = async (text: string) => {
    const check = await parseBackup(text, catalog);
    return check.ok ? 'accepted' : check.problem;
  };

  test.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['empty', '', /empty/],
    ['blank', '  \n ', /empty/],
    ['a JSON array', '[1,2]', /not an object/],
    ['a JSON number', '42', /not an object/],
    ['a JSON null', 'null', /not an object/],
    ['another application’s file', '{"app":"other","formatVersion":1}', /not a Posting with Care progress file/],
    ['a newer format', '{"app":"posting-with-care","formatVersion":2}', /newer version of the course \(format 2/],
    ['over 5 MB', `"${'x'.repeat(5 * 1024 * 1024)}"`, /larger than 5 MB/],
  ])('%s', async (_, text, message) => {
    expect(await problemOf(text)).toMatch(message);
  });

  test('a truncated file', async () => {
    const { text } = await everything();
    expect(await problemOf(text.slice(0, Math.floor(text.length / 2)))).toMatch(/not valid JSON: it may be cut short/);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('a "%s" key anywhere', async (key) => {
    const { text } = await everything();
    const planted = text.replace('"modules":[{', `"modules":[{"${key}":{"polluted":true},`);
    expect(await problemOf(planted)).toBe(`The file contains the key "${key}", which a progress file never has.`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test.each<[string, (backup: Backup) => void, RegExp]>([
    ['a wrong type', (b) => ((b.modules[0] as { completedAt: unknown }).completedAt = 5), /modules\[0\]\.completedAt/],
    ['an invalid date', (b) => (b.scenarioPlays[0]!.endedAt = '2026-13-45'), /scenarioPlays\[0\]\.endedAt/],
    ['negative time', (b) => (b.activeTime[0]!.milliseconds = -1), /activeTime\[0\]\.milliseconds/],
    ['a score above its maximum', (b) => (b.scenarioPlays[0]!.score = 9), /scores 9, more than its maximum of 2/],
    ['an impossible assessment score', (b) => (b.assessmentAttempts[0]!.result!.earned = 3), /earns 3, more than/],
    ['a knowledge-check score above 1', (b) => (b.knowledgeChecks[0]!.score = 2), /knowledgeChecks\[0\]\.score/],
    ['an unknown module', (b) => (b.modules[0]!.moduleId = 'astrology'), /module "astrology"/],
    ['an unknown scenario', (b) => (b.scenarioPlays[0]!.scenarioId = 'nope'), /scenario "nope"/],
    ['an unknown ending', (b) => (b.scenarioPlays[0]!.endingId = 'photo-appears'), /not an ending/],
    ['an unknown question', (b) => (b.knowledgeChecks[0]!.itemId = 'zz-9'), /question "zz-9"/],
    ['an unknown answer', (b) => (b.knowledgeChecks[0]!.answer = ['made-up']), /answer "made-up"/],
    [
      'an unknown theme',
      (b) => (b.assessmentAttempts[0]!.result!.byTheme[0]!.theme = 'astrology'),
      /theme "astrology"/,
    ],
    ['an unknown evaluation item', (b) => (b.evaluation!.answers.mystery = '5'), /evaluation question "mystery"/],
    ['a duplicate play', (b) => b.scenarioPlays.push({ ...b.scenarioPlays[0]! }), /scenario play ".*" appears twice/],
    ['a duplicate module', (b) => b.modules.push({ ...b.modules[0]! }), /module ".*" appears twice/],
    ['two attempts in progress', (b) => (b.assessmentAttempts[0]!.status = 'in-progress'), /more than one/],
    ['an unexpected field', (b) => Object.assign(b.modules[0]!, { extra: 1 }), /Unrecognized key/],
    [
      'a date in the future',
      (b) => (b.modules[0]!.lastVisitedAt = '2099-01-01T00:00:00.000Z'),
      /modules\[0\]\.lastVisitedAt is a date in the future/,
    ],
    [
      'an off-site link as the last place',
      (b) => (b.lastVisit!.path = '//evil.example/login/'),
      /lastVisit\.path: is not a page of the course/,
    ],
    ['more than 100 hours on one page', (b) => (b.activeTime[0]!.milliseconds = 1e15), /more than 100 hours/],
    [
      'an attempt in progress with a result',
      (b) => (b.assessmentAttempts[1]!.result = b.assessmentAttempts[0]!.result),
      /in progress but has a result/,
    ],
    [
      'a percentage that does not follow from the points',
      (b) => (b.assessmentAttempts[0]!.result!.percent = 40),
      /does not follow from its points/,
    ],
    [
      'a pass that does not follow from the points',
      (b) => (b.assessmentAttempts[0]!.result!.passed = false),
      /does not follow from its points/,
    ],
    [
      'a question drawn twice',
      (b) => b.assessmentAttempts[0]!.items.push({ ...b.assessmentAttempts[0]!.items[0]! }),
      /appears twice/,
    ],
    [
      'an answer to a question not drawn',
      (b) => (b.assessmentAttempts[0]!.answers['cc-5-where-phi-hides'] = ['imaging-corner']),
      /which it did not draw/,
    ],
    [
      'a submission before the start',
      (b) => (b.assessmentAttempts[0]!.submittedAt = '2020-01-01T00:00:00.000Z'),
      /submitted before it starts/,
    ],
    [
      'a knowledge check in the wrong module',
      (b) => (b.knowledgeChecks[0]!.moduleId = 'spine-care'),
      /whose check does not have it/,
    ],
    [
      'a certificate whose code does not match its record',
      (b) =>
        (b.certificates[0]!.completionJson = b.certificates[0]!.completionJson.replace(
          '"scorePercent":100',
          '"scorePercent":60',
        )),
      /verification code does not match its record/,
    ],
    ['a certificate file that is not a PDF', (b) => (b.certificates[0]!.pdfBase64 = btoa('hello')), /not a PDF/],
    ['a pre-test with an unknown question', (b) => (b.pretest!.items[0]!.itemId = 'zz-9'), /question "zz-9"/],
    [
      'a pre-test question without all its options',
      (b) => b.pretest!.items[0]!.order.pop(),
      /pretest shows "pr-1-scheduler-public-joke" without all its options/,
    ],
    [
      'a pre-test answer to a question it did not draw',
      (b) => (b.pretest!.answers['cc-5-where-phi-hides'] = ['imaging-corner']),
      /pretest answers "cc-5-where-phi-hides", which it did not draw/,
    ],
    [
      'a pre-test answer this question does not have',
      (b) => (b.pretest!.answers['pr-1-scheduler-public-joke'] = ['made-up']),
      /answer "made-up"/,
    ],
    ['a pre-test scoring above its points', (b) => (b.pretest!.result!.earned = 2), /pretest earns 2, more than/],
    [
      'a pre-test theme scoring above its points',
      (b) => (b.pretest!.result!.byTheme[0]!.earned = 3),
      /pretest has an impossible score for the theme "professionalism"/,
    ],
    [
      'a pre-test percentage that does not follow from its points',
      (b) => (b.pretest!.result!.percent = 90),
      /pretest has a percentage that does not follow/,
    ],
    ['a pre-test with an invalid date', (b) => (b.pretest!.startedAt = '2026-02-30T25:00:00Z'), /pretest\.startedAt/],
    [
      'a pre-test submitted before it starts',
      (b) => (b.pretest!.submittedAt = '2020-01-01T00:00:00.000Z'),
      /pretest is submitted before it starts/,
    ],
    [
      'a pre-test in progress with a result',
      (b) => (b.pretest!.submittedAt = null),
      /pretest is in progress but has a result/,
    ],
    [
      'a pre-test in the future',
      (b) => (b.pretest!.submittedAt = '2099-01-01T00:00:00.000Z'),
      /pretest\.submittedAt is a date in the future/,
    ],
    ['a pre-test with a pass or fail', (b) => Object.assign(b.pretest!.result!, { passed: true }), /Unrecognized key/],
  ])('%s', async (_, change, message) => {
    expect(await problemOf(await edit(change))).toMatch(message);
  });
});
