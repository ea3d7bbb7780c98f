/**
 * The search page: runs a Pagefind query over the course's own index (built and precached with the site, so search
 * works offline) and shows the results with excerpts, each linking to the exact practice or module section. Pagefind
 * is loaded from the site itself, only on this page.
 */
import { url } from '../../lib/url';

interface PagefindLocation {
  weight: number;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: PagefindLocation[];
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** The most results shown; a learner refines the query rather than scrolling through more. */
const SHOWN = 12;
/** The weight Practice.astro gives a practice card's heading (its ID and title) in the index. */
const PRACTICE_HEADING_WEIGHT = 10;

let loading: Promise<Pagefind> | null = null;
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: url(), excerptLength: 24 });
    return module;
  })();
  return loading;
}

/** A Pagefind excerpt (escaped text with `<mark>` around matches) as DOM nodes: text and marks only. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/** Where a result should lead: its best-matching section (a practice card or module section), else the page. */
function bestSection(data: PagefindData): PagefindSubResult | null {
  const weight = (sub: PagefindSubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
  const sections = data.sub_results.filter((sub) => sub.url !== data.url);
  return sections.sort((a, b) => weight(b) - weight(a))[0] ?? null;
}

function matchesPracticeHeading(data: PagefindData): boolean {
  const section = bestSection(data);
  return !!section?.weighted_locations?.some((location) => location.weight >= PRACTICE_HEADING_WEIGHT);
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement('li');
  const section = bestSection(data);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = section?.url ?? data.url;
  const pageTitle = data.meta.title ?? data.url;
  link.textContent = section && section.title !== pageTitle ? section.title : pageTitle;
  heading.append(link);
  const where = document.createElement('p');
  where.className = 'meta';
  where.textContent = section && section.title !== pageTitle ? pageTitle : '';
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(section?.excerpt ?? data.excerpt));
  item.append(heading, ...(where.textContent ? [where] : []), excerpt);
  return item;
}

/** Runs a query and renders its results into the page, announcing the count. */
export async function runSearch(term: string, list: HTMLOListElement, status: HTMLElement): Promise<void> {
  list.replaceChildren();
  const query = term.trim();
  if (!query) {
    status.textContent = 'Type a word or a practice ID, for example HIPAA, testimonial or SC-7.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const { results } = await (await pagefind()).search(query);
    // A practice whose ID or title matches comes first: Pagefind favours short pages, such as a scenario's, over
    // the long pages that hold the practice cards.
    const top = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    const shown = [...top.filter(matchesPracticeHeading), ...top.filter((data) => !matchesPracticeHeading(data))];
    list.append(...shown.map(resultItem));
    status.textContent =
      results.length === 0
        ? `No results for “${query}”. Try another word, or a practice ID such as CC-5.`
        : results.length > SHOWN
          ? `${results.length} results for “${query}”; the best ${SHOWN} are shown.`
          : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
  } catch {
    status.textContent =
      'Search could not be loaded. If you are offline, open the course once online so it can be kept on this device.';
  }
}
