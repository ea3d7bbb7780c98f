/**
 * Mock social-media interfaces shown by scenarios and assessment items. One schema per interface; the TypeScript
 * types in src/schemas/scenario.ts are inferred from these, so the data contract is written once.
 */
import { z } from 'astro/zod';
import { SCENE_DETAIL_VARIANTS, SCENE_DETAILS, SCENE_VARIANTS, sceneVariant, type SceneName } from './scenes';

export { SCENE_DETAIL_VARIANTS, SCENE_DETAILS, SCENE_VARIANTS, sceneVariant, type SceneName };

/** A fictional account as shown in a mock interface. Never a real person, clinic or company. */
export const mockAccountSchema = z
  .object({
    /** Display name, e.g. "Your practice" or "A patient (name hidden)". */
    name: z.string().min(1),
    /** Handle without the @, obviously fictional, e.g. "your.practice". */
    handle: z.string().min(1),
    /** Short role label shown beside the name, e.g. "Spine surgeon". */
    role: z.string().optional(),
  })
  .strict();

/** One thing a drawn scene shows, with a numbered marker in the drawing and a line in the list below it. */
export const sceneDetailSchema = z
  .object({
    /** Which detail of the scene this is (see {@link SCENE_DETAILS}). */
    id: z.string(),
    label: z.string().min(1),
    /** What the detail shows, in words; the drawing shows the same. */
    description: z.string().min(1),
    /** How to draw it when the scene can draw it more than one way (see {@link SCENE_DETAIL_VARIANTS}). */
    variant: z.string().optional(),
    /** Drawn blurred, as when it was blurred out in editing; drawn sharp when absent. */
    blurred: z.boolean().optional(),
  })
  .strict();

/**
 * A clinic photo or video frame drawn as SVG. Each detail that matters is drawn AND listed in text, so a screen
 * reader user learns the same as a sighted learner. Detail IDs per scene are in {@link SCENE_DETAILS}.
 */
export const sceneMockSchema = z
  .object({
    kind: z.literal('scene'),
    scene: z.enum(Object.keys(SCENE_DETAILS) as [SceneName, ...SceneName[]]),
    /** Which version of the scene's backdrop to draw (see {@link SCENE_VARIANTS}); the first when absent. */
    variant: z.string().optional(),
    /** One-line caption, e.g. "Photo a colleague posted after a long case". */
    caption: z.string().min(1),
    /** The details drawn in the scene with numbered markers and listed for everyone. */
    details: z.array(sceneDetailSchema).min(1),
  })
  .strict();

/** An image or video attached to a post, described in words (and drawn when `scene` is given). */
export const mockMediaSchema = z
  .object({
    /** What the picture shows, read by screen readers and shown as a caption. */
    description: z.string().min(1),
    /** A drawn scene to show in place of the picture. */
    scene: sceneMockSchema.optional(),
  })
  .strict();

/** A direct-message conversation. */
export const dmThreadMockSchema = z
  .object({
    kind: z.literal('dm-thread'),
    /** Generic platform description, e.g. "Photo-sharing app". Never a brand name. */
    platform: z.string().min(1),
    /** The other person in the conversation. */
    with: mockAccountSchema,
    messages: z
      .array(z.object({ from: z.enum(['them', 'me']), text: z.string().min(1), time: z.string() }).strict())
      .min(1),
    /** Text already typed in the reply box, if any. */
    draft: z.string().optional(),
  })
  .strict();

/** A post being written, with its preview. */
export const postComposerMockSchema = z
  .object({
    kind: z.literal('post-composer'),
    author: mockAccountSchema,
    text: z.string().min(1),
    hashtags: z.array(z.string()).optional(),
    media: mockMediaSchema.optional(),
    /** Disclosure or permission line attached to the post, or absent if none. */
    disclosure: z.string().optional(),
    /** Who will see it, e.g. "Public". */
    audience: z.string().optional(),
  })
  .strict();

/** A published post with comments and moderation actions. */
export const commentThreadMockSchema = z
  .object({
    kind: z.literal('comment-thread'),
    post: z
      .object({
        author: mockAccountSchema,
        text: z.string().min(1),
        media: mockMediaSchema.optional(),
        time: z.string(),
        /** How many likes the post shows; no like count is shown when absent. */
        likes: z.number().int().nonnegative().optional(),
      })
      .strict(),
    comments: z
      .array(
        z.object({ id: z.string(), author: mockAccountSchema, text: z.string().min(1), time: z.string() }).strict(),
      )
      .min(1),
  })
  .strict();

/** A profile and its bio, as shown in an editor. */
export const profileMockSchema = z
  .object({
    kind: z.literal('profile'),
    account: mockAccountSchema,
    headline: z.string(),
    bio: z.string(),
    links: z.array(z.string()).optional(),
  })
  .strict();

/** Who can reach a professional account, and how it is secured. */
export const accessSettingsMockSchema = z
  .object({
    kind: z.literal('access-settings'),
    account: mockAccountSchema,
    members: z
      .array(
        z
          .object({
            name: z.string().min(1),
            role: z.string(),
            access: z.enum(['owner', 'admin', 'editor']),
            status: z.enum(['active', 'left the practice', 'changed role']),
            lastActive: z.string(),
          })
          .strict(),
      )
      .min(1),
    twoFactor: z.enum(['on', 'off']),
    /** Whether staff sign in with one shared password. */
    sharedLogin: z.boolean(),
    passwordLastChanged: z.string(),
  })
  .strict();

/** An article or post about to be shared. */
export const articleMockSchema = z
  .object({
    kind: z.literal('article'),
    /** Generic source description, e.g. "A health news website". */
    source: z.string().min(1),
    title: z.string().min(1),
    /** Date shown on the article, e.g. "Published 2016". */
    published: z.string(),
    excerpt: z.string(),
    sharedBy: mockAccountSchema.optional(),
  })
  .strict();

const mockUnion = z.discriminatedUnion('kind', [
  dmThreadMockSchema,
  postComposerMockSchema,
  commentThreadMockSchema,
  sceneMockSchema,
  profileMockSchema,
  accessSettingsMockSchema,
  articleMockSchema,
]);

/** Problems a well-typed mock can still have: IDs that must be unique, scene details the scene cannot draw. */
export function findMockProblems(mock: z.infer<typeof mockUnion>): string[] {
  const problems: string[] = [];
  const scenes: SceneMock[] = [];
  if (mock.kind === 'scene') scenes.push(mock);
  if (mock.kind === 'post-composer' && mock.media?.scene) scenes.push(mock.media.scene);
  if (mock.kind === 'comment-thread') {
    if (mock.post.media?.scene) scenes.push(mock.post.media.scene);
    const ids = mock.comments.map((comment) => comment.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) problems.push(`comment ID "${duplicate}" is used twice in the comment thread.`);
  }
  for (const scene of scenes) {
    const ids = scene.details.map((detail) => detail.id);
    const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
    if (duplicate) problems.push(`scene detail "${duplicate}" is listed twice.`);
    for (const id of ids) {
      if (!(SCENE_DETAILS[scene.scene] as readonly string[]).includes(id)) {
        problems.push(
          `the ${scene.scene} scene cannot draw a detail "${id}" (it can draw ${SCENE_DETAILS[scene.scene].join(', ')}).`,
        );
      }
    }
    const variants: readonly string[] = SCENE_VARIANTS[scene.scene];
    if (scene.variant !== undefined && !variants.includes(scene.variant)) {
      problems.push(`the ${scene.scene} scene has no variant "${scene.variant}" (it has ${variants.join(', ')}).`);
    }
    for (const detail of scene.details) {
      if (detail.variant === undefined) continue;
      const ways = SCENE_DETAIL_VARIANTS[scene.scene]?.[detail.id];
      if (!ways?.includes(detail.variant)) {
        problems.push(
          `the ${scene.scene} scene cannot draw its "${detail.id}" as "${detail.variant}"` +
            (ways ? ` (it can draw ${ways.join(', ')}).` : ' (it draws it one way only).'),
        );
      }
    }
    problems.push(...sceneConsistencyProblems(scene));
  }
  return problems;
}

/** Details a scene's backdrop cannot hold: a patient's arm, tattoo or wristband where no patient is drawn. */
function sceneConsistencyProblems(scene: SceneMock): string[] {
  if (scene.scene !== 'operating-room' || sceneVariant(scene) !== 'team-after-turnover') return [];
  const problems: string[] = [];
  const ids = new Set(scene.details.map((detail) => detail.id));
  if (ids.has('tattoo'))
    problems.push('the operating-room scene "team-after-turnover" has no patient to show a tattoo.');
  if (ids.has('wristband') && sceneVariant(scene, 'wristband') === 'on-wrist') {
    problems.push(
      'the operating-room scene "team-after-turnover" has no patient wrist: draw the wristband "on-counter".',
    );
  }
  return problems;
}

/** Anything a scenario node or an assessment item can show in a mock interface (see `findMockProblems`). */
export const mockSchema = mockUnion.superRefine((mock, context) => {
  for (const message of findMockProblems(mock)) context.addIssue({ code: z.ZodIssueCode.custom, message });
});

export type MockAccount = z.infer<typeof mockAccountSchema>;
export type MockMedia = z.infer<typeof mockMediaSchema>;
export type SceneMock = z.infer<typeof sceneMockSchema>;
export type SceneDetail = z.infer<typeof sceneDetailSchema>;
export type DmThreadMock = z.infer<typeof dmThreadMockSchema>;
export type PostComposerMock = z.infer<typeof postComposerMockSchema>;
export type CommentThreadMock = z.infer<typeof commentThreadMockSchema>;
export type ProfileMock = z.infer<typeof profileMockSchema>;
export type AccessSettingsMock = z.infer<typeof accessSettingsMockSchema>;
export type ArticleMock = z.infer<typeof articleMockSchema>;
export type Mock = z.infer<typeof mockSchema>;
