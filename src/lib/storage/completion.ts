/** What completion needs besides modules, scenarios and the assessment: active time, evaluation, attestation. */
import { read, write, type StoreContext } from './context';
import { COMPLETION_VERSION, type ActivityKind, type AttestationRecord, type EvaluationRecord } from './records';

export class CompletionRecords {
  constructor(private readonly context: StoreContext) {}

  /**
   * Adds active time on a page. Called in small batches by the page's activity meter; negative or non-finite
   * amounts are ignored.
   */
  addActiveTime(path: string, kind: ActivityKind, milliseconds: number): Promise<void> {
    if (!Number.isFinite(milliseconds) || milliseconds <= 0) return Promise.resolve();
    const { db, learnerId, now } = this.context;
    return write(this.context, 'save your active time', [db.activeTime], async () => {
      const existing = await db.activeTime.get([learnerId, path]);
      await db.activeTime.put({
        learnerId,
        path,
        kind,
        milliseconds: Math.round((existing?.milliseconds ?? 0) + milliseconds),
        updatedAt: now().toISOString(),
        recordVersion: COMPLETION_VERSION,
      });
    });
  }

  /** The evaluation as last saved, or null. */
  getEvaluation(): Promise<EvaluationRecord | null> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your evaluation', async () => (await db.evaluations.get(learnerId)) ?? null);
  }

  /**
   * Saves the evaluation's answers. `submit` records them as submitted; a later draft save (the learner changing an
   * answer) keeps the last submission, which still counts, until the learner submits again.
   */
  saveEvaluation(answers: Record<string, string>, submit: boolean): Promise<EvaluationRecord> {
    const { db, learnerId, now } = this.context;
    const action = submit ? 'submit your evaluation' : 'save your evaluation';
    return write(this.context, action, [db.evaluations], async () => {
      const at = now().toISOString();
      const existing = await db.evaluations.get(learnerId);
      const record: EvaluationRecord = {
        learnerId,
        answers: { ...answers },
        submittedAnswers: submit ? { ...answers } : (existing?.submittedAnswers ?? null),
        status: submit ? 'submitted' : 'draft',
        updatedAt: at,
        submittedAt: submit ? at : (existing?.submittedAt ?? null),
        recordVersion: COMPLETION_VERSION,
      };
      await db.evaluations.put(record);
      return record;
    });
  }

  /** Records the attestation (or, with null, withdraws it). */
  setAttestation(attestation: { statement: string; activeMinutes: number } | null): Promise<void> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'save your attestation', [db.attestations], async () => {
      if (!attestation) {
        await db.attestations.delete(learnerId);
        return;
      }
      await db.attestations.put({
        learnerId,
        statement: attestation.statement,
        attestedAt: now().toISOString(),
        activeMinutes: attestation.activeMinutes,
        recordVersion: COMPLETION_VERSION,
      });
    });
  }

  /** The attestation, or null if not given. */
  getAttestation(): Promise<AttestationRecord | null> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your attestation', async () => (await db.attestations.get(learnerId)) ?? null);
  }
}
