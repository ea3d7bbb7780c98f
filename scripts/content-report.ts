// `npm run content:report [-- --json]`: for each of the 32 practices, the scenarios and questions that exercise
// it. Exits 1 if any practice has no activity, so authors and CI see a gap at once.
import { loadPractices, loadQuestions } from '../src/lib/content/load';
import { buildActivityReport, formatActivityReport } from '../src/lib/content/report';
import { scenarios } from '../src/scenarios/index';

const report = buildActivityReport(loadPractices(), scenarios, loadQuestions());
console.log(process.argv.includes('--json') ? JSON.stringify(report, null, 2) : formatActivityReport(report));
process.exit(report.uncovered.length === 0 ? 0 : 1);
