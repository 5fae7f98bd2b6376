// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { compressIntegration } from './src/integrations/compress.ts';
import { headersIntegration } from './src/integrations/headers.ts';
import { llmsTxtIntegration } from './src/integrations/llms-txt.ts';
import { remarkCiteLocation } from './src/lib/remark-cite-location.ts';
import { remarkChapterChecks } from './src/lib/remark-chapter-checks.ts';
import { remarkKeepMarks } from './src/lib/remark-keep-marks.ts';

// A newsroom deploys the same build under different paths (a CDN root, a sub-path on a main site),
// so the public URL and the base path come from the environment.
const site = process.env.SITE_URL ?? 'https://two-ways-to-live.example.org';
const base = process.env.BASE_PATH ?? '/';
// Precompressed copies are for hosts that serve them; PRECOMPRESS=off leaves them out of a build that is only
// checked (tests/support/sub-path-build.ts), where they would be a third of the build's time.
const precompress = process.env.PRECOMPRESS !== 'off';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  i18n: {
    locales: ['en', 'zh-hans', 'zh-hant'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Compression comes last so it also packs the files the other integrations write.
  integrations: [
    mdx(),
    // Each URL lists its twins in the other editions (xhtml:link alternates), matched by path.
    sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' } } }),
    llmsTxtIntegration(), headersIntegration(),
    ...(precompress ? [compressIntegration()] : []),
  ],
  // The story has no code blocks, and Shiki's inline styles would break the CSP below.
  // Chapters are checked before the location stamp adds `usedIn`, which editors never write; figures and
  // citation markers are then held to the punctuation after them, so no line starts with 。 or a full stop.
  markdown: { processor: unified({ remarkPlugins: [remarkChapterChecks, remarkCiteLocation, remarkKeepMarks] }), syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks each MDX chapter's propagated-assets module with "use astro:head-inject" and reads that
        // marker itself before bundling; the bundler then warns, once per chapter, that it drops it. Only that
        // warning is silenced, so any other MODULE_LEVEL_DIRECTIVE (a package's "use client") still shows.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Astro hashes every script and style it emits into a meta Content-Security-Policy on each page, so
  // no inline script or style runs unless the build put it there.
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
});
