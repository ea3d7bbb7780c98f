/**
 * The fields a program director types from a paper certificate, turned back into the certified record so its code
 * can be recomputed. Lenient where typing varies (case, hyphens, a percent sign), exact where the code depends on it.
 */
import { normalizeName } from './name';
import {
  RECORD_FORMAT,
  RECORD_FORMAT_VERSION,
  normalizeCertificateId,
  normalizeCode,
  type CertifiedRecord,
} from './record';

/** The fields of the typed check, as typed. */
export interface PrintedFields {
  certificateId: string;
  code: string;
  learnerName: string;
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
  const completedOn = fields.completedOn.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(completedOn)) errors.completedOn = 'date';
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
  if (Object.keys(errors).length > 0 || scorePercent === null || passMarkPercent === null) return { ok: false, errors };
  return {
    ok: true,
    code,
    record: {
      format: RECORD_FORMAT,
      formatVersion: RECORD_FORMAT_VERSION,
      certificateId,
      learnerName,
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
