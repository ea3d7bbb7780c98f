/**
 * The shape of a branching scenario: pure data, no UI and no storage. A scenario is a graph of nodes keyed by
 * string IDs; the engine (src/lib/scenario) plays it. The schema is the contract: types are inferred from it, and
 * the graph rules (no dangling target, no unreachable node, no loop, enough endings and decisions, known practices)
 * are refinements, so a scenario file is checked the way a question file is.
 */
import { z } from 'astro/zod';
import { castMemberSchema, professionSchema } from './cast';
import { mockSchema } from './mock';
import { findScenarioProblems } from './scenario-graph';
import { THEME_IDS, isPracticeId, type PracticeId } from './themes';

export type {
  AccessSettingsMock,
  ArticleMock,
  CommentThreadMock,
  DmThreadMock,
  Mock,
  MockAccount,
  MockMedia,
  PostComposerMock,
  ProfileMock,
  SceneMock,
  SceneName,
} from './mock';

const practiceIds = z
  .array(z.custom<PracticeId>((value) => typeof value === 'string' && isPracticeId(value), 'Unknown practice ID.'))
  .min(1);

/** One option at a decision. */
export const choiceSchema = z
  .object({
    /** Unique within its decision, kebab-case, e.g. "reply-with-advice". */
    id: z.string(),
    /** What the learner chooses to do, in the first person or imperative. */
    label: z.string().min(1),
    /** The consequence and the reasoning, shown after choosing; names the practices by ID. */
    feedback: z.string().min(1),
    /** Points for this choice: 2 best, 1 acceptable, 0 harmful. */
    score: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    /** Practices this choice exercises (at least one). */
    practices: practiceIds,
    /** The node that follows. */
    next: z.string(),
  })
  .strict();

/** Something happens; the learner reads it and continues. */
export const narrativeNodeSchema = z
  .object({
    kind: z.literal('narrative'),
    title: z.string().min(1),
    /** Paragraphs of plain text. */
    body: z.array(z.string().min(1)).min(1),
    mock: mockSchema.optional(),
    /** The node that follows. */
    next: z.string(),
  })
  .strict();

/** The learner must decide. */
export const decisionNodeSchema = z
  .object({
    kind: z.literal('decision'),
    title: z.string().min(1),
    /** Optional paragraphs before the prompt. */
    body: z.array(z.string().min(1)).optional(),
    mock: mockSchema.optional(),
    /** The question, e.g. "What do you do?" */
    prompt: z.string().min(1),
    /** Two to four choices. */
    choices: z.array(choiceSchema),
  })
  .strict();

/** How an ending is rated. */
export const endingRatingSchema = z.enum(['best', 'acceptable', 'harmful']);

/** The story ends. */
export const endingNodeSchema = z
  .object({
    kind: z.literal('ending'),
    title: z.string().min(1),
    rating: endingRatingSchema,
    /** Paragraphs explaining the outcome and what the practices ask. */
    debrief: z.array(z.string().min(1)).min(1),
    /** Practices this ending sums up (at least one). */
    practices: practiceIds,
  })
  .strict();

export const scenarioNodeSchema = z.discriminatedUnion('kind', [
  narrativeNodeSchema,
  decisionNodeSchema,
  endingNodeSchema,
]);

/** A whole scenario. */
export const scenarioSchema = z
  .object({
    /** Stable kebab-case ID; the page is /scenarios/<id>/. */
    id: z.string(),
    /** Bump when nodes or choices change: a saved path from an older version is not replayed. */
    version: z.number().int().min(1),
    title: z.string().min(1),
    /** One or two sentences for the scenario list. */
    summary: z.string().min(1),
    /** The theme whose module links this scenario. */
    theme: z.enum(THEME_IDS),
    /** Where it happens, e.g. "A spine surgery practice's Instagram-style account". */
    setting: z.string().min(1),
    /** Whether the care in the story is surgical, non-surgical, or both (a multidisciplinary practice). */
    care: z.enum(['surgical', 'non-surgical', 'both']),
    /** Who the learner plays, e.g. "Orthopaedic spine surgeon". */
    role: z.string().min(1),
    /** The profession of the role the learner plays. */
    profession: professionSchema,
    /** The other people whose conduct the story shows, as models or as the ones who err (may be empty). */
    cast: z.array(castMemberSchema),
    /** Honest estimate, in minutes. */
    minutes: z.number().int().min(1).max(30),
    /** ID of the first node. */
    start: z.string(),
    /** Every node, keyed by kebab-case ID. */
    nodes: z.record(z.string(), scenarioNodeSchema),
  })
  .strict()
  .superRefine((scenario, context) => {
    for (const message of findScenarioProblems(scenario)) context.addIssue({ code: z.ZodIssueCode.custom, message });
  });

export type Choice = z.infer<typeof choiceSchema>;
export type NarrativeNode = z.infer<typeof narrativeNodeSchema>;
export type DecisionNode = z.infer<typeof decisionNodeSchema>;
export type EndingRating = z.infer<typeof endingRatingSchema>;
export type EndingNode = z.infer<typeof endingNodeSchema>;
export type ScenarioNode = z.infer<typeof scenarioNodeSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
