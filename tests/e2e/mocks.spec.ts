/**
 * The mock interfaces, one scenario step per kind of mock and per drawn scene, on a phone-sized screen: nothing in
 * a mock takes focus or looks pressable, its text is all there for assistive technology (drawn chrome is hidden),
 * nothing sticks out sideways, scenes draw and number every detail they list (blurred only where the data says so),
 * and axe finds nothing in light or dark.
 */
import type { Locator, Page } from '@playwright/test';
import { scenarios } from '../../src/scenarios';
import type { Mock, Scenario, SceneMock } from '../../src/schemas/scenario';
import { axeViolations, expect, test, waitForIslands } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** A scenario step to open, and the mock it shows. */
interface Target {
  name: string;
  scenario: Scenario;
  nodeId: string;
  mock: Mock;
}

function mockOf(scenario: Scenario, nodeId: string): Mock | undefined {
  const node = scenario.nodes[nodeId]!;
  return node.kind === 'ending' ? undefined : node.mock;
}

/** The drawn scenes a mock shows: itself, or the picture of a post. */
function scenesIn(mock: Mock): SceneMock[] {
  if (mock.kind === 'scene') return [mock];
  if (mock.kind === 'post-composer' && mock.media?.scene) return [mock.media.scene];
  if (mock.kind === 'comment-thread' && mock.post.media?.scene) return [mock.post.media.scene];
  return [];
}

/** The first step in the course that shows a mock matching `matches`. */
function firstStep(name: string, matches: (mock: Mock) => boolean): Target {
  for (const scenario of scenarios) {
    for (const nodeId of Object.keys(scenario.nodes)) {
      const mock = mockOf(scenario, nodeId);
      if (mock && matches(mock)) return { name, scenario, nodeId, mock };
    }
  }
  throw new Error(`No scenario step shows ${name}.`);
}

const KINDS: Mock['kind'][] = [
  'dm-thread',
  'post-composer',
  'comment-thread',
  'profile',
  'access-settings',
  'article',
  'scene',
];
const SCENES: SceneMock['scene'][] = ['operating-room', 'clinic-livestream', 'treatment-video', 'front-desk'];
const TARGETS: Target[] = [
  ...KINDS.map((kind) => firstStep(kind, (mock) => mock.kind === kind)),
  ...SCENES.map((scene) =>
    firstStep(`scene: ${scene}`, (mock) => scenesIn(mock).some((drawn) => drawn.scene === scene)),
  ),
  firstStep('a scene with a blurred detail', (mock) =>
    scenesIn(mock).some((drawn) => drawn.details.some((detail) => detail.blurred)),
  ),
];

/** One move through a scenario: from a node, by a choice (null: press Continue), to the next node. */
interface Move {
  from: string;
  choice: string | null;
  to: string;
}

/** The shortest way from a scenario's start to a node. */
function pathTo(scenario: Scenario, target: string): Move[] {
  const queue: { at: string; path: Move[] }[] = [{ at: scenario.start, path: [] }];
  const seen = new Set([scenario.start]);
  while (queue.length > 0) {
    const { at, path } = queue.shift()!;
    if (at === target) return path;
    const node = scenario.nodes[at]!;
    const next: [string, string | null][] =
      node.kind === 'narrative'
        ? [[node.next, null]]
        : node.kind === 'decision'
          ? node.choices.map((choice) => [choice.next, choice.id])
          : [];
    for (const [to, choice] of next) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push({ at: to, path: [...path, { from: at, choice, to }] });
    }
  }
  throw new Error(`${scenario.id}: no way to ${target}.`);
}

function headingOf(scenario: Scenario, nodeId: string): RegExp {
  return new RegExp(`${scenario.nodes[nodeId]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

async function openStep(page: Page, { scenario, nodeId }: Target): Promise<Locator> {
  await page.goto(`/scenarios/${scenario.id}/`);
  await waitForIslands(page);
  const heading = page.locator('#step-heading');
  await expect(heading).toHaveText(headingOf(scenario, scenario.start));
  for (const { from, choice, to } of pathTo(scenario, nodeId)) {
    const node = scenario.nodes[from]!;
    if (choice === null) await page.getByRole('button', { name: 'Continue', exact: true }).click();
    else if (node.kind === 'decision') {
      const label = node.choices.find((candidate) => candidate.id === choice)!.label;
      await page.getByRole('button', { name: label, exact: true }).click();
    }
    await expect(heading).toHaveText(headingOf(scenario, to));
  }
  await expect(page.locator('.mock-loading')).toHaveCount(0);
  const mock = page.locator('.mock');
  await expect(mock).toHaveCount(1);
  return mock;
}

/** Every piece of text a mock must carry: the content a learner reads, and a screen reader hears. */
function expectedText(mock: Mock): string[] {
  const scenes = scenesIn(mock).flatMap((scene) => [
    scene.caption,
    ...scene.details.flatMap((detail) => [detail.label, detail.description]),
  ]);
  switch (mock.kind) {
    case 'dm-thread':
      return [mock.with.name, mock.platform, ...mock.messages.map((message) => message.text), mock.draft ?? ''];
    case 'post-composer':
      return [
        mock.author.name,
        mock.text,
        ...(mock.hashtags ?? []).map((tag) => `#${tag}`),
        mock.media && !mock.media.scene ? mock.media.description : '',
        mock.disclosure ?? 'none added',
        ...scenes,
      ];
    case 'comment-thread':
      return [
        mock.post.author.name,
        mock.post.text,
        mock.post.media && !mock.post.media.scene ? mock.post.media.description : '',
        ...mock.comments.flatMap((comment) => [comment.author.name, comment.text]),
        ...scenes,
      ];
    case 'scene':
      return scenes;
    case 'profile':
      return [mock.account.name, mock.headline, mock.bio, ...(mock.links ?? [])];
    case 'access-settings':
      return [
        ...mock.members.flatMap((member) => [member.name, member.role, member.status, member.lastActive]),
        mock.passwordLastChanged,
      ];
    case 'article':
      return [mock.source, mock.title, mock.published, mock.excerpt];
  }
}

for (const target of TARGETS) {
  test(`${target.name} (${target.scenario.id}, ${target.nodeId}): static, readable, fits a phone, axe-clean`, async ({
    page,
  }) => {
    const mock = await openStep(page, target);

    // Nothing in a mock takes focus: no links, buttons, fields or tab stops.
    await expect(
      mock.locator('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]'),
    ).toHaveCount(0);
    const report = await mock.evaluate((root) => {
      const all = [root, ...root.querySelectorAll('*')];
      /** Text exposed to assistive technology: not inside aria-hidden, and not inside a drawing (role="img"). */
      const exposed: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent?.closest('[aria-hidden="true"], [role="img"]')) continue;
        exposed.push(node.textContent ?? '');
      }
      const box = root.getBoundingClientRect();
      return {
        focusable: all.filter((element) => (element as HTMLElement).tabIndex >= 0).map((element) => element.outerHTML),
        pointer: all.filter((element) => getComputedStyle(element).cursor === 'pointer').map((e) => e.tagName),
        chromeNotHidden: [...root.querySelectorAll('.mock-actions')].filter(
          (element) => !element.closest('[aria-hidden="true"]'),
        ).length,
        text: exposed.join(' ').replace(/\s+/g, ' '),
        outside: all
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            return rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1);
          })
          .map((element) => element.tagName + (element.className ? `.${String(element.className)}` : '')),
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(report.focusable, 'focusable elements in the mock').toEqual([]);
    expect(report.pointer, 'elements with a pointer cursor').toEqual([]);
    expect(report.chromeNotHidden, 'action rows not hidden from assistive technology').toBe(0);
    for (const text of expectedText(target.mock).filter(Boolean)) {
      expect(report.text, 'text exposed to assistive technology').toContain(text.replace(/\s+/g, ' '));
    }
    expect(report.outside, 'elements sticking out of the mock at 390 px').toEqual([]);
    expect(report.pageOverflow, 'sideways scroll at 390 px').toBeLessThanOrEqual(0);

    // Each scene draws every detail it lists, numbered in order, blurred exactly where the data says so.
    const scenes = scenesIn(target.mock);
    // A scene shown on its own is the mock itself; a post's picture is a figure inside it.
    const figures = page.locator('figure.mock, .mock figure');
    await expect(figures).toHaveCount(scenes.length);
    for (const [index, scene] of scenes.entries()) {
      const figure = figures.nth(index);
      const drawing = figure.getByRole('img');
      await expect(drawing).toHaveAccessibleName(/The numbered details are listed below the picture\.$/);
      await expect(figure.locator('[data-marker]')).toHaveCount(scene.details.length);
      await expect(figure.locator('ol.details > li')).toHaveCount(scene.details.length);
      for (const [position, detail] of scene.details.entries()) {
        await expect(figure.locator(`[data-marker="${detail.id}"]`)).toHaveText(String(position + 1));
        const drawn = figure.locator(`[data-detail="${detail.id}"]`);
        await expect(drawn.first(), `${detail.id} is drawn`).toBeAttached();
        if (detail.blurred) await expect(drawn.first()).toHaveAttribute('filter', /^url\(#.+-blur\)$/);
        else await expect(drawn.first()).not.toHaveAttribute('filter', /.+/);
      }
    }

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${target.name}, ${scheme}`).toEqual([]);
    }
  });
}

test('every kind of mock and every drawn scene has a step above', () => {
  const covered = new Set(TARGETS.map((target) => target.mock.kind));
  expect([...covered].sort()).toEqual([...KINDS].sort());
  const drawn = new Set(TARGETS.flatMap((target) => scenesIn(target.mock).map((scene) => scene.scene)));
  expect([...drawn].sort()).toEqual([...SCENES].sort());
});
