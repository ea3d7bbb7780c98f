// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

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

export default defineConfig({
  site: 'http://localhost:4321',
  // Pages are directories (/about/index.html) and every link the course writes ends in a slash; an address typed
  // without one (/about) still works instead of showing an error.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), svelte(), ...(process.env.PWC_SCORM === '1' ? [scormLauncher] : [])],
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
