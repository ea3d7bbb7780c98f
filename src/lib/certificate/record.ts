/**
 * The completion record behind a certificate, and its verification code. The code is a SHA-256 digest of the
 * printed fields only, so a program director can recompute it from the paper certificate alone. It proves that the
 * printed fields and the code belong together; it is not a signature, since anyone who knows this method can compute
 * a matching code for edited fields. Nothing here imports pdf-lib: the course loads this module eagerly.
 */
import canonicalize from 'canonicalize';

/** Value of `format` in every completion record. */
export const RECORD_FORMAT = 'posting-with-care/completion-record';
/**
 * Version of the completion record shape made now; a change to the certified fields needs a new version. Version 2
 * added `credentials`; version 1 records (without them) are still read and verified.
 */
export const RECORD_FORMAT_VERSION = 2;
/** File name of the completion record attached to the certificate PDF. */
export const COMPLETION_FILE_NAME = 'completion-record.json';
/** Key in the PDF document information dictionary holding `{ record, verificationCode }` as issued. */
export const ISSUED_RECORD_KEY = 'PwcRecord';

/**
 * The fields printed on the certificate, as made now (format version 2). The verification code is computed from
 * exactly these, so a director can recompute it from the paper alone.
 */
export interface CertifiedRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: typeof RECORD_FORMAT_VERSION;
  /** For example `PWC-7K3M-9QXR-2D4F` (see `newCertificateId`). */
  certificateId: string;
  /** Already normalized by `normalizeName`. */
  learnerName: string;
  /** Printed after the name, such as `MD, PhD`; normalized by `normalizeCredentials`, '' when none. */
  credentials: string;
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

/** A record issued before credentials were certified (format version 1): the same fields, without `credentials`. */
export type CertifiedRecordV1 = Omit<CertifiedRecord, 'formatVersion' | 'credentials'> & { formatVersion: 1 };

/** A certified record of any version this code reads and verifies. */
export type AnyCertifiedRecord = CertifiedRecord | CertifiedRecordV1;

/** Points earned in one theme of the final assessment or the pre-test. */
export interface ThemeScoreDetail {
  theme: string;
  title: string;
  earned: number;
  possible: number;
}

/** One theme's pre-test and final percentages (0 to 100, one decimal): the gain is their difference. */
export interface ThemeGainDetail {
  theme: string;
  title: string;
  pretestPercent: number;
  finalPercent: number;
}

/** The optional pre-test, a baseline taken before the course, and the gain by theme to the best passing attempt. */
export interface PretestDetail {
  /** ISO 8601 time it was submitted. */
  submittedAt: string;
  /** 0 to 100, at most one decimal. */
  percent: number;
  byTheme: ThemeScoreDetail[];
  gain: ThemeGainDetail[];
}

/** One evaluation answer in words. */
export interface EvaluationAnswerDetail {
  id: string;
  question: string;
  answer: string;
}

/** Supporting details in the attached file; NOT covered by the code (they are not printed). */
export interface CompletionDetails {
  /** ISO 8601 time the certificate was made. */
  issuedAt: string;
  modules: { id: string; title: string; completedAt: string }[];
  scenarios: { id: string; title: string; theme: string; rating: string; endedAt: string }[];
  assessment: {
    attemptId: number;
    submittedAt: string;
    percent: number;
    passMark: number;
    attempts: number;
    /** Points by theme of the best passing attempt; absent from files made before it was recorded. */
    byTheme?: ThemeScoreDetail[];
  };
  evaluation: {
    submittedAt: string;
    /**
     * Whether the learner chose to include their answers (evaluations are normally anonymous): when false,
     * `answers` is empty. Absent from files made before the choice existed, which always included them.
     */
    shared?: boolean;
    answers: EvaluationAnswerDetail[];
  };
  attestation: { statement: string; attestedAt: string; activeMinutes: number };
  /** The pre-test, if the learner took one (absent otherwise, and from files made before it existed). */
  pretest?: PretestDetail;
}

/** The JSON attached to the PDF as `completion-record.json`. */
export interface CompletionFile {
  record: AnyCertifiedRecord;
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

/** Result of checking an unknown value against the CertifiedRecord shape (of any version). */
export type RecordCheck = { ok: true; record: AnyCertifiedRecord } | { ok: false; problem: string };

/** Result of checking an unknown value against the CompletionFile shape. */
export type CompletionFileCheck = { ok: true; file: CompletionFile } | { ok: false; problem: string };

/** The printed fields in certificate order, with the labels used on the certificate and the verify page. */
export const CERTIFIED_FIELDS: readonly { key: CertifiedFieldKey; label: string }[] = [
  { key: 'certificateId', label: 'Certificate ID' },
  { key: 'learnerName', label: 'Name' },
  { key: 'credentials', label: 'Credentials' },
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
  'The verification code is computed from the fields printed on the certificate: certificate ID, name, ' +
  'credentials printed after the name (if any), activity, issuing organization, completion date, final assessment ' +
  'score, pass mark, active time and credit statement. ' +
  'A matching code shows that those fields were not changed after the certificate was made. It is not a digital ' +
  'signature: it does not prove who completed the activity, and someone who knows the method could compute a ' +
  'matching code for altered fields. The details in this file are supporting information and are not covered by ' +
  'the code; the evaluation answers are included only if the learner chose to share them.';

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

/**
 * The JSON Canonicalization (RFC 8785) of exactly the certified fields of the record's version; extra keys are left
 * out. A version 1 record has no `credentials` key, so its canonical form (and code) is what it was when issued.
 */
export function canonicalRecord(record: AnyCertifiedRecord): string {
  return canonicalize(pickCertified(record)) ?? '';
}

/** The verification code of a record: the first 80 bits of SHA-256 of `canonicalRecord`, as `XXXX-XXXX-XXXX-XXXX`. */
export async function verificationCode(record: AnyCertifiedRecord): Promise<string> {
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

/** The certified fields a record of this version has, in certificate order (version 1 has no credentials). */
export function certifiedFieldsOf(record: AnyCertifiedRecord): readonly { key: CertifiedFieldKey; label: string }[] {
  return record.formatVersion === 1 ? CERTIFIED_FIELDS.filter(({ key }) => key !== 'credentials') : CERTIFIED_FIELDS;
}

/** The value of a certified field; a version 1 record's credentials read as '' (it printed none). */
export function certifiedValue(record: AnyCertifiedRecord, key: CertifiedFieldKey): string | number {
  if (key === 'credentials') return credentialsOf(record);
  return record[key];
}

/** The credentials printed after the name, '' for none (always, in a version 1 record). */
export function credentialsOf(record: AnyCertifiedRecord): string {
  return record.formatVersion === 1 ? '' : record.credentials;
}

/** The name line as the certificate prints it: `Ann Lee, DPT`, or the name alone without credentials. */
export function printedName(record: AnyCertifiedRecord): string {
  const credentials = credentialsOf(record);
  return credentials ? `${record.learnerName}, ${credentials}` : record.learnerName;
}

/**
 * The certified fields that differ between two records: numbers compared as numbers, text after NFC. Credentials
 * missing from a version 1 record compare as ''.
 */
export function compareRecords(expected: AnyCertifiedRecord, found: AnyCertifiedRecord): FieldDifference[] {
  const differences: FieldDifference[] = [];
  for (const { key, label } of CERTIFIED_FIELDS) {
    const before: unknown = certifiedValue(expected, key);
    const after: unknown = certifiedValue(found, key);
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
  record: AnyCertifiedRecord,
  code: string,
): Promise<{ intact: boolean; expectedCode: string }> {
  const expectedCode = await verificationCode(record);
  return { intact: normalizeCode(code) === expectedCode, expectedCode };
}

/** A completion file for a record, with its verification code and the default note. */
export async function createCompletionFile(
  record: AnyCertifiedRecord,
  details: CompletionDetails,
): Promise<CompletionFile> {
  const certified = pickCertified(record);
  return {
    record: certified,
    verificationCode: await verificationCode(certified),
    details,
    note: COMPLETION_NOTE,
  };
}

/** Exactly the certified keys of the record's version, in certificate order. */
export function pickCertified(record: AnyCertifiedRecord): AnyCertifiedRecord {
  const common = {
    format: record.format,
    certificateId: record.certificateId,
    learnerName: record.learnerName,
  };
  const rest = {
    activityTitle: record.activityTitle,
    organization: record.organization,
    completedOn: record.completedOn,
    scorePercent: record.scorePercent,
    passMarkPercent: record.passMarkPercent,
    activeMinutes: record.activeMinutes,
    creditStatement: record.creditStatement,
  };
  return record.formatVersion === 1
    ? { ...common, formatVersion: 1, ...rest }
    : { ...common, formatVersion: RECORD_FORMAT_VERSION, credentials: credentialsOf(record), ...rest };
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
