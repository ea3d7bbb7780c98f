import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { practiceSchema, type Practice } from '../../schemas/practice';
import { referenceSchema, type Reference } from '../../schemas/reference';
import { questionSchema, type Question } from '../../schemas/question';
import { findBankRuleProblems } from './bank-rules';
import { findPracticeSetProblems } from './practice-set';
import { PRACTICE_IDS, THEMES } from '../../schemas/themes';

/** Where course data lives, relative to the project root (Astro and the tests both run from there). */
export const CONTENT_DIR = resolve('src/content');

/** Thrown when course data breaks a rule; the message lists every problem with its file and entry. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    what: string,
    readonly problems: readonly string[],
  ) {
    super(`${what} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

function readYamlList(file: string): unknown[] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, [error instanceof Error ? error.message : String(error)]);
  }
  if (!Array.isArray(data)) throw new ContentError(file, ['The file must hold a YAML list of entries.']);
  return data;
}

function describeIssues(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${label}: ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
}

function entryLabel(file: string, entry: unknown, index: number): string {
  const id = typeof entry === 'object' && entry && 'id' in entry ? String(entry.id) : `entry ${index + 1}`;
  return `${file} ${id}`;
}

/** Reads and validates `references.yaml`. */
export function loadReferences(dir: string = CONTENT_DIR): Reference[] {
  const file = 'references.yaml';
  const problems: string[] = [];
  const references: Reference[] = [];
  readYamlList(join(dir, file)).forEach((entry, index) => {
    const result = referenceSchema.safeParse(entry);
    if (result.success) references.push(result.data);
    else problems.push(...describeIssues(entryLabel(file, entry, index), result.error));
  });
  const seen = new Set<string>();
  for (const reference of references) {
    if (seen.has(reference.id)) problems.push(`${file}: duplicate reference ID "${reference.id}".`);
    seen.add(reference.id);
  }
  if (problems.length > 0) throw new ContentError('References', problems);
  return references;
}

/**
 * Reads the four theme files in `practices/` (one per theme, named after the theme ID), validates every entry,
 * the set of IDs (none missing, duplicated, unknown or out of sequence) and every cited source.
 */
export function loadPractices(dir: string = CONTENT_DIR, references: Reference[] = loadReferences(dir)): Practice[] {
  const problems: string[] = [];
  const practices: Practice[] = [];
  const ids: string[] = [];
  const referenceIds = new Set(references.map((reference) => reference.id));

  for (const theme of THEMES) {
    const file = `practices/${theme.id}.yaml`;
    readYamlList(join(dir, file)).forEach((entry, index) => {
      const label = entryLabel(file, entry, index);
      const result = practiceSchema.safeParse(entry);
      if (!result.success) {
        problems.push(...describeIssues(label, result.error));
        if (typeof entry === 'object' && entry && 'id' in entry) ids.push(String(entry.id));
        return;
      }
      const practice = result.data;
      ids.push(practice.id);
      if (!practice.id.startsWith(`${theme.prefix}-`)) {
        problems.push(`${label}: belongs in the file of its own theme, not ${theme.title}.`);
      }
      for (const source of practice.sources) {
        if (!referenceIds.has(source)) problems.push(`${label}: unknown source "${source}" (not in references.yaml).`);
      }
      practices.push(practice);
    });
  }

  problems.push(...findPracticeSetProblems(ids));
  if (problems.length > 0) throw new ContentError('Practice content', problems);
  return practices;
}

/** Rules for the question bank as a whole. */
export const BANK_RULES = { minItems: 64, minPerPractice: 2, checkItemsPerModule: { min: 4, max: 6 } } as const;

/**
 * Reads the question bank (`questions/<theme>.yaml`, one list per theme), validates every item, and the bank as a
 * whole: unique IDs, each item filed under its primary practice's theme, at least 64 items, at least 2 per practice,
 * 4-6 knowledge-check items per theme module, and the rules of `bank-rules.ts` (summative items are new situations,
 * enough of them per practice and theme for the pre-test and the final assessment).
 */
export function loadQuestions(dir: string = CONTENT_DIR, practices: Practice[] = loadPractices(dir)): Question[] {
  const problems: string[] = [];
  const questions: Question[] = [];
  for (const theme of THEMES) {
    const file = `questions/${theme.id}.yaml`;
    readYamlList(join(dir, file)).forEach((entry, index) => {
      const label = entryLabel(file, entry, index);
      const result = questionSchema.safeParse(entry);
      if (!result.success) {
        problems.push(...describeIssues(label, result.error));
        return;
      }
      if (!result.data.practices[0]?.startsWith(`${theme.prefix}-`)) {
        problems.push(`${label}: its primary practice ${result.data.practices[0]} belongs to another theme's file.`);
      }
      questions.push(result.data);
    });
    const checks = questions.filter(
      (question) => question.knowledgeCheck && question.practices[0]?.startsWith(`${theme.prefix}-`),
    ).length;
    const { min, max } = BANK_RULES.checkItemsPerModule;
    if (checks < min || checks > max) {
      problems.push(`${file}: ${checks} items are marked knowledgeCheck; a module check has ${min}-${max}.`);
    }
  }
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) problems.push(`Duplicate question ID "${question.id}".`);
    seen.add(question.id);
  }
  if (questions.length < BANK_RULES.minItems) {
    problems.push(`The bank has ${questions.length} items; at least ${BANK_RULES.minItems} are needed.`);
  }
  for (const id of PRACTICE_IDS) {
    const count = questions.filter((question) => question.practices.includes(id)).length;
    if (count < BANK_RULES.minPerPractice) {
      problems.push(`Practice ${id} has ${count} items; at least ${BANK_RULES.minPerPractice} are needed.`);
    }
  }
  if (problems.length === 0) problems.push(...findBankRuleProblems(questions, practices));
  if (problems.length > 0) throw new ContentError('The question bank', problems);
  return questions;
}
