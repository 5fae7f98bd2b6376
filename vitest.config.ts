/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'seeds/**/*.test.ts'],
          // Importing the facts, charts and Plot again for every file took three quarters of the run: unit
          // tests are pure functions of their inputs, so one module graph per worker serves every file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Checks of the built site in dist/, including how clients other than browsers read it
          // (tests/clients): run after `astro build`. Files share one module graph, as unit tests do: they
          // only read dist/.
          name: 'dist',
          include: ['tests/dist/**/*.test.ts', 'tests/clients/**/*.test.ts'],
          isolate: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Builds and dev servers of copies of the project, each with a deliberate change (tests/build): they
          // need no dist/, so `npm test` runs them beside the type check and the main build.
          name: 'builds',
          include: ['tests/build/**/*.test.ts'],
          // Builds marked concurrent run two at a time, one per core.
          maxConcurrency: 2,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One server over dist/ and one Chromium for every file of the run, and one module graph: the
          // files only read dist/ and drive the browser.
          globalSetup: ['tests/support/built-site.global.ts'],
          isolate: false,
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
