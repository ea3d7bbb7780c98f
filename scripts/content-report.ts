// `npm run content:report [-- --json]`: for each of the 32 practices, the scenarios (and, later, questions) that
// exercise it. Exits 1 if any practice has no activity, so CI and authors see a gap at once.
import { loadPractices } from '../src/lib/content/load';
import { practicesOfScenario } from '../src/lib/scenario/validate';
import { scenarios } from '../src/scenarios/index';

interface Row {
  id: string;
  title: string;
  scenarios: string[];
  questions: string[];
}

const rows: Row[] = loadPractices().map((practice) => ({
  id: practice.id,
  title: practice.title,
  scenarios: scenarios.filter((scenario) => practicesOfScenario(scenario).has(practice.id)).map((scenario) => scenario.id),
  questions: [],
}));
const uncovered = rows.filter((row) => row.scenarios.length + row.questions.length === 0).map((row) => row.id);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ practices: rows, uncovered }, null, 2));
} else {
  const width = Math.max(...rows.map((row) => row.title.length));
  console.log(`${'ID'.padEnd(6)} ${'Practice'.padEnd(width)}  Scenarios  Questions  Scenario IDs`);
  for (const row of rows) {
    console.log(
      `${row.id.padEnd(6)} ${row.title.padEnd(width)}  ${String(row.scenarios.length).padStart(9)}  ${String(row.questions.length).padStart(9)}  ${row.scenarios.join(', ')}`,
    );
  }
  console.log(
    uncovered.length === 0
      ? `\nAll ${rows.length} practices have at least one activity (${scenarios.length} scenarios).`
      : `\nNo activity for: ${uncovered.join(', ')}`,
  );
}
process.exit(uncovered.length === 0 ? 0 : 1);
