/**
 * The zod schema of a progress file (format version 1; see backup-format.ts). Loaded only when a file is restored.
 * Every object is strict: a key the format does not define makes the file invalid.
 */
import { z } from 'astro/zod';
import { BACKUP_APP, BACKUP_FORMAT_VERSION } from './backup-format';

const date = z.string().datetime();
const id = z.string().min(1).max(200);
const count = z.number().finite().nonnegative();
const share = z.number().finite().min(0).max(1);
const step = z.object({ nodeId: id, choiceId: id.nullable() }).strict();
const seed = z.number().int().nonnegative();
const drawnItems = z.array(z.object({ itemId: id, order: z.array(id).max(20) }).strict()).max(100);
const answers = z.record(id, z.array(id).max(20));
/** The points of a submitted attempt or pre-test. */
const resultPoints = {
  earned: count,
  possible: count,
  percent: z.number().finite().min(0).max(100),
  byTheme: z
    .array(z.object({ theme: id, title: z.string().max(200), earned: count, possible: count }).strict())
    .max(10),
  items: z.array(z.object({ itemId: id, score: share }).strict()).max(100),
};
/** A page of the course: segments of letters, digits, `-` and `_`, each ending in `/` (never `//`, `..` or a scheme). */
const coursePath = z
  .string()
  .max(500)
  .regex(/^\/(?:[A-Za-z0-9_-]+\/)*$/, 'is not a page of the course');

export const backupSchema = z
  .object({
    app: z.literal(BACKUP_APP),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: date,
    learner: z.object({ name: z.string().max(200), createdAt: date }).strict(),
    modules: z.array(
      z
        .object({ moduleId: id, startedAt: date, lastVisitedAt: date, completedAt: date.nullable(), updatedAt: date })
        .strict(),
    ),
    lastVisit: z
      .object({
        path: coursePath,
        title: z.string().max(500),
        kind: z.enum(['module', 'scenario', 'page']),
        visitedAt: date,
      })
      .strict()
      .nullable(),
    scenarioPlaces: z.array(
      z
        .object({
          scenarioId: id,
          scenarioVersion: z.number().int().positive(),
          nodeId: id,
          path: z.array(step).max(200),
          startedAt: date,
          updatedAt: date,
          endedPlayUid: id.nullable(),
        })
        .strict(),
    ),
    scenarioPlays: z.array(
      z
        .object({
          uid: id,
          scenarioId: id,
          scenarioVersion: z.number().int().positive(),
          startedAt: date,
          endedAt: date,
          endingId: id,
          rating: z.enum(['best', 'acceptable', 'harmful']),
          score: count,
          maxScore: count,
          path: z.array(step).max(200),
        })
        .strict(),
    ),
    assessmentAttempts: z.array(
      z
        .object({
          uid: id,
          status: z.enum(['in-progress', 'submitted']),
          seed,
          items: drawnItems,
          answers,
          answeredAt: z.record(id, date),
          passMark: share,
          startedAt: date,
          submittedAt: date.nullable(),
          result: z
            .object({ ...resultPoints, passed: z.boolean() })
            .strict()
            .nullable(),
        })
        .strict(),
    ),
    /** The optional pre-test (absent from files made before it existed). */
    pretest: z
      .object({
        seed,
        items: drawnItems,
        answers,
        answeredAt: z.record(id, date),
        startedAt: date,
        submittedAt: date.nullable(),
        result: z.object(resultPoints).strict().nullable(),
      })
      .strict()
      .nullable()
      .default(null),
    knowledgeChecks: z.array(
      z.object({ moduleId: id, itemId: id, answer: z.array(id).max(20), score: share, answeredAt: date }).strict(),
    ),
    activeTime: z.array(
      z
        .object({
          path: coursePath,
          kind: z.enum(['module', 'scenario', 'assessment']),
          milliseconds: count,
          updatedAt: date,
        })
        .strict(),
    ),
    evaluation: z
      .object({
        answers: z.record(id, z.string().max(5000)),
        submittedAnswers: z.record(id, z.string().max(5000)).nullable(),
        status: z.enum(['draft', 'submitted']),
        updatedAt: date,
        submittedAt: date.nullable(),
      })
      .strict()
      .nullable(),
    attestation: z
      .object({ statement: z.string().max(1000), attestedAt: date, activeMinutes: z.number().int().nonnegative() })
      .strict()
      .nullable(),
    assignments: z.array(
      z
        .object({
          id,
          program: z.string().min(1).max(120),
          cohort: z.string().max(80),
          modules: z.array(id).max(20),
          scenarios: z.array(id).max(100),
          due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          addedAt: date,
        })
        .strict(),
    ),
    certificates: z.array(
      z
        .object({
          id,
          issuedAt: date,
          learnerName: z.string().max(500),
          paper: z.enum(['letter', 'a4']),
          verificationCode: id,
          fileName: z.string().min(1).max(200),
          completionJson: z.string().max(200_000),
          pdfBase64: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict();

/** A progress file, as this format version defines it. */
export type Backup = z.infer<typeof backupSchema>;
