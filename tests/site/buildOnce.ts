import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Folders of the sample site the site tests run against. */
export interface SiteDirs {
  dist: string;
  articles: string;
}
declare module 'vitest' {
  export interface ProvidedContext {
    site: SiteDirs;
  }
}

const root = join(import.meta.dirname, '..', '..');

/** The site URL the test sites are built with (SITE_URL), so feeds, sitemap and og:url are made. */
export const TEST_SITE_URL = 'https://news.example.net';

/**
 * Build `corpus` (a file or a folder of *.txt) with the whole pipeline (`scripts/build.ts`: ingest,
 * Astro, Pagefind) into `base`/dist, `base`/articles and `base`/cache; throws with the build's output.
 */
export function buildSite(corpus: string, base: string, label: string): SiteDirs {
  const site = { dist: join(base, 'dist'), articles: join(base, 'articles') };
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: TEST_SITE_URL,
      CORPUS: corpus,
      ARCHIVE_DIST: site.dist,
      ARCHIVE_ARTICLES: site.articles,
      ARCHIVE_CACHE: join(base, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`${label} site build failed:\n${result.stdout}\n${result.stderr}`);
  return site;
}

/** Build the bundled sample corpus once, into the test suite's own folders, before any site test. */
export default function setup(project: TestProject): void {
  const base = join(root, 'tests', '.artifacts', 'site');
  rmSync(base, { recursive: true, force: true });
  project.provide('site', buildSite(join(root, 'content', 'sources'), base, 'sample'));
}
