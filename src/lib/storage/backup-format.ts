/**
 * The progress file a learner downloads from /progress/ and can restore from: every record of one learner, in a
 * documented, versioned JSON format. `app` names the course; `formatVersion` changes whenever a field does, and a
 * file with a newer version than this code knows is refused. Dates are ISO 8601 in UTC; PDFs are base64.
 *
 * The zod schema lives apart, in backup-schema.ts, so that pages which never restore a file do not load zod.
 */
/** Value of `app` in every progress file. */
export const BACKUP_APP = 'posting-with-care';
/** The format this code writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** Files larger than this are refused before they are read. */
export const BACKUP_MAX_BYTES = 5 * 1024 * 1024;
/** What a learner is told about a file over that size. */
export const BACKUP_TOO_LARGE = 'The file is larger than 5 MB, so it is not a progress file.';

/** A progress file, as this format version defines it (the schema is in backup-schema.ts). */
export type { Backup } from './backup-schema';

/** The course's IDs, which a file must use: restoring an unknown ID would make progress that means nothing. */
export interface CourseCatalog {
  modules: string[];
  /** Each scenario's current version, node IDs and ending IDs. */
  scenarios: Record<string, { version: number; nodes: string[]; endings: string[] }>;
  /** Each question's option or part IDs, and the module whose knowledge check has it (null if none). */
  questions: Record<string, { choices: string[]; module: string | null }>;
  themes: string[];
  evaluationItems: string[];
}

/** Bytes as base64 (for PDFs in the file). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/** Base64 back to bytes; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
}

/** `posting-with-care-progress-YYYY-MM-DD.json`, with the learner's local date. */
export function backupFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `posting-with-care-progress-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}
