// `npx tsx scripts/check-questions.ts [file...]`: validates question files item by item (default: the whole bank).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { questionSchema } from '../src/schemas/question';
import { loadQuestions } from '../src/lib/content/load';

const files = process.argv.slice(2);
const problems: string[] = [];
if (files.length === 0) {
  try {
    console.log(`${loadQuestions().length} items.`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
} else {
  for (const file of files) {
    const items = parse(readFileSync(file, 'utf8')) as unknown[];
    const ids = new Set<string>();
    items.forEach((item, index) => {
      const result = questionSchema.safeParse(item);
      const id = (item as { id?: string })?.id ?? `item ${index + 1}`;
      if (ids.has(id)) problems.push(`${file} ${id}: duplicate ID.`);
      ids.add(id);
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${file} ${id}: ${issue.path.join('.')}: ${issue.message}`);
      }
    });
    console.log(
      `${file}: ${items.length} items, ${items.filter((item) => (item as { knowledgeCheck?: boolean }).knowledgeCheck).length} marked knowledgeCheck.`,
    );
  }
}
if (problems.length > 0) {
  console.error(problems.map((problem) => `- ${problem}`).join('\n'));
  process.exit(1);
}
console.log('Questions OK.');
