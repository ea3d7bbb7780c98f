/**
 * The shape of a branching scenario: pure data, no UI and no storage. A scenario is a graph of nodes keyed by
 * string IDs; the engine (src/lib/scenario) plays it and the validator rejects a graph that could trap a learner.
 */
import type { PracticeId, ThemeId } from '../lib/content/themes';

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
} from '../content/schemas/mock';
import type { Mock } from '../content/schemas/mock';

/** Something happens; the learner reads it and continues. */
export interface NarrativeNode {
  kind: 'narrative';
  title: string;
  /** Paragraphs of plain text. */
  body: string[];
  mock?: Mock;
  /** The node that follows. */
  next: string;
}

/** One option at a decision. */
export interface Choice {
  /** Unique within its decision, kebab-case, e.g. "reply-with-advice". */
  id: string;
  /** What the learner chooses to do, in the first person or imperative. */
  label: string;
  /** The consequence and the reasoning, shown after choosing; names the practices by ID. */
  feedback: string;
  /** Points for this choice: 2 best, 1 acceptable, 0 harmful. */
  score: 0 | 1 | 2;
  /** Practices this choice exercises (at least one). */
  practices: PracticeId[];
  /** The node that follows. */
  next: string;
}

/** The learner must decide. */
export interface DecisionNode {
  kind: 'decision';
  title: string;
  /** Optional paragraphs before the prompt. */
  body?: string[];
  mock?: Mock;
  /** The question, e.g. "What do you do?" */
  prompt: string;
  /** Two to four choices. */
  choices: Choice[];
}

/** How an ending is rated. */
export type EndingRating = 'best' | 'acceptable' | 'harmful';

/** The story ends. */
export interface EndingNode {
  kind: 'ending';
  title: string;
  rating: EndingRating;
  /** Paragraphs explaining the outcome and what the practices ask. */
  debrief: string[];
  /** Practices this ending sums up (at least one). */
  practices: PracticeId[];
}

export type ScenarioNode = NarrativeNode | DecisionNode | EndingNode;

/** A whole scenario. */
export interface Scenario {
  /** Stable kebab-case ID; the page is /scenarios/<id>/. */
  id: string;
  /** Bump when nodes or choices change: a saved path from an older version is not replayed. */
  version: number;
  title: string;
  /** One or two sentences for the scenario list. */
  summary: string;
  /** The theme whose module links this scenario. */
  theme: ThemeId;
  /** Where it happens, e.g. "A spine surgery practice's Instagram-style account". */
  setting: string;
  /** Who the learner plays, e.g. "Orthopaedic spine surgeon". */
  role: string;
  /** Honest estimate, in minutes. */
  minutes: number;
  /** ID of the first node. */
  start: string;
  /** Every node, keyed by kebab-case ID. */
  nodes: Record<string, ScenarioNode>;
}
