/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'seeds/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Checks of the built site in dist/ (and of fresh builds in temporary folders), including how clients
          // other than browsers read it (tests/clients): run after `astro build`.
          name: 'dist',
          include: ['tests/dist/**/*.test.ts', 'tests/clients/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One server over dist/ and one Chromium for every file of the run.
          globalSetup: ['tests/support/built-site.global.ts'],
          // Tests marked concurrent (one per page) share one browser two at a time, one per core.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
