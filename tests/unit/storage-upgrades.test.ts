import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { CourseDatabase, DATABASE_VERSION, openCourseStore } from '../../src/lib/storage';
import { freshName } from '../support/storage';

/**
 * The store definitions of each database version as it shipped, frozen here (the course's own `CourseDatabase`
 * moves on; these must not).
 */
const SHIPPED_SCHEMAS: Record<string, string>[] = [
  { learners: 'id', settings: 'key', moduleProgress: '[learnerId+moduleId], learnerId', lastVisits: 'learnerId' },
  {
    scenarioProgress: '[learnerId+scenarioId], learnerId',
    scenarioAttempts: '++id, learnerId, [learnerId+scenarioId]',
  },
  {
    assessmentAttempts: '++id, learnerId, [learnerId+status]',
    knowledgeChecks: '[learnerId+itemId], learnerId, [learnerId+moduleId]',
  },
  {
    activeTime: '[learnerId+path], learnerId',
    evaluations: 'learnerId',
    attestations: 'learnerId',
    certificates: 'id, learnerId',
    certificatePdfs: 'id, learnerId',
  },
];

const LEARNER = 'learner-1';
const AT = '2026-06-01T10:00:00.000Z';
const LATER = '2026-06-02T10:00:00.000Z';

/** Records in every table of shipped version `version`, in the shapes that version wrote. */
function shippedRecords(version: number): Record<string, object[]> {
  const records: Record<string, object[]> = {
    learners: [{ id: LEARNER, displayName: 'Ann', createdAt: AT, recordVersion: 1 }],
    settings: [{ key: 'activeLearnerId', value: LEARNER }],
    moduleProgress: [
      {
        learnerId: LEARNER,
        moduleId: 'spine-care',
        startedAt: AT,
        lastVisitedAt: AT,
        completedAt: LATER,
        recordVersion: 1,
      },
      {
        learnerId: LEARNER,
        moduleId: 'introduction',
        startedAt: AT,
        lastVisitedAt: LATER,
        completedAt: null,
        recordVersion: 1,
      },
    ],
    lastVisits: [
      version === 1
        ? {
            learnerId: LEARNER,
            path: '/scenarios/patient-dm-leg-pain/',
            title: 'A DM',
            visitedAt: AT,
            recordVersion: 1,
          }
        : {
            learnerId: LEARNER,
            path: '/scenarios/patient-dm-leg-pain/',
            title: 'A DM',
            kind: 'scenario',
            visitedAt: AT,
            recordVersion: 2,
          },
    ],
  };
  if (version >= 2) {
    const path = [{ nodeId: 'start', choiceId: null }];
    records.scenarioProgress = [
      {
        learnerId: LEARNER,
        scenarioId: 'patient-dm-leg-pain',
        scenarioVersion: 1,
        nodeId: 'first',
        path,
        startedAt: AT,
        updatedAt: AT,
        recordVersion: 1,
      },
    ];
    records.scenarioAttempts = [
      {
        learnerId: LEARNER,
        scenarioId: 'or-photo-colleague',
        scenarioVersion: 1,
        startedAt: AT,
        endedAt: LATER,
        endingId: 'end-best',
        rating: 'best',
        score: 4,
        maxScore: 4,
        path,
        recordVersion: 1,
      },
    ];
  }
  if (version >= 3) {
    const result = { earned: 18, possible: 20, percent: 90, passed: true, byTheme: [], items: [] };
    records.assessmentAttempts = [
      {
        learnerId: LEARNER,
        status: 'submitted',
        seed: 9,
        items: [{ itemId: 'cc-1-a', order: ['a', 'b'] }],
        answers: { 'cc-1-a': ['a'] },
        passMark: 0.8,
        startedAt: AT,
        submittedAt: LATER,
        result,
        recordVersion: 1,
      },
    ];
    records.knowledgeChecks = [
      {
        learnerId: LEARNER,
        moduleId: 'spine-care',
        itemId: 'sc-3-a',
        answer: ['x'],
        score: 1,
        answeredAt: AT,
        recordVersion: 1,
      },
    ];
  }
  if (version >= 4) {
    records.activeTime = [
      {
        learnerId: LEARNER,
        path: '/modules/spine-care/',
        kind: 'module',
        milliseconds: 60_000,
        updatedAt: AT,
        recordVersion: 1,
      },
    ];
    records.evaluations = [
      {
        learnerId: LEARNER,
        answers: { objectives: '5' },
        submittedAnswers: { objectives: '5' },
        status: 'submitted',
        updatedAt: AT,
        submittedAt: AT,
        recordVersion: 1,
      },
    ];
    records.attestations = [
      { learnerId: LEARNER, statement: 'I did it.', attestedAt: AT, activeMinutes: 95, recordVersion: 1 },
    ];
    records.certificates = [
      {
        id: 'PWC-AAAA-BBBB-CCCC',
        learnerId: LEARNER,
        issuedAt: AT,
        learnerName: 'Ann',
        paper: 'a4',
        verificationCode: 'X',
        fileName: 'c.pdf',
        recordVersion: 1,
      },
    ];
    records.certificatePdfs = [
      {
        id: 'PWC-AAAA-BBBB-CCCC',
        learnerId: LEARNER,
        pdf: new Uint8Array([37, 80, 68, 70]),
        completionJson: '{}',
        recordVersion: 1,
      },
    ];
  }
  return records;
}

/** What the current code must hold after opening a database made by `version`. */
function upgradedRecords(version: number): Record<string, object[]> {
  const records = shippedRecords(version);
  const upgraded: Record<string, object[]> = { ...records };
  upgraded.settings = [{ key: 'activeLearnerId', value: LEARNER, recordVersion: 1 }];
  upgraded.moduleProgress = [
    // In key order: introduction (never finished: updated when started), then spine-care (when finished).
    { ...records.moduleProgress![1], updatedAt: AT, recordVersion: 2 },
    { ...records.moduleProgress![0], updatedAt: LATER, recordVersion: 2 },
  ];
  upgraded.lastVisits = [
    {
      learnerId: LEARNER,
      path: '/scenarios/patient-dm-leg-pain/',
      title: 'A DM',
      kind: 'scenario',
      visitedAt: AT,
      recordVersion: 2,
    },
  ];
  if (records.scenarioProgress) {
    upgraded.scenarioProgress = [{ ...records.scenarioProgress[0], endedPlayUid: null, recordVersion: 2 }];
    upgraded.scenarioAttempts = [{ ...records.scenarioAttempts![0], id: 1, uid: expect.any(String), recordVersion: 2 }];
  }
  if (records.assessmentAttempts) {
    upgraded.assessmentAttempts = [
      { ...records.assessmentAttempts[0], id: 1, uid: expect.any(String), answeredAt: {}, recordVersion: 2 },
    ];
  }
  return upgraded;
}

async function shippedDatabase(name: string, version: number): Promise<void> {
  const db = new Dexie(name);
  SHIPPED_SCHEMAS.slice(0, version).forEach((stores, index) => db.version(index + 1).stores(stores));
  await db.open();
  for (const [table, rows] of Object.entries(shippedRecords(version))) await db.table(table).bulkAdd(rows);
  db.close();
}

describe('every database version ever shipped opens with the current code, every record intact', () => {
  test('the frozen schemas cover every version before the current one', () => {
    expect(SHIPPED_SCHEMAS).toHaveLength(DATABASE_VERSION - 1);
  });

  test.each([1, 2, 3, 4])('a database made by version %i', async (version) => {
    const name = freshName(`v${version}`);
    await shippedDatabase(name, version);
    const store = await openCourseStore({ name, journal: null });
    expect(store.learnerId).toBe(LEARNER);
    const progress = await store.getProgress();
    expect(progress.modules['spine-care']).toEqual({ startedAt: AT, lastVisitedAt: AT, completedAt: LATER });
    store.close();

    const db = new CourseDatabase(name);
    const expected = upgradedRecords(version);
    for (const table of db.tables) {
      expect(await table.toArray(), `${table.name} after upgrading from version ${version}`).toEqual(
        expected[table.name] ?? [],
      );
    }
    // Every record carries a version.
    for (const table of db.tables) {
      for (const record of await table.toArray()) expect(record, table.name).toHaveProperty('recordVersion');
    }
    db.close();

    // And the upgraded database works: a new play and a new attempt can be recorded.
    const again = await openCourseStore({ name, journal: null });
    await again.scenarios.finish({
      scenarioId: 'or-photo-colleague',
      scenarioVersion: 1,
      endingId: 'end-best',
      rating: 'best',
      score: 4,
      maxScore: 4,
      path: [],
    });
    await again.assessment.startOrResume(() => ({ seed: 1, items: [] }), 0.8);
    expect((await again.getProgress()).scenarios['or-photo-colleague']?.finished).toBe(version >= 2 ? 2 : 1);
    again.close();
  });
});
