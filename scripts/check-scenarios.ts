// `npx tsx scripts/check-scenarios.ts [file...]`: validates scenario files (default: the whole library).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findLibraryProblems, findScenarioFileProblems } from '../src/lib/scenario/library';
import type { Scenario } from '../src/schemas/scenario';

const files = process.argv.slice(2);
let problems: string[];
if (files.length > 0) {
  problems = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(resolve(file)).href)) as { default: unknown };
    problems.push(...findScenarioFileProblems(module.default));
  }
} else {
  const { scenarios } = await import('../src/scenarios/index');
  problems = findLibraryProblems(scenarios as readonly Scenario[]);
}
if (problems.length > 0) {
  console.error(problems.map((problem) => `- ${problem}`).join('\n'));
  process.exit(1);
}
console.log('Scenarios OK.');
