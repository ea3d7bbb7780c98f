import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ContentError, loadPractices, loadQuestions, loadReferences } from '../../src/lib/content/load';
import { findModuleBodyProblems, findRenderedPracticeIds } from '../../src/lib/content/module-body';
import { PRACTICE_IDS, practiceIdsOfTheme } from '../../src/schemas/themes';
import { moduleSchema } from '../../src/schemas/module';
import { practiceSchema } from '../../src/schemas/practice';

const CONTENT = join(process.cwd(), 'src/content');

/** A throwaway copy of the course data in which `edit` changes one theme file. */
function contentWith(themeFile: string, edit: (entries: Record<string, unknown>[]) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'pwc-content-'));
  cpSync(join(CONTENT, 'references.yaml'), join(dir, 'references.yaml'));
  cpSync(join(CONTENT, 'practices'), join(dir, 'practices'), { recursive: true });
  const file = join(dir, 'practices', themeFile);
  const entries = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
  edit(entries);
  writeFileSync(file, stringify(entries));
  return dir;
}

function problemsOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('Expected the content to be rejected.');
}

function readModules() {
  const dir = join(CONTENT, 'modules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { id: name.replace(/\.mdx$/, ''), data: parse(frontmatter) as Record<string, unknown>, body };
    });
}

describe('loadPractices', () => {
  test('loads the course data: 32 practices in the paper order', () => {
    const practices = loadPractices();
    expect(practices.map((practice) => practice.id)).toEqual([...PRACTICE_IDS]);
  });

  test('every practice cites the source paper first and only known references', () => {
    const referenceIds = new Set(loadReferences().map((reference) => reference.id));
    for (const practice of loadPractices()) {
      expect(practice.sources[0]).toBe('cupler-2025');
      for (const source of practice.sources)
        expect(referenceIds.has(source), `${practice.id} cites ${source}`).toBe(true);
    }
  });

  test('keeps elements of the paper a paraphrase must not lose', () => {
    const byId = new Map(loadPractices().map((practice) => [practice.id, practice.statement]));
    expect(byId.get('CC-4')).toMatch(/HIPAA/);
    expect(byId.get('CC-4')).toMatch(/FDA|Food and Drug Administration/);
    expect(byId.get('SC-7')).toMatch(/not/);
    expect(byId.get('SC-7')).toMatch(/compensat|paid/i);
  });

  test('rejects an unknown practice ID, naming the file and the entry', () => {
    const dir = contentWith('spine-care.yaml', (entries) => {
      entries[10]!.id = 'SC-12';
    });
    const message = problemsOf(() => loadPractices(dir));
    expect(message).toMatch(/practices\/spine-care\.yaml SC-12: id: Unknown practice ID "SC-12"/);
    expect(message).toMatch(/Missing practice "SC-11"/);
  });

  test('rejects a duplicate practice ID', () => {
    const dir = contentWith('security-access.yaml', (entries) => {
      entries[3]!.id = 'SA-3';
    });
    const message = problemsOf(() => loadPractices(dir));
    expect(message).toMatch(/Duplicate practice ID "SA-3"/);
    expect(message).toMatch(/Missing practice "SA-4"/);
  });

  test('rejects practices out of sequence', () => {
    const dir = contentWith('professionalism.yaml', (entries) => {
      entries.reverse();
    });
    expect(problemsOf(() => loadPractices(dir))).toMatch(/Practice "PR-6" is out of sequence: expected "PR-1"/);
  });

  test('rejects a practice filed under the wrong theme', () => {
    const dir = contentWith('professionalism.yaml', (entries) => {
      entries.push({ ...entries[0]!, id: 'SA-5' });
    });
    expect(problemsOf(() => loadPractices(dir))).toMatch(/Unknown practice ID "SA-5"/);
  });

  test('rejects a missing practice and a wrong theme count', () => {
    const dir = contentWith('compliance-confidentiality.yaml', (entries) => {
      entries.pop();
    });
    const message = problemsOf(() => loadPractices(dir));
    expect(message).toMatch(/Missing practice "CC-11"/);
    expect(message).toMatch(/Compliance and Confidentiality has 10 practices; the paper has 11/);
  });

  test('rejects a source that is not in references.yaml', () => {
    const dir = contentWith('spine-care.yaml', (entries) => {
      entries[0]!.sources = ['cupler-2025', 'made-up-2030'];
    });
    expect(problemsOf(() => loadPractices(dir))).toMatch(/SC-1: unknown source "made-up-2030"/);
  });

  test('rejects a practice with no example done wrong', () => {
    const dir = contentWith('spine-care.yaml', (entries) => {
      const examples = entries[2]!.examples as { kind: string }[];
      for (const example of examples) example.kind = 'right';
    });
    expect(problemsOf(() => loadPractices(dir))).toMatch(
      /SC-3: examples: Give at least one example of the practice done wrong/,
    );
  });
});

describe('practiceSchema', () => {
  test('rejects unknown fields so typos do not pass silently', () => {
    const [first] = loadPractices();
    expect(practiceSchema.safeParse({ ...first, statment: 'typo' }).success).toBe(false);
  });
});

describe('moduleSchema', () => {
  const modules = readModules();

  test('an introduction and one module per theme, each valid', () => {
    expect(modules.map((module) => module.data.theme).sort()).toEqual(
      ['compliance-confidentiality', 'introduction', 'professionalism', 'security-access', 'spine-care'].sort(),
    );
    for (const module of modules) {
      const result = moduleSchema.safeParse(module.data);
      expect(result.success, `${module.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  test('each theme module renders each of its practices once, in order', () => {
    for (const module of modules) {
      expect(findModuleBodyProblems(module.id, module.data.practices as string[], module.body)).toEqual([]);
    }
  });

  test('rejects a theme module that skips a practice', () => {
    const module = modules.find((candidate) => candidate.id === 'security-access')!;
    const result = moduleSchema.safeParse({ ...module.data, practices: ['SA-1', 'SA-2', 'SA-4'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/covers exactly \[SA-1, SA-2, SA-3, SA-4\]/);
  });

  test('rejects an unknown practice ID and an objective that cannot be measured', () => {
    const module = modules.find((candidate) => candidate.id === 'spine-care')!;
    const result = moduleSchema.safeParse({
      ...module.data,
      practices: [...practiceIdsOfTheme('spine-care'), 'SC-12'],
      objectives: ['Understand social media', 'Identify PHI in a photo', 'Explain SC-7'],
    });
    const messages = result.error?.issues.map((issue) => issue.message).join('\n');
    expect(messages).toMatch(/Unknown practice ID "SC-12"/);
    expect(messages).toMatch(/observable verb/);
  });
});

describe('findRenderedPracticeIds', () => {
  test('finds Practice components in order', () => {
    expect(findRenderedPracticeIds('Intro\n<Practice id="CC-2" />\ntext <Practice id=\'CC-1\'/>')).toEqual([
      'CC-2',
      'CC-1',
    ]);
  });

  test('a body that renders a practice twice or misses one is a problem', () => {
    expect(findModuleBodyProblems('m', ['SA-1', 'SA-2'], '<Practice id="SA-1" /><Practice id="SA-1" />')).toHaveLength(
      1,
    );
    expect(findModuleBodyProblems('m', ['SA-1', 'SA-2'], '<Practice id="SA-1" />')).toHaveLength(1);
  });
});

describe('loadQuestions', () => {
  function bankWith(themeFile: string, edit: (entries: Record<string, unknown>[]) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'pwc-questions-'));
    cpSync(join(CONTENT, 'questions'), join(dir, 'questions'), { recursive: true });
    const file = join(dir, 'questions', themeFile);
    const entries = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    edit(entries);
    writeFileSync(file, stringify(entries));
    return dir;
  }

  test('the course bank: at least 64 items, at least 2 per practice, 4-6 knowledge-check items per theme', () => {
    const questions = loadQuestions();
    expect(questions.length).toBeGreaterThanOrEqual(64);
    for (const id of PRACTICE_IDS) {
      expect(questions.filter((question) => question.practices[0] === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  test('rejects an unknown practice, naming the item', () => {
    const dir = bankWith('spine-care.yaml', (entries) => {
      entries[0]!.practices = [...(entries[0]!.practices as string[]), 'SC-12'];
    });
    expect(problemsOf(() => loadQuestions(dir, loadPractices()))).toMatch(
      /questions\/spine-care\.yaml sc-[\w-]+: practices\.\d: Unknown practice ID "SC-12"/,
    );
  });

  test('rejects an item with no correct answer, naming it', () => {
    let id = '';
    const dir = bankWith('professionalism.yaml', (entries) => {
      const item = entries.find((entry) => entry.type === 'multiple')!;
      id = item.id as string;
      for (const option of item.options as { correct: boolean }[]) option.correct = false;
    });
    expect(problemsOf(() => loadQuestions(dir, loadPractices()))).toContain(
      `questions/professionalism.yaml ${id}: (entry): The item has no correct answer.`,
    );
  });

  test('rejects a duplicate ID and a rationale that names no practice', () => {
    const dir = bankWith('security-access.yaml', (entries) => {
      entries[1]!.id = entries[0]!.id;
      const options = (entries[2]!.options ?? entries[2]!.parts) as { rationale: string }[];
      options[0]!.rationale = 'Because it is obviously better that way.';
    });
    const message = problemsOf(() => loadQuestions(dir, loadPractices()));
    expect(message).toMatch(/Duplicate question ID "sa-/);
    expect(message).toMatch(/A rationale names the practice it rests on/);
  });
});

describe('YAML content files', () => {
  test('no unquoted value contains " #" (YAML would silently cut it off as a comment)', () => {
    const files = ['references.yaml', ...readdirSync(join(CONTENT, 'practices')).map((name) => `practices/${name}`)];
    files.push(...readdirSync(join(CONTENT, 'questions')).map((name) => `questions/${name}`));
    const risky = /^\s*(?:- )?[A-Za-z]+: [^"'>|[{\s].*? #/;
    const found = files.flatMap((file) =>
      readFileSync(join(CONTENT, file), 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
        .filter(({ line }) => risky.test(line))
        .map(({ where }) => where),
    );
    expect(found).toEqual([]);
  });
});
