/**
 * Printing: the practices page prints as a reference card that says where its practices come from, without the
 * page's navigation; and the templates nest their markup as HTML allows, so that what a class hides in print is
 * what the template put inside it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferences } from '../../src/lib/content/load';
import { expect, test } from './fixtures';

const source = loadReferences().find((reference) => reference.id === 'cupler-2025')!;
const PRACTICE_ID = /^(CC|PR|SA|SC)-\d+$/;

test('the printed practices card cites the source paper in full, with its DOI and the course address', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/practices/');
  const main = page.locator('main');
  await expect(main.getByText(`${source.authors} (${source.year}).`, { exact: false })).toBeVisible();
  await expect(main.locator('cite', { hasText: source.title! })).toBeVisible();
  await expect(main.getByText(source.venue!, { exact: false })).toBeVisible();
  await expect(main.getByRole('link', { name: `doi:${source.doi}` })).toHaveAttribute(
    'href',
    `https://doi.org/${source.doi}`,
  );
  // No public address is configured in this build: the card prints the one it was opened at.
  await expect(main.getByText(new URL('/', baseURL).href, { exact: true })).toBeVisible();
  // It comes first, before any practice.
  const order = await main.evaluate((element) => {
    const citation = element.querySelector('cite');
    const card = element.querySelector('article.practice');
    return citation && card ? citation.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order, 'the citation comes before the first card').toBeTruthy();

  // On screen the page has its own header and footer: the block is for print only.
  await page.emulateMedia({ media: 'screen' });
  await expect(main.getByRole('link', { name: `doi:${source.doi}` })).toBeHidden();
});

test('the printed practices card leaves out the jump links, and keeps each card whole', async ({ page }) => {
  await page.goto('/practices/');
  const jumpLinks = page.locator('main').getByRole('link', { name: PRACTICE_ID });
  // On screen, each theme lists its practices to jump to.
  await expect(jumpLinks).toHaveCount(32);
  await page.emulateMedia({ media: 'print' });
  // Hidden elements are not in the accessibility tree: none of the jump links is printed, nor their label.
  await expect(jumpLinks).toHaveCount(0);
  await expect(page.getByText('Jump to:')).toHaveCount(4);
  for (const label of await page.getByText('Jump to:').all()) await expect(label).toBeHidden();
  // Each list sits in the same hidden block as its label (a list inside a paragraph escapes it).
  const outside = await page
    .locator('main a.practice-ref')
    .evaluateAll((links) => links.filter((link) => !link.closest('.no-print')).length);
  expect(outside).toBe(0);

  // Cards are kept whole across pages, and a theme's heading stays with its first card.
  const cards = await page
    .locator('article.practice')
    .evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).breakInside))]);
  expect(cards).toEqual(['avoid']);
  const headings = await page
    .locator('main section > h2')
    .evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).breakAfter))]);
  expect(headings).toEqual(['avoid']);
  // Paper is white: a reader in dark mode prints the light palette, so the ID badges stay legible.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(
    await page
      .locator('.practice-id')
      .first()
      .evaluate((badge) => getComputedStyle(badge).backgroundColor),
  ).toBe('rgb(243, 245, 247)');
  await expect(page.locator('article.practice')).toHaveCount(32);
  for (const card of await page.locator('article.practice').all()) {
    await expect(card.locator('.statement')).toBeVisible();
  }
});

/** Elements that end an open paragraph when they start: the parser would move them out of it. */
const ENDS_PARAGRAPH =
  /^(address|article|aside|blockquote|details|div|dl|fieldset|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul)$/;

/** Every `.astro` and `.svelte` template under a folder. */
function templates(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? templates(join(folder, entry.name))
      : /\.(astro|svelte)$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
}

/** Where a template's markup opens a list, a block or another paragraph inside a `<p>`. */
function paragraphNesting(template: string, file: string): string[] {
  const markup = template
    .replace(/^---\n[\s\S]*?\n---/, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const problems: string[] = [];
  let open = 0;
  let openedAt = 0;
  for (const tag of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = tag;
    const element = name.toLowerCase();
    if (element === 'p' && closing) {
      open = Math.max(0, open - 1);
      continue;
    }
    if (!closing && !selfClosing && open > 0 && ENDS_PARAGRAPH.test(element)) {
      problems.push(`${file}: <${element}> inside <p>: ${markup.slice(openedAt, tag.index + 40).replace(/\s+/g, ' ')}`);
    }
    if (element === 'p' && !closing && !selfClosing) {
      open += 1;
      openedAt = tag.index;
    }
  }
  return problems;
}

test('no template puts a list or other block inside a paragraph', () => {
  const files = templates(join(process.cwd(), 'src'));
  expect(files.length).toBeGreaterThan(20);
  expect(files.flatMap((file) => paragraphNesting(readFileSync(file, 'utf8'), file))).toEqual([]);
  // The check can fail: the practices page's jump list as it was once written.
  const before =
    '<p class="no-print">Taught in <a href="#">X</a>. Jump to: <ul class="inline-list"><li>CC-1</li></ul></p>';
  expect(paragraphNesting(before, 'planted.astro')).toHaveLength(1);
  expect(paragraphNesting('<div><p>Jump to:</p><ul><li>CC-1</li></ul></div>', 'fixed.astro')).toEqual([]);
});
