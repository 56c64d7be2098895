// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { existsSync, readdirSync } from 'node:fs';
import { currentShard, shardOf } from './src/lib/shard.ts';
import { parseSiteUrl } from './src/lib/siteUrl.ts';

// The public address of the site, the one deployment setting (README, "Deploying"). Unset, the
// site builds without absolute URLs: no og:url, sitemap or feeds, root-relative canonical links.
const site = parseSiteUrl(process.env.SITE_URL)?.origin;
const articlesDir = process.env.ARCHIVE_ARTICLES ?? 'content/articles';
// A sharded build (src/lib/shard.ts) writes the sitemap from shard 0, which must also list the
// article pages the other shards render (all of them: shard 0 renders the shared pages).
const otherShardPages =
  site && currentShard.count > 1 && existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
        .filter((id) => shardOf(id, currentShard.count) !== 0)
        .map((id) => new URL(`/articles/${id}/`, site).href)
    : [];

// The archive is a fully static site: every page is prerendered, and search runs in the browser.
// ARCHIVE_DIST lets the test suite build into its own folder without touching dist/.
export default defineConfig({
  site,
  output: 'static',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Pages render four at a time: one at a time, the render thread sat idle for a quarter of a
  // 10,000-article build waiting on each page's two file writes (dist/ and the incremental cache).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // The 404 page is not a page to index. A sitemap lists absolute URLs, so it needs the site URL.
  integrations: site
    ? [sitemap({ filter: (page) => !page.endsWith('/404/'), customPages: otherShardPages })]
    : [],
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
  // Article pages return a cacheKey (src/lib/articleCacheKey.ts): a rebuild re-renders only the
  // pages whose content, related articles or neighbours changed.
  experimental: { incrementalBuild: true },
  // Articles never go through Astro's Markdown (src/lib/articleLoader.ts renders them with
  // markdown-it), and Shiki's inline styles would not pass the style-src above.
  markdown: { syntaxHighlight: false },
  vite: {
    // Scripts ship as files, never inlined, so the site can run under a strict CSP.
    // scripts/render.ts keeps the previous output (ARCHIVE_KEEP_DIST) and prunes it itself.
    build: { assetsInlineLimit: 0, emptyOutDir: process.env.ARCHIVE_KEEP_DIST !== '1' },
  },
});
