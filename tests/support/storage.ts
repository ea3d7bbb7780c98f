/** Opening course stores on fake-indexeddb for unit tests: a fresh database per test, a clock, a journal in memory. */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openCourseStore, type CourseStore, type KeyValueStorage, type OpenOptions } from '../../src/lib/storage';
import { getScenario } from '../../src/scenarios';

/** The current version of the scenario the fixtures play, so its endings are checked as a learner's would be. */
const OR_PHOTO = getScenario('or-photo-colleague').version;

let counter = 0;
const opened: CourseStore[] = [];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** A fresh database name. */
export const freshName = (prefix = 'test') => `${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A `localStorage` stand-in. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A clock that moves one minute per call, from 29 Nov 2026 09:00 UTC. */
export function minuteClock(start = Date.UTC(2026, 10, 29, 9, 0)) {
  let tick = 0;
  return () => new Date(start + 60_000 * tick++);
}

/** Opens a store (closed after the test) on a fresh or named database. */
export async function open(name = freshName(), options: OpenOptions = {}) {
  const journal = options.journal === undefined ? new MemoryStorage() : options.journal;
  const store = await openCourseStore({ name, now: minuteClock(), ...options, journal });
  opened.push(store);
  return { store, name, journal };
}

/** Resolves once `condition` holds (polling), or fails after `timeout` ms. */
export async function waitFor(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting for a condition.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A tiny valid PDF's bytes, for kept certificates in tests that do not read the PDF. */
export const TINY_PDF = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

/**
 * Everything a learner can leave in storage, through the store's own methods: modules, a visit, a scenario place and
 * plays, a submitted pre-test, an assessment submitted and one in progress, a knowledge check, active time,
 * evaluation, attestation and a certificate (whose completion record is `completionJson`, if given).
 */
export async function doEverything(
  store: import('../../src/lib/storage').CourseStore,
  certificate?: { id: string; verificationCode: string; completionJson: string; pdf: Uint8Array },
): Promise<void> {
  await store.modules.recordVisit({ path: '/modules/spine-care/', title: 'Spine Care', moduleId: 'spine-care' });
  await store.modules.setCompleted('spine-care', true);
  await store.modules.setCompleted('introduction', true);
  const path = [
    { nodeId: 'photo-appears', choiceId: null },
    { nodeId: 'first-move', choiceId: 'message-privately' },
  ];
  await store.scenarios.saveProgress('or-photo-colleague', OR_PHOTO, 'first-move', path.slice(0, 1));
  await store.scenarios.finish({
    scenarioId: 'or-photo-colleague',
    scenarioVersion: OR_PHOTO,
    endingId: 'ending-best',
    rating: 'best',
    score: 2,
    maxScore: 2,
    path,
  });
  await store.scenarios.saveProgress(
    'clinic-livestream-schedule',
    getScenario('clinic-livestream-schedule').version,
    'plan-stream',
    [],
  );
  // The pre-test comes first: it closes once the final assessment starts.
  const pretestItem = 'pr-1-scheduler-public-joke';
  await store.pretest.startOrResume(() => ({
    seed: 7,
    items: [{ itemId: pretestItem, order: ['talk-offline', 'joke-back', 'screenshot-group', 'tag-manager'] }],
  }));
  await store.pretest.saveAnswer(pretestItem, ['joke-back']);
  await store.pretest.submit({
    earned: 0,
    possible: 1,
    percent: 0,
    byTheme: [{ theme: 'professionalism', title: 'Professionalism', earned: 0, possible: 1 }],
    items: [{ itemId: pretestItem, score: 0 }],
  });
  const item = 'cc-1-pending-specialty-exam';
  const items = [{ itemId: item, order: ['list-it-now', 'wait-until-granted', 'posts-only', 'marketing-decides'] }];
  const first = await store.assessment.startOrResume(() => ({ seed: 1, items }), 0.8);
  await store.assessment.saveAnswer(first.uid, item, ['wait-until-granted']);
  await store.assessment.submit(first.uid, {
    earned: 1,
    possible: 1,
    percent: 100,
    passed: true,
    byTheme: [{ theme: 'compliance-confidentiality', title: 'Compliance and Confidentiality', earned: 1, possible: 1 }],
    items: [{ itemId: item, score: 1 }],
  });
  const second = await store.assessment.startOrResume(() => ({ seed: 2, items }), 0.8);
  await store.assessment.saveAnswer(second.uid, item, ['posts-only']);
  await store.assessment.recordCheck('compliance-confidentiality', 'cc-5-where-phi-hides', ['imaging-corner'], 0.5);
  await store.completion.addActiveTime('/modules/spine-care/', 'module', 120_000);
  await store.completion.saveEvaluation({ objectives: '5' }, true);
  await store.completion.setAttestation({ statement: 'I completed this activity myself.', activeMinutes: 2 });
  await store.assignments.save('assignment-1', {
    program: 'Example Spine Fellowship',
    cohort: '2026',
    modules: ['compliance-confidentiality'],
    scenarios: ['or-photo-colleague'],
    due: '2026-12-31',
  });
  await store.certificates.save({
    id: certificate?.id ?? 'PWC-AAAA-BBBB-CCCC',
    issuedAt: '2026-11-29T12:00:00.000Z',
    learnerName: 'Ann Example',
    paper: 'letter',
    verificationCode: certificate?.verificationCode ?? 'AAAA-BBBB-CCCC-DDDD',
    fileName: 'certificate.pdf',
    completionJson: certificate?.completionJson ?? '{}',
    pdf: certificate?.pdf ?? TINY_PDF,
  });
}
