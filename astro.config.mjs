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
  // A strict Content-Security-Policy as a <meta> on every page (public/_headers sends the same policy,
  // plus frame-ancestors, which only works as a header). The only scripts are bundled modules under
  // /_astro/ and Pagefind's, whose search engine is WebAssembly ('wasm-unsafe-eval'); nothing is
  // inline and nothing comes from another origin. tests/site/csp.test.ts keeps the two in step.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // Scripts ship as files, never inlined, so the site can run under a strict CSP.
    build: { assetsInlineLimit: 0 },
  },
});
