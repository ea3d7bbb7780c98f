/**
 * The course on a phone and a desktop: a compact header with a menu, the way to the certificate with the next step,
 * text with no unfilled placeholders, a theme figure whose labels fit, scenario headings and Restart that asks first.
 */
import { getScenario, scenarios } from '../../src/scenarios';
import { THEMES } from '../../src/schemas/themes';
import { THEME_MODULES, finishModule, playScenario, seedCompletion } from './course';
import { PAGES, axeViolations, expect, test, waitForProgress } from './fixtures';

test('on a phone the header is one row, and its menu opens and closes by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const header = page.locator('header.site-header');
  expect((await header.boundingBox())!.height, 'header height, menu closed').toBeLessThanOrEqual(160);
  await expect(page.getByRole('link', { name: 'Start the course' })).toBeInViewport();
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();

  for (let presses = 0; presses < 6 && !(await menu.evaluate((node) => node === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(menu).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
  expect(await axeViolations(page), 'menu open').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
});

test('on a desktop every link is in the header, with no menu button', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(9);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the links stay open, since the menu button would not work', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

test('no page shows an unfilled {placeholder}', async ({ page }) => {
  const placeholder = /\{[a-zA-Z]+\}/;
  for (const path of Object.values(PAGES)) {
    await page.goto(path);
    await waitForProgress(page);
    const text = await page.locator('body').innerText();
    expect(text.match(placeholder)?.[0], path).toBeUndefined();
  }
});

test('the theme figure’s labels fit inside their boxes and clear the central circle', async ({ page }) => {
  await page.goto('/');
  const boxes = await page.locator('.theme-figure g.box').evaluateAll((groups) =>
    groups.map((group) => {
      const rect = group.querySelector('rect')!.getBBox();
      const text = (group.querySelector('text') as SVGTextElement).getBBox();
      return { rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height }, text: { x: text.x, w: text.width } };
    }),
  );
  expect(boxes).toHaveLength(4);
  for (const { rect, text } of boxes) {
    expect(text.x).toBeGreaterThanOrEqual(rect.x);
    expect(text.x + text.w).toBeLessThanOrEqual(rect.x + rect.w);
    // The circle spans x 228-412: a label stays on its own side of it.
    if (rect.x < 300) expect(text.x + text.w).toBeLessThanOrEqual(228);
    else expect(text.x).toBeGreaterThanOrEqual(412);
  }
});

test('the way to the certificate: five steps with where the learner stands, and the next step after each', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForProgress(page);
  const path = page.getByRole('region', { name: 'Your way to the certificate' });
  await expect(path.getByRole('listitem')).toHaveCount(5);
  await expect(path.getByRole('listitem').first()).toHaveAttribute('aria-current', 'step');
  await expect(path).toContainText('Next: the module Compliance and Confidentiality');
  await expect(page.getByRole('link', { name: /^Step 1 of 5/ })).toBeVisible();

  // After a module, the next one.
  await finishModule(page, THEME_MODULES[0]!);
  await page.goto('/progress/');
  await expect(page.getByText('Next: the module Professionalism')).toBeVisible();
  await expect(path.getByRole('listitem').first()).toContainText('Next (1 of 4)');

  // After a scenario, the page offers the next step.
  const first = scenarios[0]!;
  await playScenario(page, `/scenarios/${first.id}/`);
  await expect(page.getByText(/^Next: the module Professionalism$/)).toBeVisible();

  // With the modules, scenarios, assessment and evaluation done, the certificate is next.
  await seedCompletion(page, {
    modules: THEME_MODULES.map((href) => href.split('/')[2]!),
    scenarios: THEMES.map((theme) => scenarios.find((scenario) => scenario.theme === theme.id)!.id),
  });
  await page.goto('/');
  await expect(path.getByRole('listitem').filter({ hasText: 'Done' })).toHaveCount(4);
  await expect(path).toContainText('Next: your certificate');
  await expect(page.getByRole('link', { name: /^Step 5 of 5/ })).toBeVisible();
  expect(await axeViolations(page), 'home with the path filled in').toEqual([]);
});

test('a scenario ending’s heading reads naturally, and Restart mid-way asks first', async ({ page }) => {
  const scenario = getScenario('patient-dm-leg-pain');
  await page.goto(`/scenarios/${scenario.id}/`);
  const heading = page.locator('#step-heading');
  await expect(heading).toHaveText(scenario.nodes[scenario.start]!.title);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(heading).not.toHaveText(scenario.nodes[scenario.start]!.title);
  const step = await heading.textContent();

  const restart = page.getByRole('button', { name: 'Restart' });
  await restart.click();
  const question = page.getByRole('group', { name: /Start this scenario again from the beginning\?/ });
  await expect(question.getByRole('button', { name: 'Yes, start again' })).toBeFocused();
  expect(await axeViolations(page), 'restart question').toEqual([]);
  await question.getByRole('button', { name: 'Keep going' }).click();
  await expect(question).toBeHidden();
  await expect(heading).toHaveText(step ?? '');
  await expect(restart).toBeFocused();
  await restart.click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await expect(heading).toHaveText(scenario.nodes[scenario.start]!.title);

  await playScenario(page, `/scenarios/${scenario.id}/`);
  await expect(heading).toHaveText(/^Ending: (Best|Acceptable|Harmful) outcome: \S/);
  await expect(page.locator('.path-summary .meta').first()).toHaveText(/^\(\d of (1 point|\d points)\)$/);
});
