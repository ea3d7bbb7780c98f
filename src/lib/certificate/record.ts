/**
 * The completion record behind a certificate, and its verification code. The code is a SHA-256 digest of the
 * printed fields only, so a program director can recompute it from the paper certificate alone. It proves that the
 * printed fields and the code belong together; it is not a signature, since anyone who knows this method can compute
 * a matching code for edited fields. Nothing here imports pdf-lib: the course loads this module eagerly.
 */
import canonicalize from 'canonicalize';
import { normalizeName } from './name';

/** Value of `format` in every completion record. */
export const RECORD_FORMAT = 'posting-with-care/completion-record';
/** Version of the completion record shape; a change to the certified fields needs a new version. */
export const RECORD_FORMAT_VERSION = 1;
/** File name of the completion record attached to the certificate PDF. */
export const COMPLETION_FILE_NAME = 'completion-record.json';
/** Key in the PDF document information dictionary holding `{ record, verificationCode }` as issued. */
export const ISSUED_RECORD_KEY = 'PwcRecord';

/**
 * The fields printed on the certificate. The verification code is computed from exactly these, so a director can
 * recompute it from the paper alone.
 */
export interface CertifiedRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: typeof RECORD_FORMAT_VERSION;
  /** For example `PWC-7K3M-9QXR-2D4F` (see `newCertificateId`). */
  certificateId: string;
  /** Already normalized by `normalizeName`. */
  learnerName: string;
  activityTitle: string;
  /** Issuing organization as printed. */
  organization: string;
  /** `YYYY-MM-DD`, the learner's local date. */
  completedOn: string;
  /** 0 to 100, at most one decimal. */
  scorePercent: number;
  /** 0 to 100, at most one decimal. */
  passMarkPercent: number;
  /** Non-negative integer. */
  activeMinutes: number;
  creditStatement: string;
}

/** Supporting details in the attached file; NOT covered by the code (they are not printed). */
export interface CompletionDetails {
  /** ISO 8601 time the certificate was made. */
  issuedAt: string;
  modules: { id: string; title: string; completedAt: string }[];
  scenarios: { id: string; title: string; theme: string; rating: string; endedAt: string }[];
  assessment: { attemptId: number; submittedAt: string; percent: number; passMark: number; attempts: number };
  evaluation: { submittedAt: string; answers: { id: string; question: string; answer: string }[] };
  attestation: { statement: string; attestedAt: string; activeMinutes: number };
}

/** The JSON attached to the PDF as `completion-record.json`. */
export interface CompletionFile {
  record: CertifiedRecord;
  /** `XXXX-XXXX-XXXX-XXXX`. */
  verificationCode: string;
  details: CompletionDetails;
  /** Plain-language note of what the code covers and what it does not prove. */
  note: string;
}

/** The certified fields a person reads on the certificate (everything except the format markers). */
export type CertifiedFieldKey = Exclude<keyof CertifiedRecord, 'format' | 'formatVersion'>;

/** One certified field whose value differs between two records. */
export interface FieldDifference {
  key: CertifiedFieldKey;
  label: string;
  expected: string;
  found: string;
}

/** Result of checking an unknown value against the CertifiedRecord shape. */
export type RecordCheck = { ok: true; record: CertifiedRecord } | { ok: false; problem: string };

/** Result of checking an unknown value against the CompletionFile shape. */
export type CompletionFileCheck = { ok: true; file: CompletionFile } | { ok: false; problem: string };

/** The printed fields in certificate order, with the labels used on the certificate and the verify page. */
export const CERTIFIED_FIELDS: readonly { key: CertifiedFieldKey; label: string }[] = [
  { key: 'certificateId', label: 'Certificate ID' },
  { key: 'learnerName', label: 'Name' },
  { key: 'activityTitle', label: 'Activity' },
  { key: 'organization', label: 'Issued by' },
  { key: 'completedOn', label: 'Completed on' },
  { key: 'scorePercent', label: 'Final assessment score' },
  { key: 'passMarkPercent', label: 'Pass mark' },
  { key: 'activeMinutes', label: 'Active time (minutes)' },
  { key: 'creditStatement', label: 'Credit statement' },
];

/** The default `note` of a completion file: what the code covers and what it does not prove. */
export const COMPLETION_NOTE =
  'The verification code is computed from the fields printed on the certificate: certificate ID, name, activity, ' +
  'issuing organization, completion date, final assessment score, pass mark, active time and credit statement. ' +
  'A matching code shows that those fields were not changed after the certificate was made. It is not a digital ' +
  'signature: it does not prove who completed the activity, and someone who knows the method could compute a ' +
  'matching code for altered fields. The details in this file are supporting information and are not covered by ' +
  'the code.';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16;
const ID_LENGTH = 12;
const ID_PREFIX = 'PWC';

/** A new random certificate ID such as `PWC-7K3M-9QXR-2D4F` (60 random bits). `random` fills a byte array. */
export function newCertificateId(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  // 256 is a multiple of 32, so the low five bits of each byte are uniform.
  const bytes = random(new Uint8Array(ID_LENGTH));
  const body = Array.from(bytes.subarray(0, ID_LENGTH), (byte) => CROCKFORD[byte & 31]).join('');
  return `${ID_PREFIX}-${group(body)}`;
}

/** The JSON Canonicalization (RFC 8785) of exactly the certified fields; extra keys are left out. */
export function canonicalRecord(record: CertifiedRecord): string {
  return canonicalize(pickCertified(record)) ?? '';
}

/** The verification code of a record: the first 80 bits of SHA-256 of `canonicalRecord`, as `XXXX-XXXX-XXXX-XXXX`. */
export async function verificationCode(record: CertifiedRecord): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalRecord(record))),
  );
  let code = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5 && code.length < CODE_LENGTH) {
      bits -= 5;
      code += CROCKFORD[(buffer >> bits) & 31];
    }
    if (code.length === CODE_LENGTH) break;
  }
  return group(code);
}

/** A typed code in canonical `XXXX-XXXX-XXXX-XXXX` form (any case, spacing, O for 0, I or L for 1), or '' if invalid. */
export function normalizeCode(input: string): string {
  const compact = compactCrockford(input);
  return compact.length === CODE_LENGTH && isCrockford(compact) ? group(compact) : '';
}

/** A typed certificate ID in canonical `PWC-XXXX-XXXX-XXXX` form (prefix optional), or '' if invalid. */
export function normalizeCertificateId(input: string): string {
  let compact = compactCrockford(input);
  if (compact.length === ID_PREFIX.length + ID_LENGTH && compact.startsWith(ID_PREFIX)) {
    compact = compact.slice(ID_PREFIX.length);
  }
  return compact.length === ID_LENGTH && isCrockford(compact) ? `${ID_PREFIX}-${group(compact)}` : '';
}

/** The certified fields that differ between two records: numbers compared as numbers, text after NFC. */
export function compareRecords(expected: CertifiedRecord, found: CertifiedRecord): FieldDifference[] {
  const differences: FieldDifference[] = [];
  for (const { key, label } of CERTIFIED_FIELDS) {
    const before: unknown = expected[key];
    const after: unknown = found[key];
    const same =
      typeof before === 'string' && typeof after === 'string'
        ? before.normalize('NFC') === after.normalize('NFC')
        : typeof before === 'number' && typeof after === 'number' && before === after;
    if (!same) differences.push({ key, label, expected: String(before), found: String(after) });
  }
  return differences;
}

/** Whether a code matches the record, and the code the record produces. */
export async function verifyRecord(
  record: CertifiedRecord,
  code: string,
): Promise<{ intact: boolean; expectedCode: string }> {
  const expectedCode = await verificationCode(record);
  return { intact: normalizeCode(code) === expectedCode, expectedCode };
}

/** A completion file for a record, with its verification code and the default note. */
export async function createCompletionFile(
  record: CertifiedRecord,
  details: CompletionDetails,
): Promise<CompletionFile> {
  return {
    record: pickCertified(record),
    verificationCode: await verificationCode(record),
    details,
    note: COMPLETION_NOTE,
  };
}

/** Checks that a value has the CertifiedRecord shape; returns a copy with only the certified keys. */
export function checkRecordShape(value: unknown): RecordCheck {
  try {
    return { ok: true, record: readRecord(value, 'record') };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, problem: error.message };
    throw error;
  }
}

/** Checks that a value has the CompletionFile shape; returns a copy without unknown keys. */
export function checkCompletionFile(value: unknown): CompletionFileCheck {
  try {
    const file = object(value, 'the completion file');
    const code = text(file, 'verificationCode', '');
    if (normalizeCode(code) !== code)
      fail('The field "verificationCode" is not a code of the form XXXX-XXXX-XXXX-XXXX.');
    return {
      ok: true,
      file: {
        record: readRecord(file['record'], 'record'),
        verificationCode: code,
        details: readDetails(file['details']),
        note: text(file, 'note', ''),
      },
    };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, problem: error.message };
    throw error;
  }
}

function pickCertified(record: CertifiedRecord): CertifiedRecord {
  return {
    format: record.format,
    formatVersion: record.formatVersion,
    certificateId: record.certificateId,
    learnerName: record.learnerName,
    activityTitle: record.activityTitle,
    organization: record.organization,
    completedOn: record.completedOn,
    scorePercent: record.scorePercent,
    passMarkPercent: record.passMarkPercent,
    activeMinutes: record.activeMinutes,
    creditStatement: record.creditStatement,
  };
}

function group(compact: string): string {
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}

function compactCrockford(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s_-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

function isCrockford(compact: string): boolean {
  return [...compact].every((character) => CROCKFORD.includes(character));
}

// Hand-written shape checks (no schema library: this module ships to the browser). Each helper throws a
// ShapeError whose message names the field, which the two public checks turn into a `problem`.

class ShapeError extends Error {}

type Fields = Record<string, unknown>;

function fail(problem: string): never {
  throw new ShapeError(problem);
}

function field(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function object(value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`${capitalized(what)} is not an object.`);
  return value as Fields;
}

function capitalized(what: string): string {
  return what.charAt(0).toUpperCase() + what.slice(1);
}

function text(fields: Fields, key: string, path: string, options: { nonEmpty?: boolean } = {}): string {
  const value = fields[key];
  const name = field(path, key);
  if (typeof value !== 'string') fail(`The field "${name}" is missing or not text.`);
  // A lone surrogate cannot be encoded as UTF-8, so it could never be hashed or printed.
  if (/\p{Cs}/u.test(value)) fail(`The field "${name}" contains a broken character.`);
  if (options.nonEmpty && value.trim() === '') fail(`The field "${name}" is empty.`);
  return value;
}

function number(fields: Fields, key: string, path: string): number {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`The field "${field(path, key)}" is missing or not a number.`);
  return value;
}

function percent(fields: Fields, key: string, path: string): number {
  const value = number(fields, key, path);
  if (value < 0 || value > 100 || Math.round(value * 10) / 10 !== value) {
    fail(`The field "${field(path, key)}" is not a percentage from 0 to 100 with at most one decimal.`);
  }
  return value;
}

function wholeNumber(fields: Fields, key: string, path: string): number {
  const value = number(fields, key, path);
  if (!Number.isSafeInteger(value) || value < 0)
    fail(`The field "${field(path, key)}" is not a whole number of 0 or more.`);
  return value;
}

function isoTime(fields: Fields, key: string, path: string): string {
  const value = text(fields, key, path);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(Date.parse(value))) {
    fail(`The field "${field(path, key)}" is not an ISO 8601 date and time.`);
  }
  return value;
}

function list<T>(fields: Fields, key: string, path: string, read: (item: Fields, itemPath: string) => T): T[] {
  const value = fields[key];
  const name = field(path, key);
  if (!Array.isArray(value)) fail(`The field "${name}" is missing or not a list.`);
  return value.map((item: unknown, index) => read(object(item, `the field "${name}[${index}]"`), `${name}[${index}]`));
}

function readRecord(value: unknown, path: string): CertifiedRecord {
  const fields = object(value, `the field "${path}"`);
  if (fields['format'] !== RECORD_FORMAT) fail(`The field "${path}.format" is not "${RECORD_FORMAT}".`);
  if (fields['formatVersion'] !== RECORD_FORMAT_VERSION) {
    fail(`The field "${path}.formatVersion" is not ${RECORD_FORMAT_VERSION}, the only version this page reads.`);
  }
  const certificateId = text(fields, 'certificateId', path);
  if (normalizeCertificateId(certificateId) !== certificateId) {
    fail(`The field "${path}.certificateId" is not an ID of the form PWC-XXXX-XXXX-XXXX.`);
  }
  const learnerName = text(fields, 'learnerName', path, { nonEmpty: true });
  if (normalizeName(learnerName) !== learnerName) {
    fail(`The field "${path}.learnerName" has unnormalized spacing or characters.`);
  }
  const completedOn = text(fields, 'completedOn', path);
  if (!isCalendarDate(completedOn)) fail(`The field "${path}.completedOn" is not a date of the form YYYY-MM-DD.`);
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    certificateId,
    learnerName,
    activityTitle: text(fields, 'activityTitle', path, { nonEmpty: true }),
    organization: text(fields, 'organization', path, { nonEmpty: true }),
    completedOn,
    scorePercent: percent(fields, 'scorePercent', path),
    passMarkPercent: percent(fields, 'passMarkPercent', path),
    activeMinutes: wholeNumber(fields, 'activeMinutes', path),
    creditStatement: text(fields, 'creditStatement', path),
  };
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function readDetails(value: unknown): CompletionDetails {
  const path = 'details';
  const details = object(value, `the field "${path}"`);
  const assessment = object(details['assessment'], `the field "${path}.assessment"`);
  const evaluation = object(details['evaluation'], `the field "${path}.evaluation"`);
  const attestation = object(details['attestation'], `the field "${path}.attestation"`);
  const assessmentPath = `${path}.assessment`;
  const evaluationPath = `${path}.evaluation`;
  const attestationPath = `${path}.attestation`;
  return {
    issuedAt: isoTime(details, 'issuedAt', path),
    modules: list(details, 'modules', path, (item, itemPath) => ({
      id: text(item, 'id', itemPath),
      title: text(item, 'title', itemPath),
      completedAt: text(item, 'completedAt', itemPath),
    })),
    scenarios: list(details, 'scenarios', path, (item, itemPath) => ({
      id: text(item, 'id', itemPath),
      title: text(item, 'title', itemPath),
      theme: text(item, 'theme', itemPath),
      rating: text(item, 'rating', itemPath),
      endedAt: text(item, 'endedAt', itemPath),
    })),
    assessment: {
      attemptId: number(assessment, 'attemptId', assessmentPath),
      submittedAt: text(assessment, 'submittedAt', assessmentPath),
      percent: number(assessment, 'percent', assessmentPath),
      passMark: number(assessment, 'passMark', assessmentPath),
      attempts: number(assessment, 'attempts', assessmentPath),
    },
    evaluation: {
      submittedAt: text(evaluation, 'submittedAt', evaluationPath),
      answers: list(evaluation, 'answers', evaluationPath, (item, itemPath) => ({
        id: text(item, 'id', itemPath),
        question: text(item, 'question', itemPath),
        answer: text(item, 'answer', itemPath),
      })),
    },
    attestation: {
      statement: text(attestation, 'statement', attestationPath),
      attestedAt: text(attestation, 'attestedAt', attestationPath),
      activeMinutes: number(attestation, 'activeMinutes', attestationPath),
    },
  };
}
