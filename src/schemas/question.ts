import { z } from 'astro/zod';
import { mockSchema } from './mock';
import { practiceIdSchema } from './practice';

const PRACTICE_MENTION = /\b(?:CC|PR|SA|SC)-\d{1,2}\b/;

/** Why an option (or part) is right or wrong; must name the practice it rests on, e.g. "CC-5 asks...". */
const rationaleSchema = z
  .string()
  .min(20)
  .refine((text) => PRACTICE_MENTION.test(text), {
    message: 'A rationale names the practice it rests on (e.g. CC-5).',
  });

const optionSchema = z
  .object({
    /** Stable within the item, kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The option as the learner reads it. */
    text: z.string().min(1),
    /** Whether choosing this option is right. */
    correct: z.boolean(),
    /** Why it is right or wrong, naming the practice. */
    rationale: rationaleSchema,
  })
  .strict();

const partSchema = z
  .object({
    /** Stable within the item, kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Short name of the element, e.g. "Wristband" or "Hashtag #L4L5fusion". */
    label: z.string().min(1),
    /** What the element shows, so the item can be answered without seeing the picture. */
    description: z.string().min(1),
    /** Whether the element breaches a practice. */
    problem: z.boolean(),
    /** Why it is or is not a problem, naming the practice. */
    rationale: rationaleSchema,
  })
  .strict();

const baseFields = {
  /** Stable ID, e.g. `cc-5-photo-whiteboard`; results and saved answers refer to it. */
  id: z
    .string()
    .regex(/^(?:cc|pr|sa|sc)-\d{1,2}-[a-z0-9-]+$/, 'Start the ID with its primary practice, e.g. "cc-5-...".'),
  /** Practices the item assesses; the first is its primary practice (used to draw one item per practice). */
  practices: z.array(practiceIdSchema).min(1),
  /** How hard the item is. */
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /**
   * The question. It never names a practice by ID: recognising which practice applies is part of the task (the
   * rationales name it).
   */
  stem: z
    .string()
    .min(10)
    .refine((text) => !PRACTICE_MENTION.test(text), {
      message: 'The stem names a practice ID; recognising which practice applies is part of the task.',
    }),
  /** Shown in the module's knowledge check (4-6 items per theme module). */
  knowledgeCheck: z.boolean().default(false),
};

const hasCorrect = (options: { correct: boolean }[]) => options.some((option) => option.correct);
const uniqueIds = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id)).size === entries.length;

export const questionSchema = z
  .discriminatedUnion('type', [
    z
      .object({
        ...baseFields,
        /** One correct option; 1 point or 0. */
        type: z.literal('single'),
        options: z.array(optionSchema).min(3).max(5),
      })
      .strict(),
    z
      .object({
        ...baseFields,
        /** Any number of correct options; partial credit (see src/lib/assessment/scoring.ts). */
        type: z.literal('multiple'),
        options: z.array(optionSchema).min(4).max(6),
      })
      .strict(),
    z
      .object({
        ...baseFields,
        /** Spot the problem: mark every part of the mock that breaches a practice; partial credit. */
        type: z.literal('spot'),
        mock: mockSchema,
        parts: z.array(partSchema).min(3).max(8),
      })
      .strict(),
  ])
  .superRefine((question, context) => {
    const entries = question.type === 'spot' ? question.parts : question.options;
    const flags =
      question.type === 'spot' ? question.parts.map((part) => ({ correct: part.problem })) : question.options;
    if (!hasCorrect(flags)) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: 'The item has no correct answer.' });
    }
    if (question.type === 'single' && question.options.filter((option) => option.correct).length !== 1) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'A single-choice item has exactly one correct option.',
      });
    }
    if (!uniqueIds(entries)) {
      context.addIssue({ code: z.ZodIssueCode.custom, message: 'Option or part IDs repeat within the item.' });
    }
    const primary = question.practices[0]?.toLowerCase() ?? '';
    if (!question.id.startsWith(`${primary}-`)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['id'],
        message: `The ID starts with the primary practice: "${primary}-...".`,
      });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionOption = z.infer<typeof optionSchema>;
export type SpotPart = z.infer<typeof partSchema>;
