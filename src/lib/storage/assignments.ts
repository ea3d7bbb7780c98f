/** Assignments the learner opened from program directors' links: several can be kept at once. */
import type { Assignment } from '../assignment';
import { read, write, type StoreContext } from './context';
import { ASSIGNMENT_VERSION, type AssignmentRecord } from './records';

export class AssignmentRecords {
  constructor(private readonly context: StoreContext) {}

  /** Keeps an assignment (checked with `parseAssignmentFragment`); the same link opened again changes nothing. */
  save(id: string, assignment: Assignment): Promise<AssignmentRecord> {
    const { db, learnerId, now } = this.context;
    return write(this.context, 'keep the assignment', [db.assignments], async () => {
      const existing = await db.assignments.get([learnerId, id]);
      if (existing) return existing;
      const record: AssignmentRecord = {
        learnerId,
        id,
        program: assignment.program.trim(),
        cohort: assignment.cohort.trim(),
        modules: [...assignment.modules],
        scenarios: [...assignment.scenarios],
        due: assignment.due,
        addedAt: now().toISOString(),
        recordVersion: ASSIGNMENT_VERSION,
      };
      await db.assignments.put(record);
      return record;
    });
  }

  /** Forgets an assignment. */
  remove(id: string): Promise<void> {
    const { db, learnerId } = this.context;
    return write(this.context, 'remove the assignment', [db.assignments], () => db.assignments.delete([learnerId, id]));
  }

  /** The learner's assignments, soonest due first. */
  list(): Promise<AssignmentRecord[]> {
    const { db, learnerId } = this.context;
    return read(this.context, 'read your assignments', async () =>
      (await db.assignments.where({ learnerId }).toArray()).sort((a, b) => a.due.localeCompare(b.due)),
    );
  }
}
