/**
 * Download and restore of a learner's progress (the format is in backup-format.ts). A file is checked whole before
 * anything is written; restoring merges into the current profile in one transaction, so a failure changes nothing.
 *
 * Merge rule: finished plays, assessment attempts and certificates are a union (by their IDs); single records keep
 * the newer of the two (the place in each scenario, the last visit, each knowledge-check answer, the attestation);
 * module progress keeps the first start, the latest visit and the finished state that changed last; the evaluation
 * keeps the newer draft and the later submission; active time per page keeps the larger count. Restoring the same
 * file twice adds nothing. An attempt in progress in the file is added only if none is in progress here. The pre-test
 * (one per learner) stays as it is here if it was submitted here; otherwise the file's is taken, unless the file's is
 * only in progress and one is in progress here too.
 */
import type { IndexableType, Table } from 'dexie';
import { byUid, read, write, type StoreContext } from './context';
import { LEARNER_TABLES } from './database';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, fromBase64, toBase64, type Backup } from './backup-format';
import {
  ASSESSMENT_ATTEMPT_VERSION,
  ASSIGNMENT_VERSION,
  COMPLETION_VERSION,
  KNOWLEDGE_CHECK_VERSION,
  LAST_VISIT_VERSION,
  MODULE_PROGRESS_VERSION,
  PRETEST_VERSION,
  SCENARIO_PLAY_VERSION,
  SCENARIO_PROGRESS_VERSION,
  type ModuleProgressRecord,
} from './records';

/** How many records a restore added or replaced, by kind. */
export interface RestoreSummary {
  modules: number;
  scenarioPlaces: number;
  scenarioPlays: number;
  assessmentAttempts: number;
  pretest: number;
  knowledgeChecks: number;
  activeTime: number;
  evaluation: number;
  attestation: number;
  certificates: number;
  lastVisit: number;
  assignments: number;
}

/** Every record of the context's learner, as a progress file. */
export function exportBackup(context: StoreContext): Promise<Backup> {
  const { db, learnerId, now } = context;
  const mine = { learnerId };
  const tables = [db.learners, ...LEARNER_TABLES.map((table) => db.table(table))];
  return read(context, 'read your progress', () =>
    db.transaction('r', tables, async () => {
      const learner = await db.learners.get(learnerId);
      const pdfs = new Map((await db.certificatePdfs.where(mine).toArray()).map((file) => [file.id, file]));
      const evaluation = await db.evaluations.get(learnerId);
      const attestation = await db.attestations.get(learnerId);
      const visit = await db.lastVisits.get(learnerId);
      const pretest = await db.pretests.get(learnerId);
      return {
        app: BACKUP_APP,
        formatVersion: BACKUP_FORMAT_VERSION,
        exportedAt: now().toISOString(),
        learner: { name: learner?.displayName ?? '', createdAt: learner?.createdAt ?? now().toISOString() },
        modules: (await db.moduleProgress.where(mine).toArray()).map(
          ({ moduleId, startedAt, lastVisitedAt, completedAt, updatedAt }) => ({
            moduleId,
            startedAt,
            lastVisitedAt,
            completedAt,
            updatedAt,
          }),
        ),
        lastVisit: visit
          ? { path: visit.path, title: visit.title, kind: visit.kind, visitedAt: visit.visitedAt }
          : null,
        scenarioPlaces: (await db.scenarioProgress.where(mine).toArray()).map(
          ({ learnerId: _, recordVersion: __, ...place }) => place,
        ),
        scenarioPlays: (await db.scenarioAttempts.where(mine).toArray()).map(
          ({ id: _, learnerId: __, recordVersion: ___, ...play }) => play,
        ),
        assessmentAttempts: (await db.assessmentAttempts.where(mine).toArray()).map(
          ({ id: _, learnerId: __, recordVersion: ___, ...attempt }) => attempt,
        ),
        pretest: pretest ? (({ learnerId: _, recordVersion: __, ...rest }) => rest)(pretest) : null,
        knowledgeChecks: (await db.knowledgeChecks.where(mine).toArray()).map(
          ({ learnerId: _, recordVersion: __, ...check }) => check,
        ),
        activeTime: (await db.activeTime.where(mine).toArray()).map(
          ({ learnerId: _, recordVersion: __, ...time }) => time,
        ),
        evaluation: evaluation ? (({ learnerId: _, recordVersion: __, ...rest }) => rest)(evaluation) : null,
        attestation: attestation ? (({ learnerId: _, recordVersion: __, ...rest }) => rest)(attestation) : null,
        assignments: (await db.assignments.where(mine).toArray()).map(
          ({ learnerId: _, recordVersion: __, ...assignment }) => assignment,
        ),
        certificates: (await db.certificates.where(mine).toArray())
          .filter((certificate) => pdfs.has(certificate.id))
          .map(({ learnerId: _, recordVersion: __, ...certificate }) => ({
            ...certificate,
            completionJson: pdfs.get(certificate.id)!.completionJson,
            pdfBase64: toBase64(pdfs.get(certificate.id)!.pdf),
          })),
      };
    }),
  );
}

/** Puts `incoming` unless the stored record is at least as new. Returns 1 if it was put. */
async function keepNewer<R>(table: Table<R>, key: IndexableType, incoming: R, time: (record: R) => string) {
  const existing = await table.get(key);
  if (existing && time(existing) >= time(incoming)) return 0;
  await table.put(incoming);
  return 1;
}

/** Puts `merged` unless it is what is stored already. Returns 1 if it was put. */
async function putIfChanged<R>(table: Table<R>, existing: R | undefined, merged: R) {
  if (existing && JSON.stringify(existing) === JSON.stringify({ ...existing, ...merged })) return 0;
  await table.put(merged);
  return 1;
}

/** Merges a checked progress file into the context's learner (see the merge rule above), all or nothing. */
export function restoreBackup(context: StoreContext, backup: Backup): Promise<RestoreSummary> {
  const { db, learnerId } = context;
  const mine = { learnerId };
  const tables = LEARNER_TABLES.map((table) => db.table(table));
  return write(context, 'restore your progress', tables, async () => {
    const summary: RestoreSummary = {
      modules: 0,
      lastVisit: 0,
      scenarioPlaces: 0,
      scenarioPlays: 0,
      assessmentAttempts: 0,
      pretest: 0,
      knowledgeChecks: 0,
      activeTime: 0,
      evaluation: 0,
      attestation: 0,
      certificates: 0,
      assignments: 0,
    };
    for (const module of backup.modules) {
      const incoming = { ...module, ...mine, recordVersion: MODULE_PROGRESS_VERSION } as const;
      const existing = await db.moduleProgress.get([learnerId, module.moduleId]);
      // Field by field: the first start, the latest visit, and the finished state set last (a record whose state was
      // never set, updated when it was started, does not count: a visit alone never undoes a finish).
      const set = [existing, incoming].filter(
        (record): record is ModuleProgressRecord =>
          !!record && (record.completedAt !== null || record.updatedAt !== record.startedAt),
      );
      const finished = set.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? incoming;
      const merged = {
        ...incoming,
        startedAt: existing && existing.startedAt < incoming.startedAt ? existing.startedAt : incoming.startedAt,
        lastVisitedAt:
          existing && existing.lastVisitedAt > incoming.lastVisitedAt ? existing.lastVisitedAt : incoming.lastVisitedAt,
        completedAt: finished.completedAt,
        updatedAt: finished.updatedAt,
      };
      summary.modules += await putIfChanged(db.moduleProgress, existing, merged);
    }
    if (backup.lastVisit) {
      const record = { ...backup.lastVisit, ...mine, recordVersion: LAST_VISIT_VERSION } as const;
      summary.lastVisit += await keepNewer(db.lastVisits, learnerId, record, (r) => r.visitedAt);
    }
    for (const place of backup.scenarioPlaces) {
      const record = { ...place, ...mine, recordVersion: SCENARIO_PROGRESS_VERSION } as const;
      summary.scenarioPlaces += await keepNewer(
        db.scenarioProgress,
        [learnerId, place.scenarioId],
        record,
        (r) => r.updatedAt,
      );
    }
    for (const play of backup.scenarioPlays) {
      if (await byUid(db.scenarioAttempts, learnerId, play.uid)) continue;
      await db.scenarioAttempts.add({ ...play, ...mine, recordVersion: SCENARIO_PLAY_VERSION });
      summary.scenarioPlays++;
    }
    const openHere = await db.assessmentAttempts.where('[learnerId+status]').equals([learnerId, 'in-progress']).count();
    for (const attempt of backup.assessmentAttempts) {
      const record = { ...attempt, ...mine, recordVersion: ASSESSMENT_ATTEMPT_VERSION } as const;
      const existing = await byUid(db.assessmentAttempts, learnerId, attempt.uid);
      if (existing) {
        // The same attempt, submitted in the file and still open here: the submission is its later state.
        if (existing.status === 'in-progress' && attempt.status === 'submitted') {
          await db.assessmentAttempts.put({ ...record, id: existing.id! });
          summary.assessmentAttempts++;
        }
      } else if (attempt.status === 'submitted' || !openHere) {
        await db.assessmentAttempts.add(record);
        summary.assessmentAttempts++;
      }
    }
    if (backup.pretest) {
      const existing = await db.pretests.get(learnerId);
      // A submitted pre-test here stays; else the file's is taken, unless both are only in progress.
      const keep = existing && (existing.submittedAt !== null || backup.pretest.submittedAt === null);
      if (!keep) {
        await db.pretests.put({ ...backup.pretest, ...mine, recordVersion: PRETEST_VERSION });
        summary.pretest++;
      }
    }
    for (const check of backup.knowledgeChecks) {
      const record = { ...check, ...mine, recordVersion: KNOWLEDGE_CHECK_VERSION } as const;
      summary.knowledgeChecks += await keepNewer(
        db.knowledgeChecks,
        [learnerId, check.itemId],
        record,
        (r) => r.answeredAt,
      );
    }
    for (const time of backup.activeTime) {
      const existing = await db.activeTime.get([learnerId, time.path]);
      if (existing && existing.milliseconds >= time.milliseconds) continue;
      await db.activeTime.put({ ...time, ...mine, recordVersion: COMPLETION_VERSION });
      summary.activeTime++;
    }
    if (backup.evaluation) {
      const incoming = { ...backup.evaluation, ...mine, recordVersion: COMPLETION_VERSION } as const;
      const existing = await db.evaluations.get(learnerId);
      // The newer draft, and the later submission: a newer draft never takes away a submission.
      const draft = !existing || incoming.updatedAt > existing.updatedAt ? incoming : existing;
      const submitted = (existing?.submittedAt ?? '') > (incoming.submittedAt ?? '') ? existing! : incoming;
      const merged = {
        ...draft,
        submittedAnswers: submitted.submittedAnswers,
        submittedAt: submitted.submittedAt,
      };
      summary.evaluation += await putIfChanged(db.evaluations, existing, merged);
    }
    if (backup.attestation) {
      const record = { ...backup.attestation, ...mine, recordVersion: COMPLETION_VERSION } as const;
      summary.attestation += await keepNewer(db.attestations, learnerId, record, (r) => r.attestedAt);
    }
    for (const { completionJson, pdfBase64, ...certificate } of backup.certificates) {
      // Certificate IDs are unique on the device: one kept under another profile here stays there.
      if (await db.certificates.get(certificate.id)) continue;
      await db.certificates.add({ ...certificate, ...mine, recordVersion: COMPLETION_VERSION });
      const pdf = fromBase64(pdfBase64);
      await db.certificatePdfs.add({
        id: certificate.id,
        ...mine,
        pdf,
        completionJson,
        recordVersion: COMPLETION_VERSION,
      });
      summary.certificates++;
    }
    for (const assignment of backup.assignments) {
      if (await db.assignments.get([learnerId, assignment.id])) continue;
      await db.assignments.put({ ...assignment, ...mine, recordVersion: ASSIGNMENT_VERSION });
      summary.assignments++;
    }
    return summary;
  });
}
