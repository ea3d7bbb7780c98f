import { describe, expect, test } from 'vitest';
import {
  MAX_EXAMPLE_OVERLAP,
  closestExample,
  contentWords,
  findBankRuleProblems,
  optionBalance,
} from '../../src/lib/content/bank-rules';
import { buildFairnessReport, findFairnessProblems } from '../../src/lib/content/fairness';
import { loadPractices, loadQuestions } from '../../src/lib/content/load';
import { countMdxWords, courseTime, moduleMinutes } from '../../src/lib/content/time';
import { scenarios } from '../../src/scenarios';
import { questionSchema, type Question } from '../../src/schemas/question';
import { PRACTICE_IDS } from '../../src/schemas/themes';

const practices = loadPractices();
const questions = loadQuestions(undefined, practices);

const item = (id: string, stem: string, knowledgeCheck = false): Question => ({
  id,
  type: 'single',
  practices: [id.slice(0, id.indexOf('-', 3)).toUpperCase() as 'CC-5'],
  difficulty: 'medium',
  knowledgeCheck,
  stem,
  options: [
    { id: 'a', text: 'A', correct: true, rationale: 'Because CC-5 asks for it.' },
    { id: 'b', text: 'B', correct: false, rationale: 'Because CC-5 asks for it.' },
    { id: 'c', text: 'C', correct: false, rationale: 'Because CC-5 asks for it.' },
  ],
});

describe('contentWords and closestExample', () => {
  test('keep the words that carry a situation, not function words', () => {
    expect([...contentWords('The surgeon posts a photo of the wristband, and the patient’s tattoo.')]).toEqual([
      'surgeon',
      'posts',
      'photo',
      'wristband',
      'patient',
      'tattoo',
    ]);
  });

  test('finds the card example a stem rewords', () => {
    const example = practices.find((practice) => practice.id === 'CC-5')!.examples[0]!.text;
    const closest = closestExample(example, practices);
    expect(closest).toMatchObject({ practice: 'CC-5', example: 1, share: 1 });
  });
});

describe('findBankRuleProblems', () => {
  test('the course bank meets every rule', () => {
    expect(findBankRuleProblems(questions, practices)).toEqual([]);
  });

  test('fails a summative item that rewords a card example, naming item, practice and example', () => {
    const example = practices.find((practice) => practice.id === 'SC-5')!.examples[0]!.text;
    const reworded = item('cc-5-reworded', `In clinic: ${example}`);
    const problems = findBankRuleProblems([...questions, reworded], practices);
    expect(problems.join('\n')).toMatch(
      /cc-5-reworded: its stem shares \d+% of its content words with example 1 of SC-5/,
    );
    // A knowledge check may stay close to the card: it is formative, seen with its feedback.
    expect(findBankRuleProblems([...questions, { ...reworded, knowledgeCheck: true }], practices)).toEqual([]);
  });

  test('fails a practice with fewer than two summative items', () => {
    const without = questions.filter((question) => question.knowledgeCheck || question.practices[0] !== 'SA-2');
    expect(findBankRuleProblems(without, practices)).toContain(
      'Practice SA-2 is the primary practice of 0 summative items (not knowledge checks); at least 2 are needed.',
    );
  });

  test('every practice has at least two summative items in the course bank', () => {
    for (const id of PRACTICE_IDS) {
      const count = questions.filter((q) => !q.knowledgeCheck && q.practices[0] === id).length;
      expect(count, id).toBeGreaterThanOrEqual(2);
    }
    expect(MAX_EXAMPLE_OVERLAP).toBeCloseTo(1 / 3);
  });
});

describe('question stems', () => {
  test('a stem that names a practice ID is refused; rationales still name it', () => {
    const result = questionSchema.safeParse(item('cc-5-named', 'Which steps fit CC-5 here?'));
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/The stem names a practice ID/);
    expect(questions.filter((question) => /\b(?:CC|PR|SA|SC)-\d/.test(question.stem))).toEqual([]);
  });
});

describe('optionBalance', () => {
  test('wrong options argue for themselves no more often than right ones, and are as long', () => {
    const { right, wrong } = optionBalance(questions);
    const share = (side: typeof right) => side.justified / side.count;
    expect(Math.abs(share(wrong) - share(right))).toBeLessThanOrEqual(0.1);
    expect(wrong.meanWords).toBeGreaterThanOrEqual(right.meanWords * 0.8);
  });
});

describe('fairness', () => {
  test('every profession is shown both as a model and as one who errs; hype in surgical and non-surgical care', () => {
    const report = buildFairnessReport(practices, scenarios);
    expect(findFairnessProblems(report)).toEqual([]);
  });

  test('a profession cast only as the problem is reported', () => {
    const report = buildFairnessReport(practices, scenarios);
    const skewed = {
      ...report,
      professions: report.professions.map((row) => (row.profession === 'chiropractor' ? { ...row, model: 0 } : row)),
    };
    expect(findFairnessProblems(skewed)).toContain(
      'No example or scenario shows a chiropractor as the model to follow.',
    );
  });
});

describe('time estimates', () => {
  test('a module is its words at 200 a minute plus a minute per knowledge-check item', () => {
    expect(moduleMinutes(2000, 5)).toBe(15);
    expect(moduleMinutes(10, 0)).toBe(1);
    expect(countMdxWords('import X from "y";\n\n## Heading\n\nTwo words <Practice id="CC-1" /> [link](/x/)')).toBe(4);
  });

  test('a full completion adds one scenario per theme, the final assessment and the evaluation', () => {
    expect(courseTime([10, 20], [[6, 8], [5]], 21)).toEqual({
      modules: 30,
      scenarios: 12,
      assessment: 32,
      evaluation: 5,
      total: 79,
    });
  });
});
