// `npm run content:report [-- --json]`: for each of the 32 practices, the scenarios and questions that exercise it;
// who acts in the examples and scenarios, by profession and outcome; the hype storylines' care settings; and the
// assessment's balance (justifying clauses and length of right and wrong options, stems closest to a card example).
// Exits 1 if any practice has no activity or a profession is cast only one way, so authors and CI see it at once.
import { PRACTICE_IDS } from '../src/schemas/themes';
import { closestExample, optionBalance } from '../src/lib/content/bank-rules';
import { buildFairnessReport, findFairnessProblems, formatFairnessReport } from '../src/lib/content/fairness';
import { loadPractices, loadQuestions } from '../src/lib/content/load';
import { buildActivityReport, formatActivityReport } from '../src/lib/content/report';
import { scenarios } from '../src/scenarios/index';

const practices = loadPractices();
const questions = loadQuestions(undefined, practices);
const activity = buildActivityReport(practices, scenarios, questions);
const fairness = buildFairnessReport(practices, scenarios);
const balance = optionBalance(questions);
const summative = questions.filter((question) => !question.knowledgeCheck);
const overlap = summative
  .map((question) => ({ id: question.id, ...closestExample(question.stem, practices) }))
  .sort((a, b) => b.share - a.share)
  .slice(0, 5);
const stemsNaming = questions.filter((question) => PRACTICE_IDS.some((id) => question.stem.includes(id))).length;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ activity, fairness, balance, overlap, stemsNaming }, null, 2));
} else {
  const percent = (part: number, whole: number) => `${whole === 0 ? 0 : Math.round((part / whole) * 100)}%`;
  console.log(
    [
      formatActivityReport(activity),
      '',
      formatFairnessReport(fairness),
      '',
      `Assessment bank: ${questions.length} items, ${summative.length} summative; ${stemsNaming} stems name a practice ID.`,
      `Options with a justifying clause (since, because, so that): right ${balance.right.justified} of ${balance.right.count} (${percent(balance.right.justified, balance.right.count)}), wrong ${balance.wrong.justified} of ${balance.wrong.count} (${percent(balance.wrong.justified, balance.wrong.count)}).`,
      `Mean words per option: right ${balance.right.meanWords}, wrong ${balance.wrong.meanWords}.`,
      'Summative stems closest to a practice-card example (share of the stem’s content words):',
      ...overlap.map(
        (row) => `  ${row.id.padEnd(40)} ${percent(row.share, 1).padStart(4)}  ${row.practice} example ${row.example}`,
      ),
    ].join('\n'),
  );
}
process.exit(activity.uncovered.length === 0 && findFairnessProblems(fairness).length === 0 ? 0 : 1);
