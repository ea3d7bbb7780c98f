/**
 * Assignment links: a program director picks the modules and scenarios a cohort must finish and a due date, and
 * the course makes a link that carries them (in the fragment, which browsers never send to a server). The link is
 * versioned and carries a check (a SHA-256 digest of its contents) so an edited or damaged link is refused. It holds
 * no personal data: a program, a cohort and course IDs.
 */

/** The version of the link's format; a link of another version is refused with a message. */
export const ASSIGNMENT_VERSION = 1;

export interface Assignment {
  /** The program assigning the work, e.g. "Spine Surgery Residency, Example University". */
  program: string;
  /** The cohort, e.g. "PGY-2, 2026" ('' for none). */
  cohort: string;
  /** Module IDs to finish. */
  modules: string[];
  /** Scenario IDs to finish. */
  scenarios: string[];
  /** `YYYY-MM-DD`. */
  due: string;
}

/** What a link may name: the course's modules and scenarios. */
export interface AssignmentCatalog {
  modules: readonly string[];
  scenarios: readonly string[];
}

export const PROGRAM_LIMIT = 120;
export const COHORT_LIMIT = 80;

export type AssignmentProblem =
  'missing' | 'damaged' | 'outdated' | 'newer' | 'tampered' | 'program' | 'cohort' | 'empty' | 'unknown-item' | 'due';

export type AssignmentCheck =
  { ok: true; assignment: Assignment; id: string } | { ok: false; problem: AssignmentProblem };

const base64url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64url = (text: string) => {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) => char.charCodeAt(0));
};

/** The canonical JSON of an assignment: fields in a fixed order, lists sorted. */
function canonical(assignment: Assignment): string {
  return JSON.stringify({
    v: ASSIGNMENT_VERSION,
    program: assignment.program,
    cohort: assignment.cohort,
    modules: [...assignment.modules].sort(),
    scenarios: [...assignment.scenarios].sort(),
    due: assignment.due,
  });
}

/** The check of an assignment (and its ID): the first 72 bits of SHA-256 of its canonical JSON, base64url. */
export async function assignmentId(assignment: Assignment): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical(assignment)));
  return base64url(new Uint8Array(digest).subarray(0, 9));
}

/** The fragment of an assignment link: `#v=1&a=<contents>&c=<check>`. */
export async function assignmentFragment(assignment: Assignment): Promise<string> {
  const contents = base64url(new TextEncoder().encode(canonical(assignment)));
  return `#v=${ASSIGNMENT_VERSION}&a=${contents}&c=${await assignmentId(assignment)}`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` is a real date. */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Checks an assignment's fields against the course (also used by the director's form). */
export function checkAssignment(value: Assignment, catalog: AssignmentCatalog): AssignmentProblem | null {
  const program = value.program.trim();
  if (!program || [...program].length > PROGRAM_LIMIT) return 'program';
  if ([...value.cohort.trim()].length > COHORT_LIMIT) return 'cohort';
  if (value.modules.length + value.scenarios.length === 0) return 'empty';
  const known = [
    ...value.modules.map((id) => catalog.modules.includes(id)),
    ...value.scenarios.map((id) => catalog.scenarios.includes(id)),
  ];
  if (known.includes(false) || new Set(value.modules).size !== value.modules.length) return 'unknown-item';
  if (new Set(value.scenarios).size !== value.scenarios.length) return 'unknown-item';
  return isDate(value.due) ? null : 'due';
}

/** Reads an assignment link's fragment: the assignment and its ID, or why it cannot be used. */
export async function parseAssignmentFragment(fragment: string, catalog: AssignmentCatalog): Promise<AssignmentCheck> {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const version = params.get('v');
  const contents = params.get('a');
  const check = params.get('c');
  if (!version && !contents) return { ok: false, problem: 'missing' };
  if (!/^\d+$/.test(version ?? '')) return { ok: false, problem: 'damaged' };
  if (Number(version) < ASSIGNMENT_VERSION) return { ok: false, problem: 'outdated' };
  if (Number(version) > ASSIGNMENT_VERSION) return { ok: false, problem: 'newer' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64url(contents ?? '')));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const fields = value as Record<string, unknown>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  if (
    typeof value !== 'object' ||
    value === null ||
    fields.v !== ASSIGNMENT_VERSION ||
    typeof fields.program !== 'string' ||
    typeof fields.cohort !== 'string' ||
    typeof fields.due !== 'string' ||
    !strings(fields.modules) ||
    !strings(fields.scenarios)
  ) {
    return { ok: false, problem: 'damaged' };
  }
  const assignment: Assignment = {
    program: fields.program,
    cohort: fields.cohort,
    modules: fields.modules as string[],
    scenarios: fields.scenarios as string[],
    due: fields.due,
  };
  const id = await assignmentId(assignment);
  if (id !== check) return { ok: false, problem: 'tampered' };
  const problem = checkAssignment(assignment, catalog);
  return problem ? { ok: false, problem } : { ok: true, assignment, id };
}

/** What a certificate's record says was finished (its details list the modules and scenarios). */
export interface FinishedWork {
  modules: readonly string[];
  scenarios: readonly string[];
  /** `YYYY-MM-DD`, the completion date. */
  completedOn: string;
}

/** Whether finished work meets an assignment: every item finished, and (if `onTime`) by the due date. */
export function meetsAssignment(
  work: FinishedWork,
  assignment: Assignment,
): { met: boolean; missing: string[]; late: boolean } {
  const missing = [
    ...assignment.modules.filter((id) => !work.modules.includes(id)),
    ...assignment.scenarios.filter((id) => !work.scenarios.includes(id)),
  ];
  return { met: missing.length === 0, missing, late: work.completedOn > assignment.due };
}
