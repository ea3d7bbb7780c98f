/**
 * Checks a progress file whole, before anything is written: JSON, shape, the course's IDs, values that could not
 * happen, duplicates, and each certificate's verification code. The first problem found is reported in plain words.
 * Import it on its own (not through the storage index), when a file is chosen: it brings zod.
 */
import { checkCompletionFile, verifyRecord } from '../certificate/record';
import { BACKUP_APP, BACKUP_FORMAT_VERSION, BACKUP_MAX_BYTES, fromBase64, type CourseCatalog } from './backup-format';
import { backupSchema, type Backup } from './backup-schema';

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks the text of a progress file against the format and the course. */
export async function parseBackup(text: string, catalog: CourseCatalog): Promise<BackupCheck> {
  const fail = (problem: string): BackupCheck => ({ ok: false, problem });
  if (text.length > BACKUP_MAX_BYTES) return fail('The file is larger than 5 MB, so it is not a progress file.');
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
  const problem = findProblem(parsed.data, catalog) ?? (await certificateProblem(parsed.data));
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

/** The first value the course could not have made, or null. */
function findProblem(backup: Backup, catalog: CourseCatalog): string | null {
  const modules = new Set(catalog.modules);
  const themes = new Set(catalog.themes);
  const evaluationItems = new Set(catalog.evaluationItems);
  const unknown = (what: string, id: string, where: string) =>
    `${where} names the ${what} "${id}", which this course does not have.`;
  const duplicate = (what: string, id: string) => `The ${what} "${id}" appears twice in the file.`;
  const seen = (list: string[], what: string) => {
    const found = new Set<string>();
    for (const id of list) {
      if (found.has(id)) return duplicate(what, id);
      found.add(id);
    }
    return null;
  };
  const questionChoices = (itemId: string, ids: string[], where: string) => {
    const choices = catalog.questions[itemId];
    if (!choices) return unknown('question', itemId, where);
    const bad = ids.find((choice) => !choices.includes(choice));
    return bad ? `${where} gives the answer "${bad}", which question "${itemId}" does not have.` : null;
  };

  for (const [index, module] of backup.modules.entries()) {
    if (!modules.has(module.moduleId)) return unknown('module', module.moduleId, `modules[${index}]`);
  }
  const placeOrPlay = (
    entry: { scenarioId: string; scenarioVersion: number; path: { nodeId: string }[] },
    node: string,
    where: string,
  ) => {
    const scenario = catalog.scenarios[entry.scenarioId];
    if (!scenario) return unknown('scenario', entry.scenarioId, where);
    if (entry.scenarioVersion > scenario.version) {
      return `${where} is from version ${entry.scenarioVersion} of scenario "${entry.scenarioId}", newer than this course's.`;
    }
    // Paths of older versions may name nodes since removed; the current version's must exist.
    if (entry.scenarioVersion < scenario.version) return null;
    const bad = [node, ...entry.path.map((step) => step.nodeId)].find((id) => !scenario.nodes.includes(id));
    return bad ? unknown(`step of scenario "${entry.scenarioId}"`, bad, where) : null;
  };
  for (const [index, place] of backup.scenarioPlaces.entries()) {
    const problem = placeOrPlay(place, place.nodeId, `scenarioPlaces[${index}]`);
    if (problem) return problem;
  }
  for (const [index, play] of backup.scenarioPlays.entries()) {
    const where = `scenarioPlays[${index}]`;
    const problem = placeOrPlay(play, play.endingId, where);
    if (problem) return problem;
    const scenario = catalog.scenarios[play.scenarioId]!;
    if (play.scenarioVersion === scenario.version && !scenario.endings.includes(play.endingId)) {
      return `${where} ends on "${play.endingId}", which is not an ending of scenario "${play.scenarioId}".`;
    }
    if (play.score > play.maxScore) return `${where} scores ${play.score}, more than its maximum of ${play.maxScore}.`;
    if (play.endedAt < play.startedAt) return `${where} ends before it starts.`;
  }
  if (backup.assessmentAttempts.filter((attempt) => attempt.status === 'in-progress').length > 1) {
    return 'The file has more than one final-assessment attempt in progress.';
  }
  for (const [index, attempt] of backup.assessmentAttempts.entries()) {
    const where = `assessmentAttempts[${index}]`;
    for (const item of attempt.items) {
      const problem = questionChoices(item.itemId, item.order, where);
      if (problem) return problem;
    }
    for (const [itemId, answer] of Object.entries(attempt.answers)) {
      const problem = questionChoices(itemId, answer, where);
      if (problem) return problem;
    }
    const { result } = attempt;
    if ((attempt.status === 'submitted') !== (result !== null && attempt.submittedAt !== null)) {
      return `${where} is ${attempt.status} but ${result ? 'has' : 'lacks'} a result.`;
    }
    if (result) {
      if (result.earned > result.possible)
        return `${where} earns ${result.earned}, more than its ${result.possible} points.`;
      const theme = result.byTheme.find((entry) => !themes.has(entry.theme) || entry.earned > entry.possible);
      if (theme) return `${where} has an impossible score for the theme "${theme.theme}".`;
      const item = result.items.find((entry) => !catalog.questions[entry.itemId]);
      if (item) return unknown('question', item.itemId, where);
    }
  }
  for (const [index, check] of backup.knowledgeChecks.entries()) {
    if (!modules.has(check.moduleId)) return unknown('module', check.moduleId, `knowledgeChecks[${index}]`);
    const problem = questionChoices(check.itemId, check.answer, `knowledgeChecks[${index}]`);
    if (problem) return problem;
  }
  const evaluation = backup.evaluation;
  const answerKeys = [...Object.keys(evaluation?.answers ?? {}), ...Object.keys(evaluation?.submittedAnswers ?? {})];
  const badItem = answerKeys.find((key) => !evaluationItems.has(key));
  if (badItem) return unknown('evaluation question', badItem, 'evaluation');
  return (
    seen(
      backup.modules.map((module) => module.moduleId),
      'module',
    ) ??
    seen(
      backup.scenarioPlaces.map((place) => place.scenarioId),
      'scenario place',
    ) ??
    seen(
      backup.scenarioPlays.map((play) => play.uid),
      'scenario play',
    ) ??
    seen(
      backup.assessmentAttempts.map((attempt) => attempt.uid),
      'assessment attempt',
    ) ??
    seen(
      backup.knowledgeChecks.map((check) => check.itemId),
      'knowledge-check answer',
    ) ??
    seen(
      backup.activeTime.map((time) => time.path),
      'active-time page',
    ) ??
    seen(
      backup.certificates.map((certificate) => certificate.id),
      'certificate',
    )
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
