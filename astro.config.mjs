// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

export default defineConfig({
  site: 'http://localhost:4321',
  // Directory URLs with a trailing slash everywhere, so links, the built files and any offline cache agree.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte()],
  // Prefetching would make requests a learner did not ask for; keep the network quiet on hospital Wi-Fi.
  prefetch: false,
  devToolbar: { enabled: false },
});
