import { describe, expect, test } from 'vitest';
import { findMockProblems, mockSchema, sceneVariant, type Mock, type SceneMock } from '../../src/schemas/mock';
import { SCENE_DETAIL_VARIANTS, SCENE_VARIANTS } from '../../src/schemas/scenes';
import { scenarios } from '../../src/scenarios';
import { loadQuestions } from '../../src/lib/content/load';

/** A small valid operating-room scene, changed by each test. */
function scene(changes: Partial<SceneMock> = {}): SceneMock {
  return {
    kind: 'scene',
    scene: 'operating-room',
    caption: 'A photo',
    details: [
      { id: 'wristband', label: 'Wristband', description: 'A wristband.' },
      { id: 'whiteboard', label: 'Whiteboard', description: 'A board.' },
    ],
    ...changes,
  };
}

/** Every drawn scene in the course: scenario steps (alone or inside a post) and assessment items. */
function courseScenes(): { where: string; scene: SceneMock }[] {
  const scenesOf = (mock: Mock | undefined): SceneMock[] => {
    if (!mock) return [];
    if (mock.kind === 'scene') return [mock];
    if (mock.kind === 'post-composer') return mock.media?.scene ? [mock.media.scene] : [];
    if (mock.kind === 'comment-thread') return mock.post.media?.scene ? [mock.post.media.scene] : [];
    return [];
  };
  const found: { where: string; scene: SceneMock }[] = [];
  for (const scenario of scenarios) {
    for (const [id, node] of Object.entries(scenario.nodes)) {
      const mock = node.kind === 'ending' ? undefined : node.mock;
      for (const drawn of scenesOf(mock)) found.push({ where: `${scenario.id} ${id}`, scene: drawn });
    }
  }
  for (const question of loadQuestions()) {
    if (question.type === 'spot')
      for (const drawn of scenesOf(question.mock)) found.push({ where: question.id, scene: drawn });
  }
  return found;
}

describe('sceneVariant', () => {
  test('is the first variant when a scene or a detail names none', () => {
    expect(sceneVariant(scene())).toBe(SCENE_VARIANTS['operating-room'][0]);
    expect(sceneVariant(scene(), 'wristband')).toBe('on-wrist');
    expect(sceneVariant(scene(), 'drape')).toBeUndefined();
  });

  test('is the variant a scene or a detail names', () => {
    const named = scene({
      variant: 'team-after-turnover',
      details: [{ id: 'wristband', label: 'Wristband', description: 'On the counter.', variant: 'on-counter' }],
    });
    expect(sceneVariant(named)).toBe('team-after-turnover');
    expect(sceneVariant(named, 'wristband')).toBe('on-counter');
  });
});

describe('findMockProblems', () => {
  test('accepts known scene and detail variants, and a blurred detail', () => {
    const ok = scene({
      variant: 'team-with-patient',
      details: [
        { id: 'wristband', label: 'Wristband (blurred)', description: 'Blurred.', blurred: true },
        { id: 'whiteboard', label: 'Whiteboard', description: 'A checklist.', variant: 'checklist' },
      ],
    });
    expect(findMockProblems(ok)).toEqual([]);
    expect(mockSchema.safeParse(ok).success).toBe(true);
  });

  test('rejects a variant the scene does not have', () => {
    expect(findMockProblems(scene({ variant: 'empty-room' }))).toEqual([
      `the operating-room scene has no variant "empty-room" (it has ${SCENE_VARIANTS['operating-room'].join(', ')}).`,
    ]);
  });

  test('rejects a detail variant the scene cannot draw, and a variant on a detail drawn one way', () => {
    const problems = findMockProblems(
      scene({
        details: [
          { id: 'wristband', label: 'Wristband', description: 'On the floor.', variant: 'on-floor' },
          { id: 'drape', label: 'Drape', description: 'Blue.', variant: 'green' },
        ],
      }),
    );
    expect(problems).toEqual([
      `the operating-room scene cannot draw its "wristband" as "on-floor" (it can draw ${SCENE_DETAIL_VARIANTS['operating-room']!.wristband!.join(', ')}).`,
      'the operating-room scene cannot draw its "drape" as "green" (it draws it one way only).',
    ]);
  });

  test('rejects a tattoo or a worn wristband where the backdrop has no patient', () => {
    const problems = findMockProblems(
      scene({
        variant: 'team-after-turnover',
        details: [
          { id: 'wristband', label: 'Wristband', description: 'On a wrist.' },
          { id: 'tattoo', label: 'Tattoo', description: 'A tattoo.' },
        ],
      }),
    );
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/no patient to show a tattoo/);
    expect(problems.join('\n')).toMatch(/draw the wristband "on-counter"/);
  });

  test('finds the same problems in a scene inside a post', () => {
    const post: Mock = {
      kind: 'post-composer',
      author: { name: 'You', handle: 'you' },
      text: 'A post.',
      media: { description: 'A photo.', scene: scene({ variant: 'empty-room' }) },
    };
    expect(findMockProblems(post)).toHaveLength(1);
    expect(mockSchema.safeParse(post).success).toBe(false);
  });
});

describe('the course scenes', () => {
  test('draw blurred exactly the details their words call blurred', () => {
    const scenes = courseScenes();
    expect(scenes.length).toBeGreaterThanOrEqual(10);
    for (const { where, scene: drawn } of scenes) {
      for (const detail of drawn.details) {
        const saysBlurred = /\bblurred\b/i.test(detail.label) || /\bhas been blurred\b/i.test(detail.description);
        expect(detail.blurred === true, `${where} ${detail.id}`).toBe(saysBlurred);
      }
    }
  });

  test('the operating-room team photos draw the team', () => {
    const teamPhotos = courseScenes().filter(
      ({ scene: drawn }) =>
        drawn.scene === 'operating-room' && /\bteam\b/i.test(drawn.caption + JSON.stringify(drawn.details)),
    );
    expect(teamPhotos.length).toBeGreaterThanOrEqual(2);
    for (const { where, scene: drawn } of teamPhotos) expect(sceneVariant(drawn), where).toMatch(/^team-/);
  });
});
