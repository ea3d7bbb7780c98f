/**
 * Checks a progress file whole, before anything is written: JSON, shape, the course's IDs, values that could not
 * happen, duplicates, and each certificate's verification code. The first problem found is reported in plain words.
 * Import it on its own (not through the storage index), when a file is chosen: it brings zod.
 */
import { verifyRecord } from '../certificate/record';
import { checkCompletionFile } from '../certificate/shape';
import {
  BACKUP_APP,
  BACKUP_FORMAT_VERSION,
  BACKUP_MAX_BYTES,
  BACKUP_TOO_LARGE,
  fromBase64,
  type CourseCatalog,
} from './backup-format';
import { findBackupProblem } from './backup-rules';
import { backupSchema, type Backup } from './backup-schema';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks the text of a progress file against the format and the course. */
export async function parseBackup(text: string, catalog: CourseCatalog, now = new Date()): Promise<BackupCheck> {
  const fail = (problem: string): BackupCheck => ({ ok: false, problem });
  if (text.length > BACKUP_MAX_BYTES) return fail(BACKUP_TOO_LARGE);
  if (!text.trim()) return fail('The file is empty.');
  let value: unknown;
  let forbidden: string | null = null;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return item;
    });
  } catch {
    return fail('The file is not valid JSON: it may be cut short or not a progress file.');
  }
  if (forbidden) return fail(`The file contains the key "${forbidden}", which a progress file never has.`);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('The file holds JSON, but not a progress file (it is not an object).');
  }
  const { app, formatVersion } = value as { app?: unknown; formatVersion?: unknown };
  if (app !== BACKUP_APP) return fail('This is not a Posting with Care progress file.');
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      `The file was made by a newer version of the course (format ${formatVersion}; this one reads up to ${BACKUP_FORMAT_VERSION}). Update the course, then try again.`,
    );
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`The file is not a valid progress file: ${pathText(issue.path)}: ${issue.message}.`);
  }
  const problem = findBackupProblem(parsed.data, catalog, now) ?? (await certificateProblem(parsed.data));
  return problem ? fail(problem) : { ok: true, backup: parsed.data };
}

function pathText(path: (string | number)[]): string {
  return (
    path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
      .join('')
      .replace(/^\./, '') || 'the file'
  );
}

/** The first certificate whose attached record does not match its ID and verification code, or null. */
async function certificateProblem(backup: Backup): Promise<string | null> {
  for (const certificate of backup.certificates) {
    const where = `Certificate ${certificate.id}`;
    let pdf: Uint8Array;
    try {
      pdf = fromBase64(certificate.pdfBase64);
    } catch {
      return `${where} has a PDF that is not base64.`;
    }
    if (new TextDecoder('latin1').decode(pdf.subarray(0, 5)) !== '%PDF-')
      return `${where} has a file that is not a PDF.`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(certificate.completionJson);
    } catch {
      return `${where} has a completion record that is not JSON.`;
    }
    const check = checkCompletionFile(parsed);
    if (!check.ok) return `${where} has a damaged completion record: ${check.problem}`;
    const { record, verificationCode } = check.file;
    const intact =
      record.certificateId === certificate.id &&
      verificationCode === certificate.verificationCode &&
      (await verifyRecord(record, verificationCode)).intact;
    if (!intact)
      return `${where}: its verification code does not match its record, so it was changed after it was issued.`;
  }
  return null;
}
