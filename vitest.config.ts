import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Both cores: the build-guard tests spend most of their time waiting on an Astro build in a child process.
    maxWorkers: 2,
  },
});
