/**
 * The module outline ("In this module"): every section of the text is listed and its link works, the section being
 * read is marked as the learner scrolls (beside the text on a wide screen), a phone gets it above the text without
 * anything scrolling sideways, and "Back to top" works from the keyboard.
 */
import type { Locator, Page } from '@playwright/test';
import { THEMES } from '../../src/schemas/themes';
import { axeViolations, expect, test } from './fixtures';

const MODULES = ['introduction', ...THEMES.map((theme) => theme.id)];

function outline(page: Page): Locator {
  return page.getByRole('navigation', { name: 'In this module' });
}

/** The ids of the headings the outline should list: the text's h2s, then the knowledge check and scenarios. */
async function sectionIds(page: Page): Promise<string[]> {
  return page
    .locator('.prose h2, #knowledge-check-heading, #module-scenarios-heading')
    .evaluateAll((headings) => headings.map((heading) => heading.id));
}

for (const id of MODULES) {
  test(`the ${id} module lists every section in its outline, and each link scrolls to its heading`, async ({
    page,
  }) => {
    await page.goto(`/modules/${id}/`);
    const ids = await sectionIds(page);
    // Every module is long enough to have sections, and MDX gave each h2 an id.
    expect(ids.length).toBeGreaterThan(4);
    expect(ids.every((heading) => heading.length > 0)).toBe(true);
    expect(await page.locator('.prose h2:not([id])').count()).toBe(0);

    const links = outline(page).getByRole('link');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(
      ids.map((heading) => `#${heading}`),
    );
    for (const [index, heading] of ids.entries()) {
      await expect(links.nth(index)).toHaveText((await page.locator(`#${heading}`).textContent())!.trim());
    }
    // Following links: the first, a middle one and the last (every link's target was checked above).
    for (const index of new Set([0, Math.floor(ids.length / 2), ids.length - 1])) {
      await links.nth(index).click();
      await expect(page).toHaveURL(new RegExp(`#${ids[index]}$`));
      await expect(page.locator(`#${ids[index]}`)).toBeInViewport();
    }
  });
}

test('on a wide screen the outline stays beside the text and marks the section being read', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/modules/compliance-confidentiality/');
  const nav = outline(page);
  const prose = page.locator('.prose');
  const ids = await sectionIds(page);
  const place = nav.locator('.outline-place');
  await expect(place).toHaveText(`${ids.length} sections`);

  // Beside the text, not over it, and the text keeps its measure.
  const navBox = (await nav.boundingBox())!;
  const proseBox = (await prose.boundingBox())!;
  expect(navBox.x).toBeGreaterThanOrEqual(proseBox.x + proseBox.width);
  expect(proseBox.width).toBeLessThanOrEqual(42 * 16 + 1);

  for (const index of [2, 5, 1]) {
    const heading = ids[index]!;
    await page
      .locator(`#${heading}`)
      .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const link = nav.getByRole('link').nth(index);
    await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(nav.locator('a[aria-current]')).toHaveCount(1);
    await expect(place).toHaveText(`Section ${index + 1} of ${ids.length}`);
    // Sticky: still in view, however far down the page the learner is.
    await expect(nav).toBeInViewport();
  }

  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expect(nav.locator('a[aria-current]')).toHaveCount(0);
  await expect(place).toHaveText(`${ids.length} sections`);
});

test('on a phone the outline sits above the text, can be closed, and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/modules/spine-care/');
  const nav = outline(page);
  await expect(nav.getByRole('link').first()).toBeVisible();

  // Between the module's introduction and its text, in the flow of the page: it covers nothing.
  const navBox = (await nav.boundingBox())!;
  const metaBox = (await page.locator('.module-meta').boundingBox())!;
  const textBox = (await page.locator('.prose > *').first().boundingBox())!;
  expect(navBox.y).toBeGreaterThanOrEqual(metaBox.y + metaBox.height);
  expect(navBox.y + navBox.height).toBeLessThanOrEqual(textBox.y);
  expect(navBox.x + navBox.width).toBeLessThanOrEqual(390);
  expect(await nav.evaluate((element) => getComputedStyle(element).position)).toBe('static');

  // Reading further down, the outline stays where it was and leaves the screen to the text.
  const ids = await sectionIds(page);
  const later = page.locator(`#${ids[3]}`);
  await later.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(later).toBeInViewport();
  await expect(nav).not.toBeInViewport();
  // The place while reading, beside "Back to top".
  await expect(page.locator('.back-to-top-place')).toHaveText(`Section 4 of ${ids.length}`);

  for (const position of ['top', 'middle', 'bottom'] as const) {
    await page.evaluate((where) => {
      const height = document.documentElement.scrollHeight;
      window.scrollTo({ top: where === 'top' ? 0 : where === 'middle' ? height / 2 : height, behavior: 'instant' });
    }, position);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      `sideways scroll at the ${position}`,
    ).toBeLessThanOrEqual(0);
  }

  // The learner can fold it away.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await nav.locator('summary').click();
  await expect(nav.getByRole('link').first()).toBeHidden();
});

test('"Back to top" appears after scrolling, works from the keyboard and moves focus to the top', async ({ page }) => {
  await page.goto('/modules/security-access/');
  const backToTop = page.getByRole('link', { name: 'Back to top' });
  const box = page.locator('.back-to-top');
  const opacity = () => box.evaluate((element) => getComputedStyle(element).opacity);
  // Out of sight (and out of the way) while the title is in view...
  await expect.poll(opacity).toBe('0');

  // ...in sight once the learner has scrolled on, without moving anything on the page.
  const before = await page.locator('.prose').evaluate((element) => element.getBoundingClientRect().height);
  // A smooth scroll, still gliding when the learner presses Back to top below: the title is reached all the same.
  await page.locator('.pager').evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'smooth' }));
  await expect(box).toHaveAttribute('data-shown', '');
  await expect.poll(opacity).toBe('1');
  expect(await page.locator('.prose').evaluate((element) => element.getBoundingClientRect().height)).toBe(before);
  expect(await box.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');

  // Keyboard: Tab from the last link of the module reaches it; Enter takes focus (and the view) to the title.
  await page.locator('.pager a').last().focus();
  await page.keyboard.press('Tab');
  await expect(backToTop).toBeFocused();
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport();
  await expect(page).toHaveURL(/#module-top$/);
  // The next Tab continues from the top of the module, not from where the learner was.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => {
      const focused = document.activeElement;
      const pager = document.querySelector('.pager');
      return !!focused && !!pager && !!(focused.compareDocumentPosition(pager) & Node.DOCUMENT_POSITION_FOLLOWING);
    }),
  ).toBe(true);

  // Focused, it is visible even before the learner scrolls (a keyboard user at the top of the page).
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await backToTop.focus();
  await expect.poll(opacity).toBe('1');
});

for (const width of [390, 1280]) {
  test(`a module page with its outline open has no axe violations at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/modules/professionalism/');
    await expect(outline(page).locator('details')).toHaveAttribute('open', '');
    await expect(outline(page).getByRole('link').first()).toBeVisible();
    // With a section marked current and "Back to top" shown, too.
    const ids = await sectionIds(page);
    await page
      .locator(`#${ids[2]}`)
      .evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await expect(outline(page).locator('a[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('.back-to-top')).toHaveAttribute('data-shown', '');
    expect(await axeViolations(page)).toEqual([]);
  });
}
