// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkCiteLocation } from './src/lib/remark-cite-location.ts';

// A newsroom deploys the same build under different paths (a CDN root, a sub-path on a main site),
// so the public URL and the base path come from the environment.
const site = process.env.SITE_URL ?? 'https://two-ways-to-live.example.org';
const base = process.env.BASE_PATH ?? '/';

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
  integrations: [mdx(), sitemap()],
  markdown: { processor: unified({ remarkPlugins: [remarkCiteLocation] }) },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
