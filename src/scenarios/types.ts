/**
 * The shape of a branching scenario: pure data, no UI and no storage. A scenario is a graph of nodes keyed by
 * string IDs; the engine (src/lib/scenario) plays it and the validator rejects a graph that could trap a learner.
 */
import type { PracticeId, ThemeId } from '../lib/content/themes';

/** A fictional account as shown in a mock interface. Never a real person, clinic or company. */
export interface MockAccount {
  /** Display name, e.g. "Your practice" or "A patient (name hidden)". */
  name: string;
  /** Handle without the @, obviously fictional, e.g. "your.practice". */
  handle: string;
  /** Short role label shown beside the name, e.g. "Spine surgeon". */
  role?: string;
}

/** An image or video attached to a post, described in words (and drawn when `scene` is given). */
export interface MockMedia {
  /** What the picture shows, read by screen readers and shown as a caption. */
  description: string;
  /** A drawn scene to show in place of the picture. */
  scene?: SceneMock;
}

/** A direct-message conversation. */
export interface DmThreadMock {
  kind: 'dm-thread';
  /** Generic platform description, e.g. "Photo-sharing app". Never a brand name. */
  platform: string;
  /** The other person in the conversation. */
  with: MockAccount;
  messages: { from: 'them' | 'me'; text: string; time: string }[];
  /** Text already typed in the reply box, if any. */
  draft?: string;
}

/** A post being written, with its preview. */
export interface PostComposerMock {
  kind: 'post-composer';
  author: MockAccount;
  text: string;
  hashtags?: string[];
  media?: MockMedia;
  /** Disclosure or permission line attached to the post, or absent if none. */
  disclosure?: string;
  /** Who will see it, e.g. "Public". */
  audience?: string;
}

/** A published post with comments and moderation actions. */
export interface CommentThreadMock {
  kind: 'comment-thread';
  post: { author: MockAccount; text: string; media?: MockMedia; time: string };
  comments: { id: string; author: MockAccount; text: string; time: string }[];
}

/** Scenes the course can draw; each has a fixed set of details it can show. */
export type SceneName = 'operating-room' | 'clinic-livestream' | 'treatment-video' | 'front-desk';

/**
 * A clinic photo or video frame drawn as SVG. Each detail that matters is drawn AND listed in text, so a screen
 * reader user learns the same as a sighted learner. Detail IDs per scene:
 * - operating-room: wristband, tattoo, monitor, whiteboard, drape
 * - clinic-livestream: schedule-screen, patient-in-background, chart, presenter
 * - treatment-video: caption, sound, framing, table
 * - front-desk: sticky-note, screen, sign-in-sheet
 */
export interface SceneMock {
  kind: 'scene';
  scene: SceneName;
  /** One-line caption, e.g. "Photo a colleague posted after a long case". */
  caption: string;
  /** The details drawn in the scene and listed for everyone; only these are drawn. */
  details: { id: string; label: string; description: string }[];
}

/** A profile and its bio, as shown in an editor. */
export interface ProfileMock {
  kind: 'profile';
  account: MockAccount;
  headline: string;
  bio: string;
  links?: string[];
}

/** Who can reach a professional account, and how it is secured. */
export interface AccessSettingsMock {
  kind: 'access-settings';
  account: MockAccount;
  members: {
    name: string;
    role: string;
    access: 'owner' | 'admin' | 'editor';
    status: 'active' | 'left the practice' | 'changed role';
    lastActive: string;
  }[];
  twoFactor: 'on' | 'off';
  /** Whether staff sign in with one shared password. */
  sharedLogin: boolean;
  passwordLastChanged: string;
}

/** An article or post about to be shared. */
export interface ArticleMock {
  kind: 'article';
  /** Generic source description, e.g. "A health news website". */
  source: string;
  title: string;
  /** Date shown on the article, e.g. "Published 2016". */
  published: string;
  excerpt: string;
  sharedBy?: MockAccount;
}

/** Anything a node can show the learner in a mock interface. */
export type Mock =
  DmThreadMock | PostComposerMock | CommentThreadMock | SceneMock | ProfileMock | AccessSettingsMock | ArticleMock;

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
