import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { generatedName, hostileFixtures, writeGeneratedCorpus } from './hostileCorpus.ts';
import { buildSite } from './buildOnce.ts';

const root = join(import.meta.dirname, '..', '..');
const base = join(root, 'tests', '.artifacts', 'hostile');

/** Folders of the hostile site build. */
export interface HostileSite {
  dist: string;
  articles: string;
  report: string;
  corpus: string;
  seconds: number;
}

/**
 * Build the whole site (`scripts/build.ts`: ingest, Astro, Pagefind) from the hostile corpora
 * plus the generated big blocks, into the test suite's own folders. Built once per test run:
 * rebuilt whenever it is older than this run's sample-site build.
 */
export function hostileSite(): HostileSite {
  const site = {
    dist: join(base, 'dist'),
    articles: join(base, 'articles'),
    report: join(base, 'articles.report.json'),
    corpus: join(base, 'corpus'),
  };
  const marker = join(base, 'built');
  const sample = join(inject('site').dist, 'index.html');
  if (existsSync(marker) && existsSync(sample) && statSync(marker).mtimeMs >= statSync(sample).mtimeMs)
    return { ...site, seconds: 0 };
  rmSync(base, { recursive: true, force: true });
  mkdirSync(site.corpus, { recursive: true });
  for (const f of readdirSync(hostileFixtures).filter((n) => n.endsWith('.txt')))
    copyFileSync(join(hostileFixtures, f), join(site.corpus, f));
  writeGeneratedCorpus(join(site.corpus, generatedName));
  const started = performance.now();
  buildSite(site.corpus, base, 'hostile');
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(marker, `${seconds.toFixed(1)}\n`);
  return { ...site, seconds };
}
