// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import AstroPWA from '@vite-pwa/astro';

const SCORM = process.env.PWC_SCORM === '1';

/**
 * `npm run build:scorm` builds with PWC_SCORM=1: the LMS launch page is added, at /scorm/.
 * @type {import('astro').AstroIntegration}
 */
const scormLauncher = {
  name: 'posting-with-care-scorm-launcher',
  hooks: {
    'astro:config:setup': ({ injectRoute }) =>
      injectRoute({ pattern: '/scorm/', entrypoint: './src/components/lms/LaunchPage.astro' }),
  },
};

/**
 * Every page gets its Content Security Policy (scripts/csp.mjs) as a <meta> tag, hashing the inline scripts it has.
 * @type {import('astro').AstroIntegration}
 */
const contentSecurity = {
  name: 'posting-with-care-content-security-policy',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { withContentSecurityPolicy } = await import('./scripts/csp.mjs');
      const site = fileURLToPath(dir);
      const pages = readdirSync(site, { recursive: true }).filter((file) => String(file).endsWith('.html'));
      for (const page of pages) {
        const path = join(site, String(page));
        const wasm = String(page).split(sep).join('/') === 'search/index.html';
        writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8'), { wasm }));
      }
      logger.info(`Content Security Policy written into ${pages.length} pages.`);
    },
  },
};

/**
 * Full-text search: Pagefind indexes the built pages (only what pages mark `data-pagefind-body`) before the service
 * worker is generated, so the index is precached with the rest of the site.
 * @type {import('astro').AstroIntegration}
 */
const searchIndex = {
  name: 'posting-with-care-search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const pagefind = await import('pagefind');
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const site = fileURLToPath(dir);
      const added = await index.addDirectory({ path: site });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
      const output = fileURLToPath(new URL('pagefind/', dir));
      await index.writeFiles({ outputPath: output });
      await pagefind.close();
      // The course has its own search page: Pagefind's ready-made interfaces are not shipped or precached.
      for (const file of readdirSync(output)) {
        if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\./.test(file)) rmSync(join(output, file));
      }
      logger.info(`Search index: ${added.page_count} pages.`);
    },
  },
};

/**
 * Offline after the first visit: a service worker (Workbox, generated at build) precaches every page, script, style,
 * image, the search index and the certificate's PDF library and font, so everything works offline, certificates
 * included. It is registered after the first page is idle (src/components/ServiceWorker.astro), asks before
 * updating, and is never built into the SCORM packages.
 */
const offline = AstroPWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Posting with Care: social media best practices for spine care professionals',
    short_name: 'Posting with Care',
    description: 'The 32 social media best practices for spine care professionals, as an offline course.',
    lang: 'en',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5cad',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,ico,json,ttf,woff2,wasm,pf_meta,pf_fragment,pf_index,pagefind}'],
    // The certificate's PDF library and font are larger than Workbox's default limit: precached on purpose, so a
    // certificate can be made offline.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Pages are precached as `modules/x/index.html`; a navigation to `modules/x/` finds them through the
    // directory index, and an unknown address offline gets the course's own not-found page.
    manifestTransforms: [],
    navigateFallback: null,
    // No page varies by its query (`?q=` on search, `?play=` and `?attempt=` for reviews): match them all offline.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  site: 'http://localhost:4321',
  // Pages are directories (/about/index.html) and every link the course writes ends in a slash; an address typed
  // without one (/about) still works instead of showing an error.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), svelte(), contentSecurity, searchIndex, ...(SCORM ? [scormLauncher] : [offline])],
  // Prefetching would make requests a learner did not ask for; keep the network quiet on hospital Wi-Fi.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    experimental: {
      // Scripts and styles find their chunks, fonts and images relative to themselves, so the built site also works
      // from a path it was not built for (an LMS package). HTML gets its URLs from `url()` (src/lib/url.ts).
      renderBuiltUrl: (_file, { hostType }) =>
        hostType === 'js' || hostType === 'css' ? { relative: true } : undefined,
    },
  },
});
