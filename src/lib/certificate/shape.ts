/**
 * Checking that an unknown value (read from a PDF, a file, a link) has the shape of a completion record or file.
 * Hand-written (no schema library: this module ships to the browser and the verify page).
 */
import { normalizeCredentials, normalizeName } from './name';
import {
  RECORD_FORMAT,
  normalizeCertificateId,
  pickCertified,
  RECORD_FORMAT_VERSION,
  normalizeCode,
  type AnyCertifiedRecord,
  type CompletionDetails,
  type CompletionFileCheck,
  type PretestDetail,
  type RecordCheck,
} from './record';

/**
 * Checks that a value has the CertifiedRecord shape of version 1 (without credentials) or 2 (with them); returns a
 * copy with only the certified keys.
 */
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

function readRecord(value: unknown, path: string): AnyCertifiedRecord {
  const fields = object(value, `the field "${path}"`);
  if (fields['format'] !== RECORD_FORMAT) fail(`The field "${path}.format" is not "${RECORD_FORMAT}".`);
  const formatVersion = fields['formatVersion'];
  if (formatVersion !== 1 && formatVersion !== RECORD_FORMAT_VERSION) {
    fail(`The field "${path}.formatVersion" is not 1 or ${RECORD_FORMAT_VERSION}, the versions this page reads.`);
  }
  const certificateId = text(fields, 'certificateId', path);
  if (normalizeCertificateId(certificateId) !== certificateId) {
    fail(`The field "${path}.certificateId" is not an ID of the form PWC-XXXX-XXXX-XXXX.`);
  }
  const learnerName = text(fields, 'learnerName', path, { nonEmpty: true });
  if (normalizeName(learnerName) !== learnerName) {
    fail(`The field "${path}.learnerName" has unnormalized spacing or characters.`);
  }
  // Version 1 certified no credentials: a credentials key in one would look certified without being covered.
  if (formatVersion === 1 && 'credentials' in fields) {
    fail(`The field "${path}.credentials" is not part of a version 1 record.`);
  }
  const credentials = formatVersion === 1 ? '' : text(fields, 'credentials', path);
  if (normalizeCredentials(credentials) !== credentials) {
    fail(`The field "${path}.credentials" has unnormalized spacing or characters.`);
  }
  const completedOn = text(fields, 'completedOn', path);
  if (!isCalendarDate(completedOn)) fail(`The field "${path}.completedOn" is not a date of the form YYYY-MM-DD.`);
  return pickCertified({
    format: RECORD_FORMAT,
    formatVersion,
    certificateId,
    learnerName,
    credentials,
    activityTitle: text(fields, 'activityTitle', path, { nonEmpty: true }),
    organization: text(fields, 'organization', path, { nonEmpty: true }),
    completedOn,
    scorePercent: percent(fields, 'scorePercent', path),
    passMarkPercent: percent(fields, 'passMarkPercent', path),
    activeMinutes: wholeNumber(fields, 'activeMinutes', path),
    creditStatement: text(fields, 'creditStatement', path),
  });
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
      ...(assessment['byTheme'] === undefined
        ? {}
        : {
            byTheme: list(assessment, 'byTheme', assessmentPath, (item, itemPath) => ({
              theme: text(item, 'theme', itemPath),
              title: text(item, 'title', itemPath),
              earned: number(item, 'earned', itemPath),
              possible: number(item, 'possible', itemPath),
            })),
          }),
    },
    evaluation: readEvaluation(evaluation, evaluationPath),
    attestation: {
      statement: text(attestation, 'statement', attestationPath),
      attestedAt: text(attestation, 'attestedAt', attestationPath),
      activeMinutes: number(attestation, 'activeMinutes', attestationPath),
    },
    ...(details['pretest'] === undefined ? {} : { pretest: readPretest(details['pretest'], `${path}.pretest`) }),
  };
}

/** The optional pre-test and gain by theme: percentages from 0 to 100, points within their maximum. */
function readPretest(value: unknown, path: string): PretestDetail {
  const pretest = object(value, `the field "${path}"`);
  return {
    submittedAt: isoTime(pretest, 'submittedAt', path),
    percent: percent(pretest, 'percent', path),
    byTheme: list(pretest, 'byTheme', path, (item, itemPath) => {
      const earned = number(item, 'earned', itemPath);
      const possible = number(item, 'possible', itemPath);
      if (earned < 0 || earned > possible) fail(`The field "${itemPath}.earned" is not between 0 and "possible".`);
      return { theme: text(item, 'theme', itemPath), title: text(item, 'title', itemPath), earned, possible };
    }),
    gain: list(pretest, 'gain', path, (item, itemPath) => ({
      theme: text(item, 'theme', itemPath),
      title: text(item, 'title', itemPath),
      pretestPercent: percent(item, 'pretestPercent', itemPath),
      finalPercent: percent(item, 'finalPercent', itemPath),
    })),
  };
}

function readEvaluation(evaluation: Fields, path: string): CompletionDetails['evaluation'] {
  const submittedAt = text(evaluation, 'submittedAt', path);
  const answers = list(evaluation, 'answers', path, (item, itemPath) => ({
    id: text(item, 'id', itemPath),
    question: text(item, 'question', itemPath),
    answer: text(item, 'answer', itemPath),
  }));
  const shared = evaluation['shared'];
  // Files made before the learner could choose have no `shared`: they always carried the answers.
  if (shared === undefined) return { submittedAt, answers };
  if (typeof shared !== 'boolean') fail(`The field "${field(path, 'shared')}" is not true or false.`);
  if (!shared && answers.length > 0) {
    fail(`The field "${field(path, 'answers')}" is not empty, but "${field(path, 'shared')}" is false.`);
  }
  return { submittedAt, shared, answers };
}
