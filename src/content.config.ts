import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { practiceSchema } from './schemas/practice';
import { referenceSchema } from './schemas/reference';
import { questionSchema } from './schemas/question';
import { loadPractices, loadQuestions, loadReferences } from './lib/content/load';

// The practice and reference loaders validate the whole set (IDs, order, sources) before Astro sees a single
// entry, so a bad file stops `astro build`, `astro dev` and `astro check` with a message naming file and entry.
const practices = defineCollection({
  loader: async () => loadPractices(),
  schema: practiceSchema,
});

const references = defineCollection({
  loader: async () => loadReferences(),
  schema: referenceSchema,
});

const questions = defineCollection({
  loader: async () => loadQuestions(),
  schema: questionSchema,
});

const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/modules' }),
  schema: moduleSchema,
});

export const collections = { practices, references, questions, modules };
