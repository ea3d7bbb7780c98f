import { z } from 'astro/zod';
import { THEME_IDS, practiceIdsOfTheme, type ThemeId } from './themes';
import { practiceIdSchema } from './practice';

/** The six ACGME core competencies, spelled as the ACGME spells them. */
export const ACGME_COMPETENCIES = [
  'Patient Care',
  'Medical Knowledge',
  'Practice-based Learning and Improvement',
  'Interpersonal and Communication Skills',
  'Professionalism',
  'Systems-based Practice',
] as const;

export const MODULE_THEMES = ['introduction', ...THEME_IDS] as const;

// Objectives must be observable; these verbs name states of mind that no one can assess.
const UNMEASURABLE_VERB = /^(understand|know|learn|appreciate|be aware|become familiar)\b/i;

export const moduleSchema = z
  .object({
    /** Module title, shown as the page's h1 and in navigation. */
    title: z.string().min(3).max(90),
    /** One sentence for the module list and the page's meta description. */
    description: z.string().min(20).max(200),
    /** `introduction`, or the theme whose practices the module teaches. */
    theme: z.enum(MODULE_THEMES),
    /** Position in the course, starting at 0 for the introduction. */
    order: z.number().int().min(0),
    /** 3-5 measurable learning objectives, each starting with an observable verb. */
    objectives: z
      .array(
        z
          .string()
          .min(10)
          .refine((objective) => !UNMEASURABLE_VERB.test(objective), {
            message: 'Start a learning objective with an observable verb (identify, explain, apply...).',
          }),
      )
      .min(3)
      .max(5),
    /** ACGME core competencies the module serves. */
    competencies: z.array(z.enum(ACGME_COMPETENCIES)).min(1),
    /** IDs of the practices the module covers, in order: all of its theme's practices, none for the introduction. */
    practices: z.array(practiceIdSchema),
  })
  .strict()
  .superRefine((module, context) => {
    const expected = module.theme === 'introduction' ? [] : practiceIdsOfTheme(module.theme as ThemeId);
    if (module.practices.join() !== expected.join()) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['practices'],
        message: `A ${module.theme} module covers exactly [${expected.join(', ')}] in order; got [${module.practices.join(', ')}].`,
      });
    }
  });

export type CourseModule = z.infer<typeof moduleSchema>;
export type ModuleTheme = (typeof MODULE_THEMES)[number];
