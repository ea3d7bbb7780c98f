import { loadPractices, loadReferences } from '../../src/lib/content/load';
import { THEMES, practiceIdsOfTheme } from '../../src/schemas/themes';
import { expect, test } from './fixtures';

const practices = loadPractices();
const references = loadReferences();

test('/practices/ carries all 32 practices, complete, in order, each linking to its module', async ({ page }) => {
  await page.goto('/practices/');
  const cards = page.locator('article.practice');
  await expect(cards).toHaveCount(32);
  // Each card's heading carries the practice's anchor (search results link to headings).
  expect(
    await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-labelledby'))),
  ).toEqual(practices.map((practice) => practice.id.toLowerCase()));

  for (const practice of practices) {
    const card = page.locator('article.practice').filter({ has: page.locator(`#${practice.id.toLowerCase()}`) });
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(`${practice.id} ${practice.title}`);
    await expect(card.locator('.statement')).toHaveText(practice.statement);
    await expect(card.locator('.examples li')).toHaveCount(practice.examples.length);
    const theme = THEMES.find((candidate) => practice.id.startsWith(`${candidate.prefix}-`))!;
    await expect(card.getByRole('link', { name: /^Learn it in the / })).toHaveAttribute(
      'href',
      `/modules/${theme.id}/#${practice.id.toLowerCase()}`,
    );
  }
});

test('a practice can be linked to directly by its lowercase ID', async ({ page }) => {
  await page.goto('/practices/#sa-4');
  await expect(page.locator('#sa-4')).toBeInViewport();
});

for (const theme of THEMES) {
  test(`the ${theme.title} module renders its ${theme.count} practices and links on`, async ({ page }) => {
    await page.goto(`/modules/${theme.id}/`);
    const ids = await page
      .locator('article.practice')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-labelledby')));
    expect(ids).toEqual(practiceIdsOfTheme(theme.id).map((id) => id.toLowerCase()));
    await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Module navigation' }).getByRole('link')).not.toHaveCount(0);
  });
}

test('modules chain with previous and next in course order', async ({ page }) => {
  await page.goto('/modules/introduction/');
  const order = ['Compliance and Confidentiality', 'Professionalism', 'Security and Access', 'Spine Care'];
  for (const title of order) {
    await page
      .getByRole('navigation', { name: 'Module navigation' })
      .getByRole('link', { name: new RegExp(`Next ${title}`) })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  // After the last module, Next leads to the learner's progress.
  await page
    .getByRole('navigation', { name: 'Module navigation' })
    .getByRole('link', { name: /^Next My progress/ })
    .click();
  await expect(page).toHaveURL(/\/progress\/$/);
});

test('the home page shows Figure 1 with a text alternative naming all four themes', async ({ page }) => {
  await page.goto('/');
  const figure = page.getByRole('img', { name: /Four key themes/ });
  await expect(figure).toBeVisible();
  const description = await figure.locator('desc').textContent();
  for (const theme of THEMES) expect(description).toContain(`${theme.title} (${theme.count} practices)`);
});

test('the references page lists every reference with working anchors and DOI links', async ({ page }) => {
  await page.goto('/references/');
  for (const reference of references) {
    const item = page.locator(`li#${reference.id}`);
    await expect(item).toHaveCount(1);
    if (reference.doi) {
      await expect(item.getByRole('link', { name: `doi:${reference.doi}` })).toHaveAttribute(
        'href',
        `https://doi.org/${reference.doi}`,
      );
    }
    if (reference.pmid) {
      await expect(item.getByRole('link', { name: `PubMed ${reference.pmid}` })).toHaveAttribute(
        'href',
        `https://pubmed.ncbi.nlm.nih.gov/${reference.pmid}/`,
      );
    }
  }
});

test('every citation in a module leads to an entry on the references page', async ({ page }) => {
  const targets = new Set<string>();
  for (const theme of ['introduction', ...THEMES.map((candidate) => candidate.id)]) {
    await page.goto(`/modules/${theme}/`);
    for (const href of await page
      .locator('a[href^="/references/#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
      targets.add(href.split('#')[1]!);
    }
  }
  const known = new Set(references.map((reference) => reference.id));
  expect([...targets].filter((id) => !known.has(id))).toEqual([]);
  expect(targets.size).toBeGreaterThan(10);
});

test('the about page carries the citation, the disclaimer and a disclosures section', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('link', { name: 'doi:10.1016/j.xnsj.2025.100748' })).toBeVisible();
  await expect(page.getByText(/Not legal advice\./)).toBeVisible();
  await expect(page.getByText(/Not an official position\./)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Disclosures' })).toBeVisible();
});

test('printing a module or the practices card leaves out navigation and buttons', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  for (const path of ['/modules/spine-care/', '/practices/']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    // Hidden elements are not in the accessibility tree, so a printed page has no buttons to find.
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.locator('article.practice').first()).toBeVisible();
  }
});

test('citations read naturally: none repeats the name its sentence gives, and none says "cited as ref."', async ({
  page,
}) => {
  const paths = [
    '/modules/introduction/',
    ...THEMES.map((theme) => `/modules/${theme.id}/`),
    '/practices/',
    '/references/',
    '/about/',
  ];
  for (const path of paths) {
    await page.goto(path);
    // Tooltips included: the whole page source.
    expect(await page.content(), path).not.toMatch(/cited as refs?\./i);
    const repeats = await page.locator('main a[href*="/references/#"]').evaluateAll((links) => {
      /** Words that name nothing: "et al.", "reference 34 in the source paper", "Study of …". */
      const plain = new Set(['and', 'the', 'for', 'with', 'about', 'reference', 'references', 'source', 'paper']);
      const words = (text: string) =>
        text
          .toLowerCase()
          .split(/[^\p{L}\p{N}'’]+/u)
          .filter((word) => word.length >= 3 && !/^\d/.test(word) && !plain.has(word));
      const found: string[] = [];
      for (const link of links) {
        const block = link.closest('p, li, td, dd, blockquote, figcaption');
        if (!block) continue;
        const range = document.createRange();
        range.setStart(block, 0);
        range.setEndBefore(link);
        // The sentence before the citation's opening parenthesis (works cited together share one).
        const before = range.toString();
        const sentence =
          before
            .slice(0, Math.max(0, before.lastIndexOf('(')))
            .split(/[.!?]["”’)]*\s+/)
            .at(-1) ?? '';
        const named = new Set(words(sentence));
        const label = words(link.textContent ?? '');
        const repeated = label.filter((word) => named.has(word));
        if (repeated.length >= 2 || (label.length === 1 && repeated.length === 1)) {
          found.push(`"…${sentence.slice(-80)}" (${link.textContent})`);
        }
      }
      return found;
    });
    expect(repeats, `${path}: citations that repeat what their sentence names`).toEqual([]);
  }
});
