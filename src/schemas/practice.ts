import { z } from 'astro/zod';
import { professionSchema } from './cast';
import { isPracticeId } from './themes';

/** A practice ID that exists (`CC-1`..`CC-11`, `PR-1`..`PR-6`, `SA-1`..`SA-4`, `SC-1`..`SC-11`). */
export const practiceIdSchema = z.string().refine(isPracticeId, (value) => ({
  message: `Unknown practice ID "${value}": IDs run CC-1..CC-11, PR-1..PR-6, SA-1..SA-4, SC-1..SC-11.`,
}));

/** The ID of the source paper in the references collection; every practice cites it first. */
export const SOURCE_PAPER_ID = 'cupler-2025';

export const practiceExampleSchema = z
  .object({
    /** Whether the example shows the practice followed (`right`) or breached (`wrong`). */
    kind: z.enum(['right', 'wrong']),
    /** One or two sentences describing a concrete spine-care situation, with no identifying details. */
    text: z.string().min(20),
    /** The profession or role of the person who acts in the example (who follows or breaches the practice). */
    role: professionSchema,
  })
  .strict();

export const practiceSchema = z
  .object({
    /** Stable ID; its prefix gives the theme and its number the paper's order within the theme. */
    id: practiceIdSchema,
    /** Heading the paper groups the statement under, where it has one (Compliance and Confidentiality only). */
    group: z.string().min(1).optional(),
    /** Short imperative title shown as the heading of the practice card. */
    title: z.string().min(3).max(70),
    /** The whole practice in the course's own words, keeping every element of the paper's statement. */
    statement: z.string().min(40),
    /** Why it matters, from the paper's reasoning and the sources it cites; paragraphs split by a blank line. */
    why: z.string().min(80),
    /** Two or three concrete spine-care examples, at least one done right and one done wrong. */
    examples: z
      .array(practiceExampleSchema)
      .min(2)
      .max(3)
      .refine((examples) => examples.some((example) => example.kind === 'right'), {
        message: 'Give at least one example of the practice done right.',
      })
      .refine((examples) => examples.some((example) => example.kind === 'wrong'), {
        message: 'Give at least one example of the practice done wrong.',
      }),
    /** IDs from the references collection that the practice rests on, the source paper first. */
    sources: z
      .array(z.string().min(1))
      .min(1)
      .refine((sources) => sources[0] === SOURCE_PAPER_ID, {
        message: `List the source paper ("${SOURCE_PAPER_ID}") first in sources.`,
      })
      .refine((sources) => new Set(sources).size === sources.length, { message: 'A source is listed twice.' }),
  })
  .strict();

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeExample = z.infer<typeof practiceExampleSchema>;
