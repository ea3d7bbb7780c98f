/**
 * `<module-outline>` (ModuleOutline.astro): marks the section being read with aria-current="true" on its outline
 * link and writes "Section n of m" wherever the page has `[data-outline-place]`; shows the "Back to top" link
 * (`[data-back-to-top]`) once the module's title has scrolled away, and sends focus to the title when it is used.
 * Intersection observers only, so nothing runs while the page stands still.
 *
 * The page is read as a run of blocks: the children of the outline's `<article>`, going into any child marked
 * `[data-outline-blocks]`. Each block belongs to the section whose heading is in it or before it.
 */

/**
 * The reading line, 35% down the window: the section being read is the one of the last block that starts above it.
 * Observers report blocks entering and leaving the band just above the line (taller than any gap between two
 * blocks, so wherever the learner lands, a link followed or a jump, something crosses it); each report re-reads it.
 */
const READING_LINE = 0.35;
/** From 25% to 35% down the window (the root margin cuts 25% off the top and 65% off the bottom). */
const READING_BAND = '-25% 0px -65% 0px';

class ModuleOutlineElement extends HTMLElement {
  #observers: IntersectionObserver[] = [];

  connectedCallback(): void {
    const article = this.closest('article');
    if (!article || !('IntersectionObserver' in window)) return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[data-place]')];
    const headings = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
    const blocks = this.#blocks(article);
    const sectionOf = new Map<Element, number>();
    let section = -1;
    for (const block of blocks) {
      while (section + 1 < headings.length && block.contains(headings[section + 1] ?? null)) section++;
      sectionOf.set(block, section);
    }

    const reading = new IntersectionObserver(
      () => {
        const line = innerHeight * READING_LINE;
        let current = -1;
        for (const block of blocks) {
          if (block.getBoundingClientRect().top > line) break;
          current = sectionOf.get(block) ?? -1;
        }
        this.#mark(links, current);
      },
      { rootMargin: READING_BAND },
    );
    for (const block of blocks) reading.observe(block);
    this.#observers.push(reading);

    const backToTop = document.querySelector<HTMLElement>('[data-back-to-top]');
    const head = blocks[0];
    if (backToTop && head) {
      const pastTitle = new IntersectionObserver(([entry]) => {
        if (entry) backToTop.toggleAttribute('data-shown', !entry.isIntersecting && entry.boundingClientRect.top < 0);
      });
      pastTitle.observe(head);
      this.#observers.push(pastTitle);
      const link = backToTop.querySelector('a');
      // Scrolls to the title (smoothly, unless reduced motion is asked for) and sends focus there. The browser's own
      // jump to the link's target is dropped while the page is still gliding from an earlier scroll (an outline
      // link, the End key), so the scroll is asked for here; the link still puts #module-top in the address.
      link?.addEventListener('click', () => {
        const title = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        title?.scrollIntoView({ block: 'start' });
        title?.focus({ preventScroll: true });
      });
    }
  }

  disconnectedCallback(): void {
    for (const observer of this.#observers) observer.disconnect();
    this.#observers = [];
  }

  #blocks(container: Element): Element[] {
    return [...container.children].flatMap((child) =>
      child === this ? [] : child.hasAttribute('data-outline-blocks') ? this.#blocks(child) : [child],
    );
  }

  /** Marks section `index` as the one being read (-1: before the first section). */
  #mark(links: HTMLAnchorElement[], index: number): void {
    links.forEach((link, at) => {
      if (at === index) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
    const place = links[index]?.dataset.place ?? this.dataset.place ?? '';
    for (const element of document.querySelectorAll('[data-outline-place]')) {
      if (element.textContent !== place) element.textContent = place;
    }
  }
}

customElements.define('module-outline', ModuleOutlineElement);
