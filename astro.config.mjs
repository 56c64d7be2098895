// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The archive is a fully static site: every page is prerendered, and search runs in the browser.
// ARCHIVE_DIST lets the test suite build into its own folder without touching dist/.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive.example.org',
  output: 'static',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // The 404 page is not a page to index.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  vite: {
    // Scripts ship as files, never inlined, so the site can run under a strict CSP.
    build: { assetsInlineLimit: 0 },
  },
});
