import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { indexSite } from '../../scripts/lib/indexSite.ts';
import { TEST_SITE_URL } from './buildOnce.ts';

const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'site-fixtures');

/**
 * A second site, built from the hand-written articles in tests/fixtures/site-articles (they list
 * companies, cities and tags, so every entity page kind exists). Built once per test run: it is
 * rebuilt whenever it is older than this run's sample-site build.
 */
export async function fixtureSite(): Promise<string> {
  const dist = join(base, 'dist');
  const marker = join(base, 'built');
  const sample = join(inject('site').dist, 'index.html');
  const fresh =
    existsSync(marker) && existsSync(sample) && statSync(marker).mtimeMs >= statSync(sample).mtimeMs;
  if (fresh) return dist;
  mkdirSync(base, { recursive: true });
  buildFixtureArticles('site-articles', base, { SITE_URL: TEST_SITE_URL });
  await indexSite(dist);
  writeFileSync(marker, new Date().toISOString());
  return dist;
}

/**
 * Build the hand-written articles of tests/fixtures/<folder> with Astro (no search index) into
 * `<base>/dist`, with its cache in `<base>/cache`; returns the dist folder.
 */
export function buildFixtureArticles(folder: string, base: string, env: NodeJS.ProcessEnv = {}): string {
  const dist = join(base, 'dist');
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        ARCHIVE_ARTICLES: join(root, 'tests', 'fixtures', folder),
        ARCHIVE_DIST: dist,
        ARCHIVE_CACHE: join(base, 'cache'),
      },
    },
  );
  if (result.status !== 0)
    throw new Error(`${folder} fixture site build failed:\n${result.stdout}\n${result.stderr}`);
  return dist;
}

/** Read a built page (`companies/huawei/index.html`) of a dist folder. */
export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path), 'utf8');
}
