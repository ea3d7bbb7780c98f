import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { RecordConflictError } from '../../src/lib/storage';
import { open } from '../support/storage';

describe('scenarios in storage', () => {
  const path = [
    { nodeId: 'start', choiceId: null },
    { nodeId: 'first', choiceId: 'redirect' },
  ];

  test('saves the place in a scenario, keeps when it started, and reads it back', async () => {
    const { store } = await open();
    await store.scenarios.saveProgress('dm', 1, 'first', path.slice(0, 1));
    const first = await store.scenarios.getProgress('dm');
    await store.scenarios.saveProgress('dm', 1, 'second', path);
    const second = await store.scenarios.getProgress('dm');
    expect(second).toMatchObject({
      scenarioId: 'dm',
      scenarioVersion: 1,
      nodeId: 'second',
      path,
      endedPlayUid: null,
      recordVersion: 2,
    });
    expect(second!.startedAt).toBe(first!.startedAt);
    expect(Date.parse(second!.updatedAt)).toBeGreaterThan(Date.parse(first!.updatedAt));
    expect((await store.getProgress()).scenarios.dm).toEqual({
      inProgress: true,
      finished: 0,
      bestRating: null,
      lastEndedAt: null,
    });
  });

  test('finishing records the play with start and end, keeps the place on the ending, and keeps the best rating', async () => {
    const { store } = await open();
    await store.scenarios.saveProgress('dm', 1, 'first', path.slice(0, 1));
    const startedAt = (await store.scenarios.getProgress('dm'))!.startedAt;
    const result = { scenarioId: 'dm', scenarioVersion: 1, endingId: 'ok', score: 3, maxScore: 6, path };
    const uid = await store.scenarios.finish({ ...result, rating: 'acceptable' });
    expect(await store.scenarios.getProgress('dm')).toMatchObject({ nodeId: 'ok', path, endedPlayUid: uid });
    expect((await store.getProgress()).scenarios.dm).toMatchObject({ inProgress: false, finished: 1 });
    expect(await store.scenarios.play(uid)).toMatchObject({ uid, endingId: 'ok', startedAt });
    await store.scenarios.finish({ ...result, endingId: 'best', rating: 'best', score: 6 });
    await store.scenarios.finish({ ...result, endingId: 'bad', rating: 'harmful', score: 0 });

    const attempts = await store.scenarios.plays('dm');
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
    await store.scenarios.saveProgress('dm', 1, 'first', path);
    await store.scenarios.clearProgress('dm');
    expect(await store.scenarios.getProgress('dm')).toBeNull();
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
    const attempt = await store.assessment.startOrResume(draw, 0.8);
    await store.assessment.saveAnswer(attempt.uid, 'cc-1-a', ['b']);
    await store.assessment.saveAnswer(attempt.uid, 'sc-7-b', ['x', 'z']);
    await store.assessment.saveAnswer(attempt.uid, 'cc-1-a', ['a']);
    const resumed = await store.assessment.startOrResume(draw, 0.8);
    expect(draws).toBe(1);
    expect(resumed).toMatchObject({ id: attempt.id, seed: 1234, items, passMark: 0.8, status: 'in-progress' });
    expect(resumed.answers).toEqual({ 'cc-1-a': ['a'], 'sc-7-b': ['x', 'z'] });
    expect((await store.getProgress()).assessment).toMatchObject({ inProgress: true, submitted: 0 });
  });

  test('submitting closes the attempt; the next start is a fresh draw; history and best score are kept', async () => {
    const { store } = await open();
    const first = await store.assessment.startOrResume(() => ({ seed: 1, items }), 0.8);
    await store.assessment.submit(first.uid, result);
    // Not a storage failure: the attempt is closed (perhaps by another tab), and the error says so.
    const late = store.assessment.saveAnswer(first.uid, 'cc-1-a', ['a']);
    await expect(late).rejects.toBeInstanceOf(RecordConflictError);
    await expect(late).rejects.toMatchObject({ reason: 'attempt-closed' });
    await expect(store.assessment.submit(first.uid, result)).rejects.toMatchObject({ reason: 'attempt-closed' });
    await expect(store.assessment.saveAnswer('no-such-attempt', 'cc-1-a', ['a'])).rejects.toMatchObject({
      reason: 'attempt-missing',
    });
    expect(await store.assessment.inProgress()).toBeNull();

    const second = await store.assessment.startOrResume(() => ({ seed: 2, items }), 0.8);
    expect(second.id).not.toBe(first.id);
    expect(second.answers).toEqual({});
    await store.assessment.submit(second.uid, { ...result, earned: 2, percent: 100, passed: true });

    const history = await store.assessment.attempts();
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
    await store.assessment.recordCheck('spine-care', 'sc-3-a', ['x'], 0);
    await store.assessment.recordCheck('spine-care', 'sc-3-a', ['y'], 1);
    await store.assessment.recordCheck('spine-care', 'sc-7-a', ['z'], 0.5);
    expect((await store.assessment.checks('spine-care')).map((check) => [check.itemId, check.answer])).toEqual([
      ['sc-3-a', ['y']],
      ['sc-7-a', ['z']],
    ]);
    expect((await store.getProgress()).knowledgeChecks).toEqual({ 'spine-care': { answered: 2, earned: 1.5 } });
  });
});

describe('completion in storage', () => {
  test('active time adds up per page and by kind; nonsense amounts are ignored', async () => {
    const { store } = await open();
    await store.completion.addActiveTime('/modules/spine-care/', 'module', 30_000);
    await store.completion.addActiveTime('/modules/spine-care/', 'module', 15_000);
    await store.completion.addActiveTime('/scenarios/patient-dm/', 'scenario', 60_000);
    await store.completion.addActiveTime('/assessment/', 'assessment', 5_000);
    await store.completion.addActiveTime('/assessment/', 'assessment', -5_000);
    await store.completion.addActiveTime('/assessment/', 'assessment', Number.NaN);
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
    await store.completion.saveEvaluation({ objectives: '4' }, false);
    expect((await store.getProgress()).evaluation).toMatchObject({ status: 'draft', submittedAt: null });
    const submitted = await store.completion.saveEvaluation({ objectives: '5', change: 'Separate accounts.' }, true);
    expect(submitted.status).toBe('submitted');
    expect((await store.completion.getEvaluation())?.answers).toEqual({
      objectives: '5',
      change: 'Separate accounts.',
    });
    await store.completion.saveEvaluation({ objectives: '3' }, false);
    const changed = (await store.getProgress()).evaluation;
    expect(changed).toMatchObject({ status: 'draft', submittedAt: submitted.submittedAt });
    expect(await store.completion.getEvaluation()).toMatchObject({
      answers: { objectives: '3' },
      submittedAnswers: { objectives: '5', change: 'Separate accounts.' },
    });
  });

  test('the attestation is kept with the active time shown, and can be withdrawn', async () => {
    const { store } = await open();
    await store.completion.setAttestation({ statement: 'I completed this activity myself.', activeMinutes: 95 });
    expect((await store.completion.getAttestation())?.statement).toBe('I completed this activity myself.');
    expect((await store.getProgress()).attestation).toMatchObject({ activeMinutes: 95 });
    await store.completion.setAttestation(null);
    expect((await store.getProgress()).attestation).toBeNull();
  });

  test('certificates are kept with their PDF; the progress snapshot lists them without the bytes', async () => {
    const { store } = await open();
    const pdf = new Uint8Array([37, 80, 68, 70, 45]);
    const base = { learnerName: 'José Núñez', paper: 'letter' as const, completionJson: '{}', verificationCode: 'X' };
    await store.certificates.save({
      ...base,
      id: 'PWC-1',
      issuedAt: '2026-11-29T10:00:00.000Z',
      fileName: 'a.pdf',
      pdf,
    });
    await store.certificates.save({
      ...base,
      id: 'PWC-2',
      issuedAt: '2026-11-29T11:00:00.000Z',
      fileName: 'b.pdf',
      pdf,
    });
    const { certificates } = await store.getProgress();
    expect(certificates.map((certificate) => certificate.id)).toEqual(['PWC-2', 'PWC-1']);
    expect(certificates[0]).not.toHaveProperty('pdf');
    const kept = await store.certificates.get('PWC-1');
    expect(kept?.learnerName).toBe('José Núñez');
    expect([...kept!.pdf]).toEqual([...pdf]);
    expect(await store.certificates.get('PWC-404')).toBeNull();
  });
});
