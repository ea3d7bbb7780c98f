/**
 * The fields a program director types from a paper certificate, turned back into the certified record so its code
 * can be recomputed. Lenient where typing varies (case, hyphens, a percent sign), exact where the code depends on it.
 */
import { normalizeCredentials, normalizeName } from './name';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  normalizeCertificateId,
  normalizeCode,
  verifyRecord,
  type AnyCertifiedRecord,
  type CertifiedRecord,
} from './record';

/** The fields of the typed check, as typed. */
export interface PrintedFields {
  certificateId: string;
  code: string;
  learnerName: string;
  /** As printed after the name and its comma; '' when the certificate prints none. */
  credentials: string;
  completedOn: string;
  scorePercent: string;
  passMarkPercent: string;
  activeMinutes: string;
  activityTitle: string;
  organization: string;
  creditStatement: string;
}

/** Why a typed field cannot be used. */
export type PrintedProblem = 'id' | 'code' | 'name' | 'date' | 'percent' | 'minutes' | 'required';

/** The record and code the typed fields stand for, or what is wrong with each field that cannot be used. */
export type PrintedCheck =
  | { ok: true; record: CertifiedRecord; code: string }
  | { ok: false; errors: Partial<Record<keyof PrintedFields, PrintedProblem>> };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A completion date as printed, `29 November 2026`, `2026-11-29` or both as the certificate prints them, as
 * `YYYY-MM-DD`; null if it is not a real date.
 */
export function parsePrintedDate(value: string): string | null {
  const text = value.trim().toLowerCase();
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const long = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (long && MONTHS.includes(long[2]!)) parts = [Number(long[3]), MONTHS.indexOf(long[2]!) + 1, Number(long[1])];
  if (!parts) return null;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function percent(value: string): number | null {
  const trimmed = value.replace('%', '').trim();
  const number = Number(trimmed);
  return trimmed !== '' && Number.isFinite(number) && number >= 0 && number <= 100 ? number : null;
}

/** Reads typed fields into a certified record; every field must be usable. */
export function recordFromPrinted(fields: PrintedFields): PrintedCheck {
  const errors: Partial<Record<keyof PrintedFields, PrintedProblem>> = {};
  const certificateId = normalizeCertificateId(fields.certificateId);
  if (!certificateId) errors.certificateId = 'id';
  const code = normalizeCode(fields.code);
  if (!code) errors.code = 'code';
  const learnerName = normalizeName(fields.learnerName);
  if (!learnerName) errors.learnerName = 'name';
  const completedOn = parsePrintedDate(fields.completedOn);
  if (!completedOn) errors.completedOn = 'date';
  const scorePercent = percent(fields.scorePercent);
  if (scorePercent === null) errors.scorePercent = 'percent';
  const passMarkPercent = percent(fields.passMarkPercent);
  if (passMarkPercent === null) errors.passMarkPercent = 'percent';
  const minutesText = fields.activeMinutes.trim();
  const activeMinutes = Number(minutesText);
  if (minutesText === '' || !Number.isSafeInteger(activeMinutes) || activeMinutes < 0) errors.activeMinutes = 'minutes';
  for (const key of ['activityTitle', 'organization', 'creditStatement'] as const) {
    if (!fields[key].trim()) errors[key] = 'required';
  }
  if (Object.keys(errors).length > 0 || !completedOn || scorePercent === null || passMarkPercent === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    code,
    record: {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      certificateId,
      learnerName,
      credentials: normalizeCredentials(fields.credentials),
      activityTitle: fields.activityTitle.trim(),
      organization: fields.organization.trim(),
      completedOn,
      scorePercent,
      passMarkPercent,
      activeMinutes,
      creditStatement: fields.creditStatement.trim(),
    },
  };
}

/**
 * Whether typed fields produce the typed code. The name line is printed as `Name, CREDENTIALS`, so a verifier may
 * type all of it as the name: with no credentials typed, each split of the name at a comma is tried too. And a
 * record without credentials may be a version 1 certificate, issued before credentials were certified, whose code
 * covers the same printed fields without them. Every record tried prints exactly the line that was typed.
 */
export async function verifyPrinted(record: CertifiedRecord, code: string): Promise<{ intact: boolean }> {
  for (const candidate of printedCandidates(record)) {
    if ((await verifyRecord(candidate, code)).intact) return { intact: true };
  }
  return { intact: false };
}

/** The records whose certificate prints the same name line as `record` (see `verifyPrinted`). */
export function printedCandidates(record: CertifiedRecord): AnyCertifiedRecord[] {
  if (record.credentials) return [record];
  const { credentials: _, ...withoutCredentials } = record;
  const candidates: AnyCertifiedRecord[] = [record, { ...withoutCredentials, formatVersion: 1 }];
  const name = record.learnerName;
  for (let comma = name.indexOf(', '); comma > 0; comma = name.indexOf(', ', comma + 1)) {
    const credentials = normalizeCredentials(name.slice(comma + 1));
    if (credentials) candidates.push({ ...record, learnerName: name.slice(0, comma), credentials });
  }
  return candidates;
}
